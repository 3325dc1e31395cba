// The operator's lists stay fast at scale (issue 17): 10,000 accounts and 1,000,000 audit rows, generated on a real
// PostgreSQL; each list answers its pages with a p95 under 200 ms, using the indexes of migration 0018.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.ts';
import { apiRequest, openTestApp, signUp, type TestApp } from '../support/test-app.ts';

const postgres = backends.find((backend) => backend.name === 'postgres')!;

const p95 = (samples: number[]) => [...samples].sort((first, second) => first - second)[Math.ceil(samples.length * 0.95) - 1]!;

describe('the operator’s lists at 10,000 accounts and 1,000,000 audit rows (PostgreSQL)', () => {
  let h: TestApp;
  let admin = { cookie: '', userId: '' };

  beforeAll(async () => {
    h = await openTestApp(postgres);
    admin = await signUp(h.app, 'scale-admin@example.com');
    const db = h.database.db;
    await sql`INSERT INTO "user" ("id", "name", "email", "emailVerified", "createdAt", "updatedAt")
      SELECT 'user-' || n, 'Person ' || n, 'person' || n || '@example.com', true, now() - (n || ' minutes')::interval, now()
      FROM generate_series(1, 10000) AS n`.execute(db);
    await sql`INSERT INTO audit_log (at, actor_id, site_id, action, target)
      SELECT now() - ((1000000 - n) || ' seconds')::interval, 'user-' || (n % 10000 + 1), CASE WHEN n % 3 = 0 THEN 'site-' || (n % 5000) END,
        (ARRAY['site.publish', 'commit.create', 'commit.ai', 'invite.accept', 'domain.add', 'billing.checkout'])[n % 6 + 1], 'target-' || n
      FROM generate_series(1, 1000000) AS n`.execute(db);
    await sql`ANALYZE`.execute(db);
  }, 240_000);
  afterAll(() => h?.close());

  const timed = async (path: string) => {
    const samples: number[] = [];
    for (let round = 0; round < 20; round += 1) {
      const started = performance.now();
      const response = await h.app.request(apiRequest(path, { cookie: admin.cookie }));
      expect(response.status).toBe(200);
      await response.arrayBuffer();
      samples.push(performance.now() - started);
    }
    const answer = p95(samples);
    console.log(`${path}: p95 ${answer.toFixed(1)} ms`);
    return answer;
  };

  it.each([
    ['accounts, newest first', '/api/admin/accounts'],
    ['accounts, searched', '/api/admin/accounts?q=person42'],
    ['audit log, newest first', '/api/admin/audit'],
    ['audit log by actor', '/api/admin/audit?actor=user-77'],
    ['audit log by action', '/api/admin/audit?action=domain.add'],
    ['audit log by site', '/api/admin/audit?site=site-123'],
    ['audit log in a time window', `/api/admin/audit?since=${new Date(Date.now() - 2 * 86_400_000).toISOString()}&until=${new Date(Date.now() - 86_400_000).toISOString()}`],
  ])('%s: p95 under 200 ms', async (_name, path) => {
    expect(await timed(path)).toBeLessThan(200);
  });

  it('pages through the audit log by a cursor without repeating a row', async () => {
    const first = (await (await h.app.request(apiRequest('/api/admin/audit?action=commit.ai&limit=100', { cookie: admin.cookie }))).json()) as { entries: { id: number }[]; nextBefore: number };
    const second = (await (await h.app.request(apiRequest(`/api/admin/audit?action=commit.ai&limit=100&before=${first.nextBefore}`, { cookie: admin.cookie }))).json()) as { entries: { id: number }[] };
    expect(second.entries).toHaveLength(100);
    expect(Math.max(...second.entries.map((entry) => entry.id))).toBeLessThan(Math.min(...first.entries.map((entry) => entry.id)));
  });
});
