// Stripe events and their delivery: each event is built from a snapshot of its object, recorded, and (unless
// delivery is off) POSTed to the webhook URL with a `Stripe-Signature` header made by the SDK itself. Deliveries
// go one at a time, in the order the events happened.
import Stripe from 'stripe';
import { newId, unixSeconds } from './stripe-objects.ts';

export interface StripeEvent {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  type: string;
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  data: { object: unknown; previous_attributes?: Record<string, unknown> };
}

export interface SendOptions {
  /** Sign with this secret instead of the webhook secret (a forged event). */
  secret?: string;
  /** Signature time in unix seconds (a stale one tests the receiver's tolerance). Defaults to the clock. */
  timestamp?: number;
  /** Send this `Stripe-Signature` header exactly as given. */
  signature?: string;
  /** Deliver to this URL instead of the webhook URL. */
  url?: string;
}

export interface SentEvent {
  event: StripeEvent;
  /** The receiver's HTTP status; 0 when it could not be reached. */
  status: number;
  responseBody: string;
  signature: string;
}

export interface WebhookSettings {
  url: string | undefined;
  secret: string;
  isDelivering: boolean;
}

const DELIVERY_TIMEOUT_MS = 5_000;

export class WebhookSender {
  readonly events: StripeEvent[] = [];
  readonly sent: SentEvent[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private readonly signer = new Stripe('sk_test_signer');

  constructor(
    readonly settings: WebhookSettings,
    private readonly clock: () => Date,
  ) {}

  build(type: string, object: unknown, previousAttributes?: Record<string, unknown>): StripeEvent {
    return {
      id: newId('evt'),
      object: 'event',
      api_version: Stripe.API_VERSION,
      created: unixSeconds(this.clock()),
      type,
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      data: { object: structuredClone(object), ...(previousAttributes ? { previous_attributes: structuredClone(previousAttributes) } : {}) },
    };
  }

  /** Records the event and queues its delivery; the promise settles once it (and all before it) was delivered. */
  emit(event: StripeEvent): Promise<unknown> {
    this.events.push(event);
    if (!this.settings.isDelivering || !this.settings.url) return this.queue;
    this.queue = this.queue.then(() => this.send(event));
    return this.queue;
  }

  /** Resolves once every queued delivery has been attempted. */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  async send(event: StripeEvent, options: SendOptions = {}): Promise<SentEvent> {
    const url = options.url ?? this.settings.url;
    if (!url) throw new Error('fake Stripe: no webhook URL to send events to (pass webhookUrl or call configureWebhooks)');
    const payload = JSON.stringify(event, null, 2);
    const signature =
      options.signature ??
      this.signer.webhooks.generateTestHeaderString({
        payload,
        secret: options.secret ?? this.settings.secret,
        timestamp: options.timestamp ?? unixSeconds(this.clock()),
      });
    let status = 0;
    let responseBody = '';
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': signature, 'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)' },
        body: payload,
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      });
      status = response.status;
      responseBody = await response.text();
    } catch (error) {
      responseBody = String(error);
    }
    const sent = { event, status, responseBody, signature };
    this.sent.push(sent);
    return sent;
  }
}
