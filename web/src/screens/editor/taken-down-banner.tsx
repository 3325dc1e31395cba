// Said up front on the editor and the site's other screens while PageHub has taken the site offline for abuse: the
// reason the operator gave, what still works, and how to have it reviewed.
import type { SiteDetail } from '../../api/index.ts';
import { Alert } from '../../ui/index.ts';

const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

export function TakenDownBanner({ takenDown, className }: { takenDown: SiteDetail['site']['takenDown']; className?: string }) {
  if (!takenDown) return null;
  return (
    <Alert tone="danger" title="PageHub took this site offline" className={className} testId="taken-down-banner">
      <p>
        On {DAY.format(new Date(takenDown.at))}, for this reason: “{takenDown.reason}”
      </p>
      <p className="mt-1">
        Visitors can’t see it, and it can’t be published again for now. You can still open and change it. To have the decision reviewed, reply to the email we sent the site’s owners, or contact PageHub support.
      </p>
    </Alert>
  );
}
