// Usage meters: POST /v1/billing/meter_events (one event; a repeated identifier is refused and not counted), and
// the v2 high-throughput path: POST /v2/billing/meter_event_session (a 15-minute token) then
// POST /v2/billing/meter_event_stream with that token (up to 100 events a request, checked later by Stripe, so a
// repeated identifier is dropped silently). `failNextMeterRequests(n)` makes the next n event requests fail with 500.
import type { ApiCall, ApiRoute } from './api-route.ts';
import type { AcceptedMeterEvent } from './fake-stripe-state.ts';
import { listParam, objectParam, stringRecord, textParam, type FormValue } from './form-body.ts';
import { internalError, invalidParam, missingParam, StripeFailure } from './stripe-errors.ts';
import { newId } from './stripe-objects.ts';

/** Stripe's limit for one meter event stream request. */
export const MAX_STREAM_EVENTS = 100;
const SESSION_SECONDS = 15 * 60;

export const meterEventRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: /^\/v1\/billing\/meter_events$/,
    handle: ({ params, state }) => {
      failIfAsked(state);
      const event = readEvent(params, '', state.now(), (timestamp) => Number(timestamp));
      if (state.meterIdentifiers.has(event.identifier)) {
        throw new StripeFailure(400, {
          type: 'invalid_request_error',
          code: 'duplicate_meter_event',
          param: 'identifier',
          message: `An event already exists with identifier ${event.identifier}.`,
        });
      }
      accept(state, { ...event, via: 'v1' });
      return {
        body: { object: 'billing.meter_event', created: state.now(), event_name: event.eventName, identifier: event.identifier, livemode: false, payload: event.payload, timestamp: event.timestamp },
      };
    },
  },
  {
    method: 'POST',
    path: /^\/v2\/billing\/meter_event_session$/,
    handle: ({ state }) => {
      const token = newId('mes_tok_test');
      const created = state.clock();
      const expiresAt = Math.floor(created.getTime() / 1000) + SESSION_SECONDS;
      state.meterSessionTokens.set(token, expiresAt);
      return {
        body: { id: newId('mes_test'), object: 'v2.billing.meter_event_session', authentication_token: token, created: created.toISOString(), expires_at: new Date(expiresAt * 1000).toISOString(), livemode: false },
      };
    },
  },
  {
    method: 'POST',
    path: /^\/v2\/billing\/meter_event_stream$/,
    authenticatesItself: true,
    handle: ({ params, state, apiKey }) => {
      const expiresAt = state.meterSessionTokens.get(apiKey);
      if (expiresAt === undefined) {
        throw new StripeFailure(401, { type: 'invalid_request_error', code: 'api_key_invalid', message: 'Invalid meter event session token. Create a meter event session and use its authentication_token.' });
      }
      if (expiresAt <= state.now()) {
        throw new StripeFailure(401, { type: 'temporary_session_expired', code: 'billing_meter_event_session_expired', message: 'The meter event session has expired. Create a new meter event session.' });
      }
      const events = listParam(params, 'events');
      if (events.length === 0) throw missingParam('events');
      if (events.length > MAX_STREAM_EVENTS) throw invalidParam('events', `Too many events: at most ${MAX_STREAM_EVENTS} events can be sent in one request.`, 'invalid_array_length');
      const read = events.map((event, index) => readEvent(event, `events[${index}]`, state.now(), (timestamp) => Date.parse(timestamp) / 1000));
      failIfAsked(state);
      for (const event of read) if (!state.meterIdentifiers.has(event.identifier)) accept(state, { ...event, via: 'v2-stream' });
      return { status: 202, body: {} };
    },
  },
];

function failIfAsked(state: ApiCall['state']): void {
  if (state.failingMeterRequests <= 0) return;
  state.failingMeterRequests -= 1;
  throw internalError();
}

function readEvent(source: FormValue, prefix: string, now: number, toSeconds: (timestamp: string) => number): Omit<AcceptedMeterEvent, 'via'> {
  const at = (name: string): string => (prefix ? `${prefix}.${name}` : name);
  const eventName = textParam(source, 'event_name');
  if (!eventName) throw missingParam(at('event_name'));
  const payload = stringRecord(objectParam(source, 'payload'));
  if (Object.keys(payload).length === 0) throw missingParam(at('payload'));
  const value = payload.value ?? '1';
  if (!/^-?\d+(\.\d+)?$/.test(value)) throw invalidParam(at('payload[value]'), `Invalid value: ${value} is not a number.`);
  const timestampText = textParam(source, 'timestamp');
  const timestamp = timestampText === undefined ? now : Math.floor(toSeconds(timestampText));
  if (!Number.isFinite(timestamp)) throw invalidParam(at('timestamp'), `Invalid timestamp: ${timestampText ?? ''}`);
  return { eventName, identifier: textParam(source, 'identifier') ?? newId('mev'), customer: payload.stripe_customer_id ?? null, value: Number(value), timestamp, payload };
}

function accept(state: ApiCall['state'], event: AcceptedMeterEvent): void {
  state.meterIdentifiers.add(event.identifier);
  state.meterEvents.push(event);
}
