// The signed-in person's own account: name, email and password through better-auth's endpoints under /api/auth;
// signed-in devices and deleting the account through PageHub's /api/account; a forgotten password from the
// sign-in screen. Downloading one's data is a plain link to GET /api/account/export (an attachment).
import { useQuery } from '@tanstack/react-query';
import { ApiError } from './http-client.ts';
import { api, type RequestBody, type Schema } from './contract.ts';

export const accountKeys = { sessions: ['account', 'sessions'] as const };

/** Where the web app shows the reset screen; the mailed link lands there with `?token=` (or `?error=`). */
export const RESET_PASSWORD_PATH = '/reset-password';

/** The address of the data download. */
export const ACCOUNT_EXPORT_URL = '/api/account/export';

export type AccountSession = Schema<'AccountSession'>;
export type UndecidedSite = NonNullable<Schema<'UndecidedSitesProblem'>['sites']>[number];
export type SiteDecisions = RequestBody<'/api/account', 'delete'>['sites'];

export function useAccountSessions() {
  return useQuery({ queryKey: accountKeys.sessions, queryFn: async () => (await api.get('/api/account/sessions')).sessions });
}

export const endSession = (sessionId: string) => api.delete('/api/account/sessions/{sessionId}', { path: { sessionId } });
export const endOtherSessions = () => api.delete('/api/account/sessions');

export const updateName = (name: string) => api.post('/api/auth/update-user', { body: { name } });

/** Mails a link to the new address; the account's address changes once it is opened, which brings the person back to /account. */
export const changeEmail = (newEmail: string) => api.post('/api/auth/change-email', { body: { newEmail, callbackURL: '/account?emailChanged=1' } });

export const changePassword = (input: RequestBody<'/api/auth/change-password', 'post'>) => api.post('/api/auth/change-password', { body: input });

/** Mails a reset link when the address has an account; the answer is the same either way. */
export const requestPasswordReset = (email: string) => api.post('/api/auth/request-password-reset', { body: { email, redirectTo: RESET_PASSWORD_PATH } });

export const resetPassword = (token: string, newPassword: string) => api.post('/api/auth/reset-password', { body: { token, newPassword } });

export const deleteAccount = (confirmEmail: string, sites: SiteDecisions) => api.delete('/api/account', { body: { confirmEmail, sites } });

/** The sites a refused deletion lists (409 ACCOUNT_SITES_UNDECIDED): each needs a member to hand it to, or to be deleted. */
export function undecidedSitesOf(error: unknown): UndecidedSite[] | null {
  if (!(error instanceof ApiError) || error.code !== 'ACCOUNT_SITES_UNDECIDED') return null;
  return (error.problem as Partial<Schema<'UndecidedSitesProblem'>>).sites ?? [];
}
