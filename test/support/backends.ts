// One shared suite, two backends: `describe.each(backends)` runs a store or API suite on PGlite and on a real
// PostgreSQL (test/setup/postgres.ts provides it). Each open() gives a fresh, migrated, empty database.
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../../src/store/database.ts';

export interface Backend {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

let snapshot: Promise<Blob> | undefined;

/** A migrated empty PGlite, dumped once per worker and restored per test (~0.5 s instead of ~3 s). */
function pgliteSnapshot(): Promise<Blob> {
  snapshot ??= (async () => {
    const database = await openPglite('memory://');
    const dump = await (database.pglite as PGlite).dumpDataDir('none');
    await database.close();
    return dump;
  })();
  return snapshot;
}

const pgliteBackend: Backend = {
  name: 'pglite',
  async open() {
    return openPglite('memory://', { loadDataDir: await pgliteSnapshot() });
  },
};

const postgresBackend: Backend = {
  name: 'postgres',
  async open() {
    const adminUrl = inject('postgresUrl');
    const name = `pagehub_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const database = await openPostgres(url.toString());
    const close = database.close;
    return {
      ...database,
      async close() {
        await close();
        await dropDatabase(adminUrl, name);
      },
    };
  },
};

/**
 * Drops a test database once its last connection has gone. No FORCE: terminating a connection that a pool is
 * still closing would surface as an unhandled error in the test that owned it.
 */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const cleanup = new pg.Client({ connectionString: adminUrl });
  await cleanup.connect();
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await cleanup.query(`DROP DATABASE IF EXISTS ${name}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    await cleanup.end();
  }
}

export const backends: Backend[] = [pgliteBackend, postgresBackend];
