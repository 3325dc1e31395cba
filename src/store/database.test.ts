import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { backends } from '../../test/support/backends.ts';
import { createDatabase, dropDatabase } from '../../test/support/throwaway-postgres.ts';
import { CHAT_OUTCOMES } from './chat-outcomes.ts';
import { COMMIT_ACTIONS, COMMIT_SOURCES } from './commit-kinds.ts';
import { openPostgres } from './database.ts';
import { SITE_ROLES } from './member-roles.ts';
import { migrateToLatest } from './migrate.ts';
import { MIGRATIONS } from './migrations/index.ts';

describe.each(backends)('database on $name', (backend) => {
  it('runs every migration once, and again is a no-op', async () => {
    const database = await backend.open();
    try {
      const applied = await sql<{ version: number }>`SELECT version FROM schema_migrations ORDER BY version`.execute(database.db);
      expect(applied.rows.map((row) => row.version)).toEqual(MIGRATIONS.map((migration) => migration.version));
      expect(await migrateToLatest(database.db)).toEqual([]);
      await database.db.insertInto('sites').values({ id: 's1', subdomain: 'bakery', name: 'Bakery', created_by: 'u1' }).execute();
      await expect(database.db.insertInto('sites').values({ id: 's2', subdomain: 'bakery', name: 'Other', created_by: 'u1' }).execute()).rejects.toThrow(/duplicate key/);
    } finally {
      await database.close();
    }
  });

  it("holds commits to the one list of sources and actions (the migration's CHECK is frozen SQL)", async () => {
    const database = await backend.open();
    try {
      const checks = await sql<{ definition: string }>`
        SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = 'commits'::regclass AND contype = 'c'`.execute(database.db);
      const allowed = (column: string) => {
        const definition = checks.rows.map((row) => row.definition).find((text) => text.includes(`(${column} = ANY`) || text.includes(`((${column} = ANY`)) ?? '';
        return [...definition.matchAll(/'([a-z]+)'::text/g)].map((match) => match[1]);
      };
      expect(allowed('source')).toEqual([...COMMIT_SOURCES]);
      expect(allowed('action')).toEqual([...COMMIT_ACTIONS]);
    } finally {
      await database.close();
    }
  });

  it("holds chat turns to the one list of outcomes (migration 0012's CHECK is frozen SQL)", async () => {
    const database = await backend.open();
    try {
      const checks = await sql<{ definition: string }>`
        SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = 'chat_turns'::regclass AND contype = 'c'`.execute(database.db);
      const definition = checks.rows.map((row) => row.definition).find((text) => text.includes('outcome')) ?? '';
      expect([...definition.matchAll(/'([a-z]+)'::text/g)].map((match) => match[1])).toEqual([...CHAT_OUTCOMES]);
    } finally {
      await database.close();
    }
  });

  it("holds members and invitations to the one list of site roles (migration 0001's CHECK is frozen SQL)", async () => {
    const database = await backend.open();
    try {
      for (const table of ['site_members', 'invites']) {
        const checks = await sql<{ definition: string }>`
          SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = ${table}::regclass AND contype = 'c'`.execute(database.db);
        const definition = checks.rows.map((row) => row.definition).find((text) => text.includes('role')) ?? '';
        const roles = [...definition.matchAll(/'([a-z]+)'::text/g)].map((match) => match[1]);
        expect(roles.toSorted(), table).toEqual([...SITE_ROLES].sort());
      }
    } finally {
      await database.close();
    }
  });
});

describe('database on a PostgreSQL that cuts a connection', () => {
  it('tells the owner, keeps the process alive and answers the next query on a new connection', async () => {
    const adminUrl = inject('postgresUrl');
    const { url, name } = await createDatabase(adminUrl);
    const lost: Error[] = [];
    const database = await openPostgres(url, { onConnectionLost: (error) => lost.push(error) });
    try {
      const before = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(database.db);
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query('SELECT pg_terminate_backend($1)', [before.rows[0]!.pid]);
      await admin.end();
      await expect.poll(() => lost.length).toBe(1);
      expect((lost[0] as Error & { code?: string }).code).toBe('57P01');
      const after = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(database.db);
      expect(after.rows[0]!.pid).not.toBe(before.rows[0]!.pid);
    } finally {
      await database.close();
      await dropDatabase(adminUrl, name);
    }
  });
});
