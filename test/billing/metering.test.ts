// Usage metering, on both backends: usage and its meter event are written in one transaction (the outbox), sent in
// batches of at most 100 (Stripe's v2 meter event stream), counted exactly once by Stripe even when the sender dies
// after sending and before marking (the stable identifier), retried with backoff, and visible while failing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeterSender } from '../../src/billing/index.ts';
import { backends } from '../support/backends.ts';
import { startBillingHarness, type BillingHarness } from './billing-harness.ts';

describe.each(backends)('usage metering on $name', (backend) => {
  let h: BillingHarness;
  beforeAll(async () => {
    h = await startBillingHarness(backend);
  });
  afterAll(() => h?.close());

  const customerOf = async (userId: string) => (await h.app.database.db.selectFrom('billing_accounts').select('stripe_customer_id').where('user_id', '=', userId).executeTakeFirstOrThrow()).stripe_customer_id!;
  const unsent = async () => Number((await h.app.database.db.selectFrom('usage_meter_events').select((eb) => eb.fn.countAll<string>().as('n')).where('sent_at', 'is', null).executeTakeFirstOrThrow()).n);

  it('a generation is metered in the transaction that starts it; a free account without a Stripe customer is not', async () => {
    const free = await h.person('free-meter@example.com');
    expect((await h.call('POST', '/api/sites/generate', free.cookie, { prompt: 'A bakery in Porto', subdomain: 'porto-free' })).status).toBe(202);
    expect(await unsent()).toBe(0);
    const paying = await h.person('meter@example.com');
    await h.subscribe(paying.cookie, 'starter');
    expect((await h.call('POST', '/api/sites/generate', paying.cookie, { prompt: 'A bakery in Lisbon', subdomain: 'lisbon-bakery' })).status).toBe(202);
    const rows = await h.app.database.db.selectFrom('usage_meter_events').select(['meter', 'value', 'user_id']).where('sent_at', 'is', null).execute();
    expect(rows.map((row) => [row.meter, Number(row.value), row.user_id])).toEqual([['pagehub_generations', 1, paying.userId]]);
    // The person sees it from PageHub's own records.
    const overview = (await (await h.call('GET', '/api/billing', paying.cookie)).json()) as { usage: { generationsPerMonth: number } };
    expect(overview.usage.generationsPerMonth).toBe(1);
    await h.app.billing.sendUsage();
    expect(h.fake.meterTotal(await customerOf(paying.userId), 'pagehub_generations')).toBe(1);
  });

  it('counts each usage once when the sender dies between sending a batch and marking it, in batches of at most 100', async () => {
    const kim = await h.person('kim@example.com');
    await h.subscribe(kim.cookie, 'pro');
    const occurredAt = h.now();
    await h.app.database.db.transaction().execute((transaction) =>
      h.app.billing.queueUsage(transaction, Array.from({ length: 250 }, (_, index) => ({ userId: kim.userId, meter: 'aiTokens' as const, value: 10 + index, occurredAt }))),
    );
    const expected = Array.from({ length: 250 }, (_, index) => 10 + index).reduce((sum, value) => sum + value, 0);
    const real = h.app.billing.usageSender!;
    const sizes: number[] = [];
    // Sends, then dies before PageHub marks the rows sent.
    const dying: MeterSender = async (batch) => {
      sizes.push(batch.length);
      await real(batch);
      throw new Error('the process was killed');
    };
    expect(await h.app.billing.sendUsage(dying)).toEqual({ sent: 0, failed: 100 });
    h.advance(31_000);
    const counting: MeterSender = async (batch) => {
      sizes.push(batch.length);
      await real(batch);
    };
    expect(await h.app.billing.sendUsage(counting)).toEqual({ sent: 250, failed: 0 });
    expect(Math.max(...sizes)).toBeLessThanOrEqual(100);
    expect(sizes).toEqual([100, 100, 100, 50]);
    expect(h.fake.meterTotal(await customerOf(kim.userId), 'pagehub_ai_tokens')).toBe(expected);
    expect(await unsent()).toBe(0);
  });

  it('retries a failed batch with backoff, and the backlog shows it meanwhile', async () => {
    const lea = await h.person('lea@example.com');
    await h.subscribe(lea.cookie, 'starter');
    await h.app.database.db.transaction().execute((transaction) => h.app.billing.queueUsage(transaction, [{ userId: lea.userId, meter: 'imageGenerations', value: 1, occurredAt: h.now() }]));
    h.fake.failNextMeterRequests(3); // the SDK retries twice by itself
    expect(await h.app.billing.sendUsage()).toEqual({ sent: 0, failed: 1 });
    expect(await h.app.billing.meterBacklog()).toMatchObject({ unsent: 1, failing: 1 });
    expect(await h.app.billing.sendUsage()).toEqual({ sent: 0, failed: 0 }); // not due yet
    h.advance(30_001);
    expect(await h.app.billing.sendUsage()).toEqual({ sent: 1, failed: 0 });
    expect(h.fake.meterTotal(await customerOf(lea.userId), 'pagehub_image_generations')).toBe(1);
    expect(await h.app.billing.meterBacklog()).toMatchObject({ unsent: 0, failing: 0 });
  });

  it('snapshots storage once an hour with one identifier per account and hour', async () => {
    const before = h.fake.meterEvents().filter((event) => event.eventName === 'pagehub_storage_bytes').length;
    await h.app.billing.snapshotStorage();
    await h.app.billing.snapshotStorage();
    await h.app.billing.sendUsage();
    const subscribed = Number((await h.app.database.db.selectFrom('billing_accounts').select((eb) => eb.fn.countAll<string>().as('n')).where('status', '=', 'active').executeTakeFirstOrThrow()).n);
    expect(h.fake.meterEvents().filter((event) => event.eventName === 'pagehub_storage_bytes').length - before).toBe(subscribed);
  });
});
