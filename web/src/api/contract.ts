// The web app's side of the API contract. generated/openapi.ts holds the types of every route, generated from
// the server's own OpenAPI document (`npm run api:types`); `api.get('/api/sites/{id}', { path: { id } })` checks
// the path, its parameters and its JSON body against them and answers the route's declared success JSON. The
// modules of web/src/api call the server through `api` and name their types after `Schema<…>` and `Answer<…>`,
// never by writing a response's shape again (test/api/web-api-types.test.ts holds them to it).
import type { components, paths } from './generated/openapi.ts';
import { apiCall } from './http-client.ts';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A schema of the document's components, e.g. `Schema<'Commit'>`. */
export type Schema<Name extends keyof components['schemas']> = components['schemas'][Name];

/** The paths that have an operation for `method`. */
type PathWith<M extends Method> = { [P in keyof paths]: paths[P][M] extends undefined ? never : P }[keyof paths];

type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

/** The JSON a response or request body carries; undefined when it has none (204 No Content). */
type JsonOf<Content> = Content extends { content: { 'application/json': infer Json } } ? Json : undefined;

type SuccessStatus = 200 | 201 | 202 | 204;

/** What an operation answers when it succeeds: the JSON of its 2xx responses (a union when it has several). */
export type Answer<P extends keyof paths, M extends Method> = Operation<P, M> extends { responses: infer Responses } ? JsonOf<Responses[keyof Responses & SuccessStatus]> : never;

type BodyOf<Op> = Op extends { requestBody?: infer Body } ? JsonOf<NonNullable<Body>> : never;

/** The JSON body an operation takes. */
export type RequestBody<P extends keyof paths, M extends Method> = BodyOf<Operation<P, M>>;

/** A call's input: the path and query parameters the operation declares, and its body (required when the operation's is). */
type Input<Op> = (Op extends { parameters: infer Parameters } ? Pick<Parameters, 'path' & keyof Parameters> & Pick<Parameters, 'query' & keyof Parameters> : unknown) &
  ([BodyOf<Op>] extends [never] ? unknown : Op extends { requestBody: object } ? { body: BodyOf<Op> } : { body?: BodyOf<Op> });

/** The input may be left out when nothing in it is required. */
type InputArguments<Op> = Record<never, never> extends Input<Op> ? [input?: Input<Op>] : [input: Input<Op>];

/** What the implementation reads of an Input, whatever the operation. */
type AnyInput = { path?: Record<string, string | number>; query?: Record<string, string | number | boolean | undefined>; body?: unknown };

/** `/api/sites/{id}` with `{ id }` filled in (encoded), then the query parameters that are set, in their order. */
export function callUrl(template: string, { path = {}, query = {} }: AnyInput = {}): string {
  const filled = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(path[name] ?? '')));
  const search = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
    .join('&');
  return search === '' ? filled : `${filled}?${search}`;
}

function endpoint<M extends Method>(method: M) {
  return <P extends PathWith<M>>(path: P, ...[input]: InputArguments<Operation<P, M>>): Promise<Answer<P, M>> => {
    const { body } = (input ?? {}) as AnyInput;
    // A POST always carries a JSON body ({} when the operation takes none), as the editor always sent them.
    const sent = method === 'post' ? (body ?? {}) : body;
    return apiCall<Answer<P, M>>(method.toUpperCase(), callUrl(path, input as AnyInput | undefined), sent);
  };
}

/** The API, typed by the OpenAPI document: `api.post('/api/sites/{id}/undo', { path: { id }, body: { branch } })`. */
export const api = { get: endpoint('get'), post: endpoint('post'), put: endpoint('put'), patch: endpoint('patch'), delete: endpoint('delete') };
