import { describe, expect, it } from 'vitest';
import { sampleSiteInput } from '../../test/support/sample-site.ts';
import { SECTION_CATALOG } from './catalog.ts';
import { validateSite } from './validate.ts';

function errorsOf(mutate: (document: ReturnType<typeof sampleSiteInput>) => void) {
  const document = sampleSiteInput();
  mutate(document);
  const result = validateSite(JSON.parse(JSON.stringify(document)));
  return result.ok ? [] : result.errors;
}

describe('validateSite', () => {
  it('accepts a complete document', () => {
    expect(validateSite(sampleSiteInput())).toMatchObject({ ok: true });
  });

  it('never throws, whatever it is given', () => {
    for (const input of [null, undefined, 42, 'site', [], {}, { schemaVersion: 99 }, { schemaVersion: 'x' }, { schemaVersion: 1, pages: 'no' }]) {
      const result = validateSite(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    }
  });

  it('points at the field that is wrong', () => {
    expect(errorsOf((site) => { site.theme.colors.primary = 'green'; })).toEqual([{ path: 'theme/colors/primary', message: 'Use a 6-digit hex color such as #1d4ed8' }]);
    expect(errorsOf((site) => { (site.pages[0]!.sections[0]!.props as Record<string, unknown>).heading = 7; })[0]?.path).toBe('pages/0/sections/0/props/heading');
    expect(errorsOf((site) => { site.business.email = 'not-an-email'; })[0]?.path).toBe('business/email');
  });

  it('refuses text that cannot be stored as written (NUL, an unpaired surrogate), wherever a model or a person put it', () => {
    expect(errorsOf((site) => { site.business.tagline = 'Fresh\u0000bread'; })).toEqual([{ path: 'business/tagline', message: expect.stringContaining('NUL character') }]);
    expect(errorsOf((site) => { (site.pages[0]!.sections[0]!.props as Record<string, unknown>).heading = 'Half \ud83d'; })).toEqual([{ path: 'pages/0/sections/0/props/heading', message: expect.stringContaining('unpaired UTF-16 surrogate') }]);
    expect(errorsOf((site) => { site.business.tagline = 'Whole 🥐 emoji'; })).toEqual([]);
  });

  it('reports an unknown section type at its type', () => {
    const errors = errorsOf((site) => { (site.pages[0]!.sections[0] as { type: string }).type = 'carousel3d'; });
    expect(errors[0]?.path).toBe('pages/0/sections/0/type');
  });

  it('refuses dangerous links anywhere', () => {
    const errors = errorsOf((site) => { site.navigation.items[0]!.href = 'javascript:alert(1)'; });
    expect(errors[0]?.path).toBe('navigation/items/0/href');
    expect(errorsOf((site) => { site.business.socials = { instagram: 'javascript:alert(1)' }; })[0]?.path).toBe('business/socials/instagram');
  });

  it('checks ids, slugs, the home page and internal links across the document', () => {
    expect(errorsOf((site) => { site.pages[1]!.id = 'home'; }).map((error) => error.message)).toContain('Page id "home" is used twice');
    expect(errorsOf((site) => { site.pages[1]!.slug = ''; }).some((error) => error.path === 'pages/1/slug')).toBe(true);
    expect(errorsOf((site) => { site.pages[0]!.slug = 'start'; }).some((error) => error.message.includes('home page'))).toBe(true);
    expect(errorsOf((site) => { site.navigation.items[1]!.href = 'page:missing'; })).toEqual([{ path: 'navigation/items/1/href', message: 'Links to page "missing", which does not exist' }]);
    expect(errorsOf((site) => { site.navigation.items[1]!.href = 'page:about#nowhere'; })[0]?.message).toContain('not on page "about"');
    const duplicate = errorsOf((site) => { site.pages[1]!.sections[0]!.id = site.pages[0]!.sections[0]!.id; });
    expect(duplicate[0]?.path).toBe('pages/1/sections/0/id');
  });
});

describe('section catalog', () => {
  it.each(SECTION_CATALOG.map((definition) => [definition.type, definition] as const))('%s: defaults validate and fields point at props', (_type, definition) => {
    const props = definition.props.parse(definition.defaults) as Record<string, unknown>;
    expect(definition.description.length).toBeGreaterThan(80);
    expect(definition.variants).toContain((props as { variant: string }).variant);
    const shape = (definition.props as unknown as { shape: Record<string, unknown> }).shape;
    for (const field of definition.fields) expect(Object.keys(shape)).toContain(field.path.split('.')[0]);
  });
});
