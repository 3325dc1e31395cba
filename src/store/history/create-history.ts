// The versioned history of sites' documents over one Database. Every function takes the site id and every
// query is scoped by it; who may call them is the caller's business (routes check membership first).
import { diffSites, type PatchOperation } from '../../patch/index.ts';
import type { Site } from '../../site/index.ts';
import type { Database } from '../database.ts';
import { commitChange, loadCommit } from './change.ts';
import { CommitStore } from './commit-store.ts';
import type { HistoryContext } from './context.ts';
import { DocumentStore } from './documents.ts';
import { randomSuffix } from './ids.ts';
import { initializeHistory, MAIN_BRANCH } from './initialize.ts';
import { mergeBranches } from './merge-branches.ts';
import { DEFAULT_PACKING, packLooseCommits, type PackingPolicy } from './packs.ts';
import { PartStore } from './parts.ts';
import { branchHead, createRef, deleteRef, listBranches, listTags, refNameForDisplay } from './refs.ts';
import { rollBack } from './rollback.ts';
import { storeBytes } from './store-bytes.ts';
import { toCommit, type Branch, type Commit, type CommitSource, type Head, type Tag } from './types.ts';
import { redoLastUndo, undoLastChange, undoState, type UndoState } from './undo.ts';

export interface HistoryOptions {
  clock?: () => Date;
  /** The random part of commit ids (1–32 of [0-9a-z]); default 6 random base-36 characters. */
  newId?: () => string;
  /** Commits between snapshots along a chain; default 256 (docs/decisions/2026-11-22-history-storage-parameters.md). */
  snapshotInterval?: number;
  packing?: Partial<PackingPolicy>;
  onMaintenanceError?: (error: unknown) => void;
}

export interface CommitInput {
  siteId: string;
  branch: string;
  base: string;
  patch: PatchOperation[];
  summary?: string;
  author: string | null;
  source: CommitSource;
}

export interface LogPage {
  commits: Commit[];
  /** Pass as `cursor` for the next (older) page; null at the root. */
  nextCursor: string | null;
}

export const DEFAULT_SNAPSHOT_INTERVAL = 256;
const MAX_LOG_LIMIT = 200;

export function createHistory(database: Pick<Database, 'db'>, options: HistoryOptions = {}) {
  const db = database.db;
  const commits = new CommitStore(db);
  const parts = new PartStore(db);
  const context: HistoryContext = {
    db,
    clock: options.clock ?? (() => new Date()),
    newId: options.newId ?? randomSuffix,
    snapshotInterval: options.snapshotInterval ?? DEFAULT_SNAPSHOT_INTERVAL,
    packing: { ...DEFAULT_PACKING, ...options.packing },
    commits,
    documents: new DocumentStore(commits, parts),
    parts,
    onMaintenanceError: options.onMaintenanceError ?? ((error) => console.error('history: packing failed, will retry after the next commit', error)),
  };
  const document = async (siteId: string, id: string) => (await context.documents.entry(siteId, id)).document;

  return {
    /** The root commit (a snapshot of `document`, validated) and the branch `main`. */
    async initialize(siteId: string, site: Site, author: string | null, settings: { source?: CommitSource; summary?: string } = {}): Promise<Commit> {
      return toCommit(siteId, await initializeHistory(context, siteId, site, author, settings));
    },

    /**
     * Commits on the branch head. A `base` older than the head is rebased (the result says `rebasedFrom`);
     * EditConflictError when the change overlaps one made since, BaseNotOnBranchError when `base` is not on
     * the branch, InvalidPatchError for an invalid result — nothing stored in those cases.
     */
    async commit(input: CommitInput): Promise<Commit> {
      return toCommit(input.siteId, await commitChange(context, input));
    },

    async getCommit(siteId: string, id: string): Promise<Commit> {
      return toCommit(siteId, await loadCommit(context, siteId, id));
    },

    /** A copy of the document at commit `id`. */
    async getDocument(siteId: string, id: string): Promise<Site> {
      return structuredClone(await document(siteId, id));
    },

    async head(siteId: string, branch = MAIN_BRANCH): Promise<Head> {
      const id = await branchHead(db, siteId, branch);
      const [record, site] = await Promise.all([loadCommit(context, siteId, id), document(siteId, id)]);
      return { commit: toCommit(siteId, record), document: structuredClone(site) };
    },

    /** Newest first along first parents from the branch head (or from `cursor`, as returned by the previous page). */
    async log(siteId: string, { branch = MAIN_BRANCH, cursor, limit = 50 }: { branch?: string; cursor?: string | null; limit?: number } = {}): Promise<LogPage> {
      let current: string | undefined = cursor ?? (await branchHead(db, siteId, branch));
      const page: Commit[] = [];
      const size = Math.max(1, Math.min(MAX_LOG_LIMIT, Math.trunc(limit)));
      while (current !== undefined && page.length < size) {
        const record = await loadCommit(context, siteId, current);
        page.push(toCommit(siteId, record));
        current = record.parents[0];
      }
      return { commits: page, nextCursor: current ?? null };
    },

    /** Whether undo and redo would do something on `branch` now, and what. */
    undoState: (siteId: string, branch: string = MAIN_BRANCH): Promise<UndoState> => undoState(context, siteId, branch),

    undo: async (siteId: string, branch: string, author: string | null, source: CommitSource = 'editor'): Promise<Commit> => toCommit(siteId, await undoLastChange(context, siteId, branch, author, source)),

    redo: async (siteId: string, branch: string, author: string | null, source: CommitSource = 'editor'): Promise<Commit> => toCommit(siteId, await redoLastUndo(context, siteId, branch, author, source)),

    /** A commit (source 'rollback') whose document equals commit `to`'s. */
    rollback: async (siteId: string, branch: string, to: string, author: string | null): Promise<Commit> => toCommit(siteId, await rollBack(context, siteId, branch, to, author, 'rollback')),

    /** The patch turning commit `from`'s document into commit `to`'s, and a one-line summary. */
    async diff(siteId: string, from: string, to: string): Promise<{ patch: PatchOperation[]; summary: string }> {
      const [before, after] = await Promise.all([document(siteId, from), document(siteId, to)]);
      return diffSites(before, after);
    },

    /** A branch named `name` (ref-safe) at commit `from`. */
    async createBranch(siteId: string, name: string, from: string, author: string | null = null): Promise<Branch> {
      await loadCommit(context, siteId, from);
      const at = context.clock();
      await createRef(db, siteId, 'branch', name, from, author, at);
      return { name, displayName: name, head: from, updatedAt: at };
    },

    /** A branch at commit `from` named as a person typed it ("Spring menu"); its ref name is derived. */
    async nameBranch(siteId: string, typed: string, from: string, author: string | null = null): Promise<Branch> {
      await loadCommit(context, siteId, from);
      const { name, displayName } = await refNameForDisplay(db, siteId, 'branch', typed);
      const at = context.clock();
      await createRef(db, siteId, 'branch', name, from, author, at, displayName);
      return { name, displayName, head: from, updatedAt: at };
    },

    listBranches: (siteId: string): Promise<Branch[]> => listBranches(db, siteId),

    /** Deletes the name only; commits stay (reachable from tags, merges or ids). `main` cannot be deleted. */
    deleteBranch: (siteId: string, name: string): Promise<void> => deleteRef(db, siteId, 'branch', name),

    /** Merges branch `source` into `into`: a merge commit, or MergeConflictError listing the conflicts. */
    merge: async (siteId: string, source: string, into: string, author: string | null): Promise<Commit> => toCommit(siteId, await mergeBranches(context, siteId, source, into, author)),

    /** Names a version; tag names are unique per site. */
    async createTag(siteId: string, name: string, commit: string, author: string | null = null): Promise<Tag> {
      await loadCommit(context, siteId, commit);
      const at = context.clock();
      await createRef(db, siteId, 'tag', name, commit, author, at);
      return { name, displayName: name, commit, createdBy: author, createdAt: at };
    },

    /** Names a version as a person typed it ("Before launch"); its ref name is derived, the typed name kept. */
    async nameVersion(siteId: string, typed: string, commit: string, author: string | null = null): Promise<Tag> {
      await loadCommit(context, siteId, commit);
      const { name, displayName } = await refNameForDisplay(db, siteId, 'tag', typed);
      const at = context.clock();
      await createRef(db, siteId, 'tag', name, commit, author, at, displayName);
      return { name, displayName, commit, createdBy: author, createdAt: at };
    },

    listTags: (siteId: string): Promise<Tag[]> => listTags(db, siteId),

    deleteTag: (siteId: string, name: string): Promise<void> => deleteRef(db, siteId, 'tag', name),

    /** Logical bytes of the site's history (see store-bytes.ts for what is counted). */
    storeBytes: (siteId: string): Promise<number> => storeBytes(db, siteId),

    /** Packs old loose commits now if there are too many (commits do this themselves); returns how many moved. */
    pack: (siteId: string): Promise<number> => packLooseCommits(db, siteId, context.packing),
  };
}

export type History = ReturnType<typeof createHistory>;
