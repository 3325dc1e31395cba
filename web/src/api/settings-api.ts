// A site's settings: custom domains and their DNS records, members and roles, invite links, and
// deleting the site.
import { useQuery } from '@tanstack/react-query';
import { api, type RequestBody, type Schema } from './contract.ts';

export type Role = Schema<'Member'>['role'];
export const ROLES: Role[] = ['owner', 'editor', 'viewer'];

export type CustomDomain = Schema<'CustomDomain'>;
/** Links: active, used-up, expired, revoked. Invitations by email: pending, accepted, expired, revoked. */
export type Invite = Schema<'Invite'>;

export const settingsKeys = {
  domains: (siteId: string) => ['sites', siteId, 'domains'] as const,
  members: (siteId: string) => ['sites', siteId, 'members'] as const,
  invites: (siteId: string) => ['sites', siteId, 'invites'] as const,
};

export function useDomains(siteId: string) {
  return useQuery({ queryKey: settingsKeys.domains(siteId), queryFn: async () => (await api.get('/api/sites/{id}/domains', { path: { id: siteId } })).domains });
}

export const addDomain = (siteId: string, hostname: string) => api.post('/api/sites/{id}/domains', { path: { id: siteId }, body: { hostname } });
export const verifyDomain = (siteId: string, hostname: string) => api.post('/api/sites/{id}/domains/{hostname}/verify', { path: { id: siteId, hostname } });
export const removeDomain = (siteId: string, hostname: string) => api.delete('/api/sites/{id}/domains/{hostname}', { path: { id: siteId, hostname } });

export function useMembers(siteId: string) {
  return useQuery({ queryKey: settingsKeys.members(siteId), queryFn: async () => (await api.get('/api/sites/{id}/members', { path: { id: siteId } })).members });
}

/** Invites an address by email; they join when they accept (the answer is the same whether or not they have an account). */
export const inviteMember = (siteId: string, input: RequestBody<'/api/sites/{id}/members', 'post'>) => api.post('/api/sites/{id}/members', { path: { id: siteId }, body: input });
export const changeRole = (siteId: string, userId: string, role: Role) => api.patch('/api/sites/{id}/members/{userId}', { path: { id: siteId, userId }, body: { role } });
export const removeMember = (siteId: string, userId: string) => api.delete('/api/sites/{id}/members/{userId}', { path: { id: siteId, userId } });

export function useInvites(siteId: string, isOwner: boolean) {
  return useQuery({ queryKey: settingsKeys.invites(siteId), queryFn: async () => (await api.get('/api/sites/{id}/invites', { path: { id: siteId } })).invites, enabled: isOwner });
}

export const createInvite = (siteId: string, input: RequestBody<'/api/sites/{id}/invites', 'post'>) => api.post('/api/sites/{id}/invites', { path: { id: siteId }, body: input });
export const revokeInvite = (siteId: string, inviteId: string) => api.delete('/api/sites/{id}/invites/{inviteId}', { path: { id: siteId, inviteId } });
/** Mails a pending or expired invitation by email again as a new link; the old link stops working. */
export const resendInvitation = (siteId: string, inviteId: string) => api.post('/api/sites/{id}/invites/{inviteId}/resend', { path: { id: siteId, inviteId } });

export type InvitePreview = Schema<'InvitePreview'>;

/** What an invite offers, before accepting it; signed in or not. A link that no longer works is an ApiError saying why. */
export function useInvitePreview(token: string) {
  return useQuery({ queryKey: ['invite-preview', token], queryFn: () => api.get('/api/invites/{token}', { path: { token } }), retry: false, staleTime: 30_000 });
}

/** Joins the site an invite link is for, as the signed-in person. */
export const acceptInvite = (token: string) => api.post('/api/invites/{token}/accept', { path: { token } });

export const deleteSite = (siteId: string) => api.delete('/api/sites/{id}', { path: { id: siteId } });
