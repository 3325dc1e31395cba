// History benchmark: commit latency (p50/p95 over 300 sequential commits) and the storage a long editing
// session takes — 1,000 single-field edits on one page of the 6-page sample site, with human-paced
// timestamps — as a ratio to the document's own JSON size (issue 3 asks for < 3×). Runs on PGlite in memory
// and on PostgreSQL (TEST_DATABASE_URL, or a throw-away cluster started here).
import { openPglite, openPostgres, type Database } from '../src/store/database.ts';
import { createHistory, type History } from '../src/store/history/index.ts';
import { sampleSite } from '../test/support/sample-site.ts';
import { createDatabase, dropDatabase, startThrowawayPostgres } from '../test/support/throwaway-postgres.ts';
import { row } from './measure.ts';

const SITE = 'bench-site';
const AUTHOR = 'bench-user';

interface BenchBackend {
  name: string;
  open(): Promise<{ database: Database; dispose(): Promise<void> }>;
}

function heading(text: string) {
  return [{ op: 'replace' as const, path: '/pages/0/sections/0/props/heading', value: text }];
}

/** A fresh site with its root commit; `clock` decides the commits' timestamps. */
async function freshSite(database: Database, siteId: string, clock?: () => Date): Promise<{ history: History; base: string }> {
  await database.db.insertInto('sites').values({ id: siteId, subdomain: siteId, name: 'Bench', created_by: AUTHOR }).execute();
  const history = createHistory(database, clock ? { clock } : {});
  const root = await history.initialize(siteId, sampleSite(), AUTHOR);
  return { history, base: root.id };
}

async function commitLatencies(database: Database): Promise<number[]> {
  const fresh = await freshSite(database, `${SITE}-latency`);
  const { history } = fresh;
  let { base } = fresh;
  const timings: number[] = [];
  for (let index = 0; index < 320; index += 1) {
    const start = performance.now();
    base = (await history.commit({ siteId: `${SITE}-latency`, branch: 'main', base, patch: heading(`Latency ${index}`), summary: 'bench', author: AUTHOR, source: 'api' })).id;
    if (index >= 20) timings.push(performance.now() - start);
  }
  return timings.sort((first, second) => first - second);
}

/** 1,000 edits a few seconds apart (a deterministic pseudo-random 1–21 s), as a person editing would make them. */
async function storageGrowth(database: Database): Promise<{ growth: number; documentBytes: number; coldReads: number[] }> {
  let now = Date.parse('2026-11-22T09:00:00Z');
  let seed = 42;
  const clock = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    now += 1_000 + (seed % 20_000);
    return new Date(now);
  };
  const siteId = `${SITE}-storage`;
  const fresh = await freshSite(database, siteId, clock);
  const { history } = fresh;
  let { base } = fresh;
  const before = await history.storeBytes(siteId);
  const ids: string[] = [];
  for (let index = 0; index < 1_000; index += 1) {
    base = (await history.commit({ siteId, branch: 'main', base, patch: heading(`Fresh bread, batch ${index}`), summary: 'Edit the home headline', author: AUTHOR, source: 'editor' })).id;
    ids.push(base);
  }
  const growth = (await history.storeBytes(siteId)) - before;
  // Reading old (packed) versions with cold caches: a new history object per read.
  const coldReads: number[] = [];
  for (let index = 0; index < 40; index += 1) {
    const cold = createHistory(database);
    const start = performance.now();
    await cold.getDocument(siteId, ids[(index * 97) % ids.length]!);
    coldReads.push(performance.now() - start);
  }
  return { growth, documentBytes: Buffer.byteLength(JSON.stringify(sampleSite())), coldReads: coldReads.sort((first, second) => first - second) };
}

const backends: BenchBackend[] = [
  {
    name: 'PGlite (in memory)',
    async open() {
      const database = await openPglite('memory://');
      return { database, dispose: () => database.close() };
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      const throwaway = process.env.TEST_DATABASE_URL ? undefined : await startThrowawayPostgres();
      const adminUrl = process.env.TEST_DATABASE_URL ?? throwaway!.url;
      const { url, name } = await createDatabase(adminUrl, 'pagehub_bench');
      const database = await openPostgres(url);
      return {
        database,
        async dispose() {
          await database.close();
          await dropDatabase(adminUrl, name);
          throwaway?.stop();
        },
      };
    },
  },
];

export async function benchHistory(): Promise<void> {
  console.log('\nHistory (commits, packs, storage)');
  for (const backend of backends) {
    let opened: Awaited<ReturnType<BenchBackend['open']>>;
    try {
      opened = await backend.open();
    } catch (error) {
      console.log(`  ${backend.name}: skipped — ${(error as Error).message}`);
      continue;
    }
    try {
      const latencies = await commitLatencies(opened.database);
      const { growth, documentBytes, coldReads } = await storageGrowth(opened.database);
      console.log(`  ${backend.name}`);
      console.log(row('  commit (300 sequential, one field each)', latencies));
      console.log(row('  document of an old commit, cold caches', coldReads));
      console.log(`  1,000 single-field edits grew the history by ${growth} bytes = ${(growth / documentBytes).toFixed(2)}× the document (${documentBytes} bytes of JSON); goal < 3×`);
    } finally {
      await opened.dispose();
    }
  }
}
