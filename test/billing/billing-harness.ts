// PageHub with billing switched on, against the fake Stripe (test/support/fake-stripe): the app and the site server
// behind one real HTTP listener (Stripe's webhooks arrive over HTTP; published sites are asked for by Host), the
// real `stripe` SDK pointed at the fake, and one clock for both, so tests can move time through a grace period.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { openBlobStore } from '../../src/assets/index.ts';
import { startSiteServer, type SiteServer } from '../../src/publish/index.ts';
import type { Backend } from '../support/backends.ts';
import { startFakeStripe, type FakeStripe } from '../support/fake-stripe/index.ts';
import { siteRequest, type SiteResponse } from '../support/site-request.ts';
import { apiRequest, openTestApp, signUp, type TestApp } from '../support/test-app.ts';

export const PRICES = { starter: 'price_starter_monthly', pro: 'price_pro_monthly', business: 'price_business_monthly', site: 'price_site_once' } as const;

export interface BillingHarness {
  fake: FakeStripe;
  app: TestApp;
  port: number;
  /** Moves the shared clock. */
  advance(milliseconds: number): void;
  now(): Date;
  /** Signs up a person with a site of their own. */
  person(email: string, subdomain?: string): Promise<{ cookie: string; userId: string; siteId: string | null }>;
  call(method: string, path: string, cookie?: string, body?: unknown): Promise<Response>;
  /** Starts a checkout for `plan` and pays on the fake's Checkout page, as the browser would; resolves once Stripe's webhooks were answered. */
  subscribe(cookie: string, plan: 'starter' | 'pro' | 'business'): Promise<{ sessionId: string }>;
  /** A published site's answer, as a visitor's browser asks for it. */
  visit(subdomain: string, path?: string): Promise<SiteResponse>;
  close(): Promise<void>;
}

export async function startBillingHarness(backend: Backend, { mode = 'subscription' }: { mode?: 'subscription' | 'per-site' } = {}): Promise<BillingHarness> {
  let now = new Date();
  const clock = () => now;
  const fake = await startFakeStripe({
    clock,
    prices: [
      { id: PRICES.starter, unitAmount: 900, lookupKey: 'starter' },
      { id: PRICES.pro, unitAmount: 2900, lookupKey: 'pro' },
      { id: PRICES.business, unitAmount: 9900, lookupKey: 'business' },
      { id: PRICES.site, unitAmount: 4900, interval: null },
    ],
    priceFeatures: { [PRICES.starter]: ['pagehub-starter'], [PRICES.pro]: ['pagehub-pro', 'pagehub-branch-previews'], [PRICES.business]: ['pagehub-business', 'pagehub-branch-previews'] },
  });
  const app = await openTestApp(
    backend,
    {
      STRIPE_SECRET_KEY: 'sk_test_pagehub_billing',
      // Two secrets, as while rotating: the retired one first.
      STRIPE_WEBHOOK_SECRET: `whsec_retired0123456789,${fake.webhookSecret}`,
      STRIPE_API_BASE: fake.origin,
      BILLING_MODE: mode,
      STRIPE_PRICE_STARTER: PRICES.starter,
      STRIPE_PRICE_PRO: PRICES.pro,
      STRIPE_PRICE_BUSINESS: PRICES.business,
      STRIPE_PRICE_SITE: PRICES.site,
    },
    { clock },
  );
  const sites: SiteServer = await startSiteServer({ database: app.database, blobs: openBlobStore(app.config), config: app.config, clock });
  const server: Server = createServer(sites.handler(getRequestListener(app.app.fetch)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.configureWebhooks({ url: `http://127.0.0.1:${port}/api/billing/webhook` });

  const call = async (method: string, path: string, cookie?: string, body?: unknown) => app.app.request(apiRequest(path, { method, ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { body }) }));
  return {
    fake,
    app,
    port,
    advance(milliseconds) {
      now = new Date(now.getTime() + milliseconds);
    },
    now: clock,
    async person(email, subdomain) {
      const { cookie, userId } = await signUp(app.app, email);
      if (!subdomain) return { cookie, userId, siteId: null };
      const created = await call('POST', '/api/sites', cookie, { subdomain, name: `${subdomain} shop` });
      if (created.status !== 201) throw new Error(`creating ${subdomain} answered ${created.status}: ${await created.text()}`);
      return { cookie, userId, siteId: ((await created.json()) as { id: string }).id };
    },
    call,
    async subscribe(cookie, plan) {
      const started = await call('POST', '/api/billing/checkout', cookie, { plan });
      if (started.status !== 200) throw new Error(`checkout answered ${started.status}: ${await started.text()}`);
      const { url } = (await started.json()) as { url: string };
      // The browser's Pay button on the fake's Checkout page: completes the session and sends the webhooks.
      const paid = await fetch(`${url}/pay`, { method: 'POST', redirect: 'manual' });
      if (paid.status !== 303) throw new Error(`paying answered ${paid.status}`);
      await fake.idle();
      return { sessionId: new URL(url).pathname.split('/').pop()! };
    },
    visit: (subdomain, path = '/') => siteRequest(port, `${subdomain}.${app.config.PLATFORM_DOMAIN}:${port}`, path),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sites.close();
      await fake.close();
      await app.close();
    },
  };
}
