// A person's billing row (billing_accounts): who their Stripe customer is, the subscription as Stripe last said it,
// the features Stripe grants and any operator override. A person without a row is on the free plan in good standing.
import { sql } from 'kysely';
import type { Db } from '../store/index.ts';
import type { LimitOverrides } from './limits.ts';

export interface BillingAccountRow {
  userId: string;
  customerId: string | null;
  plan: string;
  status: string;
  subscriptionId: string | null;
  priceId: string | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
  trialEnd: Date | null;
  pastDueSince: Date | null;
  readOnlySince: Date | null;
  dunningMailedFor: string | null;
  features: string[] | null;
  overrides: LimitOverrides | null;
}

const EMPTY: Omit<BillingAccountRow, 'userId'> = {
  customerId: null, plan: 'free', status: 'none', subscriptionId: null, priceId: null, periodStart: null, periodEnd: null, cancelAtPeriodEnd: false,
  trialEnd: null, pastDueSince: null, readOnlySince: null, dunningMailedFor: null, features: null, overrides: null,
};

const parseJson = <T>(value: unknown): T | null => (value === null || value === undefined ? null : typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

export async function readAccount(db: Db, userId: string): Promise<BillingAccountRow> {
  const row = await db.selectFrom('billing_accounts').selectAll().where('user_id', '=', userId).executeTakeFirst();
  if (!row) return { userId, ...EMPTY };
  return {
    userId,
    customerId: row.stripe_customer_id,
    plan: row.plan,
    status: row.status,
    subscriptionId: row.subscription_id,
    priceId: row.price_id,
    periodStart: row.current_period_start,
    periodEnd: row.current_period_end,
    cancelAtPeriodEnd: row.cancel_at_period_end,
    trialEnd: row.trial_end,
    pastDueSince: row.past_due_since,
    readOnlySince: row.read_only_since,
    dunningMailedFor: row.dunning_mailed_for,
    features: parseJson<string[]>(row.features),
    overrides: parseJson<LimitOverrides>(row.overrides),
  };
}

/** The person whose Stripe customer this is, or null. */
export async function accountOfCustomer(db: Db, customerId: string): Promise<string | null> {
  const row = await db.selectFrom('billing_accounts').select('user_id').where('stripe_customer_id', '=', customerId).executeTakeFirst();
  return row?.user_id ?? null;
}

/** Records the person's Stripe customer (once; a second customer for the same person is refused by the unique index). */
export async function linkCustomer(db: Db, userId: string, customerId: string, now: Date): Promise<void> {
  await db
    .insertInto('billing_accounts')
    .values({ user_id: userId, stripe_customer_id: customerId, subscription_id: null, price_id: null, current_period_start: null, current_period_end: null, trial_end: null, past_due_since: null, read_only_since: null, dunning_mailed_for: null, updated_at: now })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ stripe_customer_id: sql`coalesce(billing_accounts.stripe_customer_id, excluded.stripe_customer_id)`, updated_at: now }))
    .execute();
}

/** The fields of a person's row that change (the customer is linked once, by linkCustomer). */
export type AccountChange = Partial<Omit<BillingAccountRow, 'userId' | 'customerId'>>;

const COLUMN: Record<keyof AccountChange, string> = {
  plan: 'plan', status: 'status', subscriptionId: 'subscription_id', priceId: 'price_id', periodStart: 'current_period_start', periodEnd: 'current_period_end',
  cancelAtPeriodEnd: 'cancel_at_period_end', trialEnd: 'trial_end', pastDueSince: 'past_due_since', readOnlySince: 'read_only_since', dunningMailedFor: 'dunning_mailed_for',
  features: 'features', overrides: 'overrides',
};

/** Writes the changed fields of the person's row (creating it). */
export async function updateAccount(db: Db, userId: string, change: AccountChange, now: Date): Promise<void> {
  const values: Record<string, unknown> = { updated_at: now };
  for (const [key, value] of Object.entries(change) as [keyof AccountChange, unknown][]) {
    if (value === undefined) continue;
    values[COLUMN[key]] = key === 'features' || key === 'overrides' ? (value === null ? null : JSON.stringify(value)) : value;
  }
  await db
    .insertInto('billing_accounts')
    .values({ user_id: userId, ...values } as never)
    .onConflict((oc) => oc.column('user_id').doUpdateSet(values as never))
    .execute();
}
