// The document of any commit: the nearest snapshot at or before it along first parents, plus the patches of
// the commits after that snapshot, replayed in order. Results are cached by commit id (commits are immutable,
// so the cache is right in every process), which makes head reads and consecutive commits free; `depth` —
// the number of commits since the snapshot — tells the writer when the next snapshot is due.
import { applyPatch, type JsonValue } from '../../patch/index.ts';
import type { Site } from '../../site/index.ts';
import type { CommitStore } from './commit-store.ts';
import { HistoryNotFoundError } from './errors.ts';
import { Lru } from './lru.ts';
import type { PartStore } from './parts.ts';
import type { CommitRecord } from './types.ts';

export interface DocumentEntry {
  /** Shared with the cache: never change it; hand callers a copy. */
  document: Site;
  depth: number;
}

export class DocumentStore {
  readonly #cache = new Lru<string, DocumentEntry>(256);

  constructor(
    readonly commits: CommitStore,
    readonly parts: PartStore,
  ) {}

  remember(siteId: string, commitId: string, entry: DocumentEntry): void {
    this.#cache.set(`${siteId}/${commitId}`, entry);
  }

  async entry(siteId: string, commitId: string): Promise<DocumentEntry> {
    const replay: CommitRecord[] = [];
    let start: DocumentEntry | undefined;
    let current = commitId;
    while (!start) {
      start = this.#cache.get(`${siteId}/${current}`);
      if (start) break;
      const record = await this.commits.get(siteId, current);
      if (!record) {
        if (current === commitId) throw new HistoryNotFoundError('commit', commitId);
        throw new Error(`History of site ${siteId} is missing commit ${current}, an ancestor of ${commitId}`);
      }
      if (record.tree) {
        start = { document: await this.parts.document(siteId, record.tree), depth: 0 };
        this.remember(siteId, record.id, start);
        break;
      }
      const parent = record.parents[0];
      if (parent === undefined) throw new Error(`History of site ${siteId}: commit ${record.id} has neither a parent nor a tree`);
      replay.push(record);
      current = parent;
    }
    let document = start.document as unknown as JsonValue;
    for (let index = replay.length - 1; index >= 0; index -= 1) document = applyPatch(document, replay[index]!.patch).document;
    const entry = { document: document as unknown as Site, depth: start.depth + replay.length };
    if (replay.length > 0) this.remember(siteId, commitId, entry);
    return entry;
  }
}
