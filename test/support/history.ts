// Shared set-up for the history suites: a fresh database (from `backends`) with one site, a history over it
// with a clock that ticks one second per call, and small edits on the sample site.
import { sql } from 'kysely';
import { afterEach } from 'vitest';
import { sampleSite } from './sample-site.ts';
import type { PatchOperation } from '../../src/patch/index.ts';
import type { Database } from '../../src/store/database.ts';
import { createHistory, type HistoryOptions } from '../../src/store/history/index.ts';
import type { Backend } from './backends.ts';

export const SITE_ID = 'site-bakery';
export const AUTHOR = 'user-ana';

export async function openHistory(backend: Backend, options: HistoryOptions = {}) {
  const database = await backend.open();
  await database.db.insertInto('sites').values({ id: SITE_ID, subdomain: 'bakery', name: 'Bakery', created_by: AUTHOR }).execute();
  let now = Date.parse('2026-11-22T09:00:00.000Z');
  const history = createHistory(database, { clock: () => new Date((now += 1_000)), ...options });
  return { database, history };
}

/** Replaces the heading of section `sectionIndex` on page `pageIndex` (every sample page opens with a hero or a rich text). */
export function setHeading(text: string, pageIndex = 0, sectionIndex = 0): PatchOperation[] {
  return [{ op: 'replace', path: `/pages/${pageIndex}/sections/${sectionIndex}/props/heading`, value: text }];
}

/** Row counts of every table the history writes. */
export async function historyRowCounts(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['commits', 'commit_packs', 'parts', 'refs', 'history_state']) {
    const result = await sql<{ count: number }>`SELECT count(*)::int AS count FROM ${sql.table(table)}`.execute(database.db);
    counts[table] = result.rows[0]!.count;
  }
  return counts;
}

/**
 * For a `describe.each(backends)` block: returns `start()`, which opens a fresh history with the sample site as
 * its root commit; the database is closed after each test.
 */
export function historySuite(backend: Backend, options: HistoryOptions = {}) {
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });
  return async function start() {
    const opened = await openHistory(backend, options);
    database = opened.database;
    const root = await opened.history.initialize(SITE_ID, sampleSite(), AUTHOR);
    return { ...opened, root };
  };
}
