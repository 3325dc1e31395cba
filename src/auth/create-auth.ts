import { betterAuth } from 'better-auth';
import { authOptions, type AuthDeps } from './auth-options.ts';
import { migrateAuthTables } from './auth-tables.ts';
import { sessionFlags } from './suspensions.ts';

/** The signed-in person as every route sees it (`c.get('user')`). */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  isPlatformAdmin: boolean;
}

export type BetterAuthInstance = ReturnType<typeof betterAuth<ReturnType<typeof authOptions>>>;

/** Accounts for the HTTP layer: better-auth's handler for /api/auth/*, and the session behind a request. */
export interface Auth {
  /** The better-auth instance itself, for server-side calls (`auth.instance.api.…`). */
  readonly instance: BetterAuthInstance;
  /** Answers every request under /api/auth/*. */
  handler(request: Request): Promise<Response>;
  /** The user whose session cookie (or bearer token) `headers` carry, or null. */
  getSessionUser(headers: Headers): Promise<SessionUser | null>;
  /** Creates better-auth's tables; run once at start-up (idempotent). */
  migrate(): Promise<void>;
}

export function createAuth(deps: AuthDeps): Auth {
  const options = authOptions(deps);
  const instance = betterAuth(options);
  return {
    instance,
    handler: (request) => instance.handler(request),
    async getSessionUser(headers) {
      const session = await instance.api.getSession({ headers });
      if (!session) return null;
      const { id, email, name } = session.user;
      // One query per request for both: a suspended account has no session to PageHub.
      const { isSuspended, isPlatformAdmin } = await sessionFlags(deps.database.db, id);
      return isSuspended ? null : { id, email, name, isPlatformAdmin };
    },
    migrate: () => migrateAuthTables(options, deps.database),
  };
}
