// The shape of one fake Stripe API endpoint, and `expand[]` applied to any answer.
import type { BillingFlows } from './billing-flows.ts';
import type { FakeStripeState } from './fake-stripe-state.ts';
import type { FormParams } from './form-body.ts';

export interface ApiCall {
  /** Query parameters for GET and DELETE, the form (v1) or JSON (v2) body for POST. */
  params: FormParams;
  /** The path's captured ids, in order. */
  ids: string[];
  /** The bearer token the request carried. */
  apiKey: string;
  state: FakeStripeState;
  flows: BillingFlows;
}

export interface ApiAnswer {
  status?: number;
  body: unknown;
}

export interface ApiRoute {
  method: 'GET' | 'POST' | 'DELETE';
  path: RegExp;
  /** Checks the bearer token itself instead of requiring a secret key (the v2 meter event stream). */
  authenticatesItself?: boolean;
  handle(call: ApiCall): ApiAnswer;
}

/** Replaces ids named by `expand[]` (e.g. `subscription`, `latest_invoice`, `data.customer`) with their objects. */
export function expand(body: unknown, paths: string[], lookup: (id: string) => unknown): unknown {
  if (paths.length === 0) return body;
  const copy = structuredClone(body);
  for (const path of paths) expandPath(copy, path.split('.'), lookup);
  return copy;
}

function expandPath(node: unknown, segments: string[], lookup: (id: string) => unknown): void {
  const [head, ...rest] = segments;
  if (!head || !node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (head === 'data' && Array.isArray(record.data)) {
    for (const item of record.data) expandPath(item, rest, lookup);
    return;
  }
  const value = record[head];
  if (typeof value === 'string') {
    const object = lookup(value);
    if (object) record[head] = structuredClone(object);
  }
  if (rest.length > 0) expandPath(record[head], rest, lookup);
}
