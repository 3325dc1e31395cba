import { describe, expect, it } from 'vitest';
import { sampleSiteInput } from '../../test/support/sample-site.ts';
import { FONT_IDS } from './fonts.ts';
import { LEGACY_FONTS } from './legacy-fonts.ts';
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
    const migrated = MIGRATIONS[0]!({ ...legacy, theme: { ...legacyTheme, font: 'geometric' } });
    expect(migrated.schemaVersion).toBe(1);
    expect((migrated.theme as { fonts: unknown }).fonts).toEqual({ heading: 'geometric', body: 'geometric' });
  });

  it('1 → 2: turns each system-font stack into the nearest self-hosted family, and leaves other fonts alone', () => {
    const current = sampleSiteInput();
    const version1 = { ...current, schemaVersion: 1, theme: { ...current.theme, fonts: { heading: 'didone', body: 'humanist' } } };
    const result = validateSite(version1);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.site.schemaVersion).toBe(2);
      expect(result.site.theme.fonts).toEqual({ heading: 'playfair-display', body: 'source-sans-3' });
    }
    for (const [legacy, family] of Object.entries(LEGACY_FONTS)) {
      expect(FONT_IDS).toContain(family);
      expect(MIGRATIONS[1]!({ schemaVersion: 1, theme: { fonts: { heading: legacy, body: 'system-ui' } } }).theme).toEqual({ fonts: { heading: family, body: 'system-ui' } });
    }
    // A version 0 document goes through both steps.
    const { schemaVersion: _version, ...legacy } = current;
    const { fonts: _fonts, ...legacyTheme } = current.theme;
    const fromZero = validateSite({ ...legacy, theme: { ...legacyTheme, font: 'old-style' } });
    expect(fromZero.ok && fromZero.site.theme.fonts).toEqual({ heading: 'eb-garamond', body: 'eb-garamond' });
  });

  it('1 → 2: a theme without fonts, or with an unknown id, passes through for validation to judge', () => {
    expect(MIGRATIONS[1]!({ schemaVersion: 1 })).toEqual({ schemaVersion: 2, theme: {} });
    expect(MIGRATIONS[1]!({ schemaVersion: 1, theme: { fonts: 'didone' } })).toEqual({ schemaVersion: 2, theme: { fonts: 'didone' } });
    const current = sampleSiteInput();
    const result = validateSite({ ...current, schemaVersion: 1, theme: { ...current.theme, fonts: { heading: 'comic-sans', body: 'constructor' } } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.path)).toEqual(['theme/fonts/heading', 'theme/fonts/body']);
  });

  it('refuses documents from a newer PageHub', () => {
    expect(migrate({ schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toMatchObject({ ok: false, errors: [{ path: 'schemaVersion' }] });
  });
});
