import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { acquireDataDirLock } from './lockfile.ts';
import { migrateToLatest } from './migrate.ts';
import { traceQueries } from './trace-queries.ts';
import type { Tables } from './tables.ts';

export type Db = Kysely<Tables>;

export interface Database {
  /** Typed query builder over the pool. */
  readonly db: Db;
  /** The node-postgres pool underneath (better-auth, pg-boss and rate limits share it). */
  readonly pool: pg.Pool;
  readonly kind: 'pglite' | 'postgres';
  /** Only on PGlite: the embedded engine itself. */
  readonly pglite?: PGlite;
  close(): Promise<void>;
}

// Kysely's destroy() ends the pool; onClose releases what lies beneath it.
// int8 → number (ids and counts stay far below 2^53), timestamptz stays a Date.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

function wrap(pool: pg.Pool, kind: Database['kind'], onClose: () => Promise<void>, pglite?: PGlite): Database {
  const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  let closing: Promise<void> | undefined;
  return {
    db,
    pool,
    kind,
    ...(pglite ? { pglite } : {}),
    close: () => (closing ??= db.destroy().then(onClose)),
  };
}

export interface PostgresOptions {
  max?: number;
  /**
   * Told when an idle connection is cut from the server side (a restart, an administrator, a dropped database).
   * The pool has already discarded that connection and opens a new one for the next query; without a listener
   * node-postgres would throw the error out of the process.
   */
  onConnectionLost?: (error: Error) => void;
  /** A span per statement when tracing is on (src/store/trace-queries.ts). */
  traceQueries?: boolean;
}

/** A real PostgreSQL server through a connection pool. */
export async function openPostgres(connectionString: string, { max = 10, onConnectionLost = () => {}, traceQueries: isTraced = false }: PostgresOptions = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max });
  pool.on('error', onConnectionLost);
  if (isTraced) traceQueries(pool, 'postgres');
  const database = wrap(pool, 'postgres', async () => {});
  await migrateToLatest(database.db);
  return database;
}

/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) in `dataDir`, or in memory when `dataDir`
 * is `memory://`. One process owns a data directory (see lockfile.ts); PGlite has one connection, so
 * transactions queue rather than run side by side.
 */
export async function openPglite(dataDir: string, { loadDataDir, traceQueries: isTraced = false }: { loadDataDir?: Blob; traceQueries?: boolean } = {}): Promise<Database> {
  const isMemory = dataDir.startsWith('memory://');
  let release = () => {};
  let pgliteDir = dataDir;
  if (!isMemory) {
    const root = resolve(dataDir);
    mkdirSync(root, { recursive: true });
    release = acquireDataDirLock(root);
    pgliteDir = resolve(root, 'pg');
  }
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(pgliteDir, { ...(loadDataDir ? { loadDataDir } : {}) });
  } catch (error) {
    release();
    throw error;
  }
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 } as pg.PoolConfig);
  if (isTraced) traceQueries(pool, 'pglite');
  const database = wrap(pool, 'pglite', async () => {
    await pglite.close();
    release();
  }, pglite);
  await migrateToLatest(database.db);
  return database;
}

export function openDatabase(options: { databaseUrl?: string | undefined; dataDir: string; onConnectionLost?: (error: Error) => void; traceQueries?: boolean }): Promise<Database> {
  const traced = { traceQueries: options.traceQueries ?? false };
  return options.databaseUrl ? openPostgres(options.databaseUrl, { ...traced, ...(options.onConnectionLost ? { onConnectionLost: options.onConnectionLost } : {}) }) : openPglite(options.dataDir, traced);
}
