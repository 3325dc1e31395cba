// The fake Stripe against the real `stripe` SDK: what PageHub calls, the flows tests drive, the signed webhooks.
import { createServer, type Server } from 'node:http';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeStripe, type FakeStripe } from './index.ts';

const SECRET = 'whsec_fake_stripe_suite';
let clockOffsetMs = 0;
let fake: FakeStripe;
let stripe: Stripe;
let receiver: Server;
/** What the app-side receiver got: each body verified with the SDK (tolerance 300 s), or the reason it refused. */
const received: Array<{ id: string; type: string; isVerified: boolean; reason?: string }> = [];

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const parsed = JSON.parse(body) as { id: string; type: string };
      try {
        stripe.webhooks.constructEvent(body, String(request.headers['stripe-signature']), SECRET, 300);
        received.push({ id: parsed.id, type: parsed.type, isVerified: true });
        response.writeHead(200).end('{}');
      } catch (error) {
        received.push({ id: parsed.id, type: parsed.type, isVerified: false, reason: (error as Error).constructor.name });
        response.writeHead(400).end('bad signature');
      }
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const address = receiver.address();
  fake = await startFakeStripe({
    webhookUrl: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/api/billing/webhook`,
    webhookSecret: SECRET,
    clock: () => new Date(Date.now() + clockOffsetMs),
    prices: [
      { id: 'price_pro', lookupKey: 'pro_monthly', unitAmount: 1900, nickname: 'Pro' },
      { id: 'price_team', lookupKey: 'team_monthly', unitAmount: 4900, nickname: 'Team' },
      { id: 'price_pack', lookupKey: 'ai_pack', unitAmount: 500, interval: null },
    ],
    priceFeatures: { price_pro: ['custom_domain'], price_team: ['custom_domain', 'team_members'] },
  });
  stripe = new Stripe('sk_test_pagehub', { ...fake.sdkConfig, maxNetworkRetries: 0 });
});

afterAll(async () => {
  await fake?.close();
  await new Promise((resolve) => receiver?.close(resolve));
});

/** Events the receiver got since `mark`. */
function receivedSince(mark: number): string[] {
  return received.slice(mark).map((event) => event.type);
}

async function subscribedCustomer(price = 'price_pro'): Promise<{ customer: string; subscription: Stripe.Subscription }> {
  const customer = await stripe.customers.create({ email: 'owner@bakery.test', metadata: { account: 'acct-1' } });
  const session = await stripe.checkout.sessions.create({ mode: 'subscription', customer: customer.id, line_items: [{ price, quantity: 1 }], success_url: 'http://app.test/ok', cancel_url: 'http://app.test/no' });
  await fake.completeCheckout(session.id);
  const { data } = await stripe.subscriptions.list({ customer: customer.id });
  return { customer: customer.id, subscription: data[0] as Stripe.Subscription };
}

describe('customers', () => {
  it('creates, reads back and updates a customer (metadata merges; an empty value removes a key)', async () => {
    const created = await stripe.customers.create({ email: 'a@b.test', name: 'Ana', metadata: { account: 'acct-1', plan: 'free' } });
    expect(created).toMatchObject({ object: 'customer', email: 'a@b.test', livemode: false });
    expect(created.id).toMatch(/^cus_/);
    await stripe.customers.update(created.id, { email: 'ana@b.test', metadata: { plan: '', site: 's1' } });
    const read = await stripe.customers.retrieve(created.id);
    expect(read).toMatchObject({ email: 'ana@b.test', name: 'Ana', metadata: { account: 'acct-1', site: 's1' } });
  });

  it('answers an unknown id with 404 in Stripe’s shape (StripeInvalidRequestError)', async () => {
    const error = await stripe.customers.retrieve('cus_nobody').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(error).toMatchObject({ statusCode: 404, code: 'resource_missing', param: 'id', message: "No such customer: 'cus_nobody'" });
    await expect(stripe.subscriptions.retrieve('sub_nothing')).rejects.toMatchObject({ statusCode: 404, type: 'StripeInvalidRequestError' });
  });
});

describe('authentication and idempotency', () => {
  it('refuses a wrong key with 401 (StripeAuthenticationError) and a missing one in Stripe’s error shape', async () => {
    const live = new Stripe('sk_live_0000000000000000', { ...fake.sdkConfig, maxNetworkRetries: 0 });
    const error = await live.customers.create({}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    expect(error).toMatchObject({ statusCode: 401 });
    const response = await fetch(`${fake.origin}/v1/customers`, { method: 'POST' });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { type: 'invalid_request_error', message: expect.stringContaining('did not provide an API key') } });
  });

  it('answers a repeated Idempotency-Key with the first answer, and refuses it with other parameters', async () => {
    const first = await stripe.customers.create({ email: 'once@b.test' }, { idempotencyKey: 'signup-42' });
    const again = await stripe.customers.create({ email: 'once@b.test' }, { idempotencyKey: 'signup-42' });
    expect(again.id).toBe(first.id);
    await expect(stripe.customers.create({ email: 'other@b.test' }, { idempotencyKey: 'signup-42' })).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(fake.requests.filter((request) => request.idempotencyKey === 'signup-42').map((request) => request.status)).toEqual([200, 200, 400]);
  });

  it('answers an unknown URL with 404', async () => {
    await expect(stripe.rawRequest('GET', '/v1/nothing_here')).rejects.toMatchObject({ statusCode: 404, message: expect.stringContaining('Unrecognized request URL') });
  });
});

describe('checkout, subscriptions and invoices', () => {
  it('turns a paid subscription checkout into an active subscription, a paid invoice and signed events in order', async () => {
    const mark = received.length;
    const customer = await stripe.customers.create({ email: 'owner@bakery.test' });
    const session = await stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: customer.id,
      client_reference_id: 'acct-7',
      line_items: [{ price: 'price_pro', quantity: 1 }],
      success_url: 'http://app.test/billing?session={CHECKOUT_SESSION_ID}',
      cancel_url: 'http://app.test/billing',
      metadata: { account: 'acct-7' },
      subscription_data: { metadata: { account: 'acct-7' } },
    });
    expect(session).toMatchObject({ object: 'checkout.session', status: 'open', payment_status: 'unpaid', url: `${fake.origin}/checkout/${session.id}`, amount_total: 1900 });
    expect(session.id).toMatch(/^cs_test_/);

    await fake.completeCheckout(session.id);
    expect(receivedSince(mark)).toEqual(['customer.subscription.created', 'invoice.paid', 'checkout.session.completed', 'entitlements.active_entitlement_summary.updated']);
    expect(received.slice(mark).every((event) => event.isVerified)).toBe(true);

    const completed = await stripe.checkout.sessions.retrieve(session.id, { expand: ['subscription'] });
    expect(completed).toMatchObject({ status: 'complete', payment_status: 'paid', client_reference_id: 'acct-7', customer: customer.id });
    const subscription = completed.subscription as Stripe.Subscription;
    expect(subscription).toMatchObject({ object: 'subscription', status: 'active', customer: customer.id, cancel_at_period_end: false, metadata: { account: 'acct-7' } });
    const item = subscription.items.data[0];
    expect(item?.price).toMatchObject({ id: 'price_pro', lookup_key: 'pro_monthly', unit_amount: 1900, currency: 'usd', recurring: { interval: 'month' } });
    expect(item!.current_period_end - item!.current_period_start).toBeGreaterThanOrEqual(28 * 86400);

    const invoices = await stripe.invoices.list({ customer: customer.id, limit: 10 });
    expect(invoices).toMatchObject({ object: 'list', has_more: false, url: '/v1/invoices' });
    expect(invoices.data).toHaveLength(1);
    expect(invoices.data[0]).toMatchObject({ id: subscription.latest_invoice, status: 'paid', amount_due: 1900, amount_paid: 1900, currency: 'usd', hosted_invoice_url: expect.stringContaining(fake.origin) });
    expect(invoices.data[0]?.parent?.subscription_details?.subscription).toBe(subscription.id);
  });

  it('completes a one-time payment checkout with a payment intent', async () => {
    const session = await stripe.checkout.sessions.create({
      mode: 'payment',
      line_items: [{ price_data: { currency: 'eur', unit_amount: 700, product_data: { name: 'AI credits' } }, quantity: 2 }],
      payment_intent_data: { metadata: { account: 'acct-8' } },
      success_url: 'http://app.test/ok',
    });
    expect(session.amount_total).toBe(1400);
    await fake.completeCheckout(session.id);
    const paid = await stripe.checkout.sessions.retrieve(session.id);
    expect(paid).toMatchObject({ status: 'complete', payment_status: 'paid', subscription: null });
    expect(paid.payment_intent).toMatch(/^pi_/);
    await expect(fake.completeCheckout(session.id)).rejects.toThrow(/not open/);
  });

  it('expires an unpaid checkout: no subscription, and its page no longer takes payment', async () => {
    const session = await stripe.checkout.sessions.create({ mode: 'subscription', line_items: [{ price: 'price_pro', quantity: 1 }], success_url: 'http://app.test/ok' });
    await fake.expireCheckout(session.id);
    expect(received.at(-1)).toMatchObject({ type: 'checkout.session.expired', isVerified: true });
    expect(await stripe.checkout.sessions.retrieve(session.id)).toMatchObject({ status: 'expired', subscription: null, url: null });
    const page = await fetch(`${fake.origin}/checkout/${session.id}`);
    expect(page.status).toBe(410);
    expect(await page.text()).not.toContain('/pay');
    expect((await fetch(`${fake.origin}/checkout/${session.id}/pay`, { method: 'POST', redirect: 'manual' })).status).toBe(410);
  });

  it('refuses a one-time price in subscription mode and an unknown price, naming the parameter', async () => {
    await expect(stripe.checkout.sessions.create({ mode: 'subscription', line_items: [{ price: 'price_pack', quantity: 1 }], success_url: 'http://app.test' })).rejects.toMatchObject({ statusCode: 400, param: 'line_items[0][price]' });
    await expect(stripe.checkout.sessions.create({ mode: 'subscription', line_items: [{ price: 'price_gone', quantity: 1 }], success_url: 'http://app.test' })).rejects.toMatchObject({ statusCode: 400, code: 'resource_missing', param: 'line_items[0][price]' });
  });

  it('lets a browser pay on the checkout page: the webhooks arrive before the redirect to success_url', async () => {
    const session = await stripe.checkout.sessions.create({ mode: 'subscription', line_items: [{ price: 'price_pro', quantity: 1 }], success_url: 'http://app.test/done/{CHECKOUT_SESSION_ID}', cancel_url: 'http://app.test/back' });
    const page = await (await fetch(session.url!)).text();
    expect(page).toContain(`action="/checkout/${session.id}/pay"`);
    expect(page).toContain('href="http://app.test/back"');
    const mark = received.length;
    const paid = await fetch(`${fake.origin}/checkout/${session.id}/pay`, { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toBe(`http://app.test/done/${session.id}`);
    expect(receivedSince(mark)).toContain('checkout.session.completed');
  });

  it('changes the plan through the API: entitlements follow, and the update event carries the previous items', async () => {
    const { customer, subscription } = await subscribedCustomer('price_pro');
    const before = await stripe.entitlements.activeEntitlements.list({ customer });
    expect(before.data.map((entitlement) => entitlement.lookup_key)).toEqual(['custom_domain']);
    expect(before.data[0]).toMatchObject({ object: 'entitlements.active_entitlement', livemode: false, feature: expect.stringMatching(/^feat_/) });

    const mark = fake.events().length;
    const updated = await stripe.subscriptions.update(subscription.id, { items: [{ id: subscription.items.data[0]!.id, price: 'price_team' }], proration_behavior: 'create_prorations' });
    expect(updated.items.data[0]?.price.lookup_key).toBe('team_monthly');
    await fake.idle();
    const [updateEvent, summary] = fake.events().slice(mark);
    expect(updateEvent).toMatchObject({ type: 'customer.subscription.updated', data: { previous_attributes: { items: { data: [{ price: { id: 'price_pro' } }] } } } });
    expect(summary?.type).toBe('entitlements.active_entitlement_summary.updated');
    const after = await stripe.entitlements.activeEntitlements.list({ customer });
    expect(after.data.map((entitlement) => entitlement.lookup_key)).toEqual(['custom_domain', 'team_members']);

    await stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
    expect((await stripe.subscriptions.retrieve(subscription.id)).cancel_at_period_end).toBe(true);
    const canceled = await stripe.subscriptions.cancel(subscription.id);
    expect(canceled.status).toBe('canceled');
    await fake.idle();
    expect(fake.events().at(-2)?.type).toBe('customer.subscription.deleted');
    expect((await stripe.entitlements.activeEntitlements.list({ customer })).data).toEqual([]);
    expect((await stripe.subscriptions.list({ customer })).data).toEqual([]);
    expect((await stripe.subscriptions.list({ customer, status: 'all' })).data.map((each) => each.status)).toEqual(['canceled']);
  });

  it('drives a failed renewal to past due and back to active when the invoice is paid', async () => {
    const { customer, subscription } = await subscribedCustomer();
    const mark = received.length;
    const invoice = await fake.failPayment(subscription.id);
    expect((await stripe.subscriptions.retrieve(subscription.id)).status).toBe('past_due');
    expect(await stripe.invoices.retrieve(invoice.id)).toMatchObject({ status: 'open', amount_paid: 0, amount_remaining: 1900 });
    await fake.payInvoice(subscription.id);
    expect((await stripe.subscriptions.retrieve(subscription.id)).status).toBe('active');
    expect(receivedSince(mark)).toEqual(['invoice.payment_failed', 'customer.subscription.updated', 'invoice.paid', 'customer.subscription.updated']);
    expect((await stripe.invoices.list({ customer })).data.map((each) => each.status)).toEqual(['paid', 'paid']);
    await fake.setSubscriptionStatus(subscription.id, 'unpaid');
    expect(receivedSince(mark).slice(-2)).toEqual(['customer.subscription.updated', 'entitlements.active_entitlement_summary.updated']);
    expect((await stripe.entitlements.activeEntitlements.list({ customer })).data).toEqual([]);
  });

  it('starts a trial from checkout, warns before it ends, asks for confirmation and renews into a new period', async () => {
    const customer = (await stripe.customers.create({})).id;
    const session = await stripe.checkout.sessions.create({ mode: 'subscription', customer, line_items: [{ price: 'price_pro', quantity: 1 }], subscription_data: { trial_period_days: 14 }, success_url: 'http://app.test/ok' });
    await fake.completeCheckout(session.id);
    const [trialing] = (await stripe.subscriptions.list({ customer })).data;
    expect(trialing).toMatchObject({ status: 'trialing', trial_end: trialing!.trial_start! + 14 * 86400 });
    expect((await stripe.invoices.list({ customer })).data[0]).toMatchObject({ amount_due: 0, status: 'paid' });
    expect((await stripe.entitlements.activeEntitlements.list({ customer })).data.map((each) => each.lookup_key)).toEqual(['custom_domain']);

    const mark = received.length;
    await fake.trialWillEnd(trialing!.id);
    const confirmation = await fake.requireAction(trialing!.id);
    expect(receivedSince(mark)).toEqual(['customer.subscription.trial_will_end', 'invoice.payment_action_required']);
    await fake.payInvoice(confirmation.id);
    const renewal = await fake.renew(trialing!.id);
    const renewed = await stripe.subscriptions.retrieve(trialing!.id);
    expect(renewed.items.data[0]).toMatchObject({ current_period_start: trialing!.trial_end });
    expect(renewal).toMatchObject({ status: 'paid', billing_reason: 'subscription_cycle', amount_paid: 1900, period_start: trialing!.trial_end });
    expect(renewed.latest_invoice).toBe(renewal.id);
  });

  it('opens a portal whose page links back and cancels at period end', async () => {
    const { customer, subscription } = await subscribedCustomer();
    const portal = await stripe.billingPortal.sessions.create({ customer, return_url: 'http://app.test/account' });
    expect(portal).toMatchObject({ object: 'billing_portal.session', url: expect.stringMatching(new RegExp(`^${fake.origin}/portal/bps_`)) });
    expect(await (await fetch(portal.url)).text()).toContain('href="http://app.test/account"');
    const cancel = await fetch(`${portal.url}/cancel`, { method: 'POST', body: new URLSearchParams({ subscription: subscription.id }), redirect: 'manual' });
    expect(cancel.status).toBe(303);
    expect((await stripe.subscriptions.retrieve(subscription.id)).cancel_at_period_end).toBe(true);
    await expect(stripe.billingPortal.sessions.create({ customer: 'cus_ghost' })).rejects.toMatchObject({ statusCode: 400, param: 'customer' });
  });

  it('finds prices by lookup key', async () => {
    const prices = await stripe.prices.list({ lookup_keys: ['team_monthly', 'pro_monthly'] });
    expect(prices.data.map((price) => price.id).sort()).toEqual(['price_pro', 'price_team']);
  });
});

describe('webhooks', () => {
  it('signs events the SDK accepts, and tests can forge, backdate or replay them', async () => {
    const event = fake.event('customer.subscription.updated', { id: 'sub_x', object: 'subscription', status: 'active' }, { status: 'past_due' });
    expect(event).toMatchObject({ object: 'event', livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, api_version: Stripe.API_VERSION });
    expect((await fake.sendEvent(event)).status).toBe(200);
    expect((await fake.sendEvent(event, { secret: 'whsec_someone_else' })).status).toBe(400);
    expect((await fake.sendEvent(event, { timestamp: Math.floor(Date.now() / 1000) - 600 })).status).toBe(400);
    expect((await fake.sendEvent(event)).status).toBe(200);
    expect(received.slice(-4).map((each) => [each.id, each.isVerified, each.reason])).toEqual([
      [event.id, true, undefined],
      [event.id, false, 'StripeSignatureVerificationError'],
      [event.id, false, 'StripeSignatureVerificationError'],
      [event.id, true, undefined],
    ]);
    const sent = fake.sentEvents().at(-1)!;
    expect(() => stripe.webhooks.constructEvent(JSON.stringify(sent.event, null, 2), sent.signature, SECRET, 300)).not.toThrow();
  });

  it('collects events without sending them when delivery is off, for tests to send in any order', async () => {
    fake.configureWebhooks({ deliver: false });
    try {
      const mark = received.length;
      const { subscription } = await subscribedCustomer();
      await fake.cancel(subscription.id);
      expect(received.length).toBe(mark);
      const deleted = fake.events().findLast((event) => event.type === 'customer.subscription.deleted')!;
      const created = fake.events().findLast((event) => event.type === 'customer.subscription.created')!;
      await fake.sendEvent(deleted);
      await fake.sendEvent(created);
      expect(receivedSince(mark)).toEqual(['customer.subscription.deleted', 'customer.subscription.created']);
    } finally {
      fake.configureWebhooks({ deliver: true });
    }
  });
});

describe('usage meters', () => {
  it('accepts a meter event once: a repeated identifier is refused and not counted again', async () => {
    const customer = (await stripe.customers.create({})).id;
    const event = { event_name: 'ai_edits', identifier: 'edit-1', payload: { stripe_customer_id: customer, value: '3' } };
    expect(await stripe.billing.meterEvents.create(event)).toMatchObject({ object: 'billing.meter_event', identifier: 'edit-1', payload: { value: '3' } });
    const duplicate = await stripe.billing.meterEvents.create(event).catch((caught: unknown) => caught);
    expect(duplicate).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(duplicate).toMatchObject({ statusCode: 400, code: 'duplicate_meter_event' });
    expect(fake.meterTotal(customer, 'ai_edits')).toBe(3);
  });

  it('fails the next meter requests with 500 so retries can be tested; a retried event counts once', async () => {
    const customer = (await stripe.customers.create({})).id;
    fake.failNextMeterRequests(1);
    await expect(stripe.billing.meterEvents.create({ event_name: 'ai_edits', identifier: 'edit-2', payload: { stripe_customer_id: customer, value: '1' } })).rejects.toBeInstanceOf(Stripe.errors.StripeAPIError);
    expect(fake.meterTotal(customer, 'ai_edits')).toBe(0);
    fake.failNextMeterRequests(1);
    const retrying = new Stripe('sk_test_pagehub', { ...fake.sdkConfig, maxNetworkRetries: 1 });
    await retrying.billing.meterEvents.create({ event_name: 'ai_edits', identifier: 'edit-2', payload: { stripe_customer_id: customer, value: '1' } });
    expect(fake.meterTotal(customer, 'ai_edits')).toBe(1);
    expect(fake.requests.filter((request) => request.path === '/v1/billing/meter_events').slice(-3).map((request) => request.status)).toEqual([500, 500, 200]);
  });

  it('takes the v2 meter event stream on the same host, with a session token, at most 100 events a request', async () => {
    const customer = (await stripe.customers.create({})).id;
    const session = await stripe.v2.billing.meterEventSession.create();
    expect(session).toMatchObject({ object: 'v2.billing.meter_event_session', authentication_token: expect.any(String) });
    const events = (identifiers: string[]) => identifiers.map((identifier) => ({ event_name: 'page_views', identifier, payload: { stripe_customer_id: customer, value: '10' } }));
    await stripe.v2.billing.meterEventStream.create({ events: events(['v-1', 'v-2', 'v-1']) }, { apiKey: session.authentication_token });
    expect(fake.meterTotal(customer, 'page_views')).toBe(20);
    expect(fake.requests.at(-1)).toMatchObject({ path: '/v2/billing/meter_event_stream', status: 202 });

    const tooMany = Array.from({ length: 101 }, (_, index) => `bulk-${index}`);
    await expect(stripe.v2.billing.meterEventStream.create({ events: events(tooMany) }, { apiKey: session.authentication_token })).rejects.toMatchObject({ statusCode: 400 });
    await expect(stripe.v2.billing.meterEventStream.create({ events: events(['v-3']) })).rejects.toMatchObject({ statusCode: 401 });
    clockOffsetMs = 16 * 60 * 1000;
    try {
      await expect(stripe.v2.billing.meterEventStream.create({ events: events(['v-4']) }, { apiKey: session.authentication_token })).rejects.toBeInstanceOf(Stripe.errors.TemporarySessionExpiredError);
    } finally {
      clockOffsetMs = 0;
    }
    expect(fake.meterTotal(customer, 'page_views')).toBe(20);
  });
});

describe('entitlements', () => {
  it('lets a test override a customer’s features, and requires the customer parameter', async () => {
    const { customer } = await subscribedCustomer('price_pro');
    fake.setEntitlements(customer, ['priority_support']);
    expect((await stripe.entitlements.activeEntitlements.list({ customer })).data.map((each) => each.lookup_key)).toEqual(['priority_support']);
    fake.setEntitlements(customer, null);
    expect((await stripe.entitlements.activeEntitlements.list({ customer })).data.map((each) => each.lookup_key)).toEqual(['custom_domain']);
    await expect(stripe.rawRequest('GET', '/v1/entitlements/active_entitlements')).rejects.toMatchObject({ statusCode: 400, code: 'parameter_missing', param: 'customer' });
  });
});
