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
        const cleanup = new pg.Client({ connectionString: adminUrl });
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await cleanup.end();
      },
    };
  },
};

export const backends: Backend[] = [pgliteBackend, postgresBackend];
