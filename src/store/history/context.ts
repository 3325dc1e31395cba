import type { Db } from '../database.ts';
import type { CommitStore } from './commit-store.ts';
import type { DocumentStore } from './documents.ts';
import type { PackingPolicy } from './packs.ts';
import type { PartStore } from './parts.ts';

/** What every history operation shares: the database, the infrastructure passed in, the caches, the policy. */
export interface HistoryContext {
  readonly db: Db;
  readonly clock: () => Date;
  /** The random part of a new commit id: 1–32 characters of [0-9a-z]. */
  readonly newId: () => string;
  /** A commit is a snapshot (stores its tree) when it is this many commits past the previous one. */
  readonly snapshotInterval: number;
  readonly packing: PackingPolicy;
  readonly commits: CommitStore;
  readonly documents: DocumentStore;
  readonly parts: PartStore;
  /** Packing runs after a commit is durable; its failure must not fail the commit, so it is reported here. */
  readonly onMaintenanceError: (error: unknown) => void;
}
