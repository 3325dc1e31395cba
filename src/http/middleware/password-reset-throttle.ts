// Password reset requests mail a link to someone's inbox: besides the per-IP limit on every /api/auth POST, each
// address gets only a few per hour, whoever asks, so nobody can flood an inbox with reset mails. The limit applies to
// any address alike, so hitting it says nothing about whether the address has an account.
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Database } from '../../store/index.ts';
import type { AppEnv } from '../app-env.ts';
import { tryAgainIn } from '../../errors.ts';
import type { RateLimitPolicy } from './rate-limit-policies.ts';
import { consumeOrThrow, createLimiter } from './rate-limit.ts';
import { signInEmail } from './sign-in-throttle.ts';

/** 5 reset mails per address per hour. */
export const DEFAULT_PASSWORD_RESET_LIMIT: RateLimitPolicy = { points: 5, duration: 3_600 };

export function passwordResetThrottle(database: Database, policy: RateLimitPolicy = DEFAULT_PASSWORD_RESET_LIMIT): MiddlewareHandler<AppEnv> {
  const limiter = createLimiter(database, 'password-reset-account', policy);
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const email = await signInEmail(c);
    if (email) {
      const key = createHash('sha256').update(email).digest('base64url');
      await consumeOrThrow(limiter, key, (seconds) => `We already sent several password reset links to this address. Check the inbox (and the spam folder), or ask again ${tryAgainIn(seconds)}.`);
    }
    await next();
  };
}
