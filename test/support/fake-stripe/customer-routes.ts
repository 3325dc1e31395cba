// POST /v1/customers, GET /v1/customers/:id, POST /v1/customers/:id.
import type { ApiRoute } from './api-route.ts';
import { mergeMetadata } from './billing-flows.ts';
import { objectParam, stringRecord, textParam } from './form-body.ts';

const ID = '([A-Za-z0-9_]+)';

export const customerRoutes: ApiRoute[] = [
  {
    method: 'POST',
    path: /^\/v1\/customers$/,
    handle: ({ params, state }) => ({
      body: state.createCustomer({
        email: textParam(params, 'email') ?? null,
        name: textParam(params, 'name') ?? null,
        description: textParam(params, 'description') ?? null,
        metadata: stringRecord(objectParam(params, 'metadata')),
      }),
    }),
  },
  {
    method: 'GET',
    path: new RegExp(`^/v1/customers/${ID}$`),
    handle: ({ ids, state }) => ({ body: state.customer(ids[0] ?? '') }),
  },
  {
    method: 'POST',
    path: new RegExp(`^/v1/customers/${ID}$`),
    handle: ({ ids, params, state }) => {
      const customer = state.customer(ids[0] ?? '');
      for (const field of ['email', 'name', 'description'] as const) {
        const value = textParam(params, field);
        if (value !== undefined) customer[field] = value === '' ? null : value;
      }
      const metadata = objectParam(params, 'metadata');
      if (metadata) customer.metadata = mergeMetadata(customer.metadata, stringRecord(metadata));
      return { body: customer };
    },
  },
];
