// Deleting an account: every site the person is the only owner of needs a decision first — hand it to another
// member (who becomes an owner) or delete it. Sites with other owners just lose the membership. Everything happens
// in one transaction, so a failure anywhere (a site that cannot be deleted, say) leaves the account as it was.
import { sql } from 'kysely';
import { recordAudit } from '../admin/index.ts';
import { AppError, appError, validationError, type FieldError } from '../errors.ts';
import type { Db } from '../store/index.ts';
import type { Role } from './site-roles.ts';

/** What happens to one site the person is the only owner of. */
export type SiteDecision = { transferTo: string } | 'delete';

/** A site whose only owner is the person leaving, with the members it could be handed to. */
export interface SoleOwnedSite {
  id: string;
  name: string;
  subdomain: string;
  members: { userId: string; name: string; email: string; role: Role }[];
}

/** The sites `userId` owns alone, each with its other members. With `lock`, their memberships stay locked to the end of the transaction. */
export async function soleOwnedSites(db: Db, userId: string, { lock = false }: { lock?: boolean } = {}): Promise<SoleOwnedSite[]> {
  let owned = db.selectFrom('site_members').select('site_id').where('user_id', '=', userId).where('role', '=', 'owner');
  if (lock) owned = owned.forUpdate();
  const siteIds = (await owned.execute()).map((row) => row.site_id);
  if (siteIds.length === 0) return [];
  const rows = await db
    .selectFrom('site_members')
    .innerJoin('sites', 'sites.id', 'site_members.site_id')
    .leftJoin('user', 'user.id', 'site_members.user_id')
    .select(['sites.id', 'sites.name', 'sites.subdomain', 'site_members.user_id', 'site_members.role', 'user.name as userName', 'user.email'])
    .where('site_members.site_id', 'in', siteIds)
    .orderBy('sites.created_at')
    .orderBy('site_members.created_at')
    .execute();
  const sites = new Map<string, SoleOwnedSite & { owners: number }>();
  for (const row of rows) {
    const site = sites.get(row.id) ?? { id: row.id, name: row.name, subdomain: row.subdomain, members: [], owners: 0 };
    sites.set(row.id, site);
    if (row.role === 'owner') site.owners += 1;
    if (row.user_id !== userId) site.members.push({ userId: row.user_id, name: row.userName ?? '', email: row.email ?? '', role: row.role });
  }
  return [...sites.values()].filter((site) => site.owners === 1).map(({ owners: _owners, ...site }) => site);
}

const siteWords = (site: SoleOwnedSite) => `“${site.name || site.subdomain}”`;

/**
 * Throws unless every sole-owned site has a decision that can be carried out: 409 ACCOUNT_SITES_UNDECIDED (the
 * sites and their members in `sites`) when some have none, 400 when a transfer names someone who is not a member.
 */
export function checkSiteDecisions(sites: readonly SoleOwnedSite[], decisions: Readonly<Record<string, SiteDecision>>): void {
  const undecided = sites.filter((site) => decisions[site.id] === undefined);
  if (undecided.length > 0) {
    throw new AppError('ACCOUNT_SITES_UNDECIDED', {
      errors: undecided.map((site) => ({
        path: `body/sites/${site.id}`,
        message: site.members.length > 0 ? `You are the only owner of ${siteWords(site)}. Choose a member to hand it to, or delete it.` : `You are the only person on ${siteWords(site)}. It will be deleted with your account.`,
      })),
      extra: { sites: undecided },
    });
  }
  const wrong: FieldError[] = [];
  for (const site of sites) {
    const decision = decisions[site.id];
    if (decision !== undefined && decision !== 'delete' && !site.members.some((member) => member.userId === decision.transferTo)) {
      wrong.push({ path: `body/sites/${site.id}/transferTo`, message: `The person chosen for ${siteWords(site)} is not a member of it. Choose one of its members, or delete it.` });
    }
  }
  if (wrong.length > 0) throw validationError(wrong, 'Some sites were to be handed to someone who is not a member, so nothing was deleted.');
}

export interface DeleteAccountInput {
  userId: string;
  decisions: Readonly<Record<string, SiteDecision>>;
  /** Deletes one site inside `transaction` (the site handle's deleteWithin); resolves with what to do once committed. */
  deleteSite: (transaction: Db, siteId: string) => Promise<() => Promise<void>>;
  audit: { ip: string | null; requestId: string | null };
}

/** What the deletion did to the person's sites. */
export interface DeletedAccount {
  deletedSites: string[];
  transferredSites: { siteId: string; to: string }[];
  leftSites: string[];
}

/** Deletes the account, its sessions and sign-in methods, and its memberships, carrying out each site decision — all or nothing. */
export async function deleteAccount(db: Db, { userId, decisions, deleteSite, audit }: DeleteAccountInput): Promise<DeletedAccount> {
  const afterCommit: (() => Promise<void>)[] = [];
  const outcome = await db.transaction().execute(async (transaction) => {
    // The platform's only admin stays: without one, nobody runs the platform, and the next sign-up would claim it.
    const admins = await transaction.selectFrom('platform_admins').select('user_id').forUpdate().execute();
    if (admins.length === 1 && admins[0]!.user_id === userId) {
      throw appError('CONFLICT', 'You run this PageHub server as its only platform admin, so your account was not deleted: the server would be left with nobody to run it.');
    }
    const sites = await soleOwnedSites(transaction, userId, { lock: true });
    checkSiteDecisions(sites, decisions);
    const deletedSites: string[] = [];
    const transferredSites: { siteId: string; to: string }[] = [];
    for (const site of sites) {
      const decision = decisions[site.id]!;
      if (decision === 'delete') {
        afterCommit.push(await deleteSite(transaction, site.id));
        deletedSites.push(site.id);
        await recordAudit(transaction, { actorId: userId, siteId: site.id, action: 'site.delete', target: site.subdomain, ...audit, details: { reason: 'account deleted' } });
      } else {
        await transaction.updateTable('site_members').set({ role: 'owner' }).where('site_id', '=', site.id).where('user_id', '=', decision.transferTo).execute();
        transferredSites.push({ siteId: site.id, to: decision.transferTo });
      }
    }
    const left = await transaction.deleteFrom('site_members').where('user_id', '=', userId).returning('site_id').execute();
    await transaction.deleteFrom('platform_admins').where('user_id', '=', userId).execute();
    await sql`DELETE FROM "session" WHERE "userId" = ${userId}`.execute(transaction);
    await sql`DELETE FROM "account" WHERE "userId" = ${userId}`.execute(transaction);
    await transaction.deleteFrom('user').where('id', '=', userId).execute();
    const leftSites = left.map((row) => row.site_id).filter((siteId) => !deletedSites.includes(siteId));
    for (const { siteId, to } of transferredSites) await recordAudit(transaction, { actorId: userId, siteId, action: 'member.transfer-ownership', target: to, ...audit, details: { reason: 'account deleted' } });
    await recordAudit(transaction, { actorId: userId, siteId: null, action: 'account.delete', target: userId, ...audit, details: { deletedSites, transferredSites, leftSites } });
    return { deletedSites, transferredSites, leftSites };
  });
  for (const step of afterCommit) await step();
  return outcome;
}
