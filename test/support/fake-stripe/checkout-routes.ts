// POST/GET /v1/checkout/sessions and POST /v1/billing_portal/sessions: sessions whose `url` is a page of this
// server (see browser-pages.ts), where a headless browser can pay, cancel or manage a plan.
import type { ApiCall, ApiRoute } from './api-route.ts';
import type { CheckoutRecord } from './fake-stripe-state.ts';
import { listParam, objectParam, stringRecord, textParam, type FormValue } from './form-body.ts';
import { invalidParam, missingParam } from './stripe-errors.ts';
import { newId, priceFromSeed, type CheckoutMode, type StripePrice } from './stripe-objects.ts';

const ID = '([A-Za-z0-9_]+)';
const MODES: CheckoutMode[] = ['payment', 'subscription', 'setup'];

export const checkoutRoutes: ApiRoute[] = [
  { method: 'POST', path: /^\/v1\/checkout\/sessions$/, handle: (call) => ({ body: createCheckout(call).session }) },
  { method: 'GET', path: new RegExp(`^/v1/checkout/sessions/${ID}$`), handle: ({ ids, state }) => ({ body: state.checkout(ids[0] ?? '').session }) },
  {
    method: 'POST',
    path: /^\/v1\/billing_portal\/sessions$/,
    handle: ({ params, state }) => {
      const customerId = textParam(params, 'customer');
      if (!customerId) throw missingParam('customer');
      const customer = state.customer(customerId, 'customer');
      const id = newId('bps');
      const session = {
        id,
        object: 'billing_portal.session' as const,
        configuration: 'bpc_fake_default',
        created: state.now(),
        customer: customer.id,
        customer_account: null,
        flow: null,
        locale: null,
        on_behalf_of: null,
        return_url: textParam(params, 'return_url') ?? null,
        url: `${state.origin}/portal/${id}`,
        livemode: false as const,
      };
      state.portalSessions.set(id, session);
      return { body: session };
    },
  },
];

function createCheckout({ params, state }: ApiCall): CheckoutRecord {
  const mode = textParam(params, 'mode') as CheckoutMode | undefined;
  if (!mode) throw missingParam('mode');
  if (!MODES.includes(mode)) throw invalidParam('mode', `Invalid mode: must be one of ${MODES.join(', ')}`);
  const customerId = textParam(params, 'customer');
  if (customerId) state.customer(customerId, 'customer');
  const lineItems = listParam(params, 'line_items').map((item, index) => lineItem(item, index, mode, state));
  if (mode !== 'setup' && lineItems.length === 0) throw missingParam('line_items');
  const id = newId('cs_test');
  const amount = lineItems.reduce((sum, item) => sum + item.price.unit_amount * item.quantity, 0);
  const record: CheckoutRecord = {
    session: {
      id,
      object: 'checkout.session',
      created: state.now(),
      expires_at: state.now() + 24 * 3600,
      mode,
      status: 'open',
      payment_status: mode === 'setup' ? 'no_payment_required' : 'unpaid',
      customer: customerId ?? null,
      customer_email: textParam(params, 'customer_email') ?? null,
      client_reference_id: textParam(params, 'client_reference_id') ?? null,
      success_url: textParam(params, 'success_url') ?? null,
      cancel_url: textParam(params, 'cancel_url') ?? null,
      url: `${state.origin}/checkout/${id}`,
      metadata: stringRecord(objectParam(params, 'metadata')),
      subscription: null,
      invoice: null,
      payment_intent: null,
      currency: lineItems[0]?.price.currency ?? null,
      amount_subtotal: mode === 'setup' ? null : amount,
      amount_total: mode === 'setup' ? null : amount,
      livemode: false,
    },
    lineItems,
    subscriptionMetadata: stringRecord(objectParam(objectParam(params, 'subscription_data'), 'metadata')),
    trialDays: trialDays(textParam(objectParam(params, 'subscription_data'), 'trial_period_days')),
    paymentIntentMetadata: stringRecord(objectParam(objectParam(params, 'payment_intent_data'), 'metadata')),
  };
  state.checkouts.set(id, record);
  return record;
}

function trialDays(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const days = Number(text);
  if (!Number.isInteger(days) || days < 1 || days > 730) throw invalidParam('subscription_data[trial_period_days]', `Invalid integer: ${text}`, 'parameter_invalid_integer');
  return days;
}

function lineItem(item: FormValue, index: number, mode: CheckoutMode, state: ApiCall['state']): { price: StripePrice; quantity: number } {
  const param = `line_items[${index}]`;
  const quantityText = textParam(item, 'quantity') ?? '1';
  const quantity = Number(quantityText);
  if (!Number.isInteger(quantity) || quantity < 1) throw invalidParam(`${param}[quantity]`, `Invalid integer: ${quantityText}`, 'parameter_invalid_integer');
  const priceId = textParam(item, 'price');
  const priceData = objectParam(item, 'price_data');
  let price: StripePrice;
  if (priceId) price = state.price(priceId, `${param}[price]`);
  else if (priceData) {
    const unitAmount = Number(textParam(priceData, 'unit_amount'));
    if (!Number.isInteger(unitAmount)) throw missingParam(`${param}[price_data][unit_amount]`);
    const interval = textParam(objectParam(priceData, 'recurring'), 'interval');
    price = priceFromSeed(
      { id: newId('price'), unitAmount, currency: textParam(priceData, 'currency') ?? 'usd', interval: interval === 'month' || interval === 'year' ? interval : null, nickname: textParam(objectParam(priceData, 'product_data'), 'name') },
      state.now(),
    );
  } else throw missingParam(`${param}[price]`);
  if (mode === 'subscription' && !price.recurring) {
    throw invalidParam(`${param}[price]`, 'You must provide at least one recurring price in `subscription` mode when using prices.');
  }
  if (mode === 'payment' && price.recurring) {
    throw invalidParam(`${param}[price]`, 'You specified `payment` mode but passed a recurring price. Either switch to `subscription` mode or use only one-time prices.');
  }
  return { price, quantity };
}
