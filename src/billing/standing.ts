// Dunning as a pure function of what Stripe last said and the clock: full service while the subscription is paid
// (or trialing); full service through a grace period once a payment has failed (past_due); then read-only — no
// edits, publishes or AI — and, after a second period, the account's published sites show the "paused" page.
// Nothing is ever deleted; a paid invoice brings everything back.

export type Standing = 'good' | 'grace' | 'read-only' | 'paused';

export interface StandingInput {
  status: string;
  pastDueSince: Date | null;
  readOnlySince: Date | null;
}

export interface DunningPeriods {
  graceDays: number;
  pauseDays: number;
}

const DAY = 86_400_000;
/** Stripe statuses that end service once the grace period is over (or at once, for those that are final). */
export const FINAL_STATUSES: ReadonlySet<string> = new Set(['unpaid', 'canceled', 'incomplete_expired']);

export interface StandingAnswer {
  standing: Standing;
  /** When full service ends (past_due only). */
  graceEndsAt: Date | null;
  /** Since when the account is read-only (read-only and paused only). */
  readOnlySince: Date | null;
  /** When the published sites will show the paused page (read-only only). */
  pausesAt: Date | null;
}

/**
 * The account's standing at `now`. A subscription cancelled or unpaid after a failed payment turns the account
 * read-only at once; one simply cancelled (the person chose to) falls back to the free plan in good standing.
 */
export function standingAt(input: StandingInput, periods: DunningPeriods, now: Date): StandingAnswer {
  const { status, pastDueSince } = input;
  if (!pastDueSince || !(status === 'past_due' || FINAL_STATUSES.has(status))) return { standing: 'good', graceEndsAt: null, readOnlySince: null, pausesAt: null };
  const graceEndsAt = new Date(pastDueSince.getTime() + periods.graceDays * DAY);
  const readOnlySince = input.readOnlySince ?? (status === 'past_due' ? graceEndsAt : new Date(Math.min(graceEndsAt.getTime(), now.getTime())));
  if (status === 'past_due' && now < graceEndsAt) return { standing: 'grace', graceEndsAt, readOnlySince: null, pausesAt: null };
  const pausesAt = new Date(readOnlySince.getTime() + periods.pauseDays * DAY);
  return { standing: now >= pausesAt ? 'paused' : 'read-only', graceEndsAt, readOnlySince, pausesAt };
}
