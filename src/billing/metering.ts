// Usage for Stripe's Billing Meters through an outbox: a row is written in the transaction that records the usage
// (so usage and its meter event exist together or not at all), and a job sends the rows in batches every minute.
// Each row carries a stable `identifier`, so a batch sent twice — the sender died after sending and before marking —
// is counted once by Stripe. Failures are retried with backoff; the person sees usage from PageHub's own records.
import { randomUUID } from 'node:crypto';
import type { BillingContext } from './billing-context.ts';
import type { Db } from '../store/index.ts';

/** Meter event names, as created in Stripe (docs/billing.md). */
export const METERS = {
  aiTokens: 'pagehub_ai_tokens',
  generations: 'pagehub_generations',
  imageGenerations: 'pagehub_image_generations',
  storage: 'pagehub_storage_bytes',
} as const;
export type MeterName = keyof typeof METERS;

/** Stripe accepts at most 100 meter events per batch (the v2 meter event stream); we never send more at once. */
export const METER_BATCH_LIMIT = 100;
const MAX_BACKOFF_MS = 3_600_000;

export interface UsageRecord {
  userId: string;
  meter: MeterName;
  value: number;
  occurredAt: Date;
  /** Stable per usage; default a new id. */
  identifier?: string;
}

/** Writes meter events for usage inside the caller's transaction, for accounts Stripe bills (a customer exists). */
export async function queueUsage(ctx: Pick<BillingContext, 'config'>, transaction: Db, records: readonly UsageRecord[]): Promise<void> {
  if (ctx.config.billingMode !== 'subscription') return;
  // A count or a sum of nothing is nothing; storage is a `last` meter, where 0 is news.
  const wanted = records.filter((record) => record.value > 0 || record.meter === 'storage');
  if (wanted.length === 0) return;
  const customers = await transaction
    .selectFrom('billing_accounts')
    .select('user_id')
    .where('user_id', 'in', [...new Set(wanted.map((record) => record.userId))])
    .where('stripe_customer_id', 'is not', null)
    .execute();
  const billed = new Set(customers.map((row) => row.user_id));
  const rows = wanted
    .filter((record) => billed.has(record.userId))
    .map((record) => ({ user_id: record.userId, meter: METERS[record.meter], value: Math.round(record.value), identifier: record.identifier ?? `${record.meter}-${randomUUID()}`, occurred_at: record.occurredAt, next_attempt_at: record.occurredAt, sent_at: null, last_error: null }));
  if (rows.length > 0) await transaction.insertInto('usage_meter_events').values(rows).onConflict((oc) => oc.column('identifier').doNothing()).execute();
}

export interface PendingMeterEvent {
  id: number;
  identifier: string;
  eventName: string;
  customerId: string;
  value: number;
  timestamp: number;
}

/** How meter events reach Stripe: one batch (≤ METER_BATCH_LIMIT) per call; resolves once Stripe has accepted them. */
export type MeterSender = (batch: readonly PendingMeterEvent[]) => Promise<void>;

/**
 * Sends a batch in one request of Stripe's v2 meter event stream (up to 100 events), authenticated by a meter event
 * session that is made once and renewed when Stripe says it has expired. Stripe drops an identifier it has seen.
 */
export function stripeStreamSender(ctx: BillingContext): MeterSender {
  const stripe = ctx.stripe!;
  let session: { token: string; expiresAt: number } | null = null;
  const token = async (renew: boolean) => {
    if (renew || !session || session.expiresAt - 60_000 < ctx.clock().getTime()) {
      const created = await stripe.v2.billing.meterEventSession.create();
      session = { token: created.authentication_token, expiresAt: new Date(created.expires_at).getTime() };
    }
    return session.token;
  };
  return async (batch) => {
    const events = batch.map((event) => ({ event_name: event.eventName, identifier: event.identifier, timestamp: new Date(event.timestamp * 1000).toISOString(), payload: { stripe_customer_id: event.customerId, value: String(event.value) } }));
    try {
      await stripe.v2.billing.meterEventStream.create({ events }, { apiKey: await token(false) });
    } catch (error) {
      if ((error as { type?: string }).type !== 'TemporarySessionExpiredError' && (error as Error).constructor?.name !== 'TemporarySessionExpiredError') throw error;
      await stripe.v2.billing.meterEventStream.create({ events }, { apiKey: await token(true) });
    }
  };
}

/** Sends Stripe's v1 meter events one request each (a duplicate identifier counts as sent). */
export function stripeMeterSender(ctx: BillingContext): MeterSender {
  return async (batch) => {
    for (const event of batch) {
      try {
        await ctx.stripe!.billing.meterEvents.create({ event_name: event.eventName, identifier: event.identifier, timestamp: event.timestamp, payload: { stripe_customer_id: event.customerId, value: String(event.value) } });
      } catch (error) {
        const code = (error as { code?: string; raw?: { code?: string } }).code ?? (error as { raw?: { code?: string } }).raw?.code;
        if (code === 'duplicate_meter_event' || code === 'resource_already_exists' || /already exists/i.test(String((error as Error).message))) continue;
        throw Object.assign(error as Error, { failedAt: event.id });
      }
    }
  };
}

export interface SendResult {
  sent: number;
  failed: number;
}

/** Sends the due rows, a batch of at most `batchSize` (≤ 100) at a time, until none is due or a batch fails. */
export async function sendMeterEvents(ctx: BillingContext, send: MeterSender = stripeMeterSender(ctx), { batchSize = METER_BATCH_LIMIT, maxBatches = 20 } = {}): Promise<SendResult> {
  const size = Math.min(batchSize, METER_BATCH_LIMIT);
  const result: SendResult = { sent: 0, failed: 0 };
  for (let round = 0; round < maxBatches; round += 1) {
    const now = ctx.clock();
    const rows = await ctx.db
      .selectFrom('usage_meter_events as u')
      .innerJoin('billing_accounts as a', 'a.user_id', 'u.user_id')
      .select(['u.id', 'u.identifier', 'u.meter', 'u.value', 'u.occurred_at', 'u.attempts', 'a.stripe_customer_id'])
      .where('u.sent_at', 'is', null)
      .where('u.next_attempt_at', '<=', now)
      .where('a.stripe_customer_id', 'is not', null)
      .orderBy('u.id')
      .limit(size)
      .execute();
    if (rows.length === 0) break;
    const batch = rows.map((row) => ({ id: Number(row.id), identifier: row.identifier, eventName: row.meter, customerId: row.stripe_customer_id!, value: Number(row.value), timestamp: Math.floor(new Date(row.occurred_at).getTime() / 1000) }));
    try {
      await send(batch);
      await ctx.db.updateTable('usage_meter_events').set({ sent_at: ctx.clock(), last_error: null }).where('id', 'in', batch.map((event) => event.id)).execute();
      result.sent += batch.length;
    } catch (error) {
      const failedAt = (error as { failedAt?: number }).failedAt;
      const sentBefore = failedAt === undefined ? [] : batch.filter((event) => event.id < failedAt).map((event) => event.id);
      if (sentBefore.length > 0) await ctx.db.updateTable('usage_meter_events').set({ sent_at: ctx.clock(), last_error: null }).where('id', 'in', sentBefore).execute();
      const unsent = rows.filter((row) => !sentBefore.includes(Number(row.id)));
      for (const row of unsent) {
        const backoff = Math.min(MAX_BACKOFF_MS, 30_000 * 2 ** row.attempts);
        await ctx.db
          .updateTable('usage_meter_events')
          .set({ attempts: row.attempts + 1, next_attempt_at: new Date(now.getTime() + backoff), last_error: (error instanceof Error ? error.message : String(error)).slice(0, 500) })
          .where('id', '=', row.id)
          .execute();
      }
      result.sent += sentBefore.length;
      result.failed += unsent.length;
      ctx.logger.warn({ err: error, failed: unsent.length }, 'Billing: sending usage to Stripe failed; it will be retried');
      break;
    }
  }
  return result;
}

/** What an operator sees of the outbox: unsent rows, rows that failed at least once, the oldest unsent. */
export async function meterBacklog(db: Db): Promise<{ unsent: number; failing: number; oldestUnsent: Date | null }> {
  const row = await db
    .selectFrom('usage_meter_events')
    .select((eb) => [eb.fn.countAll<string>().as('unsent'), eb.fn.sum<string>(eb.case().when('attempts', '>', 0).then(1).else(0).end()).as('failing'), eb.fn.min('occurred_at').as('oldest')])
    .where('sent_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { unsent: Number(row.unsent), failing: Number(row.failing ?? 0), oldestUnsent: row.oldest ? new Date(row.oldest) : null };
}
