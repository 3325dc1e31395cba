// The mail a site's owners get when a platform admin takes the site down: which site, the operator's reason in their
// words, what still works, and how to have it reviewed (a reply reaches PageHub's team).
import { oneLine, type Mail } from '../auth/index.ts';

export function siteTakenDownMail({ to, siteName, address, reason, siteUrl }: { to: string; siteName: string; address: string; reason: string; siteUrl: string }): Mail {
  const site = oneLine(siteName, 80) || address;
  return {
    to,
    subject: `Your site “${site}” was taken offline`,
    text: `PageHub took your website “${site}” (${address}) offline. Visitors no longer see it, and it can’t be published again for now.\n\nThe reason we gave: ${oneLine(reason, 500)}\n\nNothing has been deleted: you can still sign in, open the site and change it.\n${siteUrl}\n\nIf you think this is a mistake, or once you have fixed the problem, reply to this email and we will review the decision.`,
    actionUrl: siteUrl,
  };
}
