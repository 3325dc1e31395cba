// What a site handle is made of: the site-scoped functions of store/, publish/ and auth/ — history, deployments,
// custom domains, form submissions, members, invites, the chat conversation, the site row — each bound to one site and to the member who
// acts on it (the author of commits, the publisher, the inviter). Only site-access.ts builds handles, after the
// membership check; routes never hold the unbound functions (eslint.config.js keeps them out of src/http/routes/).
import { createInvite, inviteByEmail, INVITATION_HOURS, listInvites, listMembers, resendInvitation, revokeInvite, updateMember, type EmailInvitation, type Role } from '../auth/index.ts';
import { assetPalette, deleteAsset, getAsset, listAssets, ownerStorageBytes, setAssetAlt, siteStorageBytes, uploadAsset, type BlobStore } from '../assets/index.ts';
import type { Config } from '../config.ts';
import { AppError } from '../errors.ts';
import { assetUses, type AssetUse } from '../site/index.ts';
import {
  addDomain,
  deleteSubmission,
  exportSubmissions,
  instantLeadRecipients,
  isHostnameServed,
  leadMailOf,
  listDomains,
  listSubmissions,
  markSubmission,
  notifyHostsChanged,
  removeDomain,
  restoreSite,
  setLeadMail,
  siteTakedownOf,
  storeSubmission,
  takedownRecipients,
  takeDownSite,
  verifyDomain,
  type Deployments,
  type DnsLookup,
  type FormDirectory,
  type LeadMail,
  type PublishInput,
} from '../publish/index.ts';
import type { PictureQueue } from '../jobs/index.ts';
import { accountNames, branchHeadId, deleteSite, renameSite, renameSubdomain, leavePresence, listChatTurns, listPresence, memberRole, recordChatTurn, touchPresence, type Db, type History, type NewChatTurn, type SiteEvent, type SiteEvents } from '../store/index.ts';

/** The shared parts every handle of one app is built from. */
export interface SiteParts {
  db: Db;
  config: Config;
  clock: () => Date;
  history: History;
  blobs: BlobStore;
  /** Where a large photo's variants are made after its upload is answered. */
  pictures: PictureQueue;
  deployments: Deployments;
  lookup: DnsLookup;
  forms: FormDirectory;
  onHostsChanged?: ((siteId: string) => Promise<void>) | undefined;
  /** This process's one LISTEN for branch moves and presence, shared by every live stream. */
  siteEvents: SiteEvents;
  /** A tab not heard from for this long has left the editor. */
  presenceTtlMs: number;
}

/** The site row a handle was opened on. */
export interface SiteRow {
  id: string;
  subdomain: string;
  name: string;
  createdAt: Date;
}

type CommitChange = Omit<Parameters<History['commit']>[0], 'siteId' | 'author'>;

/** Commits, branches, tags, undo/redo, rollback, merge and diff of one site; changes are authored by `userId`. */
function siteHistory({ history }: SiteParts, siteId: string, userId: string) {
  return {
    head: (branch?: string) => history.head(siteId, branch),
    log: (page: Parameters<History['log']>[1]) => history.log(siteId, page),
    getCommit: (commitId: string) => history.getCommit(siteId, commitId),
    getDocument: (commitId: string) => history.getDocument(siteId, commitId),
    diff: (from: string, to: string) => history.diff(siteId, from, to),
    commit: (change: CommitChange) => history.commit({ ...change, siteId, author: userId }),
    undoState: (branch: string) => history.undoState(siteId, branch),
    undo: (branch: string) => history.undo(siteId, branch, userId),
    redo: (branch: string) => history.redo(siteId, branch, userId),
    rollback: (branch: string, to: string) => history.rollback(siteId, branch, to, userId),
    listBranches: () => history.listBranches(siteId),
    createBranch: (name: string, from: string) => history.nameBranch(siteId, name, from, userId),
    deleteBranch: (name: string) => history.deleteBranch(siteId, name),
    merge: (source: string, into: string) => history.merge(siteId, source, into, userId),
    listTags: () => history.listTags(siteId),
    createTag: (name: string, commit: string) => history.nameVersion(siteId, name, commit, userId),
  };
}

/** Publishing, instant rollback and unpublishing of one site; `userId` is recorded as the publisher. */
function siteDeployments({ deployments }: SiteParts, siteId: string, userId: string) {
  return {
    publish: (what: Omit<PublishInput, 'siteId' | 'actor'>) => deployments.publish({ siteId, actor: userId, ...what }),
    activate: (deploymentId: string) => deployments.activate({ siteId, deploymentId, actor: userId }),
    unpublish: () => deployments.unpublish({ siteId }),
    list: (page: Parameters<Deployments['list']>[1]) => deployments.list(siteId, page),
    /** The site's public address, or a branch's preview address. */
    url: (branch?: string) => deployments.url(siteId, branch),
  };
}

/** Custom domains of one site. */
function siteDomains({ db, config, clock, lookup }: SiteParts, site: SiteRow, userId: string) {
  return {
    add: (hostname: string) => addDomain(db, config, site, hostname, userId, clock()),
    list: () => listDomains(db, config, site),
    /** Checks the domain's DNS records now. */
    verify: (hostname: string) => verifyDomain({ db, config, lookup }, site, hostname, clock()),
    remove: (hostname: string) => removeDomain(db, site.id, hostname),
  };
}

/** Every place any branch of the site currently shows the picture. */
async function usesOnAnyBranch(history: History, siteId: string, assetId: string): Promise<AssetUse[]> {
  const uses: AssetUse[] = [];
  for (const branch of await history.listBranches(siteId)) {
    const document = await history.getDocument(siteId, branch.head);
    for (const use of assetUses(document, assetId)) uses.push(branch.name === 'main' ? use : { ...use, place: `${use.place} (version “${branch.name}”)` });
  }
  return uses;
}

/** The site's picture library; uploads are recorded as `userId`'s. */
function siteAssets({ db, blobs, clock, history, pictures }: SiteParts, siteId: string, userId: string) {
  return {
    /**
     * Stores a picture with every variant before resolving; with `inBackground`, a large photo is stored at once as
     * `processing` and its variants are made by a job (uploadAsset).
     */
    upload: (fileName: string, bytes: Uint8Array, { alt, inBackground = false }: { alt?: string; inBackground?: boolean } = {}) =>
      uploadAsset({ db, blobs, clock }, { siteId, userId, fileName, bytes, ...(alt === undefined ? {} : { alt }), ...(inBackground ? { enqueue: (assetId: string) => pictures.enqueue(assetId) } : {}) }),
    list: () => listAssets(db, siteId),
    get: (assetId: string) => getAsset(db, siteId, assetId),
    /** The picture's dominant colours, or undefined when the library has no such picture. */
    palette: (assetId: string) => assetPalette({ db, blobs }, siteId, assetId),
    /** A variant's bytes, for the editor's previews (the published site serves its own copy). */
    readBlob: (hash: string) => blobs.get(hash),
    setAlt: (assetId: string, alt: string) => setAssetAlt(db, siteId, assetId, alt),
    storageBytes: () => siteStorageBytes(db, siteId),
    ownerStorageBytes: () => ownerStorageBytes(db, siteId),
    uses: (assetId: string) => usesOnAnyBranch(history, siteId, assetId),
    /** Takes the picture out of the library; refused (409 ASSET_IN_USE, naming the places) while a version shows it. */
    async delete(assetId: string): Promise<boolean> {
      const uses = await usesOnAnyBranch(history, siteId, assetId);
      if (uses.length > 0) {
        throw new AppError('ASSET_IN_USE', {
          detail: `This picture is shown in ${uses.map((use) => use.place).join(', ')}, so it was not deleted. Replace it there first, then delete it.`,
          extra: { usedIn: uses },
        });
      }
      return deleteAsset(db, siteId, assetId, clock());
    },
  };
}

/** Visitors' form submissions to one site, and how `userId` hears of new ones. */
function siteSubmissions({ db, clock, forms }: SiteParts, siteId: string, userId: string) {
  return {
    list: (page: Parameters<typeof listSubmissions>[2]) => listSubmissions(db, siteId, page),
    /** Every submission, newest first (up to MAX_EXPORTED_SUBMISSIONS), for an export. */
    export: () => exportSubmissions(db, siteId),
    /** The submission as it is now, or null when the site has no such submission. */
    mark: (submissionId: string, isRead: boolean) => markSubmission(db, siteId, submissionId, isRead, clock()),
    /** The live forms by id: which page each one is on (empty when the site is not published). */
    liveForms: () => forms.all(siteId),
    /** The caller's own notification setting. */
    leadMail: async () => (await leadMailOf(db, siteId, userId)) ?? { leadMail: 'off' as LeadMail, isDefault: true },
    setLeadMail: (leadMail: LeadMail) => setLeadMail(db, siteId, userId, leadMail, clock()),
    /** What was deleted, or null when the site has no such submission. */
    delete: (submissionId: string) => deleteSubmission(db, siteId, submissionId),
  };
}

/** Members of one site; invitations by email are sent by `userId`. */
function siteMembers({ db, clock }: SiteParts, siteId: string, userId: string) {
  return {
    list: () => listMembers(db, siteId),
    changeRole: (memberId: string, role: Role) => updateMember(db, siteId, memberId, { role }),
    remove: (memberId: string) => updateMember(db, siteId, memberId, 'remove'),
    /** Stores a single-use invitation for `email` and hands it to `deliver`; one that cannot be delivered is not kept. */
    invite: ({ email, role }: { email: string; role: Role }, deliver: (created: EmailInvitation) => Promise<void>) =>
      inviteByEmail(db, { siteId, email, role, invitedBy: userId, expiresInHours: INVITATION_HOURS, now: clock() }, deliver),
    /** Mails a pending or expired invitation again as a new link; the old link stops working once it is sent. */
    resendInvitation: (inviteId: string, deliver: (created: EmailInvitation) => Promise<void>) =>
      resendInvitation(db, { siteId, inviteId, invitedBy: userId, expiresInHours: INVITATION_HOURS, now: clock() }, deliver),
  };
}

/** Invite links of one site, created by `userId`. */
function siteInvites({ db, clock }: SiteParts, siteId: string, userId: string) {
  return {
    create: ({ role, expiresInHours, maxUses }: { role: Role; expiresInHours: number; maxUses: number }) => createInvite(db, { siteId, role, expiresInHours, maxUses, createdBy: userId, now: clock() }),
    list: () => listInvites(db, siteId, clock()),
    revoke: (inviteId: string) => revokeInvite(db, siteId, inviteId, clock()),
  };
}

/** Live editing of one site: who else has it open (as `userId`'s tabs report themselves) and its branches' moves. */
function siteLive({ db, clock, siteEvents, presenceTtlMs }: SiteParts, siteId: string, userId: string) {
  return {
    /** Calls `listener` for every branch move and presence change of the site; resolves once listening. */
    subscribe: (listener: (event: SiteEvent) => void) => siteEvents.subscribe(siteId, listener),
    /** `false` when the tab id belongs to someone else's tab. */
    touch: ({ tabId, branch, sectionId }: { tabId: string; branch: string; sectionId: string | null }) => touchPresence(db, { siteId, tabId, userId, branch, sectionId, now: clock() }),
    leave: (tabId: string) => leavePresence(db, siteId, tabId, userId),
    /** The tabs open on `branch` now, with each person's name and role. */
    presence: (branch: string) => listPresence(db, siteId, branch, clock(), presenceTtlMs),
    /** The caller's role now, or null once removed from the site. */
    currentRole: () => memberRole(db, siteId, userId),
    headId: (branch: string) => branchHeadId(db, siteId, branch),
    /** Display names of commit authors. */
    names: (userIds: readonly string[]) => accountNames(db, userIds),
  };
}

/** The editor's chat conversation of one site, per branch; turns are recorded as `userId`'s. */
function siteChat({ db }: SiteParts, siteId: string, userId: string) {
  return {
    record: (turn: Omit<NewChatTurn, 'siteId' | 'authorId'>) => recordChatTurn(db, { ...turn, siteId, authorId: userId }),
    /** A page of a branch's turns, oldest first; undefined when `before` is not a turn of that branch. */
    list: (page: Parameters<typeof listChatTurns>[2]) => listChatTurns(db, siteId, page),
  };
}

/** A member's way into one site, built once their role has been checked. */
export function memberSiteHandle(parts: SiteParts, row: SiteRow, role: Role, userId: string) {
  return {
    /** The site itself: id, subdomain, name, createdAt. */
    row,
    /** The caller's role on the site (at least the minimum the route asked for). */
    role,
    history: siteHistory(parts, row.id, userId),
    deployments: siteDeployments(parts, row.id, userId),
    domains: siteDomains(parts, row, userId),
    assets: siteAssets(parts, row.id, userId),
    submissions: siteSubmissions(parts, row.id, userId),
    members: siteMembers(parts, row.id, userId),
    invites: siteInvites(parts, row.id, userId),
    chat: siteChat(parts, row.id, userId),
    live: siteLive(parts, row.id, userId),
    /** The takedown in force (a platform admin took the site offline for abuse, with a reason), or null. */
    takedown: () => siteTakedownOf(parts.db, row.id),
    /**
     * Changes the site's name and/or subdomain (the role rules are the route's). A new subdomain leaves the old one
     * redirecting for 30 days; the site servers of every process are told. Returns the row as it is now.
     */
    async update(change: { name?: string | undefined; subdomain?: string | undefined }): Promise<SiteRow> {
      let updated = row;
      if (change.subdomain !== undefined) {
        const old = await renameSubdomain(parts.db, row.id, change.subdomain, parts.clock());
        if (old !== null) {
          updated = { ...updated, subdomain: change.subdomain };
          await notifyHostsChanged(parts.db, row.id);
          await parts.onHostsChanged?.(row.id);
        }
      }
      if (change.name !== undefined) {
        await renameSite(parts.db, row.id, change.name);
        updated = { ...updated, name: change.name };
      }
      return updated;
    },
    /** Deletes the site with its history, members and deployments, and takes it offline on every process. */
    async delete(): Promise<void> {
      const afterCommit = await this.deleteWithin(parts.db);
      await afterCommit();
    },
    /**
     * delete() inside a transaction someone else commits (deleting an account): the other processes hear of it when
     * it commits; call the function it resolves with once committed, to take the site offline in this process.
     */
    async deleteWithin(transaction: Db): Promise<() => Promise<void>> {
      await deleteSite(transaction, row.id);
      await notifyHostsChanged(transaction, row.id);
      return async () => {
        await parts.onHostsChanged?.(row.id);
      };
    },
  };
}

export type SiteHandle = ReturnType<typeof memberSiteHandle>;

/**
 * What the system may do without a member (see asSystem): a visitor's form post, Caddy's question. `onAccess` is
 * told which site (or none) each use reaches.
 */
export function systemAccess(parts: SiteParts, onAccess: (siteId: string | null) => void) {
  return {
    /** One site's published forms, storing a visitor's submission, and who is told about it. */
    site(siteId: string) {
      onAccess(siteId);
      return {
        forms: { find: (formId: string) => parts.forms.find(siteId, formId), all: () => parts.forms.all(siteId) },
        submissions: { store: (submission: Omit<Parameters<typeof storeSubmission>[1], 'siteId'>) => storeSubmission(parts.db, { ...submission, siteId }) },
        /** Owners and editors who asked for a mail for each message. */
        members: { instantLeadRecipients: () => instantLeadRecipients(parts.db, siteId) },
        deployments: {
          /** Takes the site's production address offline. */
          unpublish: () => parts.deployments.unpublish({ siteId }),
          /**
           * A platform admin takes the site down for abuse: every address offline and no publishing until restore(),
           * recorded with the reason in one transaction; with the owners to tell. Null when there is no such site.
           */
          async takeDown({ reason, by }: { reason: string; by: string }) {
            const result = await takeDownSite(parts.db, { siteId, reason, by, now: parts.clock() });
            if (!result) return null;
            await parts.onHostsChanged?.(siteId);
            return { ...result, owners: await takedownRecipients(parts.db, siteId) };
          },
          /** Lifts a takedown (publishes nothing); whether the site was taken down. */
          restore: () => restoreSite(parts.db, siteId),
        },
        /** The site's history, to read only: branches, commits along a branch, and the names of their authors. */
        history: {
          listBranches: () => parts.history.listBranches(siteId),
          log: (page: Parameters<History['log']>[1]) => parts.history.log(siteId, page),
          names: (userIds: readonly string[]) => accountNames(parts.db, userIds),
        },
      };
    },
    /** Whether PageHub serves `hostname`: the platform's hosts, live sites and previews, verified custom domains. */
    isHostnameServed(hostname: string) {
      onAccess(null);
      return isHostnameServed(parts.db, parts.config.PLATFORM_DOMAIN, hostname, parts.clock());
    },
  };
}

export type SystemAccess = ReturnType<typeof systemAccess>;
