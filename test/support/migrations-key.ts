// What a migrated, empty database depends on — the migrations and the PGlite that ran them — as a short key, so
// that one made earlier (and kept in the temporary directory) is used only while both are unchanged.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS } from '../../src/store/migrations/index.ts';
import { REPO_ROOT } from './run-cli.ts';

export function migrationsKey(): string {
  const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')) as { version: string };
  return createHash('sha256').update(JSON.stringify({ version, migrations: MIGRATIONS })).digest('hex').slice(0, 16);
}
