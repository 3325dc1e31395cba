import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.ts';
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
});
