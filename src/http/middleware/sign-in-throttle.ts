// Password sign-in is limited per account as well as per IP: guesses spread over many addresses still count
// against the one account they target. Mounted on POST /api/auth/sign-in/email only (src/http/routes/auth.ts), so
// the ways back in that prove the inbox — magic links and password resets — keep working while it is paused.
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { recordAudit } from '../../admin/index.ts';
import { AppError } from '../../errors.ts';
import type { Database } from '../../store/index.ts';
import type { AppContext, AppEnv } from '../app-env.ts';
import { clientIp } from '../client-ip.ts';
import type { RateLimitPolicy } from './rate-limit-policies.ts';
import { createLimiter } from './rate-limit.ts';

/** 10 failed password sign-ins per account per 15 minutes, whatever the IP. */
export const DEFAULT_SIGN_IN_THROTTLE: RateLimitPolicy = { points: 10, duration: 15 * 60 };

/**
 * The address a sign-in names, read the way better-auth reads it (JSON or a form, the last value of a repeated
 * field wins) from Hono's cached body, so the handler after this still gets the body. Null when there is none.
 */
export async function signInEmail(c: AppContext): Promise<string | null> {
  const mediaType = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  try {
    if (mediaType === 'application/json') {
      const body = (await c.req.json()) as unknown;
      const email = body && typeof body === 'object' ? (body as Record<string, unknown>).email : undefined;
      return typeof email === 'string' ? email.toLowerCase() : null;
    }
    if (mediaType === 'application/x-www-form-urlencoded') {
      let email: string | null = null;
      new URLSearchParams(await c.req.text()).forEach((value, key) => {
        if (key === 'email') email = value.toLowerCase();
      });
      return email;
    }
  } catch {
    return null; // malformed: better-auth answers 400 and nothing is guessed
  }
  return null;
}

/** Counters are keyed by a hash of the address, so the rate_limits table holds no address anyone typed. */
const accountKey = (email: string) => createHash('sha256').update(email).digest('base64url');

function throttled(rejection: RateLimiterRes): AppError {
  const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new AppError('SIGN_IN_THROTTLED', {
    detail: `Too many failed sign-ins for this account. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or sign in with a link by email, or reset your password.`,
    headers: { 'Retry-After': String(seconds) },
  });
}

/**
 * Each attempt takes a point up front (so concurrent guesses cannot slip past the count): over the limit → 429
 * SIGN_IN_THROTTLED with Retry-After, even for the right password. A wrong password keeps its point, a success
 * clears the account's counter, anything else (invalid input, an unconfirmed address) gives the point back.
 * Failed and refused attempts are audited as `account.sign-in-failed` — with the IP, never the password.
 */
export function signInThrottle(database: Database, policy: RateLimitPolicy = DEFAULT_SIGN_IN_THROTTLE): MiddlewareHandler<AppEnv> {
  const limiter = createLimiter(database, 'sign-in-account', policy);
  const audit = async (c: AppContext, email: string, reason: 'wrong-password' | 'throttled') => {
    const account = await database.db.selectFrom('user').select('id').where('email', '=', email).executeTakeFirst();
    await recordAudit(database.db, { actorId: null, siteId: null, action: 'account.sign-in-failed', target: account?.id ?? null, ip: clientIp(c), requestId: c.get('requestId'), details: { reason } });
  };
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const email = await signInEmail(c);
    if (!email) return next();
    const key = accountKey(email);
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      await audit(c, email, 'throttled');
      throw throttled(rejection);
    }
    await next();
    const { status } = c.res;
    if (status === 401) await audit(c, email, 'wrong-password');
    else if (status === 200) await limiter.delete(key);
    else await limiter.reward(key, 1);
  };
}
