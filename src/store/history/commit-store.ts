// Finding commits wherever they are stored: a loose row (the recent ones) or a pack (older ones; the seq in
// the id says which pack). Commits are immutable, so decoded records and packs are cached by id and seq range,
// which stays correct across processes; a pack that grew since it was cached is simply read again.
import type { Db } from '../database.ts';
import { COMMIT_COLUMNS, recordFromRow } from './commit-rows.ts';
import { seqOf } from './ids.ts';
import { Lru } from './lru.ts';
import { decodePack } from './pack-format.ts';
import type { CommitRecord } from './types.ts';

interface DecodedPack {
  firstSeq: number;
  lastSeq: number;
  bySeq: Map<number, CommitRecord>;
}

/** Loose rows read around a missing commit, so that walking back through history takes one query per window. */
const LOOSE_WINDOW = 64;
const PACKS_PER_SITE = 8;

export class CommitStore {
  readonly #records = new Lru<string, CommitRecord>(8_192);
  readonly #packs = new Lru<string, DecodedPack[]>(256);

  constructor(readonly db: Db) {}

  remember(siteId: string, record: CommitRecord): void {
    this.#records.set(`${siteId}/${record.id}`, record);
  }

  /** The commit with this id in this site's history, or undefined. */
  async get(siteId: string, id: string): Promise<CommitRecord | undefined> {
    const cached = this.#records.get(`${siteId}/${id}`);
    if (cached) return cached;
    const seq = seqOf(id);
    if (seq === undefined) return undefined;
    const fromCachedPack = this.#cachedPack(siteId, seq)?.bySeq.get(seq);
    if (fromCachedPack) return fromCachedPack.id === id ? fromCachedPack : undefined;

    const rows = await this.db
      .selectFrom('commits')
      .select(COMMIT_COLUMNS)
      .where('site_id', '=', siteId)
      .where('seq', '<=', seq)
      .where('seq', '>', seq - LOOSE_WINDOW)
      .orderBy('seq', 'desc')
      .execute();
    for (const row of rows) this.remember(siteId, recordFromRow(row));
    if (rows.some((row) => row.seq === seq)) return this.#records.get(`${siteId}/${id}`);

    const record = (await this.#loadPack(siteId, seq))?.bySeq.get(seq);
    return record?.id === id ? record : undefined;
  }

  #cachedPack(siteId: string, seq: number): DecodedPack | undefined {
    return this.#packs.get(siteId)?.find((pack) => pack.firstSeq <= seq && seq <= pack.lastSeq);
  }

  async #loadPack(siteId: string, seq: number): Promise<DecodedPack | undefined> {
    const row = await this.db
      .selectFrom('commit_packs')
      .select(['first_seq', 'last_seq', 'body'])
      .where('site_id', '=', siteId)
      .where('first_seq', '<=', seq)
      .orderBy('first_seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (!row || row.last_seq < seq) return undefined;
    const pack: DecodedPack = { firstSeq: row.first_seq, lastSeq: row.last_seq, bySeq: new Map(decodePack(row.body).map((record) => [record.seq, record])) };
    const others = (this.#packs.get(siteId) ?? []).filter((cached) => cached.firstSeq !== pack.firstSeq);
    this.#packs.set(siteId, [pack, ...others].slice(0, PACKS_PER_SITE));
    return pack;
  }
}
