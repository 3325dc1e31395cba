// GET /v1/prices[/:id] (with `lookup_keys[]`) and GET /v1/entitlements/active_entitlements?customer=.
import { activeEntitlements } from './active-entitlements.ts';
import type { ApiRoute } from './api-route.ts';
import { listParam, textParam } from './form-body.ts';
import { missingParam } from './stripe-errors.ts';
import { page } from './stripe-objects.ts';

export const catalogRoutes: ApiRoute[] = [
  {
    method: 'GET',
    path: /^\/v1\/prices$/,
    handle: ({ params, state }) => {
      const lookupKeys = listParam(params, 'lookup_keys').filter((key): key is string => typeof key === 'string');
      const active = textParam(params, 'active');
      const prices = [...state.prices.values()]
        .filter((price) => lookupKeys.length === 0 || (price.lookup_key !== null && lookupKeys.includes(price.lookup_key)))
        .filter((price) => active === undefined || String(price.active) === active)
        .reverse();
      return { body: page('/v1/prices', prices, textParam(params, 'limit'), textParam(params, 'starting_after')) };
    },
  },
  { method: 'GET', path: /^\/v1\/prices\/([A-Za-z0-9_]+)$/, handle: ({ ids, state }) => ({ body: state.price(ids[0] ?? '') }) },
  {
    method: 'GET',
    path: /^\/v1\/entitlements\/active_entitlements$/,
    handle: ({ params, state }) => {
      const customer = textParam(params, 'customer');
      if (!customer) throw missingParam('customer');
      state.customer(customer, 'customer');
      return { body: page('/v1/entitlements/active_entitlements', activeEntitlements(state, customer), textParam(params, 'limit'), textParam(params, 'starting_after')) };
    },
  },
];
