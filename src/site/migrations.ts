import { CURRENT_SCHEMA_VERSION } from './site.ts';
import { LEGACY_FONTS, type LegacyFontId } from './legacy-fonts.ts';
import type { ValidationError } from './validation-errors.ts';

/**
 * Numbered migrations of the Site document. `MIGRATIONS[n]` turns a version-n document into version n+1.
 * Version 0 is the pre-release shape (no `schemaVersion`, `theme.font` as one family); version 1 names system-font
 * stacks (`didone`, `humanist` …); version 2, current, names self-hosted web font families (`playfair-display` …).
 * Each migration is pure, works on plain JSON, and has a test of its own in migrations.test.ts.
 */
export const MIGRATIONS: Record<number, (document: Record<string, unknown>) => Record<string, unknown>> = {
  0: (document) => {
    const theme = { ...(document.theme as Record<string, unknown> | undefined) };
    if (typeof theme.font === 'string' && theme.fonts === undefined) {
      theme.fonts = { heading: theme.font, body: theme.font };
      delete theme.font;
    }
    return { ...document, theme, schemaVersion: 1 };
  },
  1: (document) => {
    const theme = { ...(document.theme as Record<string, unknown> | undefined) };
    const fonts = theme.fonts;
    if (fonts !== null && typeof fonts === 'object' && !Array.isArray(fonts)) {
      const nearest = (id: unknown) => (typeof id === 'string' && Object.hasOwn(LEGACY_FONTS, id) ? LEGACY_FONTS[id as LegacyFontId] : id);
      theme.fonts = Object.fromEntries(Object.entries(fonts).map(([role, id]) => [role, nearest(id)]));
    }
    return { ...document, theme, schemaVersion: 2 };
  },
};

/** A migration table that cannot bring every stored document to the current version. */
export class DocumentMigrationsError extends Error {
  override name = 'DocumentMigrationsError';
}

/**
 * Checks the table up front (as tldraw does), so a gap shows at start-up and not when an old document is opened:
 * one step for each version from 0 to the current one, and none beyond it. Throws DocumentMigrationsError.
 */
export function validateMigrations(migrations: Record<number, unknown> = MIGRATIONS, current: number = CURRENT_SCHEMA_VERSION): void {
  for (let version = 0; version < current; version += 1) {
    if (typeof migrations[version] !== 'function') throw new DocumentMigrationsError(`The site document migrations have no step ${version} → ${version + 1} (src/site/migrations.ts)`);
  }
  const stray = Object.keys(migrations).map(Number).filter((version) => !(Number.isInteger(version) && version >= 0 && version < current));
  if (stray.length > 0) throw new DocumentMigrationsError(`The site document migrations have steps from versions ${stray.join(', ')}, beyond the current version ${current} (src/site/migrations.ts)`);
}

export function migrate(input: unknown): { ok: true; value: unknown } | { ok: false; errors: ValidationError[] } {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [{ path: '', message: 'A site document is a JSON object' }] };
  }
  let document = input as Record<string, unknown>;
  const declared = document.schemaVersion ?? 0;
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 0) {
    return { ok: false, errors: [{ path: 'schemaVersion', message: 'schemaVersion must be a whole number' }] };
  }
  if (declared > CURRENT_SCHEMA_VERSION) {
    return { ok: false, errors: [{ path: 'schemaVersion', message: `This document is version ${declared}; this PageHub reads up to ${CURRENT_SCHEMA_VERSION}. Upgrade PageHub.` }] };
  }
  for (let version = declared; version < CURRENT_SCHEMA_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (step === undefined) return { ok: false, errors: [{ path: 'schemaVersion', message: `No migration from version ${version}` }] };
    document = step(document);
  }
  return { ok: true, value: document };
}
