// A DATA_DIR whose PGlite database already exists and is migrated, for suites that start `pagehub serve` to test
// something else than a first start. Creating a PGlite database (its initdb) is ~3 s of every start on an empty
// DATA_DIR; copying one made earlier is a tenth of that. The one copied is made once per set of migrations and
// PGlite version and kept in the temporary directory. The server still does its whole start-up on the copy (the
// migrations it finds applied, better-auth's tables, pg-boss); test/serve.test.ts and the crash tests keep
// starting on empty DATA_DIRs.
import { cp, mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from '../../src/store/database.ts';
import { migrationsKey } from './migrations-key.ts';

const TEMPLATES = join(tmpdir(), 'pagehub-test-data-dirs');

/** The migrated DATA_DIR to copy, made now if this set of migrations on this PGlite has none yet. */
async function template(): Promise<string> {
  const key = migrationsKey();
  const path = join(TEMPLATES, key);
  if (await stat(join(path, 'pg')).catch(() => null)) return path;
  await mkdir(TEMPLATES, { recursive: true });
  // Made aside and renamed into place: a file started meanwhile never copies half a database.
  const making = await mkdtemp(join(TEMPLATES, `${key}-making-`));
  const database = await openPglite(making);
  await database.close();
  await rename(making, path).catch(async (error: NodeJS.ErrnoException) => {
    // Another file made the same one first: keep theirs.
    if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
    await rm(making, { recursive: true, force: true });
  });
  return path;
}

/** Puts a migrated, empty PGlite database into `dataDir` (which must not hold one yet). */
export async function seedDataDir(dataDir: string): Promise<void> {
  await cp(join(await template(), 'pg'), join(dataDir, 'pg'), { recursive: true, errorOnExist: true, force: false });
}
