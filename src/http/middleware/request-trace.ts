import type { MiddlewareHandler } from 'hono';
import { contextFromTraceparent, failSpan, SpanKind, tracer } from '../../tracing.ts';
import { SpanStatusCode } from '@opentelemetry/api';
import type { AppEnv } from '../app-env.ts';
import { routeLabel } from '../route-template.ts';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * First on every request: a server span named `METHOD /route/template` (the path is known only once a route has
 * matched, so the span is renamed then), the parent of every query, model call and job the request causes. It
 * continues the caller's W3C `traceparent` when one is sent. Attributes: the method, the route template and the
 * status — never the path or query string, which can hold ids and tokens. A 5xx marks the span failed. Without
 * tracing (src/admin/start-tracing.ts) the tracer is the API's no-op one.
 */
export function requestTrace(): MiddlewareHandler<AppEnv> {
  return (c, next) => {
    const method = METHODS.has(c.req.method) ? c.req.method : '_OTHER';
    const parent = contextFromTraceparent(c.req.header('traceparent'));
    return tracer().startActiveSpan(method, { kind: SpanKind.SERVER, attributes: { 'http.request.method': method } }, parent, async (span) => {
      try {
        await next();
      } catch (error) {
        failSpan(span, error);
        throw error;
      } finally {
        const route = routeLabel(c);
        span.updateName(`${method} ${route}`);
        span.setAttribute('http.route', route);
        const status = c.res.status;
        span.setAttribute('http.response.status_code', status);
        if (status >= 500) {
          span.setAttribute('error.type', String(status));
          span.setStatus({ code: SpanStatusCode.ERROR, message: String(status) });
        }
        span.end();
      }
    });
  };
}
