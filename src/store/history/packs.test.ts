import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { backends } from '../../../test/support/backends.ts';
import { AUTHOR, historyRowCounts, openHistory, setHeading, SITE_ID } from '../../../test/support/history.ts';
import { sampleSite } from '../../../test/support/sample-site.ts';
import type { Site } from '../../site/index.ts';
import type { Database } from '../database.ts';
import { createHistory, DEFAULT_PACKING, type Commit, type HistoryOptions } from './index.ts';

describe.each(backends)('packing and storage on $name', (backend) => {
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  async function start(options: HistoryOptions = {}) {
    const opened = await openHistory(backend, options);
    database = opened.database;
    const root = await opened.history.initialize(SITE_ID, sampleSite(), AUTHOR);
    return { ...opened, root };
  }

  /** `count` commits on main, each replacing one heading (cycling over pages and edit kinds); returns every document. */
  async function editMany(history: ReturnType<typeof createHistory>, base: string, count: number) {
    const documents = new Map<string, Site>();
    const ids: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const commit = await history.commit({ siteId: SITE_ID, branch: 'main', base, patch: setHeading(`Heading number ${index}`, index % 4), summary: `edit ${index}`, author: AUTHOR, source: 'editor' });
      base = commit.id;
      ids.push(base);
      if (index % 7 === 0 || index > count - 5) documents.set(base, await history.getDocument(SITE_ID, base));
    }
    return { ids, documents };
  }

  it('packs 300 commits and still reads every one of them, from any process', async () => {
    const { history, database: opened, root } = await start({ snapshotInterval: 50 });
    const { ids, documents } = await editMany(history, root.id, 300);
    const counts = await historyRowCounts(opened);
    expect(counts.commits).toBeLessThanOrEqual(DEFAULT_PACKING.maxLoose);
    expect(counts.commit_packs).toBeGreaterThanOrEqual(2);
    const state = await opened.db.selectFrom('history_state').select('loose_commits').executeTakeFirstOrThrow();
    expect(state.loose_commits).toBe(counts.commits);

    // A new history object has empty caches: everything comes from loose rows, packs and parts.
    const fresh = createHistory(opened);
    for (const [id, document] of documents) expect(await fresh.getDocument(SITE_ID, id)).toEqual(document);
    expect(await fresh.getDocument(SITE_ID, root.id)).toEqual(sampleSite());
    const sample = await fresh.getCommit(SITE_ID, ids[10]!);
    expect(sample).toMatchObject({ id: ids[10], seq: 12, parents: [ids[9]], summary: 'edit 10', author: AUTHOR, source: 'editor', action: 'change', patch: setHeading('Heading number 10', 2) });
    expect(sample.createdAt).toEqual(new Date(Date.parse('2026-11-22T09:00:00.000Z') + 12_000));
    expect((await fresh.getCommit(SITE_ID, ids[49]!)).isSnapshot).toBe(true);

    const seen: Commit[] = [];
    let cursor: string | null = null;
    do {
      const page: { commits: Commit[]; nextCursor: string | null } = await fresh.log(SITE_ID, { cursor, limit: 40 });
      seen.push(...page.commits);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(301);
    expect(seen.map((commit) => commit.id)).toEqual([...ids].reverse().concat(root.id));
    expect(seen.map((commit) => commit.seq)).toEqual(Array.from({ length: 301 }, (_, index) => 301 - index));

    // Undo reaches back into packed commits too.
    await fresh.undo(SITE_ID, 'main', AUTHOR);
    expect((await fresh.head(SITE_ID)).document).toEqual(documents.get(ids[298]!) ?? (await history.getDocument(SITE_ID, ids[298]!)));
  });

  it('packs branches and merges, extends packs, and a long-lived reader follows along', async () => {
    const { history, database: opened, root } = await start({ packing: { maxLoose: 4, keepLoose: 1, packSize: 5 }, snapshotInterval: 3 });
    const reader = createHistory(opened);
    const written = new Map<string, Site>();
    const remember = async (commit: Commit) => {
      written.set(commit.id, await history.getDocument(SITE_ID, commit.id));
      return commit;
    };
    await history.createBranch(SITE_ID, 'side', root.id);
    for (let round = 0; round < 6; round += 1) {
      const main = await history.head(SITE_ID, 'main');
      await remember(await history.commit({ siteId: SITE_ID, branch: 'main', base: main.commit.id, patch: setHeading(`Main ${round}`, 0), author: AUTHOR, source: 'editor' }));
      const side = await history.head(SITE_ID, 'side');
      await remember(await history.commit({ siteId: SITE_ID, branch: 'side', base: side.commit.id, patch: setHeading(`Side ${round}`, 1), author: AUTHOR, source: 'ai' }));
      if (round % 2 === 1) await remember(await history.merge(SITE_ID, 'side', 'main', AUTHOR));
      // The reader has cached packs that have grown since; it must still find every commit.
      for (const [id, document] of written) expect(await reader.getDocument(SITE_ID, id)).toEqual(document);
    }
    const counts = await historyRowCounts(opened);
    expect(counts.commit_packs).toBeGreaterThanOrEqual(3);
    expect(counts.commits).toBeLessThanOrEqual(4);
    const fresh = createHistory(opened);
    const merges = (await fresh.log(SITE_ID, { limit: 200 })).commits.filter((commit) => commit.source === 'merge');
    expect(merges).toHaveLength(3);
    for (const merge of merges) {
      expect(merge.parents).toHaveLength(2);
      expect((await fresh.getCommit(SITE_ID, merge.parents[1]!)).source).toBe('ai');
    }
    for (const [id, document] of written) expect(await fresh.getDocument(SITE_ID, id)).toEqual(document);
    const head = (await fresh.head(SITE_ID)).document;
    expect([0, 1].map((page) => (head.pages[page]!.sections[0]!.props as { heading: string }).heading)).toEqual(['Main 5', 'Side 5']);
  });

  it('keeps 1,000 single-field edits on one page within 3× the document size', async () => {
    const { history, root } = await start();
    const documentBytes = Buffer.byteLength(JSON.stringify(sampleSite()));
    const before = await history.storeBytes(SITE_ID);
    let base = root.id;
    for (let index = 0; index < 1_000; index += 1) {
      base = (await history.commit({ siteId: SITE_ID, branch: 'main', base, patch: setHeading(`Fresh bread, batch ${index}`), summary: 'Edit the home headline', author: AUTHOR, source: 'editor' })).id;
    }
    const growth = (await history.storeBytes(SITE_ID)) - before;
    const ratio = growth / documentBytes;
    console.log(`[${backend.name}] 1,000 edits grew the history by ${growth} bytes = ${ratio.toFixed(2)}× the document (${documentBytes} bytes of JSON); root ${before} bytes`);
    expect(ratio).toBeLessThan(3);
    expect((await history.head(SITE_ID)).document.pages[0]!.sections[0]!.props).toMatchObject({ heading: 'Fresh bread, batch 999' });
    const tables = await sql<{ packs: number }>`SELECT count(*)::int AS packs FROM commit_packs`.execute(database!.db);
    expect(tables.rows[0]!.packs).toBeGreaterThanOrEqual(3);
  });
});
