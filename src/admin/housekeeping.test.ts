import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.ts';
import { apiRequest, openTestApp, signUp, type TestApp } from '../../test/support/test-app.ts';
import { offlineRoles } from '../ai/index.ts';
import { abandonStaleGenerationJobs, deleteFinishedGenerationJobs } from '../jobs/index.ts';
import { createLogger } from '../logger.ts';
import { createHistory } from '../store/index.ts';
import { sweepExpiredRows, type HousekeepingDeps } from './housekeeping.ts';

const NOW = new Date('2026-12-03T12:00:00.000Z');
const hoursAgo = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000);
const daysAgo = (days: number) => hoursAgo(days * 24);

describe.each(backends)('housekeeping on $name', (backend) => {
  let harness: TestApp;
  let userId = '';
  let siteId = '';
  let deps: HousekeepingDeps;

  const count = async (query: string) => Number((await sql.raw<{ count: string }>(query).execute(harness.database.db)).rows[0]!.count);
  const insertInvite = (id: string, values: { expires: Date; revoked?: Date; uses?: number; created?: Date }) =>
    harness.database.db
      .insertInto('invites')
      .values({ id, site_id: siteId, token_hash: randomUUID(), role: 'editor', expires_at: values.expires, max_uses: 1, revoked_at: values.revoked ?? null, created_by: userId, email: null })
      .execute()
      .then(() => sql`UPDATE invites SET uses = ${values.uses ?? 0}, created_at = ${values.created ?? daysAgo(1)} WHERE id = ${id}`.execute(harness.database.db));
  const insertJob = (id: string, status: string, updated: Date) =>
    sql`INSERT INTO generation_jobs (id, user_id, prompt, subdomain, status, stage, created_at, updated_at) VALUES (${id}, ${userId}, 'A bakery', ${`job-${id}`}, ${status}, ${status}, ${updated}, ${updated})`.execute(harness.database.db);

  beforeAll(async () => {
    harness = await openTestApp(backend);
    const owner = await signUp(harness.app, 'owner@example.com');
    userId = owner.userId;
    const created = await harness.app.request(apiRequest('/api/sites', { method: 'POST', cookie: owner.cookie, body: { subdomain: 'swept', name: 'Swept' } }));
    siteId = ((await created.json()) as { id: string }).id;
    const workerDeps = { db: harness.database.db, history: createHistory(harness.database), roles: offlineRoles(), logger: createLogger('silent') };
    deps = { db: harness.database.db, abandonStaleJobs: (before) => abandonStaleGenerationJobs(workerDeps, before), deleteFinishedJobs: (before) => deleteFinishedGenerationJobs(workerDeps, before) };
  }, 60_000);
  afterAll(() => harness?.close());

  it('removes what expired or ended long ago, closes stale jobs, and keeps everything still in use', async () => {
    const db = harness.database.db;
    await sql`INSERT INTO "session" (id, "expiresAt", token, "createdAt", "updatedAt", "userId") VALUES ('old-session', ${hoursAgo(1)}, 'old-token', ${daysAgo(8)}, ${daysAgo(8)}, ${userId})`.execute(db);
    await sql`UPDATE "session" SET "expiresAt" = ${daysAgo(-7)} WHERE id <> 'old-session'`.execute(db); // the live ones, after NOW
    await sql`INSERT INTO "verification" (id, identifier, value, "expiresAt", "createdAt", "updatedAt") VALUES ('old-link', 'a', 'b', ${hoursAgo(1)}, ${daysAgo(1)}, ${daysAgo(1)}), ('live-link', 'c', 'd', ${hoursAgo(-1)}, ${NOW}, ${NOW})`.execute(db);
    await sql`DELETE FROM "verification" WHERE id NOT IN ('old-link', 'live-link')`.execute(db);
    await insertInvite('expired-long-ago', { expires: daysAgo(31) });
    await insertInvite('expired-lately', { expires: daysAgo(2) });
    await insertInvite('revoked-long-ago', { expires: daysAgo(-60), revoked: daysAgo(40) });
    await insertInvite('accepted-long-ago', { expires: daysAgo(-60), uses: 1, created: daysAgo(45) });
    await insertInvite('pending', { expires: daysAgo(-3) });
    await insertJob('stale', 'running', hoursAgo(2));
    await insertJob('working', 'running', hoursAgo(0.1));
    await insertJob('finished-long-ago', 'succeeded', daysAgo(31));
    await insertJob('finished-lately', 'failed', daysAgo(3));
    await sql`DELETE FROM rate_limits`.execute(db); // the sign-up's own counters (PostgreSQL store), expired by NOW
    await sql`INSERT INTO rate_limits (key, points, expire) VALUES ('old', 3, ${NOW.getTime() - 1}), ('live', 3, ${NOW.getTime() + 60_000}), ('forever', 1, NULL)`.execute(db);
    const liveSessions = await count(`SELECT count(*) FROM "session" WHERE id <> 'old-session'`);

    const report = await sweepExpiredRows(deps, NOW);

    expect(report).toEqual({ sessions: 1, verifications: 1, invites: 3, staleJobs: 1, finishedJobs: 1, rateLimits: 1, errorEvents: 0, errorGroups: 0 });
    expect(await count(`SELECT count(*) FROM "session"`)).toBe(liveSessions);
    expect((await sql<{ id: string }>`SELECT id FROM "verification"`.execute(db)).rows.map((row) => row.id)).toEqual(['live-link']);
    expect((await db.selectFrom('invites').select('id').orderBy('id').execute()).map((row) => row.id)).toEqual(['expired-lately', 'pending']);
    const jobs = await db.selectFrom('generation_jobs').select(['id', 'status', 'error']).orderBy('id').execute();
    expect(jobs.map((job) => [job.id, job.status])).toEqual([['finished-lately', 'failed'], ['stale', 'failed'], ['working', 'running']]);
    expect(jobs.find((job) => job.id === 'stale')!.error).toMatchObject({ detail: expect.stringContaining('no site was created') });
    expect((await sql<{ key: string }>`SELECT key FROM rate_limits ORDER BY key`.execute(db)).rows.map((row) => row.key)).toEqual(['forever', 'live']);

    // The owner is still signed in, and a second sweep finds nothing.
    expect(await sweepExpiredRows(deps, NOW)).toEqual({ sessions: 0, verifications: 0, invites: 0, staleJobs: 0, finishedJobs: 0, rateLimits: 0, errorEvents: 0, errorGroups: 0 });
  });
});
