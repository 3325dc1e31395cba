import { describe, expect, it } from 'vitest';
import { sampleSiteInput } from '../../test/support/sample-site.ts';
import { DocumentMigrationsError, MIGRATIONS, migrate, validateMigrations } from './migrations.ts';
import { CURRENT_SCHEMA_VERSION } from './site.ts';
import { validateSite } from './validate.ts';

describe('document migrations', () => {
  it('has a step for every version below the current one', () => {
    expect(() => validateMigrations()).not.toThrow();
    expect(Object.keys(MIGRATIONS).length).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('refuses a table with a gap or a step beyond the current version, in one line', () => {
    const step = (document: Record<string, unknown>) => document;
    expect(() => validateMigrations({ 0: step, 2: step }, 3)).toThrow(new DocumentMigrationsError('The site document migrations have no step 1 → 2 (src/site/migrations.ts)'));
    expect(() => validateMigrations({ 0: step, 1: step }, 1)).toThrow(/steps from versions 1, beyond the current version 1/);
    expect(() => validateMigrations({ 0: step }, 1)).not.toThrow();
  });

  it('0 → 1: adds schemaVersion and splits theme.font into heading and body fonts', () => {
    const current = sampleSiteInput();
    const { schemaVersion: _version, ...legacy } = current;
    const { fonts: _fonts, ...legacyTheme } = current.theme;
    const result = validateSite({ ...legacy, theme: { ...legacyTheme, font: 'geometric' } });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.site.schemaVersion).toBe(1);
      expect(result.site.theme.fonts).toEqual({ heading: 'geometric', body: 'geometric' });
    }
  });

  it('refuses documents from a newer PageHub', () => {
    expect(migrate({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toMatchObject({ ok: false, errors: [{ path: 'schemaVersion' }] });
  });
});
