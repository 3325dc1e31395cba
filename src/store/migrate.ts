import { sql, type Kysely } from 'kysely';
import { MIGRATIONS } from './migrations/index.ts';

/**
 * Applies the numbered SQL migrations that have not run yet, each inside one transaction with the rest of
 * the batch, under an advisory lock so that several processes starting at once apply them exactly once.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any table map: it only runs raw SQL
export async function migrateToLatest(db: Kysely<any>): Promise<number[]> {
  return db.transaction().execute(async (transaction) => {
    await sql`SELECT pg_advisory_xact_lock(724001)`.execute(transaction);
    await sql`CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`.execute(transaction);
    const applied = new Set((await sql<{ version: number }>`SELECT version FROM schema_migrations`.execute(transaction)).rows.map((row) => row.version));
    const ran: number[] = [];
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.version)) continue;
      await sql.raw(migration.sql).execute(transaction);
      await sql`INSERT INTO schema_migrations (version, name) VALUES (${migration.version}, ${migration.name})`.execute(transaction);
      ran.push(migration.version);
    }
    return ran;
  });
}
