// Accounts, through better-auth's endpoints under /api/auth and PageHub's GET /api/auth/providers.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type RequestBody } from './contract.ts';

const SESSION_KEY = ['session'] as const;

/** The signed-in person, or null; undefined while loading. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async () => (await api.get('/api/auth/get-session'))?.user ?? null,
    staleTime: 60_000,
  });
}

export function useSignInMethods() {
  return useQuery({ queryKey: ['sign-in-methods'], queryFn: () => api.get('/api/auth/providers'), staleTime: Infinity });
}

/** After signing in, up or out: the session is read again and every cached answer of the previous person dropped. */
export function useSessionRefresh() {
  const queryClient = useQueryClient();
  return async () => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' && query.queryKey[0] !== 'sign-in-methods' });
    await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    await queryClient.refetchQueries({ queryKey: SESSION_KEY });
  };
}

/**
 * Creates an account. Nobody is signed in yet: the server mails a confirmation link that finishes sign-up (and
 * answers the same for an address that already has an account, so the answer says nothing about it).
 */
export const signUp = (input: RequestBody<'/api/auth/sign-up/email', 'post'>) => api.post('/api/auth/sign-up/email', { body: input });

/**
 * Where a link mailed for an account (confirmation, sign-in link) or an OAuth provider brings the person back: the
 * path they were heading to (an invitation, say), or "/" — which the server turns into the sign-in screen.
 */
const callbackFor = (next: string) => (next.startsWith('/') && !next.startsWith('//') ? next : '/');

/** Mails a fresh confirmation link to an address still waiting for one (the answer is the same for any address). */
export const resendConfirmation = (email: string, next = '/') => api.post('/api/auth/send-verification-email', { body: { email, callbackURL: callbackFor(next) } });

export const signIn = (input: RequestBody<'/api/auth/sign-in/email', 'post'>) => api.post('/api/auth/sign-in/email', { body: input });

export const requestMagicLink = (email: string, next = '/') => api.post('/api/auth/sign-in/magic-link', { body: { email, callbackURL: callbackFor(next) } });

export const signOut = () => api.post('/api/auth/sign-out');

/** Starts an OAuth sign-in: better-auth answers the provider's URL, where the browser goes next. */
export async function startSocialSignIn(provider: string, next = '/'): Promise<void> {
  const answer = await api.post('/api/auth/sign-in/social', { body: { provider, callbackURL: callbackFor(next) } });
  if (answer.url) window.location.assign(answer.url);
}
