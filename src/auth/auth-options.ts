import { recordAudit } from '../admin/index.ts';
import type { BetterAuthOptions } from 'better-auth';
import { magicLink } from 'better-auth/plugins/magic-link';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../store/index.ts';
import { changeEmailMail, emailChangeNoticeMail, existingAccountMail, magicLinkMail, RESET_LINK_SECONDS, resetPasswordMail, VERIFICATION_LINK_SECONDS, verificationMail } from './account-mail.ts';
import type { Mailer } from './mailer.ts';
import { claimFirstPlatformAdmin } from './platform-admins.ts';

export interface AuthDeps {
  config: Config;
  database: Database;
  mailer: Mailer;
  logger: Logger;
  /** From resolveAuthSecret(config). */
  secret: string;
}

const SOCIAL_PROVIDERS = { google: 'GOOGLE', facebook: 'FACEBOOK', github: 'GITHUB' } as const;

/** Google / Facebook / GitHub sign-in, each only when both its client id and secret are set. */
function socialProviders(config: Config): NonNullable<BetterAuthOptions['socialProviders']> {
  const providers: Record<string, { clientId: string; clientSecret: string }> = {};
  for (const [provider, prefix] of Object.entries(SOCIAL_PROVIDERS)) {
    const clientId = config[`${prefix}_CLIENT_ID`];
    const clientSecret = config[`${prefix}_CLIENT_SECRET`];
    if (clientId && clientSecret) providers[provider] = { clientId, clientSecret };
  }
  return providers;
}

function isLocalUrl(url: string): boolean {
  const { hostname } = new URL(url);
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname.endsWith('.localhost');
}

/**
 * Origins allowed to call /api/auth with cookies: the public URL, and on a developer machine any local port
 * (the editor's Vite dev server). Published sites (`*.PLATFORM_DOMAIN`) hold user content: never trusted.
 */
export function trustedOrigins(config: Config): string[] {
  return isLocalUrl(config.publicUrl) ? [config.publicUrl, 'http://localhost:*', 'http://127.0.0.1:*'] : [config.publicUrl];
}

/**
 * A confirmation link with better-auth's default destination ("/") lands on the web app's sign-in screen instead:
 * signed in (the link signs in), it goes straight on to the dashboard; with an expired or reused link
 * (`&error=…`) it says what happened and what to do. A callbackURL the client chose is kept.
 */
function landingOnSignIn(url: string): string {
  const link = new URL(url);
  if ((link.searchParams.get('callbackURL') ?? '/') === '/') link.searchParams.set('callbackURL', '/sign-in?confirmed=1');
  return link.toString();
}

/** Where a password reset link lands: the web app's reset screen (with `?token=`, or `?error=INVALID_TOKEN` when expired or used). */
export const RESET_PASSWORD_PATH = '/reset-password';

/** A reset link whose request named no destination still lands on the web app's reset screen. */
function landingOnResetScreen(url: string): string {
  const link = new URL(url);
  if (!link.searchParams.get('callbackURL')) link.searchParams.set('callbackURL', RESET_PASSWORD_PATH);
  return link.toString();
}

/** The address the account has now: better-auth hands an email change's link over as a user with the new address. */
async function currentEmail(database: Database, userId: string): Promise<string | undefined> {
  const row = await database.db.selectFrom('user').select('email').where('id', '=', userId).executeTakeFirst();
  return row?.email;
}

/**
 * better-auth's messages about a refused request, not a fault: its origin check (api/middlewares/origin-check),
 * and a social sign-in naming a provider this server has not configured (GET /api/auth/providers lists those it has).
 */
const REFUSED_CLIENT_INPUT = /^(Invalid (origin|callbackURL|redirectURL|errorCallbackURL|newUserCallbackURL|redirectTo)\b|Provider not found\b)/;

/** better-auth's options; the same object creates the instance and its tables (getMigrations). */
export function authOptions({ config, database, mailer, logger, secret }: AuthDeps) {
  const authLogger = logger.child({ area: 'auth' });
  return {
    appName: 'PageHub',
    baseURL: config.publicUrl,
    basePath: '/api/auth',
    secret,
    database: database.pool,
    telemetry: { enabled: false },
    trustedOrigins: trustedOrigins(config),
    // better-auth skips its Origin/CSRF checks when NODE_ENV=test; keep them on so tests see what production does.
    advanced: { disableOriginCheck: false },
    logger: {
      level: 'warn',
      // better-auth reports a request's untrusted origin or callback URL as an error; it is the client's mistake
      // (or an attack refused), not a fault of ours, so it is logged as a warning and error logs stay for faults.
      log: (level, message, ...details) => authLogger[level === 'error' && REFUSED_CLIENT_INPUT.test(message) ? 'warn' : level]({ details }, message),
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      // A new account confirms its address before it is signed in. With this on, better-auth also answers a
      // sign-up for an address that already has an account exactly as for a new one (no session, a synthetic
      // user) and calls onExistingUserSignUp instead — so sign-up cannot tell anyone which addresses have accounts.
      requireEmailVerification: true,
      onExistingUserSignUp: async ({ user }) => {
        await mailer.send(existingAccountMail({ to: user.email, publicUrl: config.publicUrl }));
      },
      resetPasswordTokenExpiresIn: RESET_LINK_SECONDS,
      // Whoever knew the old password is signed out everywhere once it is reset.
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }) => {
        await mailer.send(resetPasswordMail({ to: user.email, url: landingOnResetScreen(url) }));
      },
      onPasswordReset: async ({ user }) => {
        await recordAudit(database.db, { actorId: user.id, siteId: null, action: 'account.password-reset', target: user.id });
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      // An unconfirmed account that signs in with the right password gets a fresh link (and a 403 saying why).
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      expiresIn: VERIFICATION_LINK_SECONDS,
      sendVerificationEmail: async ({ user, url }) => {
        // An email change (user.changeEmail) confirms the new address with this same hook: the user then carries the
        // new address while the account still has the old one.
        const stored = await currentEmail(database, user.id);
        if (stored !== undefined && stored.toLowerCase() !== user.email.toLowerCase()) {
          await mailer.send(changeEmailMail({ to: user.email, url, name: user.name }));
          await mailer.send(emailChangeNoticeMail({ to: stored, newEmail: user.email, publicUrl: config.publicUrl }));
        } else await mailer.send(verificationMail({ to: user.email, url: landingOnSignIn(url) }));
      },
    },
    user: {
      // A new address is confirmed by a link mailed to it (emailVerification.sendVerificationEmail); the account keeps
      // its old address until the link is opened.
      changeEmail: { enabled: true },
    },
    socialProviders: socialProviders(config),
    plugins: [
      magicLink({
        sendMagicLink: async ({ email, url }) => {
          await mailer.send(magicLinkMail({ to: email, url }));
        },
      }),
    ],
    databaseHooks: {
      user: {
        create: {
          after: async (user) => {
            const isAdmin = await claimFirstPlatformAdmin(database.db, user.id);
            if (isAdmin) authLogger.info({ userId: user.id }, 'The first account is now the platform admin');
            await recordAudit(database.db, { actorId: user.id, siteId: null, action: 'account.create', target: user.id, details: { isPlatformAdmin: isAdmin } });
          },
        },
      },
    },
  } satisfies BetterAuthOptions;
}
