// A loopback HTTP server that answers the real `stripe` SDK in Stripe's wire format (the endpoints PageHub calls),
// serves the Checkout and Portal pages a headless browser can use, and sends signed webhooks to the app.
// Point the SDK at it with `new Stripe(key, fake.sdkConfig)` — the v2 meter event stream follows the same host.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { expand, type ApiRoute } from './api-route.ts';
import { BillingFlows } from './billing-flows.ts';
import { browserPage } from './browser-pages.ts';
import { catalogRoutes } from './catalog-routes.ts';
import { checkoutRoutes } from './checkout-routes.ts';
import { customerRoutes } from './customer-routes.ts';
import { FakeStripeState, type AcceptedMeterEvent } from './fake-stripe-state.ts';
import { listParam, parseStripeParams, type FormParams } from './form-body.ts';
import { meterEventRoutes } from './meter-event-routes.ts';
import { invalidApiKey, missingApiKey, StripeFailure, unrecognizedUrl } from './stripe-errors.ts';
import { newId, priceFromSeed, type PriceSeed, type StripeInvoice, type SubscriptionStatus } from './stripe-objects.ts';
import { subscriptionRoutes } from './subscription-routes.ts';
import { WebhookSender, type SendOptions, type SentEvent, type StripeEvent } from './webhook-sender.ts';

export interface FakeStripeOptions {
  /** Where events are POSTed; can be set later with configureWebhooks (the app usually starts after the fake). */
  webhookUrl?: string;
  /** Signing secret (default `whsec_fake_stripe_test`). */
  webhookSecret?: string;
  /** The account's clock: object times, subscription periods and webhook signature times. Default: real time. */
  clock?: () => Date;
  /** false: record events without sending them; tests send them with sendEvent, in any order. Default true. */
  deliverWebhooks?: boolean;
  /** Accept only this secret key; by default any `sk_test_…` or `rk_test_…` key is accepted. */
  apiKey?: string;
  /** The prices (plans and one-time prices) the account has. */
  prices?: PriceSeed[];
  /** Feature lookup keys each price grants (Stripe Entitlements: product features). */
  priceFeatures?: Record<string, string[]>;
}

export interface RecordedStripeRequest {
  method: string;
  path: string;
  /** Parsed query (GET/DELETE) or body (POST: form for /v1, JSON for /v2). */
  params: FormParams;
  headers: IncomingHttpHeaders;
  idempotencyKey: string | undefined;
  status: number;
}

export interface FakeStripe {
  readonly port: number;
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** Pass to `new Stripe(key, { ...fake.sdkConfig })`. */
  readonly sdkConfig: { host: string; port: number; protocol: 'http' };
  readonly webhookSecret: string;
  /** Every API request, in order (browser pages are not recorded). */
  readonly requests: RecordedStripeRequest[];
  configureWebhooks(settings: { url?: string; secret?: string; deliver?: boolean }): void;
  addPrice(seed: PriceSeed): void;
  /** Overrides the features a customer is entitled to (null: back to what their plan grants). */
  setEntitlements(customerId: string, featureLookupKeys: string[] | null): void;

  completeCheckout(sessionId: string): Promise<void>;
  expireCheckout(sessionId: string): Promise<void>;
  failPayment(subscriptionId: string): Promise<StripeInvoice>;
  requireAction(subscriptionId: string): Promise<StripeInvoice>;
  payInvoice(invoiceOrSubscriptionId: string): Promise<StripeInvoice>;
  renew(subscriptionId: string): Promise<StripeInvoice>;
  setSubscriptionStatus(subscriptionId: string, status: SubscriptionStatus): Promise<void>;
  changePlan(subscriptionId: string, priceId: string): Promise<void>;
  cancel(subscriptionId: string): Promise<void>;
  trialWillEnd(subscriptionId: string): Promise<void>;

  /** Usage events accepted (each identifier once). */
  meterEvents(): AcceptedMeterEvent[];
  meterTotal(customerId: string, eventName: string): number;
  /** The next n meter event requests (v1 or v2 stream) answer 500 and store nothing. */
  failNextMeterRequests(count: number): void;

  event(type: string, object: unknown, previousAttributes?: Record<string, unknown>): StripeEvent;
  sendEvent(event: StripeEvent, options?: SendOptions): Promise<SentEvent>;
  /** Every event the account produced, delivered or not. */
  events(): StripeEvent[];
  /** Every delivery attempt, with the app's answer. */
  sentEvents(): SentEvent[];
  /** Resolves once queued webhook deliveries are done (API calls deliver after answering). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

const ROUTES: ApiRoute[] = [...customerRoutes, ...checkoutRoutes, ...subscriptionRoutes, ...catalogRoutes, ...meterEventRoutes];

export async function startFakeStripe(options: FakeStripeOptions = {}): Promise<FakeStripe> {
  const clock = options.clock ?? (() => new Date());
  const requests: RecordedStripeRequest[] = [];
  const idempotent = new Map<string, { fingerprint: string; status: number; body: unknown }>();
  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { type: 'api_error', message: `fake Stripe failed: ${String(error)}` } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  const state = new FakeStripeState(clock, origin, options.priceFeatures ?? {}, options.prices ?? []);
  const webhooks = new WebhookSender({ url: options.webhookUrl, secret: options.webhookSecret ?? 'whsec_fake_stripe_test', isDelivering: options.deliverWebhooks ?? true }, clock);
  const flows = new BillingFlows(state, webhooks);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', origin);
    const raw = await readBody(request);
    if (!/^\/v[12]\//.test(url.pathname)) {
      const page = await browserPage(method, url.pathname, new URLSearchParams(raw), state, flows);
      if (!page) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      if (page.location) return void response.writeHead(page.status, { location: page.location }).end();
      return void response.writeHead(page.status, { 'content-type': 'text/html; charset=utf-8' }).end(page.html ?? '');
    }
    const isV2 = url.pathname.startsWith('/v2/');
    let params: FormParams = {};
    const record: RecordedStripeRequest = { method, path: url.pathname, params, headers: request.headers, idempotencyKey: header(request, 'idempotency-key'), status: 0 };
    requests.push(record);
    const answer = (status: number, body: unknown, extraHeaders: Record<string, string> = {}): void => {
      record.status = status;
      response.writeHead(status, { 'content-type': 'application/json', 'request-id': newId('req'), 'stripe-version': header(request, 'stripe-version') ?? '', ...extraHeaders });
      response.end(JSON.stringify(body));
    };
    try {
      params = method === 'POST' ? (isV2 ? (raw ? (JSON.parse(raw) as FormParams) : {}) : parseStripeParams(raw)) : parseStripeParams(url.search.slice(1));
      record.params = params;
      const match = findRoute(method, url.pathname);
      const apiKey = /^Bearer (.+)$/.exec(header(request, 'authorization') ?? '')?.[1];
      if (!apiKey) throw missingApiKey();
      if (!match?.route.authenticatesItself && !isAccepted(apiKey, options.apiKey)) throw invalidApiKey(apiKey);
      if (!match) throw unrecognizedUrl(method, url.pathname);
      const key = method === 'POST' ? record.idempotencyKey : undefined;
      const fingerprint = `${method} ${url.pathname} ${raw}`;
      const previous = key ? idempotent.get(`${apiKey} ${key}`) : undefined;
      if (previous && previous.fingerprint !== fingerprint) {
        throw new StripeFailure(400, { type: 'idempotency_error', message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.` });
      }
      if (previous) return answer(previous.status, previous.body, { 'idempotent-replayed': 'true' });
      let status = 200;
      let body: unknown;
      try {
        const result = match.route.handle({ params, ids: match.ids, apiKey, state, flows });
        status = result.status ?? 200;
        body = expand(result.body, listParam(params, 'expand').filter((path): path is string => typeof path === 'string'), (id) => state.objectById(id));
      } catch (error) {
        if (!(error instanceof StripeFailure) || error.status >= 500) throw error;
        status = error.status;
        body = { error: error.error };
      }
      if (key) idempotent.set(`${apiKey} ${key}`, { fingerprint, status, body: structuredClone(body) });
      answer(status, body);
    } catch (error) {
      if (error instanceof StripeFailure) return answer(error.status, { error: error.error });
      if (error instanceof SyntaxError) return answer(400, { error: { type: 'invalid_request_error', message: `Invalid JSON body: ${error.message}` } });
      throw error;
    }
  }

  return {
    port,
    origin,
    sdkConfig: { host: '127.0.0.1', port, protocol: 'http' },
    get webhookSecret() {
      return webhooks.settings.secret;
    },
    requests,
    configureWebhooks: ({ url, secret, deliver }) => {
      if (url !== undefined) webhooks.settings.url = url;
      if (secret !== undefined) webhooks.settings.secret = secret;
      if (deliver !== undefined) webhooks.settings.isDelivering = deliver;
    },
    addPrice: (seed) => void state.prices.set(seed.id, priceFromSeed(seed, state.now())),
    setEntitlements: (customerId, keys) => {
      if (keys) state.customerFeatures.set(customerId, [...keys]);
      else state.customerFeatures.delete(customerId);
    },
    completeCheckout: (id) => flows.completeCheckout(id),
    expireCheckout: (id) => flows.expireCheckout(id),
    failPayment: (id) => flows.failPayment(id),
    requireAction: (id) => flows.requireAction(id),
    payInvoice: (id) => flows.payInvoice(id),
    renew: (id) => flows.renew(id),
    setSubscriptionStatus: (id, status) => flows.setSubscriptionStatus(id, status),
    changePlan: (id, priceId) => flows.changePlan(id, priceId),
    cancel: (id) => flows.cancel(id),
    trialWillEnd: (id) => flows.trialWillEnd(id),
    meterEvents: () => state.meterEvents.map((event) => structuredClone(event)),
    meterTotal: (customerId, eventName) =>
      state.meterEvents.filter((event) => event.customer === customerId && event.eventName === eventName).reduce((sum, event) => sum + event.value, 0),
    failNextMeterRequests: (count) => {
      state.failingMeterRequests = count;
    },
    event: (type, object, previousAttributes) => webhooks.build(type, object, previousAttributes),
    sendEvent: (event, sendOptions) => webhooks.send(event, sendOptions),
    events: () => [...webhooks.events],
    sentEvents: () => [...webhooks.sent],
    idle: () => webhooks.idle(),
    close: async () => {
      await webhooks.idle();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}

function findRoute(method: string, path: string): { route: ApiRoute; ids: string[] } | undefined {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const match = route.path.exec(path);
    if (match) return { route, ids: match.slice(1).map((id) => id ?? '') };
  }
  return undefined;
}

function isAccepted(key: string, onlyKey: string | undefined): boolean {
  return onlyKey ? key === onlyKey : /^(sk|rk)_test_\w+$/.test(key);
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
