// What the app-wide middleware (create-app.ts) answers before any route's handler runs, added to each operation of
// the OpenAPI document it guards — so a new route is documented with them without listing them itself. Route
// declarations list what their handlers answer (401, 404, 409, …); a status both answer keeps the route's
// description and gains application/problem+json if it lacked it (better-auth's routes answer in their own format).
import type { App } from './app-env.ts';
import { CROSS_SITE_PATHS } from './middleware/same-origin.ts';
import { PROBLEM_CONTENT_TYPE } from './problem.ts';

type OpenApiDocument = ReturnType<App['getOpenAPI31Document']>;
type PathItem = NonNullable<OpenApiDocument['paths']>[string];
type Operation = NonNullable<PathItem['post']>;

interface Guarded {
  method: string;
  /** The request path with `{params}` filled in, as the middleware would see it. */
  path: string;
  hasBody: boolean;
}

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);
const isWrite = ({ method }: Guarded) => WRITE_METHODS.has(method);
const isEditorWrite = (guarded: Guarded) => isWrite(guarded) && !CROSS_SITE_PATHS.some((path) => path.test(guarded.path));

const GUARDS: { status: number; description: string; appliesTo(guarded: Guarded): boolean }[] = [
  { status: 400, description: 'Text in the address, a header or the JSON body that cannot be stored as sent, or malformed JSON (VALIDATION_FAILED, MALFORMED_JSON)', appliesTo: () => true },
  { status: 403, description: 'A change sent from an origin PageHub does not trust, or with no Origin or Referer (CROSS_ORIGIN_REQUEST)', appliesTo: isEditorWrite },
  { status: 413, description: 'The body is larger than the server accepts (PAYLOAD_TOO_LARGE)', appliesTo: ({ hasBody }) => hasBody },
  { status: 415, description: 'A change with a body that is not JSON (UNSUPPORTED_MEDIA_TYPE)', appliesTo: (guarded) => isEditorWrite(guarded) && guarded.hasBody },
  { status: 422, description: 'The JSON body nests too deeply (JSON_TOO_DEEP)', appliesTo: ({ hasBody }) => hasBody },
  { status: 429, description: 'Too many requests; retry after Retry-After seconds (RATE_LIMITED)', appliesTo: isWrite },
];

const PROBLEM = { schema: { $ref: '#/components/schemas/Problem' } };
const OPERATION_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

function withGuards(operation: Operation, guarded: Guarded): Operation {
  const responses: Record<string, unknown> = { ...operation.responses };
  for (const guard of GUARDS.filter((entry) => entry.appliesTo(guarded))) {
    const existing = responses[guard.status] as { description: string; content?: Record<string, unknown> } | undefined;
    if (!existing) responses[guard.status] = { description: guard.description, content: { [PROBLEM_CONTENT_TYPE]: PROBLEM } };
    else if (!existing.content?.[PROBLEM_CONTENT_TYPE]) responses[guard.status] = { ...existing, content: { ...existing.content, [PROBLEM_CONTENT_TYPE]: PROBLEM } };
  }
  const sorted = Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
  return { ...operation, responses: sorted };
}

/** The document with the middleware's answers on every operation under /api (a new document; the input is left as is). */
export function withGuardResponses(document: OpenApiDocument): OpenApiDocument {
  const paths = Object.entries(document.paths ?? {}).map(([template, item]) => {
    const path = template.replace(/\{[^}]+\}/g, 'x');
    const methods = Object.entries(item).map(([method, operation]) => {
      if (!OPERATION_METHODS.has(method) || !template.startsWith('/api/')) return [method, operation];
      const typed = operation as Operation;
      return [method, withGuards(typed, { method, path, hasBody: typed.requestBody !== undefined })];
    });
    return [template, Object.fromEntries(methods) as PathItem];
  });
  return { ...document, paths: Object.fromEntries(paths) };
}
