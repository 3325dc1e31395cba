// One shared suite, two backends: `describe.each(backends)` runs a store or API suite on PGlite and on a real
// PostgreSQL (test/setup/postgres.ts provides it). Each open() gives a fresh, migrated, empty database.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../../src/store/database.ts';
import { migrationsKey } from './migrations-key.ts';
import { createDatabase, dropDatabase } from './throwaway-postgres.ts';

export interface Backend {
  name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

let snapshot: Promise<Blob> | undefined;

const SNAPSHOTS = join(tmpdir(), 'pagehub-test-pglite');

/**
 * A migrated empty PGlite, restored per test (~0.5 s instead of ~3 s). It is dumped once per set of migrations and
 * kept in the temporary directory: each test file runs in a process of its own, and making it cost every file ~3.5 s.
 */
function pgliteSnapshot(): Promise<Blob> {
  snapshot ??= (async () => {
    const path = join(SNAPSHOTS, `${migrationsKey()}.tar`);
    const stored = await readFile(path).catch(() => null);
    if (stored) return new Blob([stored]);
    const database = await openPglite('memory://');
    const dump = await (database.pglite as PGlite).dumpDataDir('none');
    await database.close();
    // Written aside and renamed into place: a file starting meanwhile never reads half a dump.
    await mkdir(SNAPSHOTS, { recursive: true });
    const making = `${path}.${process.pid}`;
    await writeFile(making, new Uint8Array(await dump.arrayBuffer()));
    await rename(making, path);
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
