// Accounts, through better-auth's endpoints under /api/auth and PageHub's GET /api/auth/providers.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost } from './http-client.ts';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
}

export interface SignInMethods {
  emailAndPassword: boolean;
  magicLink: boolean;
  social: { id: string; name: string }[];
}

const SESSION_KEY = ['session'] as const;

/** The signed-in person, or null; undefined while loading. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async () => (await apiGet<{ user: SessionUser } | null>('/api/auth/get-session'))?.user ?? null,
    staleTime: 60_000,
  });
}

export function useSignInMethods() {
  return useQuery({ queryKey: ['sign-in-methods'], queryFn: () => apiGet<SignInMethods>('/api/auth/providers'), staleTime: Infinity });
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
export const signUp = (input: { name: string; email: string; password: string }) => apiPost<{ token: null; user: SessionUser }>('/api/auth/sign-up/email', input);

/** Mails a fresh confirmation link to an address still waiting for one (the answer is the same for any address). */
export const resendConfirmation = (email: string) => apiPost<{ status: boolean }>('/api/auth/send-verification-email', { email });

export const signIn = (input: { email: string; password: string }) => apiPost<{ user: SessionUser }>('/api/auth/sign-in/email', input);

export const requestMagicLink = (email: string) => apiPost<{ status: boolean }>('/api/auth/sign-in/magic-link', { email, callbackURL: '/' });

export const signOut = () => apiPost<{ success: boolean }>('/api/auth/sign-out', {});

/** Starts an OAuth sign-in: better-auth answers the provider's URL, where the browser goes next. */
export async function startSocialSignIn(provider: string): Promise<void> {
  const answer = await apiPost<{ url?: string }>('/api/auth/sign-in/social', { provider, callbackURL: '/' });
  if (answer.url) window.location.assign(answer.url);
}
