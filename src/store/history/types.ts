import type { PatchOperation } from '../../patch/index.ts';
import type { Site } from '../../site/index.ts';
import type { CommitAction, CommitSource } from '../commit-kinds.ts';
import type { StoredTree } from '../tables.ts';

export type { CommitAction, CommitSource };
export type Tree = StoredTree;

/** One version of a site's document. Immutable once written. */
export interface Commit {
  id: string;
  siteId: string;
  /** Position in the site's history (1 = the root); parents always have smaller numbers. */
  seq: number;
  /** First parent = the previous commit on the branch; a merge has the merged branch's head second. */
  parents: string[];
  author: string | null;
  source: CommitSource;
  action: CommitAction;
  /** For undo and redo: the commit whose change this one takes back (undo) or re-applies (redo, the undo); for a rollback: the commit it went back to. */
  reverts: string | null;
  summary: string;
  /** Turns the first parent's document into this commit's document. */
  patch: PatchOperation[];
  /** Turns this commit's document back into the first parent's. */
  inverse: PatchOperation[];
  /** Whether this commit stores the whole document's tree (root, merges, rollbacks, every N-th commit). */
  isSnapshot: boolean;
  createdAt: Date;
  /** Only on the commit a write returns, never stored: the base the change was made on, when it was rebased onto a newer head. */
  rebasedFrom?: string;
}

/** A commit as stored, loose or packed: a Commit without `siteId`, with the snapshot's tree. */
export interface CommitRecord extends Omit<Commit, 'siteId' | 'isSnapshot' | 'rebasedFrom'> {
  tree: Tree | null;
}

/** A change to commit on a branch (change.ts). */
export interface ChangeInput {
  siteId: string;
  branch: string;
  /** The commit of `branch` the patch was computed against: its head, or an older commit of it (then the change is rebased). */
  base: string;
  patch: PatchOperation[];
  /** One line for people; derived from the change when left out. */
  summary?: string | undefined;
  author: string | null;
  source: CommitSource;
}

export interface Branch {
  /** Ref-safe (`before-launch`): URLs, preview hostnames and the API use it. */
  name: string;
  /** What a person typed and reads ("Before launch"); the name itself for older refs and `main`. */
  displayName: string;
  head: string;
  updatedAt: Date;
}

export interface Tag {
  /** Ref-safe (`before-launch`), derived from the display name. */
  name: string;
  /** What a person typed and reads ("Before launch"). */
  displayName: string;
  commit: string;
  createdBy: string | null;
  createdAt: Date;
}

export interface Head {
  commit: Commit;
  document: Site;
}

/** The public view of a stored commit: a copy, so that callers cannot change what the caches hold. */
export function toCommit(siteId: string, record: CommitRecord & { rebasedFrom?: string }): Commit {
  const { tree, patch, inverse, parents, createdAt, ...rest } = record;
  return { ...rest, siteId, parents: [...parents], patch: structuredClone(patch), inverse: structuredClone(inverse), isSnapshot: tree !== null, createdAt: new Date(createdAt) };
}
