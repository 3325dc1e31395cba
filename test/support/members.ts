// Making someone a member the only way there is: the owner invites the address (POST …/members), and the
// invitee accepts the link from the invitation mail while signed in as that address.
import type { App } from '../../src/http/index.ts';
import { outboxOf } from './outbox.ts';
import { apiRequest } from './test-app.ts';

type Role = 'owner' | 'editor' | 'viewer';

/** Invites `invitee.email` to `siteId` as `role` and accepts as the invitee; resolves with the accept answer. */
export async function addMember(harness: { app: App }, siteId: string, ownerCookie: string, invitee: { email: string; cookie: string }, role: Role): Promise<{ siteId: string; role: Role; isNewMember: boolean }> {
  const { app } = harness;
  const invited = await app.request(apiRequest(`/api/sites/${siteId}/members`, { method: 'POST', cookie: ownerCookie, body: { email: invitee.email, role } }));
  if (invited.status !== 202) throw new Error(`inviting ${invitee.email} answered ${invited.status}: ${await invited.text()}`);
  const token = new URL(outboxOf(app).latestLink(invitee.email, '/invite/')).pathname.split('/').at(-1) ?? '';
  const accepted = await app.request(apiRequest(`/api/invites/${token}/accept`, { method: 'POST', cookie: invitee.cookie }));
  if (accepted.status !== 200) throw new Error(`${invitee.email} accepting the invitation answered ${accepted.status}: ${await accepted.text()}`);
  return (await accepted.json()) as { siteId: string; role: Role; isNewMember: boolean };
}
