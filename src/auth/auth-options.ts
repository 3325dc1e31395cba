import { recordAudit } from '../admin/index.ts';
import type { BetterAuthOptions } from 'better-auth';
import { magicLink } from 'better-auth/plugins/magic-link';
import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../store/database.ts';
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
      log: (level, message, ...details) => authLogger[level]({ details }, message),
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      sendResetPassword: async ({ user, url }) => {
        await mailer.send({
          to: user.email,
          subject: 'Reset your PageHub password',
          text: `Someone (hopefully you) asked to reset the password of your PageHub account.\n\nChoose a new password: ${url}\n\nIf it was not you, ignore this mail; your password stays as it is.`,
          actionUrl: url,
        });
      },
    },
    socialProviders: socialProviders(config),
    plugins: [
      magicLink({
        sendMagicLink: async ({ email, url }) => {
          await mailer.send({
            to: email,
            subject: 'Your PageHub sign-in link',
            text: `Sign in to PageHub: ${url}\n\nThe link works once and expires in 5 minutes. If you did not ask for it, ignore this mail.`,
            actionUrl: url,
          });
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
