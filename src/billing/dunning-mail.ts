// The mails of dunning, in a shop owner's words: a payment failed (and until when everything keeps working), a
// payment needs the person's confirmation, a trial ends soon.
import type { Mail } from '../auth/index.ts';

const day = (date: Date) => date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function paymentFailedMail({ to, graceEndsAt, billingUrl }: { to: string; graceEndsAt: Date; billingUrl: string }): Mail {
  return {
    to,
    subject: 'Your PageHub payment did not go through',
    text: `Hello,\n\nWe could not take the latest payment for your PageHub plan. Your sites keep working as usual until ${day(graceEndsAt)}.\n\nTo keep it that way, update your payment method here:\n${billingUrl}\n\nIf the bill is still unpaid after that day, your sites can be viewed but not changed or published until it is paid. Nothing is ever deleted.\n\n— PageHub`,
  };
}

export function paymentActionMail({ to, billingUrl }: { to: string; billingUrl: string }): Mail {
  return {
    to,
    subject: 'Please confirm your PageHub payment',
    text: `Hello,\n\nYour bank asks you to confirm the latest payment for your PageHub plan. Open the Billing page and follow the link to confirm it:\n${billingUrl}\n\n— PageHub`,
  };
}

export function trialEndingMail({ to, trialEnd, billingUrl }: { to: string; trialEnd: Date | null; billingUrl: string }): Mail {
  return {
    to,
    subject: 'Your PageHub trial ends soon',
    text: `Hello,\n\nYour PageHub trial ends${trialEnd ? ` on ${day(trialEnd)}` : ' soon'}. Your plan then continues with the payment method on file; you can change or cancel it on the Billing page:\n${billingUrl}\n\n— PageHub`,
  };
}
