// The document cut into content-addressed parts for snapshot commits: `site` (every setting, i.e. all but the
// pages) and one part per page, plus the page order. A part's hash is the sha-256 of its canonical JSON; its
// body is the brotli-compressed JSON. Unchanged parts are shared by every snapshot that has them, so a
// snapshot after an edit to one page stores one new page.
import type { Site } from '../../site/index.ts';
import type { Db } from '../database.ts';
import { canonicalJson, compressJson, decompressJson, sha256 } from './codec.ts';
import { Lru } from './lru.ts';
import type { Tree } from './types.ts';

export interface TreeWithParts {
  tree: Tree;
  /** hash → the part's value */
  parts: Map<string, unknown>;
}

export function treeOf(document: Site): TreeWithParts {
  const parts = new Map<string, unknown>();
  const add = (value: unknown) => {
    const hash = sha256(canonicalJson(value));
    parts.set(hash, value);
    return hash;
  };
  const { pages, ...settings } = document;
  const site = add(settings);
  return { tree: { site, pages: pages.map((page) => [page.id, add(page)]) }, parts };
}

export function documentFromTree(tree: Tree, parts: ReadonlyMap<string, unknown>): Site {
  const part = (hash: string) => {
    if (!parts.has(hash)) throw new Error(`History is missing part ${hash}`);
    return parts.get(hash);
  };
  return { ...(part(tree.site) as Omit<Site, 'pages'>), pages: tree.pages.map(([, hash]) => part(hash)) } as Site;
}

/** Parts of one site, read from the database once and kept decoded (they are immutable). */
export class PartStore {
  readonly #cache = new Lru<string, unknown>(2_048);

  constructor(readonly db: Db) {}

  /** Compresses and inserts the parts the site does not have yet; `db` may be a transaction. */
  async store(db: Db, siteId: string, parts: ReadonlyMap<string, unknown>): Promise<void> {
    const hashes = [...parts.keys()].filter((hash) => this.#cache.get(`${siteId}/${hash}`) === undefined);
    if (hashes.length === 0) return;
    const existing = await db.selectFrom('parts').select('hash').where('site_id', '=', siteId).where('hash', 'in', hashes).execute();
    const known = new Set(existing.map((row) => row.hash));
    const missing = hashes.filter((hash) => !known.has(hash));
    if (missing.length > 0) {
      await db
        .insertInto('parts')
        .values(missing.map((hash) => ({ site_id: siteId, hash, body: compressJson(parts.get(hash)) })))
        .onConflict((conflict) => conflict.columns(['site_id', 'hash']).doNothing())
        .execute();
    }
  }

  /** Remembers parts that are now stored (after the transaction that stored them committed). */
  remember(siteId: string, parts: ReadonlyMap<string, unknown>): void {
    for (const [hash, value] of parts) this.#cache.set(`${siteId}/${hash}`, value);
  }

  async document(siteId: string, tree: Tree): Promise<Site> {
    const hashes = [tree.site, ...tree.pages.map(([, hash]) => hash)];
    const found = new Map<string, unknown>();
    const missing: string[] = [];
    for (const hash of hashes) {
      const value = this.#cache.get(`${siteId}/${hash}`);
      if (value === undefined) missing.push(hash);
      else found.set(hash, value);
    }
    if (missing.length > 0) {
      const rows = await this.db.selectFrom('parts').select(['hash', 'body']).where('site_id', '=', siteId).where('hash', 'in', [...new Set(missing)]).execute();
      for (const row of rows) {
        const value = decompressJson<unknown>(row.body);
        found.set(row.hash, value);
        this.#cache.set(`${siteId}/${row.hash}`, value);
      }
    }
    return documentFromTree(tree, found);
  }
}
