import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppContext } from './app-env.ts';

/**
 * The client's address: the socket's peer. Behind Caddy (deploy/), the peer is the proxy and the client is the
 * first address of X-Forwarded-For, which Caddy sets; trust it only from loopback.
 */
export function clientIp(c: AppContext): string | null {
  let peer: string | null = null;
  try {
    peer = getConnInfo(c).remote.address ?? null;
  } catch {
    peer = null; // app.request() in tests has no socket
  }
  const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
  const isProxy = peer === null || peer === '127.0.0.1' || peer === '::1' || peer === '::ffff:127.0.0.1';
  return (isProxy && forwarded) || peer;
}
