import type { MiddlewareHandler } from 'hono';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppError } from '../../errors.ts';
import type { Database } from '../../store/database.ts';
import type { AppEnv } from '../app-env.ts';
import { clientIp } from '../client-ip.ts';

export interface RateLimitPolicy {
  /** Requests allowed per window. */
  points: number;
  /** Window length in seconds. */
  duration: number;
}

/** The limits PageHub applies; tests pass tighter ones. */
export interface RateLimitPolicies {
  /** Sign-in, sign-up, magic links: per client IP. */
  authPerIp: RateLimitPolicy;
  /** Any write under /api (POST, PUT, PATCH, DELETE): per signed-in user, and per IP. */
  writePerUser: RateLimitPolicy;
  writePerIp: RateLimitPolicy;
  /** GET /api/tls/ask (Caddy asking before it obtains a certificate): per client IP; default DEFAULT_TLS_ASK_LIMIT. */
  tlsAskPerIp?: RateLimitPolicy;
  /** Invitations by email an owner may send; default DEFAULT_INVITATION_LIMIT. */
  invitationsPerUser?: RateLimitPolicy;
  /** Failed password sign-ins per account, whatever the IP; default DEFAULT_SIGN_IN_THROTTLE (sign-in-throttle.ts). */
  signInPerAccount?: RateLimitPolicy;
}

/** Every invitation mails someone who did not ask for it: 30 an hour per person is plenty for a team, little for spam. */
export const DEFAULT_INVITATION_LIMIT: RateLimitPolicy = { points: 30, duration: 3_600 };

/** Caddy asks once per hostname it has no certificate for; a flood of unknown names is what this limits. */
export const DEFAULT_TLS_ASK_LIMIT: RateLimitPolicy = { points: 120, duration: 60 };

export const DEFAULT_RATE_LIMITS: RateLimitPolicies = {
  authPerIp: { points: 30, duration: 60 },
  writePerUser: { points: 300, duration: 60 },
  writePerIp: { points: 600, duration: 60 },
};

/**
 * A limiter per policy: counters in memory on PGlite (one process), in PostgreSQL when the platform runs on it
 * (many processes share the limits).
 */
export function createLimiter(database: Database, name: string, policy: RateLimitPolicy): RateLimiterAbstract {
  const options = { keyPrefix: name, points: policy.points, duration: policy.duration };
  if (database.kind === 'pglite') return new RateLimiterMemory(options);
  return new RateLimiterPostgres({ ...options, storeClient: database.pool, storeType: 'pool', tableName: 'rate_limits', tableCreated: true, clearExpiredByTimeout: false });
}

/** Consumes one point for `key`; over the limit → 429 RATE_LIMITED with Retry-After. */
export async function consumeOrThrow(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw new AppError('RATE_LIMITED', { detail: `Too many requests; retry in ${seconds} s.`, headers: { 'Retry-After': String(seconds) } });
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
    else if (WRITE_METHODS.has(c.req.method) && c.req.path.startsWith('/api/')) {
      const user = c.get('user');
      if (user) await consumeOrThrow(writeUser, user.id);
      await consumeOrThrow(writeIp, ip);
    }
    await next();
  };
}
