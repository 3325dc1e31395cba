import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleSite } from '../../test/support/sample-site.ts';
import type { Site } from '../site/index.ts';
import { diffJson, diffSites } from './diff.ts';
import { applyPatch, RESERVED_KEYS, type JsonValue, type PatchOperation } from './json-patch.ts';
import { applySiteEdits, newPage, newSection, siteEdits, type SiteEdit } from '../../test/support/random-site-edits.ts';

function edited(change: (site: Site) => void): Site {
  const site = sampleSite();
  change(site);
  return site;
}

function applied(from: unknown, patch: PatchOperation[]): JsonValue {
  return applyPatch(from as JsonValue, patch).document;
}

function hasReservedKey(value: JsonValue): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(hasReservedKey);
  return Object.entries(value).some(([key, child]) => RESERVED_KEYS.has(key) || hasReservedKey(child));
}

describe('diffSites', () => {
  const base = sampleSite();

  it('finds no changes between equal sites', () => {
    expect(diffSites(base, sampleSite())).toEqual({ patch: [], summary: 'No changes' });
  });

  it('changes one heading with one replace at that heading', () => {
    const to = edited((site) => { site.pages[2]!.sections[1]!.props.heading = 'Our prices'; });
    expect(diffSites(base, to)).toEqual({
      patch: [{ op: 'replace', path: '/pages/2/sections/1/props/heading', value: 'Our prices' }],
      summary: 'Changed the heading of the gallery section on Services',
    });
  });

  it('removes, adds and moves sections by id, one operation each', () => {
    const removed = edited((site) => { site.pages[0]!.sections.splice(2, 1); });
    expect(diffSites(base, removed).patch).toEqual([{ op: 'remove', path: '/pages/0/sections/2' }]);

    const section = newSection('quote', 'A word from us');
    const added = edited((site) => { site.pages[0]!.sections.splice(1, 0, section); });
    expect(diffSites(base, added)).toEqual({
      patch: [{ op: 'add', path: '/pages/0/sections/1', value: section }],
      summary: 'Added a text section to Home',
    });

    const movedToEnd = edited((site) => { site.pages[0]!.sections.push(site.pages[0]!.sections.shift()!); });
    expect(diffSites(base, movedToEnd)).toEqual({
      patch: [{ op: 'move', from: '/pages/0/sections/0', path: '/pages/0/sections/4' }],
      summary: 'Reordered the sections on Home',
    });

    const movedToStart = edited((site) => { site.pages[1]!.sections.unshift(site.pages[1]!.sections.pop()!); });
    expect(diffSites(base, movedToStart).patch).toEqual([{ op: 'move', from: '/pages/1/sections/5', path: '/pages/1/sections/0' }]);
  });

  it('moves a changed section, then changes it at its new place', () => {
    const to = edited((site) => {
      const [hero] = site.pages[3]!.sections.splice(0, 1);
      hero!.props.heading = 'Say hello';
      site.pages[3]!.sections.push(hero!);
    });
    expect(diffSites(base, to).patch).toEqual([
      { op: 'move', from: '/pages/3/sections/0', path: '/pages/3/sections/3' },
      { op: 'replace', path: '/pages/3/sections/3/props/heading', value: 'Say hello' },
    ]);
  });

  it('adds and removes whole pages', () => {
    const page = newPage('gallery', 'Gallery');
    const to = edited((site) => { site.pages.splice(5, 1); site.pages.push(page); });
    expect(diffSites(base, to)).toEqual({
      patch: [{ op: 'remove', path: '/pages/5' }, { op: 'add', path: '/pages/5', value: page }],
      summary: 'Removed page "Our first loaf"; added page "Gallery"',
    });
  });

  it('diffs lists without ids element by element, or replaces them when that is shorter', () => {
    const relabeled = edited((site) => { site.navigation.items[1]!.label = 'Our story'; });
    expect(diffSites(base, relabeled).patch).toEqual([{ op: 'replace', path: '/navigation/items/1/label', value: 'Our story' }]);
    const shortened = edited((site) => { site.navigation.items.splice(2, 2); });
    expect(diffSites(base, shortened).patch).toEqual([{ op: 'remove', path: '/navigation/items/3' }, { op: 'remove', path: '/navigation/items/2' }]);
    const lengthened = edited((site) => { site.navigation.items.push({ label: 'Blog', href: 'page:first-post' }); });
    expect(diffSites(base, lengthened).patch).toEqual([{ op: 'add', path: '/navigation/items/4', value: { label: 'Blog', href: 'page:first-post' } }]);
    expect(diffJson({ tags: ['a', 'b', 'c'] }, { tags: ['z', 'a', 'b', 'c'] })).toEqual([{ op: 'replace', path: '/tags', value: ['z', 'a', 'b', 'c'] }]);
  });

  it('adds and removes object keys, and escapes them in paths', () => {
    expect(diffJson({ a: 1, 'x/y': 2, keep: { deep: true } }, { keep: { deep: false }, 'x/y': 2, 'b~': 3 })).toEqual([
      { op: 'remove', path: '/a' },
      { op: 'replace', path: '/keep/deep', value: false },
      { op: 'add', path: '/b~0', value: 3 },
    ]);
    expect(diffJson([1], { a: 1 })).toEqual([{ op: 'replace', path: '', value: { a: 1 } }]);
  });

  it('summarizes at most three changes', () => {
    const to = edited((site) => {
      site.theme.colors.primary = '#00aa00';
      site.theme.fonts.heading = 'source-sans-3';
      site.business.phone = '555-0199';
      site.pages[0]!.sections[0]!.props.heading = 'Fresh every morning';
      site.pages[0]!.sections[1]!.visible = false;
    });
    expect(diffSites(base, to).summary).toBe(
      'Changed business details (phone); changed theme colors (primary); changed theme fonts (heading); and 2 more changes',
    );
    const two = edited((site) => { site.pages[0]!.sections[0]!.props.heading = 'Fresh'; site.theme.colors.primary = '#00aa00'; });
    expect(diffSites(base, two).summary).toBe('Changed theme colors (primary); changed the heading of the hero section on Home');
    const renamed = edited((site) => { site.pages[1]!.title = 'Our story'; site.pages[1]!.sections[0]!.visible = false; });
    expect(diffSites(base, renamed).summary).toBe('Renamed page "About" to "Our story"; hid the hero section on Our story');
  });
});

describe('diffSites (property)', () => {
  it('turns the first site into the second, with at most one operation per edit', () => {
    // A section moved to another page is a remove and an add: ids are matched within one list.
    const budget = (edits: SiteEdit[]) => edits.length + edits.filter((edit) => edit.kind === 'moveSectionAcrossPages').length;
    const base = sampleSite();
    fc.assert(
      fc.property(siteEdits, (edits) => {
        const to = applySiteEdits(base, edits);
        const { patch, summary } = diffSites(base, to);
        expect(applied(base, patch)).toEqual(to);
        const roundTripped = JSON.parse(JSON.stringify(patch)) as PatchOperation[];
        expect(applied(JSON.parse(JSON.stringify(base)), roundTripped)).toEqual(JSON.parse(JSON.stringify(to)));
        expect(patch.length).toBeLessThanOrEqual(budget(edits));
        expect(patch.some((operation) => operation.op === 'replace' && /^\/pages(\/\d+(\/sections)?)?$/.test(operation.path))).toBe(false);
        expect(summary === 'No changes').toBe(patch.length === 0);
      }),
      { numRuns: 300 },
    );
  });

  it('turns any JSON value into any other', () => {
    // Without reserved keys (fast-check generates `__proto__` and `constructor` on purpose): the applier refuses
    // pointers through them, so a diff that reaches one cannot apply.
    const json = (fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<JsonValue>).filter((value) => !hasReservedKey(value));
    fc.assert(
      fc.property(json, json, (from, to) => {
        expect(applied(from, diffJson(from, to))).toEqual(to);
        expect(diffJson(from, from)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('turns any list of identified items into any other', () => {
    const item = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), value: fc.nat(3) });
    const list = fc.uniqueArray(item, { selector: (entry) => entry.id, maxLength: 6 });
    fc.assert(
      fc.property(list, list, (from, to) => {
        const patch = diffJson(from, to);
        expect(applied(from, patch)).toEqual(to);
        expect(patch.some((operation) => operation.path === '')).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
