import { AppError } from '../../errors.ts';
import { createRoute, z } from '@hono/zod-openapi';
import { cloneRawRequest } from 'hono/request';
import { hasAnyAccount, isAddressSuspended, isPlatformAdmin } from '../../auth/index.ts';
import type { Router } from '../app-env.ts';
import { passwordResetThrottle } from '../middleware/password-reset-throttle.ts';
import { signInThrottle } from '../middleware/sign-in-throttle.ts';
import { everyone, SESSION_COOKIE, signedIn } from '../schemas.ts';

const User = z.object({ id: z.string(), email: z.email(), name: z.string(), emailVerified: z.boolean(), image: z.string().nullable().optional() }).openapi('User');
const SessionUser = User.extend({ isPlatformAdmin: z.boolean().openapi({ description: 'true for the people who run this PageHub (they see its admin screens)' }) }).openapi('SessionUser');
const SessionAnswer = z.object({ user: SessionUser, session: z.object({ id: z.string(), expiresAt: z.string() }).loose() }).nullable().openapi('Session');
const AuthError = z.object({ code: z.string().optional(), message: z.string() }).openapi('AuthError', { description: 'better-auth\'s error format (not problem+json).' });

const json = <Schema extends z.ZodType>(schema: Schema) => ({ content: { 'application/json': { schema } } });
const answers = (description: string, schema: z.ZodType = z.object({}).loose()) => ({
  200: { description, ...json(schema) },
  400: { description: 'Invalid input', ...json(AuthError) },
  401: { description: 'Wrong credentials', ...json(AuthError) },
  403: { description: 'Untrusted Origin', ...json(AuthError) },
  429: { description: 'Too many attempts', ...json(AuthError) },
});

/** The account endpoints the editor uses. better-auth answers them (and the rest of /api/auth/*); listed for the OpenAPI document. */
const AUTH_ROUTES = [
  createRoute({
    method: 'post',
    path: '/api/auth/sign-up/email',
    tags: ['accounts'],
    operationId: 'signUpWithEmail',
    security: everyone,
    summary: 'Create an account with email and password. No session yet: a confirmation link is mailed, and opening it signs the person in. An address that already has an account gets the same answer (and a mail saying so). The first account becomes the platform admin.',
    request: { body: { required: true, ...json(z.object({ name: z.string(), email: z.email(), password: z.string().min(8), callbackURL: z.string().optional() })) } },
    responses: answers('Confirmation link mailed (token is null)', z.object({ token: z.string().nullable(), user: User })),
  }),
  createRoute({
    method: 'post',
    path: '/api/auth/sign-in/email',
    tags: ['accounts'],
    operationId: 'signInWithEmail',
    security: everyone,
    summary: 'Sign in with email and password; sets the session cookie. 403 EMAIL_NOT_VERIFIED (a fresh confirmation link is mailed) while the address is unconfirmed; 429 SIGN_IN_THROTTLED after 10 failures for the account in 15 minutes.',
    request: { body: { required: true, ...json(z.object({ email: z.email(), password: z.string(), rememberMe: z.boolean().optional(), callbackURL: z.string().optional() })) } },
    responses: answers('Signed in', z.object({ token: z.string(), user: User, redirect: z.boolean().optional(), url: z.string().optional() })),
  }),
  createRoute({
    method: 'post',
    path: '/api/auth/sign-in/magic-link',
    tags: ['accounts'],
    operationId: 'sendMagicLink',
    security: everyone,
    summary: 'Mail a one-time sign-in link (logged instead when SMTP_URL is not set)',
    request: { body: { required: true, ...json(z.object({ email: z.email(), name: z.string().optional(), callbackURL: z.string().optional() })) } },
    responses: answers('Link sent', z.object({ status: z.boolean() })),
  }),
  createRoute({
    method: 'post',
    path: '/api/auth/sign-in/social',
    tags: ['accounts'],
    operationId: 'signInWithProvider',
    security: everyone,
    summary: 'Start signing in with an OAuth provider of GET /api/auth/providers: answers the provider\'s address to open; the provider returns to /api/auth/callback/{provider}, which sets the session cookie and redirects to callbackURL',
    request: { body: { required: true, ...json(z.object({ provider: z.string().openapi({ example: 'github' }), callbackURL: z.string().optional(), errorCallbackURL: z.string().optional(), newUserCallbackURL: z.string().optional() })) } },
    responses: answers("The provider's sign-in address", z.object({ url: z.string(), redirect: z.boolean() })),
  }),
  createRoute({
    method: 'get',
    path: '/api/auth/magic-link/verify',
    tags: ['accounts'],
    operationId: 'verifyMagicLink',
    security: everyone,
    summary: 'The link in the mail: signs in, sets the session cookie and redirects to callbackURL',
    request: { query: z.object({ token: z.string(), callbackURL: z.string().optional() }) },
    responses: { 302: { description: 'Signed in; redirect to callbackURL' }, ...answers('Signed in (no callbackURL)') },
  }),
  createRoute({
    method: 'get',
    path: '/api/auth/verify-email',
    tags: ['accounts'],
    operationId: 'verifyEmail',
    security: everyone,
    summary: 'The link in the confirmation mail: confirms the address, signs in (sets the session cookie) and redirects to callbackURL',
    request: { query: z.object({ token: z.string(), callbackURL: z.string().optional() }) },
    responses: { 302: { description: 'Confirmed and signed in; redirect to callbackURL (with ?error= when the link is expired or invalid)' }, ...answers('Confirmed (no callbackURL)') },
  }),
  createRoute({
    method: 'post',
    path: '/api/auth/send-verification-email',
    tags: ['accounts'],
    operationId: 'resendConfirmation',
    security: everyone,
    summary: 'Mail a fresh confirmation link to an unconfirmed address; answers the same for any address',
    request: { body: { required: true, ...json(z.object({ email: z.email(), callbackURL: z.string().optional() })) } },
    responses: answers('Sent if the address awaits confirmation', z.object({ status: z.boolean() })),
  }),
  createRoute({
    method: 'get',
    path: '/api/auth/get-session',
    tags: ['accounts'],
    operationId: 'getSession',
    security: [{ [SESSION_COOKIE]: [] }, {}], // the cookie when there is one; signed out answers null
    summary: 'The session behind the cookie, with its user; null when signed out',
    responses: answers('The session, or null', SessionAnswer),
  }),
  createRoute({
    method: 'post',
    path: '/api/auth/sign-out',
    tags: ['accounts'],
    operationId: 'signOut',
    security: signedIn,
    summary: 'End the session and clear the cookie',
    responses: answers('Signed out', z.object({ success: z.boolean() })),
  }),
  createRoute({
    method: 'post',
    path: '/api/auth/request-password-reset',
    tags: ['accounts'],
    operationId: 'requestPasswordReset',
    security: everyone,
    summary: 'Mail a link to choose a new password (it works once, within 1 hour). Answers the same whether or not the address has an account. redirectTo is where the link lands (the web app\'s /reset-password, with ?token= or ?error=INVALID_TOKEN). 429 after 5 requests for one address in an hour.',
    request: { body: { required: true, ...json(z.object({ email: z.email(), redirectTo: z.string().optional() })) } },
    responses: answers('Sent if the address has an account', z.object({ status: z.boolean(), message: z.string().optional() })),
  }),
  createRoute({
    method: 'post',
    path: '/api/auth/reset-password',
    tags: ['accounts'],
    operationId: 'resetPassword',
    security: everyone,
    summary: 'Set a new password with the token of a reset link; the link then stops working and every session of the account ends. 400 INVALID_TOKEN when the link has expired or was used.',
    request: { body: { required: true, ...json(z.object({ newPassword: z.string().min(8), token: z.string() })) } },
    responses: answers('Password changed', z.object({ status: z.boolean() })),
  }),
  createRoute({
    method: 'post',
    path: '/api/auth/change-password',
    tags: ['accounts'],
    operationId: 'changePassword',
    security: signedIn,
    summary: 'Change the password, given the current one (400 INVALID_PASSWORD when it is wrong); with revokeOtherSessions, every other device is signed out',
    request: { body: { required: true, ...json(z.object({ currentPassword: z.string(), newPassword: z.string().min(8), revokeOtherSessions: z.boolean().optional() })) } },
    responses: answers('Password changed', z.object({ token: z.string().nullable(), user: User.partial() })),
  }),
  createRoute({
    method: 'post',
    path: '/api/auth/change-email',
    tags: ['accounts'],
    operationId: 'changeEmail',
    security: signedIn,
    summary: 'Mail a confirmation link to a new address; the account\'s address changes only once it is opened (then redirects to callbackURL, with ?error= when the link is expired or invalid). Answers the same when the new address already belongs to an account (and then mails nothing).',
    request: { body: { required: true, ...json(z.object({ newEmail: z.email(), callbackURL: z.string().optional() })) } },
    responses: answers('Confirmation link mailed', z.object({ status: z.boolean() })),
  }),
  createRoute({
    method: 'post',
    path: '/api/auth/update-user',
    tags: ['accounts'],
    operationId: 'updateAccountName',
    security: signedIn,
    summary: 'Change the name shown to the people one works with',
    request: { body: { required: true, ...json(z.object({ name: z.string().min(1).max(100) })) } },
    responses: answers('Name changed', z.object({ status: z.boolean() })),
  }),
];

const PROVIDER_NAMES: Record<string, string> = { google: 'Google', facebook: 'Facebook', github: 'GitHub' };

const providersRoute = createRoute({
  method: 'get',
  path: '/api/auth/providers',
  tags: ['accounts'],
  operationId: 'listSignInMethods',
  security: everyone,
  summary: 'The ways to sign in on this server: email + password, magic links, and the OAuth providers configured',
  responses: {
    200: {
      description: 'Sign-in methods',
      ...json(z.object({ emailAndPassword: z.boolean(), magicLink: z.boolean(), social: z.array(z.object({ id: z.string().openapi({ example: 'github' }), name: z.string().openapi({ example: 'GitHub' }) })) }).openapi('SignInMethods')),
    },
  },
});

/** better-auth at /api/auth/* (sign-up/in, magic links, OAuth callbacks, sessions). */
export const registerAuthRoutes: Router = (app, { auth, database, rateLimits, settings }) => {
  for (const route of AUTH_ROUTES) app.openAPIRegistry.registerPath(route);
  const social = Object.keys(auth.instance.options.socialProviders ?? {}).map((id) => ({ id, name: PROVIDER_NAMES[id] ?? id }));
  app.openapi(providersRoute, (c) => c.json({ emailAndPassword: true, magicLink: true, social }, 200));
  app.use('/api/auth/sign-in/email', signInThrottle(database, rateLimits?.signInPerAccount));
  // A suspended account can't sign in (its sessions ended when it was suspended; getSessionUser ignores any other).
  app.use('/api/auth/sign-in/*', async (c, next) => {
    const body = c.req.method === 'POST' ? ((await c.req.json().catch(() => null)) as { email?: unknown } | null) : null;
    if (typeof body?.email === 'string' && (await isAddressSuspended(database.db, body.email))) {
      throw new AppError('FORBIDDEN', { detail: 'This account is suspended, so it can’t sign in. If you think this is a mistake, reply to the email you received about it or contact support.' });
    }
    await next();
  });
  // An operator can close sign-ups (admin settings); the platform's first account can always be made.
  app.use('/api/auth/sign-up/*', async (c, next) => {
    if (!(await settings.get()).flags.signUpsOpen && (await hasAnyAccount(database.db))) {
      throw new AppError('FORBIDDEN', { detail: 'New accounts can’t be created right now. Please try again later.' });
    }
    await next();
  });
  app.use('/api/auth/request-password-reset', passwordResetThrottle(database, rateLimits?.passwordResetsPerAccount));
  // better-auth's session answer, with whether the person is a platform admin (the web app shows them /admin).
  app.get('/api/auth/get-session', async (c) => {
    const answer = await auth.handler(await cloneRawRequest(c.req));
    if (!answer.ok || !answer.headers.get('content-type')?.includes('application/json')) return answer;
    const session = (await answer.clone().json()) as { user?: { id: string } } | null;
    if (!session?.user) return answer;
    const headers = new Headers(answer.headers);
    headers.delete('content-length');
    const user = { ...session.user, isPlatformAdmin: await isPlatformAdmin(database.db, session.user.id) };
    return new Response(JSON.stringify({ ...session, user }), { status: answer.status, headers });
  });
  // The input guard may have read the body already (through Hono's cache): hand better-auth a request with it.
  app.on(['GET', 'POST'], '/api/auth/*', async (c) => auth.handler(await cloneRawRequest(c.req)));
};
