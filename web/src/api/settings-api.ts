// A site's settings: custom domains and their DNS records, members and roles, invite links, form
// submissions, and deleting the site.
import { useQuery } from '@tanstack/react-query';
import { apiCall, apiGet, apiPost } from './http-client.ts';

export type Role = 'owner' | 'editor' | 'viewer';
export const ROLES: Role[] = ['owner', 'editor', 'viewer'];

export interface DnsRecord {
  type: 'TXT' | 'CNAME' | 'A' | 'ALIAS';
  name: string;
  value: string;
  purpose: string;
}

export interface CustomDomain {
  hostname: string;
  status: 'pending' | 'verified' | 'failed';
  reason: string | null;
  checkedAt: string | null;
  records: DnsRecord[];
}

export interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: string;
}

export interface Invite {
  id: string;
  /** An invitation by email is bound to this address; an invite link has none. */
  email: string | null;
  role: Role;
  expiresAt: string;
  maxUses: number;
  uses: number;
  createdAt: string;
  /** Links: active, used-up, expired, revoked. Invitations by email: pending, accepted, expired, revoked. */
  state: 'active' | 'used-up' | 'pending' | 'accepted' | 'expired' | 'revoked';
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: string;
}

export interface Submission {
  id: string;
  formId: string;
  data: Record<string, string>;
  createdAt: string;
}

const sitePath = (siteId: string) => `/api/sites/${encodeURIComponent(siteId)}`;

export const settingsKeys = {
  domains: (siteId: string) => ['sites', siteId, 'domains'] as const,
  members: (siteId: string) => ['sites', siteId, 'members'] as const,
  invites: (siteId: string) => ['sites', siteId, 'invites'] as const,
  submissions: (siteId: string) => ['sites', siteId, 'submissions'] as const,
};

export function useDomains(siteId: string) {
  return useQuery({ queryKey: settingsKeys.domains(siteId), queryFn: async () => (await apiGet<{ domains: CustomDomain[] }>(`${sitePath(siteId)}/domains`)).domains });
}

export const addDomain = (siteId: string, hostname: string) => apiPost<{ domain: CustomDomain }>(`${sitePath(siteId)}/domains`, { hostname });
export const verifyDomain = (siteId: string, hostname: string) => apiPost<{ domain: CustomDomain }>(`${sitePath(siteId)}/domains/${encodeURIComponent(hostname)}/verify`);
export const removeDomain = (siteId: string, hostname: string) => apiCall<void>('DELETE', `${sitePath(siteId)}/domains/${encodeURIComponent(hostname)}`);

export function useMembers(siteId: string) {
  return useQuery({ queryKey: settingsKeys.members(siteId), queryFn: async () => (await apiGet<{ members: Member[] }>(`${sitePath(siteId)}/members`)).members });
}

/** Invites an address by email; they join when they accept (the answer is the same whether or not they have an account). */
export const inviteMember = (siteId: string, input: { email: string; role: Role }) => apiPost<{ invitation: Invitation }>(`${sitePath(siteId)}/members`, input);
export const changeRole = (siteId: string, userId: string, role: Role) => apiCall<{ role: Role }>('PATCH', `${sitePath(siteId)}/members/${encodeURIComponent(userId)}`, { role });
export const removeMember = (siteId: string, userId: string) => apiCall<void>('DELETE', `${sitePath(siteId)}/members/${encodeURIComponent(userId)}`);

export function useInvites(siteId: string, isOwner: boolean) {
  return useQuery({ queryKey: settingsKeys.invites(siteId), queryFn: async () => (await apiGet<{ invites: Invite[] }>(`${sitePath(siteId)}/invites`)).invites, enabled: isOwner });
}

export const createInvite = (siteId: string, input: { role: Role; expiresInHours: number; maxUses: number }) =>
  apiPost<{ id: string; url: string; expiresAt: string }>(`${sitePath(siteId)}/invites`, input);
export const revokeInvite = (siteId: string, inviteId: string) => apiCall<void>('DELETE', `${sitePath(siteId)}/invites/${encodeURIComponent(inviteId)}`);

export function useSubmissions(siteId: string) {
  return useQuery({ queryKey: settingsKeys.submissions(siteId), queryFn: async () => (await apiGet<{ submissions: Submission[] }>(`${sitePath(siteId)}/submissions?limit=50`)).submissions });
}

export const deleteSite = (siteId: string) => apiCall<void>('DELETE', sitePath(siteId));
