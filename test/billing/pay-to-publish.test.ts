// Pay-to-publish (BILLING_MODE=per-site, the e-info plan's flow), on both backends: describe → customise → pay once
// → publish. Publishing before payment is refused; the browser's return from Checkout alone unlocks nothing; only
// the webhook, verified and re-read from Stripe, marks the site paid.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.ts';
import { startBillingHarness, type BillingHarness } from './billing-harness.ts';

describe.each(backends)('pay-to-publish on $name', (backend) => {
  let h: BillingHarness;
  beforeAll(async () => {
    h = await startBillingHarness(backend, { mode: 'per-site' });
  });
  afterAll(() => h?.close());

  const payment = async (cookie: string, siteId: string) => (await (await h.call('GET', `/api/sites/${siteId}/payment`, cookie)).json()) as { required: boolean; paid: boolean };

  it('refuses publishing before payment; the redirect alone does nothing; the verified webhook unlocks it', async () => {
    const mia = await h.person('mia@example.com', 'mia-tailor');
    const siteId = mia.siteId!;
    // Customising is free.
    const head = ((await (await h.call('GET', `/api/sites/${siteId}`, mia.cookie)).json()) as { head: { id: string } }).head.id;
    expect((await h.call('POST', `/api/sites/${siteId}/commits`, mia.cookie, { branch: 'main', base: head, patch: [{ op: 'replace', path: '/business/tagline', value: 'Made to measure' }] })).status).toBe(201);

    const early = await h.call('POST', `/api/sites/${siteId}/publish`, mia.cookie, { confirmSamples: true });
    expect(early.status).toBe(402);
    expect(((await early.json()) as { code: string }).code).toBe('PAYMENT_REQUIRED');
    expect(await payment(mia.cookie, siteId)).toEqual({ required: true, paid: false, paidAt: null });

    const { url } = (await (await h.call('POST', `/api/sites/${siteId}/payment`, mia.cookie)).json()) as { url: string };
    const created = h.fake.requests.filter((request) => request.path === '/v1/checkout/sessions').at(-1)!;
    expect(created.params).toMatchObject({ mode: 'payment', line_items: [{ price: 'price_site_once' }], metadata: { siteId } });

    // The browser comes back to the success address without having paid: nothing unlocks.
    const successUrl = String(created.params.success_url);
    expect(successUrl).toBe(`${h.app.config.publicUrl}/sites/${siteId}/publish?payment=done`);
    await h.app.app.request(new Request(successUrl));
    expect((await payment(mia.cookie, siteId)).paid).toBe(false);
    // A forged "completed" event is refused; a genuinely signed one about a session Stripe never completed unlocks nothing.
    const sessionId = new URL(url).pathname.split('/').pop()!;
    const forged = await h.fake.sendEvent(h.fake.event('checkout.session.completed', { id: sessionId, object: 'checkout.session', mode: 'payment', payment_status: 'paid', metadata: { siteId } }), { secret: 'whsec_forger' });
    expect(forged.status).toBe(400);
    const premature = await h.fake.sendEvent(h.fake.event('checkout.session.completed', { id: sessionId, object: 'checkout.session', mode: 'payment', payment_status: 'paid', metadata: { siteId } }));
    expect(premature.status).toBe(200);
    expect((await payment(mia.cookie, siteId)).paid).toBe(false);
    expect((await h.call('POST', `/api/sites/${siteId}/publish`, mia.cookie, { confirmSamples: true })).status).toBe(402);

    // Paying on Checkout: Stripe's webhook marks the site paid, and publishing works.
    expect((await fetch(`${url}/pay`, { method: 'POST', redirect: 'manual' })).status).toBe(303);
    await h.fake.idle();
    expect((await payment(mia.cookie, siteId)).paid).toBe(true);
    expect((await h.call('POST', `/api/sites/${siteId}/publish`, mia.cookie, { confirmSamples: true })).status).toBe(200);
    // Paid once: a second checkout is refused.
    expect((await h.call('POST', `/api/sites/${siteId}/payment`, mia.cookie)).status).toBe(409);
  });

  it('only an owner starts a payment, and every site is paid for on its own', async () => {
    const noor = await h.person('noor@example.com', 'noor-one');
    const other = await h.call('POST', '/api/sites', noor.cookie, { subdomain: 'noor-two', name: 'Two' });
    const secondId = ((await other.json()) as { id: string }).id;
    const { url } = (await (await h.call('POST', `/api/sites/${noor.siteId}/payment`, noor.cookie)).json()) as { url: string };
    await fetch(`${url}/pay`, { method: 'POST', redirect: 'manual' });
    await h.fake.idle();
    expect((await payment(noor.cookie, noor.siteId!)).paid).toBe(true);
    expect((await payment(noor.cookie, secondId)).paid).toBe(false);
    const stranger = await h.person('stranger@example.com');
    expect((await h.call('POST', `/api/sites/${secondId}/payment`, stranger.cookie)).status).toBe(404);
    // Plans are not sold in this mode.
    expect((await h.call('POST', '/api/billing/checkout', noor.cookie, { plan: 'starter' })).status).toBe(404);
  });
});
