// Hostile requests for every operation of an OpenAPI document, built from the document itself, so a route added
// later is probed without touching the test: NUL bytes and broken UTF-16 in each path and query parameter and in
// each string of the body, "__proto__" pointers and keys, 10,000-level nesting and oversized bodies; uploads get
// broken multipart bodies too.

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

interface Operation {
  parameters?: { name: string; in: string; required?: boolean }[];
  requestBody?: { content: Record<string, { schema?: Schema }> };
}

interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  example?: unknown;
  minimum?: number;
  minLength?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
}

export interface Probe {
  /** What is hostile about it, for the failure report. */
  label: string;
  method: string;
  /** Path and query, percent-encoded as sent. */
  url: string;
  contentType?: string;
  body?: string;
}

/** Benign values the probes keep around the one hostile part (a real site id, say), by parameter or property name. */
export type Benign = Record<string, string>;

/** A pointer into a real object of the Site document whose last segment would reach Object.prototype. */
export const PROTO_POINTER = '/business/socials/__proto__';

const HOSTILE_SEGMENTS: [label: string, encoded: string][] = [
  ['NUL', 'a%00b'],
  ['lone surrogate (as UTF-8 bytes)', 'a%ED%A0%80b'],
  ['broken percent-encoding', 'a%E2%28b'],
];

const HOSTILE_STRINGS: [label: string, value: string][] = [
  ['NUL', 'a\u0000b'],
  ['lone surrogate', 'a\ud800b'],
  ['__proto__ pointer', PROTO_POINTER],
];

function resolve(document: OpenApiDocument, schema: Schema | undefined): Schema {
  let current = schema ?? {};
  for (let hops = 0; current.$ref && hops < 10; hops += 1) current = document.components?.schemas?.[current.$ref.split('/').at(-1)!] ?? {};
  return current;
}

/**
 * A plausible value for `schema`: enums, defaults and examples first, else something of the right type. With
 * `isMinimal`, objects hold only their required properties, so that nothing but the hostile part can fail.
 */
function sample(document: OpenApiDocument, raw: Schema | undefined, name: string, benign: Benign, isMinimal: boolean, depth = 0): unknown {
  const schema = resolve(document, raw);
  if (depth > 6) return null;
  if (name in benign) return benign[name];
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const variant = schema.oneOf?.[0] ?? schema.anyOf?.[0] ?? schema.allOf?.[0];
  if (variant) return sample(document, variant, name, benign, isMinimal, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((entry) => entry !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([key]) => !isMinimal || (schema.required ?? []).includes(key) || key in benign)
          .map(([key, property]) => [key, sample(document, property, key, benign, isMinimal, depth + 1)]),
      );
    case 'array':
      return [sample(document, schema.items, name, benign, isMinimal, depth + 1)];
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'string':
      if (schema.format === 'email') return 'probe@example.com';
      return typeof schema.example === 'string' ? schema.example : 'probe'.padEnd(schema.minLength ?? 0, 'x');
    default:
      return 'probe';
  }
}

/** Every string leaf of `value`, as a path of keys and indices. */
function stringLeaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringLeaves(item, [...path, index]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  return [];
}

/** `value` with `replacement` at `path`; containers missing on the way are taken from `full`. */
function replaced(value: unknown, full: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const fullChild = (full as Record<string | number, unknown> | undefined)?.[head!];
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? replaced(item, fullChild, rest, replacement) : item));
  const record = (value ?? {}) as Record<string, unknown>;
  return { ...record, [head!]: replaced(head! in record ? record[head!] : fullChild, fullChild, rest, replacement) };
}

function nested(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

/** The probes for one operation. `benign` fills what is not under attack. */
export function probesFor(document: OpenApiDocument, method: string, template: string, operation: Operation, benign: Benign): Probe[] {
  const upper = method.toUpperCase();
  const pathNames = [...template.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const fill = (overrides: Record<string, string> = {}) => template.replace(/\{([^}]+)\}/g, (_, name: string) => overrides[name] ?? encodeURIComponent(benign[name] ?? 'probe'));
  const queryParameters = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query');
  const queryNames = queryParameters.map((parameter) => parameter.name);
  const benignQuery = queryParameters.filter((parameter) => parameter.required).map(({ name }) => `${encodeURIComponent(name)}=${encodeURIComponent(benign[name] ?? 'probe')}`);
  const queryWith = (name: string, encoded: string) => `?${[...benignQuery.filter((pair) => !pair.startsWith(`${encodeURIComponent(name)}=`)), `${encodeURIComponent(name)}=${encoded}`].join('&')}`;
  const baseQuery = benignQuery.length > 0 ? `?${benignQuery.join('&')}` : '';

  const probes: Probe[] = [];
  for (const name of pathNames) {
    for (const [label, encoded] of HOSTILE_SEGMENTS) probes.push({ label: `path {${name}}: ${label}`, method: upper, url: `${fill({ [name]: encoded })}${baseQuery}` });
  }
  for (const name of queryNames) {
    for (const [label, encoded] of HOSTILE_SEGMENTS) probes.push({ label: `query ${name}: ${label}`, method: upper, url: `${fill()}${queryWith(name, encoded)}` });
  }
  probes.push({ label: 'query name: NUL', method: upper, url: `${fill()}${baseQuery ? `${baseQuery}&` : '?'}a%00b=1` });
  if (upper === 'GET' || upper === 'HEAD') return probes;

  const url = `${fill()}${baseQuery}`;
  const content = operation.requestBody?.content ?? {};
  const schema = content['application/json']?.schema;
  const body = schema ? sample(document, schema, '', benign, true) : {};
  const full = schema ? sample(document, schema, '', benign, false) : {};
  const json = (label: string, text: string) => probes.push({ label: `body: ${label}`, method: upper, url, contentType: 'application/json', body: text });
  for (const leaf of stringLeaves(full)) {
    for (const [label, value] of HOSTILE_STRINGS) json(`${leaf.join('/')} = ${label}`, JSON.stringify(replaced(body, full, leaf, value)));
  }
  const objectBody = typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {};
  const inside = JSON.stringify(objectBody).slice(1, -1);
  json('"__proto__" key', `{"__proto__":{"polluted":true}${inside ? `,${inside}` : ''}}`);
  json('NUL in a key', `{"a\\u0000b":1${inside ? `,${inside}` : ''}}`);
  json('lone surrogate escape', '{"text":"\\ud800"}');
  json('10,000-level nesting', `{"value":${nested(10_000)}${inside ? `,${inside}` : ''}}`);
  json('2 MiB', JSON.stringify({ ...objectBody, padding: 'x'.repeat(2 * 1024 * 1024) }));
  if (MULTIPART in content) {
    const part = multipartBody();
    probes.push({ label: 'multipart: truncated', method: upper, url, contentType: part.contentType, body: part.body.slice(0, 60) });
    probes.push({ label: 'multipart: boundary never closed', method: upper, url, contentType: part.contentType, body: part.body.replace(/--\r\n$/, '') });
    probes.push({ label: 'multipart: no boundary', method: upper, url, contentType: 'multipart/form-data; charset=utf-8', body: part.body });
    probes.push({ label: 'multipart: NUL in the file name', method: upper, url, contentType: part.contentType, body: part.body.replace('probe.jpg', 'pro\u0000be.jpg') });
    probes.push({ label: 'multipart: well-formed, not a picture', method: upper, url, contentType: part.contentType, body: part.body });
  }
  if ('application/x-www-form-urlencoded' in content) {
    probes.push({ label: 'form field: NUL', method: upper, url, contentType: 'application/x-www-form-urlencoded', body: 'name=a%00b&email=a%40example.com&message=hi%00' });
  }
  return probes;
}

const MULTIPART = 'multipart/form-data';
const BOUNDARY = 'pagehub-probe-boundary';

/** A multipart form with one small file in the field "file", as a browser sends an upload. */
function multipartBody(): { contentType: string; body: string } {
  const body = [`--${BOUNDARY}`, 'Content-Disposition: form-data; name="file"; filename="probe.jpg"', 'Content-Type: image/jpeg', '', 'probe', `--${BOUNDARY}--`, ''].join('\r\n');
  return { contentType: `${MULTIPART}; boundary=${BOUNDARY}`, body };
}

/** Every operation of the document with its probes. */
export function allProbes(document: OpenApiDocument, benign: Benign): { operation: string; probes: Probe[] }[] {
  return Object.entries(document.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ operation: `${method.toUpperCase()} ${template}`, probes: probesFor(document, method, template, operation, benign) })),
  );
}

/**
 * One well-formed request for an operation, nothing hostile in it: path parameters, required query parameters
 * and a body with its required properties, from `benign` by name where it has them and from the schemas
 * otherwise — so that the handler, not the validation in front of it, answers.
 */
export function wellFormedRequest(document: OpenApiDocument, method: string, template: string, operation: Operation, benign: Benign): Probe {
  const upper = method.toUpperCase();
  const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(benign[name] ?? 'probe'));
  const query = (operation.parameters ?? [])
    .filter((parameter) => parameter.in === 'query' && (parameter.required || parameter.name in benign))
    .map(({ name }) => `${encodeURIComponent(name)}=${encodeURIComponent(benign[name] ?? 'probe')}`);
  const url = `${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
  if (operation.requestBody?.content[MULTIPART]) return { label: 'well-formed', method: upper, url, ...multipartBody() };
  const schema = operation.requestBody?.content['application/json']?.schema;
  if (upper === 'GET' || upper === 'HEAD' || !schema) return { label: 'well-formed', method: upper, url };
  return { label: 'well-formed', method: upper, url, contentType: 'application/json', body: JSON.stringify(sample(document, schema, '', benign, true)) };
}
