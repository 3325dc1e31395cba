// Dunning end to end, on both backends: a failed payment → a banner's worth of state and one mail, full service
// through the grace period → read-only (no edits, publishes or AI; nothing deleted) → the published site shows the
// polite "paused" page → `invoice.paid` → live again within a second. And a downgrade freezes what no longer fits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.ts';
import { startBillingHarness, type BillingHarness } from './billing-harness.ts';

const DAY = 86_400_000;

describe.each(backends)('dunning on $name', (backend) => {
  let h: BillingHarness;
  beforeAll(async () => {
    h = await startBillingHarness(backend);
  });
  afterAll(() => h?.close());

  const standing = async (cookie: string) => ((await (await h.call('GET', '/api/billing', cookie)).json()) as { standing: string }).standing;
  const head = async (cookie: string, siteId: string) => ((await (await h.call('GET', `/api/sites/${siteId}`, cookie)).json()) as { head: { id: string } }).head.id;
  const edit = async (cookie: string, siteId: string, tagline: string) =>
    h.call('POST', `/api/sites/${siteId}/commits`, cookie, { branch: 'main', base: await head(cookie, siteId), patch: [{ op: 'replace', path: '/business/tagline', value: tagline }] });

  it('past_due → grace → read-only → paused page → invoice.paid → live again', async () => {
    const ola = await h.person('ola@example.com', 'ola-pottery');
    const siteId = ola.siteId!;
    await h.subscribe(ola.cookie, 'starter');
    expect((await h.call('POST', `/api/sites/${siteId}/publish`, ola.cookie, { confirmSamples: true })).status).toBe(200);
    // The site server hears of the publish through the hosts channel.
    await expect.poll(async () => (await h.visit('ola-pottery')).status, { timeout: 2000, interval: 25 }).toBe(200);
    const { subscription_id: subscriptionId } = await h.app.database.db.selectFrom('billing_accounts').select('subscription_id').where('user_id', '=', ola.userId).executeTakeFirstOrThrow();

    await h.fake.failPayment(subscriptionId!);
    await h.fake.idle();
    expect(await standing(ola.cookie)).toBe('grace');
    expect(h.app.outbox.to('ola@example.com').map((mail) => mail.subject)).toContain('Your PageHub payment did not go through');
    // Full service through the grace period.
    h.advance(6 * DAY);
    await h.app.billing.reconcileStandings();
    expect((await edit(ola.cookie, siteId, 'Still open')).status).toBe(201);

    h.advance(1 * DAY + 1000);
    await h.app.billing.reconcileStandings();
    expect(await standing(ola.cookie)).toBe('read-only');
    const refused = await edit(ola.cookie, siteId, 'Not now');
    expect(refused.status).toBe(402);
    expect(((await refused.json()) as { code: string }).code).toBe('ACCOUNT_READ_ONLY');
    expect((await h.call('POST', `/api/sites/${siteId}/publish`, ola.cookie, { confirmSamples: true })).status).toBe(402);
    expect((await h.call('POST', `/api/sites/${siteId}/edit`, ola.cookie, { prompt: 'make the primary colour green', base: await head(ola.cookie, siteId) })).status).toBe(402);
    expect((await h.call('POST', '/api/sites/generate', ola.cookie, { prompt: 'A second pottery studio', subdomain: 'ola-two' })).status).toBe(402);
    // Reading, and taking things away, still work; the site is still live to visitors.
    expect((await h.call('GET', `/api/sites/${siteId}`, ola.cookie)).status).toBe(200);
    expect((await h.visit('ola-pottery')).status).toBe(200);

    h.advance(14 * DAY);
    await h.app.billing.reconcileStandings();
    expect(await standing(ola.cookie)).toBe('paused');
    const paused = await h.visit('ola-pottery', '/about/');
    await expect.poll(async () => (await h.visit('ola-pottery')).status, { timeout: 2000 }).toBe(503);
    const page = await h.visit('ola-pottery');
    expect(page.headers['retry-after']).toBe('3600');
    expect(page.text).toContain('This website is paused for now');
    expect(page.text).not.toContain('ola-pottery shop');
    expect([200, 503]).toContain(paused.status);

    // Paying brings everything back, the published site within a second.
    const paidAt = Date.now();
    await h.fake.payInvoice(subscriptionId!);
    await h.fake.idle();
    await expect.poll(async () => (await h.visit('ola-pottery')).status, { timeout: 1000, interval: 25 }).toBe(200);
    expect(Date.now() - paidAt).toBeLessThan(1000);
    expect(await standing(ola.cookie)).toBe('good');
    expect((await edit(ola.cookie, siteId, 'Back in business')).status).toBe(201);
    // Nothing was deleted on the way.
    expect((await h.call('GET', `/api/sites/${siteId}/commits?branch=main`, ola.cookie)).status).toBe(200);
  });

  it('a subscription cancelled after a failed payment turns the account read-only at once', async () => {
    const pia = await h.person('pia@example.com', 'pia-yoga');
    await h.subscribe(pia.cookie, 'starter');
    const { subscription_id: subscriptionId } = await h.app.database.db.selectFrom('billing_accounts').select('subscription_id').where('user_id', '=', pia.userId).executeTakeFirstOrThrow();
    await h.fake.failPayment(subscriptionId!);
    await h.fake.setSubscriptionStatus(subscriptionId!, 'unpaid');
    await h.fake.idle();
    expect(await standing(pia.cookie)).toBe('read-only');
    expect((await edit(pia.cookie, pia.siteId!, 'x')).status).toBe(402);
  });

  it('a downgrade deletes nothing: sites past the new plan freeze, the first ones stay editable', async () => {
    const raj = await h.person('raj@example.com', 'raj-one');
    await h.subscribe(raj.cookie, 'starter');
    const more: string[] = [];
    for (const name of ['raj-two', 'raj-three', 'raj-four']) {
      const created = await h.call('POST', '/api/sites', raj.cookie, { subdomain: name, name });
      expect(created.status).toBe(201);
      more.push(((await created.json()) as { id: string }).id);
    }
    const { subscription_id: subscriptionId } = await h.app.database.db.selectFrom('billing_accounts').select('subscription_id').where('user_id', '=', raj.userId).executeTakeFirstOrThrow();
    await h.fake.cancel(subscriptionId!);
    await h.fake.idle();
    // Free includes 3 sites: the fourth (newest) is frozen, nothing is gone.
    expect((await (await h.call('GET', '/api/sites', raj.cookie)).json()).sites).toHaveLength(4);
    expect((await edit(raj.cookie, more[1]!, 'fine')).status).toBe(201);
    const frozen = await edit(raj.cookie, more[2]!, 'frozen');
    expect(frozen.status).toBe(402);
    expect(((await frozen.json()) as { detail: string }).detail).toMatch(/^Your plan includes 3 sites and you have 4, so this one is frozen/);
    expect((await h.call('POST', '/api/sites', raj.cookie, { subdomain: 'raj-five', name: 'five' })).status).toBe(402);
    // Choosing: deleting one site unfreezes the other.
    expect((await h.call('DELETE', `/api/sites/${more[0]}`, raj.cookie)).status).toBe(204);
    expect((await edit(raj.cookie, more[2]!, 'thawed')).status).toBe(201);
  });
});
