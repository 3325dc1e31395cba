import { getMigrations } from 'better-auth/db/migration';
import type { BetterAuthOptions } from 'better-auth';
import type { Database } from '../store/index.ts';

const AUTH_MIGRATION_LOCK = 724002;

async function runAuthMigrations(options: BetterAuthOptions): Promise<void> {
  const { runMigrations } = await getMigrations(options);
  await runMigrations();
}

/**
 * Creates or extends better-auth's own tables (user, session, account, verification) to match `options`.
 * Idempotent. On PostgreSQL an advisory lock keeps processes starting together from racing; PGlite has one
 * process and one connection, so it needs none (and holding its only connection would block the migration).
 */
export async function migrateAuthTables(options: BetterAuthOptions, database: Database): Promise<void> {
  if (database.kind === 'pglite') return runAuthMigrations(options);
  const client = await database.pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [AUTH_MIGRATION_LOCK]);
    try {
      await runAuthMigrations(options);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [AUTH_MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}
