import { createHash, timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import type { Metrics } from '../../admin/index.ts';
import type { AppContext, AppEnv } from '../app-env.ts';
import { notFoundHandler } from '../problem.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** A caller on this machine, not relayed by a proxy: a request through Caddy comes from loopback too, but forwarded. */
function isLocalCaller(c: AppContext): boolean {
  let peer: string | undefined;
  try {
    peer = getConnInfo(c).remote.address;
  } catch {
    return false; // app.request() in tests has no socket
  }
  const isForwarded = ['x-forwarded-for', 'x-forwarded-host', 'forwarded', 'x-real-ip'].some((name) => c.req.header(name) !== undefined);
  return peer !== undefined && LOOPBACK.has(peer) && !isForwarded;
}

/** Compares digests, so neither the token's length nor its first differing byte shows in the time taken. */
function isTokenAccepted(header: string | undefined, token: string | undefined): boolean {
  if (!token || !header) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return false;
  const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(match[1]!), digest(token));
}

/**
 * GET /metrics, in Prometheus' text format: for callers on this machine, or with METRICS_TOKEN as a bearer token.
 * Anyone else gets the 404 every unknown path gets, so the endpoint is not advertised. Outside /api (it is not
 * JSON and not part of the OpenAPI document), and ahead of the editor's pages, which would otherwise answer the path.
 */
export function metricsEndpoint({ metrics, token }: { metrics: Metrics; token: string | undefined }): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.path !== '/metrics') return next();
    const isAllowed = isTokenAccepted(c.req.header('authorization'), token) || isLocalCaller(c);
    if (!isAllowed || (c.req.method !== 'GET' && c.req.method !== 'HEAD')) return notFoundHandler(c);
    const { text, contentType } = await metrics.scrape();
    return c.body(text, 200, { 'content-type': contentType, 'cache-control': 'no-store' });
  };
}
