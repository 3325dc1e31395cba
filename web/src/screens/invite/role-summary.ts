// What each role lets an invited person do, in a shop owner's words — as the server's routes allow it: owners
// manage the team, invitations, domains and deleting the site; editors change and publish it; viewers look.
import type { Role } from '../../api/index.ts';

export const ROLE_SUMMARY: Record<Role, { name: string; allows: string }> = {
  owner: { name: 'Owner', allows: 'Can do everything: change and publish the site, invite and remove people, connect a domain and delete the site.' },
  editor: { name: 'Editor', allows: 'Can change the site’s pages, pictures and look, and publish it. Cannot manage the team or delete the site.' },
  viewer: { name: 'Viewer', allows: 'Can look at the site, its versions and its team, but cannot change anything.' },
};
