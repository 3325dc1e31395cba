import type { MiddlewareHandler } from 'hono';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from '../../errors.ts';
import type { Database } from '../../store/index.ts';
import type { AppEnv } from '../app-env.ts';
import { clientIp } from '../client-ip.ts';
import type { RateLimitPolicies, RateLimitPolicy } from './rate-limit-policies.ts';

/**
 * A limiter per policy: counters in memory on PGlite (one process), in PostgreSQL when the platform runs on it
 * (many processes share the limits).
 */
export function createLimiter(database: Database, name: string, policy: RateLimitPolicy): RateLimiterAbstract {
  const options = { keyPrefix: name, points: policy.points, duration: policy.duration };
  if (database.kind === 'pglite') return new RateLimiterMemory(options);
  return new RateLimiterPostgres({ ...options, storeClient: database.pool, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, clearExpiredByTimeout: false });
}

/**
 * Consumes one point for `key`; over the limit → 429 RATE_LIMITED with Retry-After, and `detail(seconds)` as the
 * message when the limit has words of its own.
 */
export async function consumeOrThrow(limiter: RateLimiterAbstract, key: string, detail: (seconds: number) => string = (seconds) => `Too many requests; retry in ${seconds} s.`): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw new AppError('RATE_LIMITED', { detail: detail(seconds), headers: { 'Retry-After': String(seconds) } });
  }
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Rate limits on auth routes (per IP) and on every API write (per user and per IP). */
export function rateLimits(database: Database, policies: RateLimitPolicies): MiddlewareHandler<AppEnv> {
  const auth = createLimiter(database, 'auth-ip', policies.authPerIp);
  const writeUser = createLimiter(database, 'write-user', policies.writePerUser);
  const writeIp = createLimiter(database, 'write-ip', policies.writePerIp);
  return async (c, next) => {
    const ip = clientIp(c) ?? 'unknown';
    const isAuth = c.req.path.startsWith('/api/auth/') && c.req.method === 'POST';
    if (isAuth) await consumeOrThrow(auth, ip);
    // Stripe's webhook is checked by its signature instead: Stripe delivers bursts from a few addresses.
    else if (WRITE_METHODS.has(c.req.method) && c.req.path.startsWith('/api/') && !c.req.path.startsWith('/api/billing/webhook')) {
      const user = c.get('user');
      if (user) await consumeOrThrow(writeUser, user.id);
      await consumeOrThrow(writeIp, ip);
    }
    await next();
  };
}
