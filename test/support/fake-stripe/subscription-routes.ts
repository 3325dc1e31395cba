// GET/POST/DELETE /v1/subscriptions[/:id] and GET /v1/invoices[/:id]. Changes made here send their events after
// the answer, as Stripe does (await `FakeStripe.idle()` to see them delivered).
import type { ApiRoute } from './api-route.ts';
import type { SubscriptionChange } from './billing-flows.ts';
import { listParam, objectParam, stringRecord, textParam } from './form-body.ts';
import { invalidParam } from './stripe-errors.ts';
import { page } from './stripe-objects.ts';

const ID = '([A-Za-z0-9_]+)';
const STATUSES = ['active', 'past_due', 'unpaid', 'canceled', 'incomplete', 'incomplete_expired', 'trialing', 'paused', 'all', 'ended'];

export const subscriptionRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: /^\/v1\/subscriptions$/,
    handle: ({ params, state }) => {
      const status = textParam(params, 'status');
      if (status && !STATUSES.includes(status)) throw invalidParam('status', `Invalid status: must be one of ${STATUSES.join(', ')}`);
      const customer = textParam(params, 'customer');
      const price = textParam(params, 'price');
      const matching = state.subscriptionsOf(customer).filter((subscription) => {
        if (price && !subscription.items.data.some((item) => item.price.id === price)) return false;
        if (status === 'all') return true;
        if (status === 'ended') return subscription.status === 'canceled' || subscription.status === 'incomplete_expired';
        if (status) return subscription.status === status;
        return subscription.status !== 'canceled' && subscription.status !== 'incomplete_expired';
      });
      return { body: page('/v1/subscriptions', matching, textParam(params, 'limit'), textParam(params, 'starting_after')) };
    },
  },
  { method: 'GET', path: new RegExp(`^/v1/subscriptions/${ID}$`), handle: ({ ids, state }) => ({ body: state.subscription(ids[0] ?? '') }) },
  {
    method: 'POST',
    path: new RegExp(`^/v1/subscriptions/${ID}$`),
    handle: ({ ids, params, state, flows }) => {
      const id = ids[0] ?? '';
      const subscription = state.subscription(id);
      if (subscription.status === 'canceled') {
        throw invalidParam('id', 'A canceled subscription can only update its cancellation_details and metadata.', undefined);
      }
      const [item, ...others] = listParam(params, 'items');
      if (others.length > 0) throw invalidParam('items', 'The fake Stripe server changes one subscription item at a time.');
      const change: SubscriptionChange = { itemId: textParam(item, 'id'), priceId: textParam(item, 'price') };
      const cancelAtPeriodEnd = textParam(params, 'cancel_at_period_end');
      if (cancelAtPeriodEnd !== undefined) {
        if (cancelAtPeriodEnd !== 'true' && cancelAtPeriodEnd !== 'false') throw invalidParam('cancel_at_period_end', `Invalid boolean: ${cancelAtPeriodEnd}`, 'parameter_invalid_boolean');
        change.cancelAtPeriodEnd = cancelAtPeriodEnd === 'true';
      }
      const metadata = objectParam(params, 'metadata');
      if (metadata) change.metadata = stringRecord(metadata);
      void flows.updateSubscription(id, change);
      return { body: subscription };
    },
  },
  {
    method: 'DELETE',
    path: new RegExp(`^/v1/subscriptions/${ID}$`),
    handle: ({ ids, state, flows }) => {
      const subscription = state.subscription(ids[0] ?? '');
      if (subscription.status === 'canceled') throw invalidParam('id', `No such subscription: '${subscription.id}'`, 'resource_missing');
      void flows.cancel(subscription.id);
      return { body: subscription };
    },
  },
  {
    method: 'GET',
    path: /^\/v1\/invoices$/,
    handle: ({ params, state }) => {
      const subscription = textParam(params, 'subscription');
      const status = textParam(params, 'status');
      const matching = state
        .invoicesOf(textParam(params, 'customer'))
        .filter((invoice) => (!subscription || invoice.subscription === subscription) && (!status || invoice.status === status));
      return { body: page('/v1/invoices', matching, textParam(params, 'limit'), textParam(params, 'starting_after')) };
    },
  },
  { method: 'GET', path: new RegExp(`^/v1/invoices/${ID}$`), handle: ({ ids, state }) => ({ body: state.invoice(ids[0] ?? '') }) },
];
