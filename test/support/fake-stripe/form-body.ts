// Stripe's v1 API takes form-encoded bodies and query strings with qs-style nesting: `a[b][0][c]=x`, `expand[]=y`.
// This turns them back into nested values (objects, arrays of indexed or `[]` entries, and strings), as Stripe reads them.

export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormParams = { [key: string]: FormValue };

export function parseStripeParams(encoded: string): FormParams {
  const root: Draft = {};
  for (const [key, value] of new URLSearchParams(encoded)) {
    const segments = keySegments(key);
    if (segments.length > 0) place(root, segments, value);
  }
  return arrayify(root) as FormParams;
}

/** `a[b][0][]` → ['a', 'b', '0', '']. */
function keySegments(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0) return key === '' ? [] : [key];
  const segments = [key.slice(0, open)];
  for (const match of key.slice(open).matchAll(/\[([^\]]*)\]/g)) segments.push(match[1] ?? '');
  return segments;
}

type Draft = { [key: string]: Draft | string };

function place(target: Draft, segments: string[], value: string): void {
  let node = target;
  segments.forEach((raw, index) => {
    const segment = raw === '' ? String(Object.keys(node).length) : raw;
    if (index === segments.length - 1) {
      node[segment] = value;
      return;
    }
    const next = node[segment];
    if (typeof next === 'object') node = next;
    else {
      const child: Draft = {};
      node[segment] = child;
      node = child;
    }
  });
}

/** Objects whose keys are all array indexes become arrays, in index order. */
function arrayify(node: Draft | string): FormValue {
  if (typeof node === 'string') return node;
  const keys = Object.keys(node);
  const isList = keys.length > 0 && keys.every((key) => /^\d+$/.test(key));
  if (isList) {
    return keys
      .map(Number)
      .sort((a, b) => a - b)
      .map((index) => arrayify(node[String(index)] as Draft | string));
  }
  return Object.fromEntries(keys.map((key) => [key, arrayify(node[key] as Draft | string)]));
}

/** Typed readers for handlers: a wrong shape is answered as Stripe does (see stripe-errors.ts). */
export function textParam(params: FormParams | FormValue | undefined, name: string): string | undefined {
  if (!params || typeof params !== 'object' || Array.isArray(params)) return undefined;
  const value = params[name];
  return typeof value === 'string' ? value : undefined;
}

export function objectParam(params: FormParams | FormValue | undefined, name: string): FormParams | undefined {
  if (!params || typeof params !== 'object' || Array.isArray(params)) return undefined;
  const value = params[name];
  return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

export function listParam(params: FormParams | FormValue | undefined, name: string): FormValue[] {
  if (!params || typeof params !== 'object' || Array.isArray(params)) return [];
  const value = params[name];
  if (Array.isArray(value)) return value;
  return value === undefined ? [] : [value];
}

/** `metadata[key]=value` as a flat string record (Stripe metadata is strings only). */
export function stringRecord(value: FormValue | undefined): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}
