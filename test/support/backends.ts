// One shared suite, two backends: `describe.each(backends)` runs a store or API suite on PGlite and on a real
// PostgreSQL (test/setup/postgres.ts provides it). Each open() gives a fresh, migrated, empty database.
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../../src/store/database.ts';
import { createDatabase, dropDatabase } from './throwaway-postgres.ts';

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
    const { url, name } = await createDatabase(adminUrl);
    const database = await openPostgres(url);
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

export const backends: Backend[] = [pgliteBackend, postgresBackend];
