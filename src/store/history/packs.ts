// Packing: when a site has more than `maxLoose` loose commit rows, every loose commit but the newest
// `keepLoose` moves into packs, in one transaction. The newest pack is filled up to `packSize` commits
// (rewritten with the new ones appended) before another is started, so packs stay large — a large pack
// compresses a long editing session far better than many small ones — and few loose rows remain, since a row
// costs more in overhead than a packed commit costs in all.
import type { Db } from '../database.ts';
import { COMMIT_COLUMNS, recordFromRow } from './commit-rows.ts';
import { decodePack, encodePack } from './pack-format.ts';
import type { CommitRecord } from './types.ts';

export interface PackingPolicy {
  /** Pack when a site has more loose commits than this. */
  maxLoose: number;
  /** The newest commits that stay loose after packing. */
  keepLoose: number;
  /** Commits per pack at most. */
  packSize: number;
}

export const DEFAULT_PACKING: PackingPolicy = { maxLoose: 32, keepLoose: 8, packSize: 256 };

/** Moves old loose commits of `siteId` into packs if there are too many; returns how many moved. */
export async function packLooseCommits(db: Db, siteId: string, policy: PackingPolicy = DEFAULT_PACKING): Promise<number> {
  return db.transaction().execute(async (transaction) => {
    // The state row's lock keeps commits (which allocate seqs under it) and other packers of this site out.
    const state = await transaction.selectFrom('history_state').select('loose_commits').where('site_id', '=', siteId).forUpdate().executeTakeFirst();
    if (!state || state.loose_commits <= policy.maxLoose) return 0;
    const rows = await transaction
      .selectFrom('commits')
      .select(COMMIT_COLUMNS)
      .where('site_id', '=', siteId)
      .orderBy('seq', 'asc')
      .limit(state.loose_commits - policy.keepLoose)
      .execute();
    if (rows.length === 0) return 0;
    const pending: CommitRecord[] = rows.map(recordFromRow);

    const last = await transaction
      .selectFrom('commit_packs')
      .select(['first_seq', 'body'])
      .where('site_id', '=', siteId)
      .orderBy('first_seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (last) {
      const packed = decodePack(last.body);
      const room = policy.packSize - packed.length;
      if (room > 0) {
        const joined = [...packed, ...pending.splice(0, room)];
        await transaction
          .updateTable('commit_packs')
          .set({ body: encodePack(joined), last_seq: joined.at(-1)!.seq })
          .where('site_id', '=', siteId)
          .where('first_seq', '=', last.first_seq)
          .execute();
      }
    }
    while (pending.length > 0) {
      const chunk = pending.splice(0, policy.packSize);
      await transaction
        .insertInto('commit_packs')
        .values({ site_id: siteId, first_seq: chunk[0]!.seq, last_seq: chunk.at(-1)!.seq, body: encodePack(chunk) })
        .execute();
    }
    const lastMoved = rows.at(-1)!.seq;
    await transaction.deleteFrom('commits').where('site_id', '=', siteId).where('seq', '<=', lastMoved).execute();
    await transaction.updateTable('history_state').set({ loose_commits: state.loose_commits - rows.length }).where('site_id', '=', siteId).execute();
    return rows.length;
  });
}
