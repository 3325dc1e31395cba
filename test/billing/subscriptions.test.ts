// Subscribing, on both backends, with the real stripe SDK against the fake Stripe: a free account meets a limit,
// pays through Checkout, and only the verified webhook moves its plan; entitlements changed in Stripe flow in; and
// every hostile or disordered delivery — a forged signature, a stale timestamp, a replay, `subscription.updated`
// after `deleted`, a repeated `invoice.payment_failed` — ends in the right state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.ts';
import { startBillingHarness, type BillingHarness } from './billing-harness.ts';

type Billing = { plan: { id: string }; status: string; standing: string; limits: Record<string, unknown>; usage: Record<string, number>; graceEndsAt: string | null };

describe.each(backends)('subscriptions on $name', (backend) => {
  let h: BillingHarness;
  beforeAll(async () => {
    h = await startBillingHarness(backend);
  });
  afterAll(() => h?.close());

  const billingOf = async (cookie: string) => (await (await h.call('GET', '/api/billing', cookie)).json()) as Billing;
  const storedEvents = async () => Number((await h.app.database.db.selectFrom('stripe_events').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  const subscriptionOf = async (userId: string) => (await h.app.database.db.selectFrom('billing_accounts').select(['subscription_id', 'stripe_customer_id']).where('user_id', '=', userId).executeTakeFirstOrThrow());

  it('a free account meets its limit, subscribes through Checkout, and the webhook — not the redirect — lifts it', async () => {
    const ana = await h.person('ana@example.com', 'ana-bakery');
    const before = await billingOf(ana.cookie);
    expect(before).toMatchObject({ plan: { id: 'free' }, status: 'none', standing: 'good', limits: { customDomains: 0, publishedSites: 1 } });

    const refused = await h.call('POST', `/api/sites/${ana.siteId}/domains`, ana.cookie, { hostname: 'ana-bakery.com' });
    expect(refused.status).toBe(402);
    const problem = (await refused.json()) as { code: string; detail: string; limit: unknown };
    expect(problem.code).toBe('PLAN_LIMIT');
    expect(problem.detail).toBe('Your plan includes no custom domain — Starter includes 1 custom domain.');
    expect(problem.limit).toEqual({ feature: 'customDomains', included: 0, used: 0, plan: 'free', upgrade: { plan: 'starter', name: 'Starter', included: 1 } });

    // Checkout is only a page until Stripe says it was paid: opening its URL changes nothing.
    const started = (await (await h.call('POST', '/api/billing/checkout', ana.cookie, { plan: 'starter' })).json()) as { url: string; changed: boolean };
    expect(started.url.startsWith(h.fake.origin)).toBe(true);
    const session = h.fake.requests.find((request) => request.method === 'POST' && request.path === '/v1/checkout/sessions')!;
    expect(session.params).toMatchObject({ mode: 'subscription', client_reference_id: ana.userId, line_items: [{ price: 'price_starter_monthly', quantity: '1' }] });
    expect((await billingOf(ana.cookie)).plan.id).toBe('free');

    await fetch(`${started.url}/pay`, { method: 'POST', redirect: 'manual' });
    await h.fake.idle();
    const after = await billingOf(ana.cookie);
    expect(after).toMatchObject({ plan: { id: 'starter' }, status: 'active', standing: 'good', limits: { customDomains: 1, publishedSites: 3 } });
    expect(h.fake.sentEvents().every((sent) => sent.status === 200)).toBe(true);

    expect((await h.call('POST', `/api/sites/${ana.siteId}/domains`, ana.cookie, { hostname: 'ana-bakery.com' })).status).toBe(201);
    const second = await h.call('POST', `/api/sites/${ana.siteId}/domains`, ana.cookie, { hostname: 'www.ana-cakes.com' });
    expect(second.status).toBe(402);
    expect(((await second.json()) as { detail: string }).detail).toBe('Your plan includes 1 custom domain, and you have 1 — Pro includes 10 custom domains.');
    expect((await billingOf(ana.cookie)).usage.customDomains).toBe(1);
  });

  it('a plan changed in Stripe (entitlements) flows in through active_entitlement_summary.updated', async () => {
    const ben = await h.person('ben@example.com', 'ben-garage');
    await h.subscribe(ben.cookie, 'starter');
    const { stripe_customer_id: customer } = await subscriptionOf(ben.userId);
    expect((await billingOf(ben.cookie)).limits.branchPreviews).toBe(false);
    h.fake.setEntitlements(customer!, ['pagehub-pro', 'pagehub-branch-previews']);
    const sent = await h.fake.sendEvent(h.fake.event('entitlements.active_entitlement_summary.updated', { object: 'entitlements.active_entitlement_summary', customer, entitlements: { object: 'list', data: [], has_more: false } }));
    expect(sent.status).toBe(200);
    expect(await billingOf(ben.cookie)).toMatchObject({ plan: { id: 'pro' }, limits: { customDomains: 10, branchPreviews: true } });
  });

  it('refuses a forged signature and a stale timestamp with 400, stores nothing and logs it; a replay changes nothing', async () => {
    const cara = await h.person('cara@example.com', 'cara-studio');
    await h.subscribe(cara.cookie, 'starter');
    const { subscription_id: subscriptionId } = await subscriptionOf(cara.userId);
    const stored = await storedEvents();
    const cancelled = h.fake.event('customer.subscription.deleted', { id: subscriptionId, object: 'subscription' });

    const forged = await h.fake.sendEvent(cancelled, { secret: 'whsec_someone_else' });
    expect(forged.status).toBe(400);
    expect(JSON.parse(forged.responseBody)).toMatchObject({ code: 'WEBHOOK_SIGNATURE_INVALID' });
    const stale = await h.fake.sendEvent(cancelled, { timestamp: Math.floor(h.now().getTime() / 1000) - 301 });
    expect(stale.status).toBe(400);
    const unsigned = await fetch(`http://127.0.0.1:${h.port}/api/billing/webhook`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(cancelled) });
    expect(unsigned.status).toBe(400);
    expect(await storedEvents()).toBe(stored);
    expect(h.app.logs.filter((line) => String(line.msg).includes('failed signature verification')).length).toBeGreaterThanOrEqual(3);
    expect((await billingOf(cara.cookie)).plan.id).toBe('starter');

    // The newest secret of a rotation is accepted too (the harness configures a retired one first).
    const replayed = h.fake.events().find((event) => event.type === 'invoice.paid' && JSON.stringify(event).includes(String(subscriptionId)))!;
    const first = await h.fake.sendEvent(replayed);
    expect([first.status, JSON.parse(first.responseBody).outcome]).toEqual([200, 'duplicate']);
    expect(await storedEvents()).toBe(stored);
  });

  it('`subscription.updated` arriving after `deleted` re-reads Stripe and stays cancelled; the account is back on free', async () => {
    const dan = await h.person('dan@example.com', 'dan-cafe');
    await h.subscribe(dan.cookie, 'pro');
    const { subscription_id: subscriptionId } = await subscriptionOf(dan.userId);
    h.fake.configureWebhooks({ deliver: false });
    try {
      await h.fake.changePlan(subscriptionId!, 'price_business_monthly');
      await h.fake.cancel(subscriptionId!);
      await h.fake.idle();
      const held = h.fake.events().filter((event) => JSON.stringify(event).includes(String(subscriptionId)) && event.type.startsWith('customer.subscription.'));
      const deleted = held.find((event) => event.type === 'customer.subscription.deleted')!;
      const updated = held.filter((event) => event.type === 'customer.subscription.updated').at(-1)!;
      expect((await h.fake.sendEvent(deleted)).status).toBe(200);
      expect((await h.fake.sendEvent(updated)).status).toBe(200);
    } finally {
      h.fake.configureWebhooks({ deliver: true });
    }
    expect(await billingOf(dan.cookie)).toMatchObject({ plan: { id: 'free' }, status: 'canceled', standing: 'good' });
  });

  it('a repeated invoice.payment_failed keeps the first failure’s date and mails once', async () => {
    const eve = await h.person('eve@example.com', 'eve-florist');
    await h.subscribe(eve.cookie, 'starter');
    const { subscription_id: subscriptionId } = await subscriptionOf(eve.userId);
    const invoice = await h.fake.failPayment(subscriptionId!);
    await h.fake.idle();
    const first = await billingOf(eve.cookie);
    expect(first).toMatchObject({ status: 'past_due', standing: 'grace' });
    const failure = h.fake.events().filter((event) => event.type === 'invoice.payment_failed' && JSON.stringify(event).includes(String(invoice.id))).at(-1)!;
    h.advance(60_000);
    // The same event again (a replay) and a new event about the same invoice (Stripe's retry failing again).
    expect(JSON.parse((await h.fake.sendEvent(failure)).responseBody).outcome).toBe('duplicate');
    const again = await h.fake.sendEvent(h.fake.event('invoice.payment_failed', invoice));
    expect(JSON.parse(again.responseBody).outcome).toBe('processed');
    expect((await billingOf(eve.cookie)).graceEndsAt).toBe(first.graceEndsAt);
    const mails = h.app.outbox.to('eve@example.com').filter((mail) => mail.subject === 'Your PageHub payment did not go through');
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain('keep working as usual until');
  });

  it('changes the plan of a live subscription in place, opens the portal, and lists invoices', async () => {
    const fay = await h.person('fay@example.com', 'fay-books');
    await h.subscribe(fay.cookie, 'starter');
    const changed = (await (await h.call('POST', '/api/billing/checkout', fay.cookie, { plan: 'pro' })).json()) as { url: string; changed: boolean };
    expect(changed).toEqual({ url: `${h.app.config.publicUrl}/billing?changed=pro`, changed: true });
    await h.fake.idle();
    expect((await billingOf(fay.cookie)).plan.id).toBe('pro');
    expect(h.fake.requests.filter((request) => request.path === '/v1/customers' && request.method === 'POST' && JSON.stringify(request.params).includes(fay.userId))).toHaveLength(1);
    const portal = (await (await h.call('POST', '/api/billing/portal', fay.cookie)).json()) as { url: string };
    expect(portal.url.startsWith(`${h.fake.origin}/portal/`)).toBe(true);
    const { invoices } = (await (await h.call('GET', '/api/billing/invoices', fay.cookie)).json()) as { invoices: { status: string; amountPaid: number; currency: string }[] };
    expect(invoices.length).toBeGreaterThanOrEqual(1);
    expect(invoices.at(-1)).toMatchObject({ status: 'paid', amountPaid: 900, currency: 'usd' });
    // The free plan is not bought, and an unknown plan is refused by the schema.
    expect((await h.call('POST', '/api/billing/checkout', fay.cookie, { plan: 'free' })).status).toBe(400);
    expect((await h.call('POST', '/api/billing/checkout', fay.cookie, { plan: 'platinum' })).status).toBe(400);
  });

  it('a free plan’s published pages carry "Made with PageHub"; after upgrading, publishing the same version removes it', async () => {
    const gus = await h.person('gus@example.com', 'gus-bikes');
    expect((await h.call('POST', `/api/sites/${gus.siteId}/publish`, gus.cookie, { confirmSamples: true })).status).toBe(200);
    await expect.poll(async () => (await h.visit('gus-bikes')).status, { timeout: 2000, interval: 25 }).toBe(200);
    expect((await h.visit('gus-bikes')).text).toContain('Made with PageHub');
    await h.subscribe(gus.cookie, 'starter');
    const again = (await (await h.call('POST', `/api/sites/${gus.siteId}/publish`, gus.cookie, { confirmSamples: true })).json()) as { isReused: boolean };
    expect(again.isReused).toBe(false);
    await expect.poll(async () => (await h.visit('gus-bikes')).text.includes('Made with PageHub'), { timeout: 2000, interval: 25 }).toBe(false);
  });

  it('answers signed events it does not act on with 200, and an event for an unknown subscription without harm', async () => {
    const unknown = await h.fake.sendEvent(h.fake.event('customer.created', { id: 'cus_nobody', object: 'customer' }));
    expect([unknown.status, JSON.parse(unknown.responseBody).outcome]).toEqual([200, 'ignored']);
    // A verified event whose object Stripe does not know: re-fetching fails, the event is kept for a retry (500).
    const event = h.fake.event('customer.subscription.updated', { id: 'sub_does_not_exist', object: 'subscription' });
    const missing = await h.fake.sendEvent(event);
    expect(missing.status).toBe(500);
    const row = await h.app.database.db.selectFrom('stripe_events').select(['processed_at', 'error', 'attempts']).where('id', '=', event.id).executeTakeFirstOrThrow();
    expect(row.processed_at).toBeNull();
    expect(row.error).toMatch(/sub_does_not_exist|No such/);
  });
});
