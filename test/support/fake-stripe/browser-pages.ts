// The pages a person's browser visits: Checkout (Pay / Cancel), the Customer Portal (back to the app, switch plan,
// cancel at period end) and a hosted invoice. Paying delivers the webhooks before redirecting, so a test that
// follows the redirect finds the app already told.
import type { BillingFlows } from './billing-flows.ts';
import type { FakeStripeState } from './fake-stripe-state.ts';
import { StripeFailure } from './stripe-errors.ts';

export interface PageAnswer {
  status: number;
  html?: string;
  location?: string;
}

export async function browserPage(method: string, path: string, form: URLSearchParams, state: FakeStripeState, flows: BillingFlows): Promise<PageAnswer | undefined> {
  const [, area, id, action] = path.split('/');
  try {
    if (area === 'checkout' && id) return await checkoutPage(method, id, action, state, flows);
    if (area === 'portal' && id) return await portalPage(method, id, action, form, state, flows);
    if (area === 'invoice' && id && method === 'GET') return invoicePage(id, state);
  } catch (error) {
    if (error instanceof StripeFailure) return { status: 404, html: layout('Not found', `<p>${escape(error.message)}</p>`) };
    throw error;
  }
  return undefined;
}

async function checkoutPage(method: string, id: string, action: string | undefined, state: FakeStripeState, flows: BillingFlows): Promise<PageAnswer | undefined> {
  const { session, lineItems } = state.checkout(id);
  const expired = { status: 410, html: layout('Checkout', '<p>This checkout has expired. Go back and start again.</p>') };
  if (method === 'POST' && action === 'pay') {
    if (session.status === 'expired') return expired;
    if (session.status === 'open') await flows.completeCheckout(id);
    const success = (session.success_url ?? `${state.origin}/checkout/${id}`).replaceAll('{CHECKOUT_SESSION_ID}', id);
    return { status: 303, location: success };
  }
  if (method !== 'GET' || action) return undefined;
  if (session.status === 'expired') return expired;
  if (session.status !== 'open') return { status: 200, html: layout('Checkout', '<p>This checkout is already complete.</p>') };
  const lines = lineItems
    .map(({ price, quantity }) => `<li>${escape(price.nickname ?? price.lookup_key ?? price.id)} × ${quantity}: ${money(price.unit_amount * quantity, price.currency)}${price.recurring ? ` per ${price.recurring.interval}` : ''}</li>`)
    .join('');
  const cancel = session.cancel_url ? `<a href="${escape(session.cancel_url)}">Cancel</a>` : '';
  return {
    status: 200,
    html: layout('Checkout', `<ul>${lines}</ul><p>Total: ${money(session.amount_total ?? 0, session.currency ?? 'usd')}</p><form method="post" action="/checkout/${escape(id)}/pay"><button type="submit">Pay</button></form>${cancel}`),
  };
}

async function portalPage(method: string, id: string, action: string | undefined, form: URLSearchParams, state: FakeStripeState, flows: BillingFlows): Promise<PageAnswer | undefined> {
  const session = state.portalSession(id);
  const back = { status: 303, location: `/portal/${id}` };
  if (method === 'POST') {
    const subscription = state.subscription(form.get('subscription') ?? '');
    if (subscription.customer !== session.customer) return { status: 403, html: layout('Not yours', '<p>This plan belongs to someone else.</p>') };
    if (action === 'cancel') await flows.updateSubscription(subscription.id, { cancelAtPeriodEnd: true });
    else if (action === 'switch') await flows.updateSubscription(subscription.id, { priceId: form.get('price') ?? '' });
    else return undefined;
    return back;
  }
  if (action) return undefined;
  const plans = [...state.prices.values()].filter((price) => price.recurring);
  const subscriptions = state.subscriptionsOf(session.customer).map((subscription) => {
    const current = subscription.items.data[0]?.price;
    const switches = plans
      .filter((price) => price.id !== current?.id)
      .map((price) => `<form method="post" action="/portal/${escape(id)}/switch"><input type="hidden" name="subscription" value="${escape(subscription.id)}"><input type="hidden" name="price" value="${escape(price.id)}"><button type="submit">Switch to ${escape(price.nickname ?? price.lookup_key ?? price.id)}</button></form>`)
      .join('');
    const cancel = subscription.cancel_at_period_end
      ? '<p>Ends at the end of the period.</p>'
      : `<form method="post" action="/portal/${escape(id)}/cancel"><input type="hidden" name="subscription" value="${escape(subscription.id)}"><button type="submit">Cancel plan</button></form>`;
    return `<section><h2>${escape(current?.nickname ?? current?.lookup_key ?? 'Plan')}</h2><p>Status: ${escape(subscription.status)}</p>${subscription.status === 'canceled' ? '' : switches + cancel}</section>`;
  });
  const returnLink = session.return_url ? `<a href="${escape(session.return_url)}">Return to the app</a>` : '';
  return { status: 200, html: layout('Billing', `${subscriptions.join('')}${returnLink}`) };
}

function invoicePage(id: string, state: FakeStripeState): PageAnswer {
  const invoice = state.invoice(id);
  return { status: 200, html: layout(`Invoice ${invoice.number}`, `<p>${money(invoice.amount_due, invoice.currency)} — ${escape(invoice.status)}</p>`) };
}

function layout(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} (fake Stripe)</title></head><body><main><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

function money(amount: number, currency: string): string {
  return `${(amount / 100).toFixed(2)} ${currency.toUpperCase()}`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
