import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleSite } from '../../test/support/sample-site.ts';
import { applySiteEdits, siteEdits } from '../../test/support/random-site-edits.ts';
import { validateSite, type Site } from '../site/index.ts';
import { applyPatch, getAt, parsePointer, type JsonValue } from './json-patch.ts';
import { mergeValue } from './merge-fields.ts';
import { mergeSites, type MergeResult } from './merge.ts';
import type { Merging } from './merge-unit.ts';

const base = sampleSite();
const FIELD = { granularity: 'field' } as const;

function edited(change: (site: Site) => void): Site {
  const site = sampleSite();
  change(site);
  return site;
}

/** The props of a section, loosely typed (the sample's sections are of many types). */
function props(site: Site, pageIndex: number, sectionIndex: number): Record<string, any> {
  return site.pages[pageIndex]!.sections[sectionIndex]!.props as Record<string, any>;
}

function merged(result: MergeResult): Site {
  if (!result.ok) throw new Error(`expected a clean merge, got ${JSON.stringify(result.conflicts)}`);
  return result.site;
}

describe('mergeSites at field granularity: clean merges', () => {
  it('merges different props of one section, which conflict at section granularity', () => {
    const ours = edited((site) => { props(site, 0, 0).heading = 'Ours'; });
    const theirs = edited((site) => { site.pages[0]!.sections[0]!.visible = false; props(site, 0, 0).subheading = 'Theirs'; });
    expect(mergeSites(base, ours, theirs).ok).toBe(false);
    const result = mergeSites(base, ours, theirs, FIELD);
    const section = merged(result).pages[0]!.sections[0]!;
    expect(section).toMatchObject({ visible: false, props: { heading: 'Ours', subheading: 'Theirs' } });
    expect(applyPatch(ours as unknown as JsonValue, result.ok ? result.patch : []).document).toEqual(merged(result));
  });

  it('merges nested objects key by key', () => {
    const ours = edited((site) => { props(site, 0, 0).primaryAction.label = 'Order now'; });
    const theirs = edited((site) => { props(site, 0, 0).primaryAction.href = 'page:about'; });
    expect(props(merged(mergeSites(base, ours, theirs, FIELD)), 0, 0).primaryAction).toMatchObject({ label: 'Order now', href: 'page:about' });
  });

  it('merges each theme color, business detail and page SEO field on its own', () => {
    const ours = edited((site) => { site.theme.colors.primary = '#00aa00'; site.business.address!.city = 'Dallas'; site.pages[1]!.title = 'Our story'; });
    const theirs = edited((site) => { site.theme.colors.accent = '#aa0000'; site.business.address!.street = '1 Elm Street'; site.pages[1]!.seo = { ...site.pages[1]!.seo, description: 'Who we are' }; });
    const site = merged(mergeSites(base, ours, theirs, FIELD));
    expect(site.theme.colors).toMatchObject({ primary: '#00aa00', accent: '#aa0000' });
    expect(site.business.address).toMatchObject({ city: 'Dallas', street: '1 Elm Street' });
    expect(site.pages[1]).toMatchObject({ title: 'Our story', seo: { description: 'Who we are' } });
  });

  it('treats a list without ids as one unit: changes to different items of it conflict', () => {
    const ours = edited((site) => { props(site, 0, 1).items[0]!.title = 'Bread'; });
    const theirs = edited((site) => { props(site, 0, 1).items[1]!.title = 'Cakes'; });
    const result = mergeSites(base, ours, theirs, FIELD);
    expect(result).toMatchObject({ ok: false, conflicts: [{ path: '/pages/0/sections/1/props/items', part: 'items in section "p0-s1-features" on page "home"' }] });
  });
});

describe('mergeSites at field granularity: conflicts carry the values', () => {
  it('reports one prop changed differently, at the prop, with base, ours and theirs', () => {
    const ours = edited((site) => { props(site, 0, 0).heading = 'Ours'; props(site, 0, 0).subheading = 'Fine'; });
    const theirs = edited((site) => { props(site, 0, 0).heading = 'Theirs'; });
    expect(mergeSites(base, ours, theirs, FIELD)).toEqual({
      ok: false,
      conflicts: [
        {
          path: '/pages/0/sections/0/props/heading',
          part: 'heading in section "p0-s0-hero" on page "home"',
          message: 'Ours and theirs changed heading in section "p0-s0-hero" on page "home" differently',
          base: 'A headline that says what you do',
          ours: 'Ours',
          theirs: 'Theirs',
        },
      ],
    });
  });

  it('reports a section deleted on one side and changed on the other, with no value for the side that deleted it', () => {
    const deleted = edited((site) => { site.pages[2]!.sections.splice(3, 1); });
    const changed = edited((site) => { props(site, 2, 3).heading = 'Questions?'; });
    const result = mergeSites(base, deleted, changed, FIELD);
    expect(result.ok).toBe(false);
    const [conflict] = result.ok ? [] : result.conflicts;
    expect(conflict).toMatchObject({ path: '/pages/2/sections/3', message: 'Ours deleted section "p2-s2-faq" on page "services", theirs changed it', base: { id: 'p2-s2-faq' }, theirs: { props: { heading: 'Questions?' } } });
    expect(conflict).not.toHaveProperty('ours');
  });

  it('reports a setting changed differently at the field, and the values of a branch merge conflict too', () => {
    const ours = edited((site) => { site.footer.text = 'Ours'; });
    const theirs = edited((site) => { site.footer.text = 'Theirs'; });
    expect(mergeSites(base, ours, theirs, FIELD)).toMatchObject({ ok: false, conflicts: [{ path: '/footer/text', part: 'text in footer', ours: 'Ours', theirs: 'Theirs' }] });
    expect(mergeSites(base, ours, theirs)).toMatchObject({ ok: false, conflicts: [{ path: '/footer', ours: { text: 'Ours' }, theirs: { text: 'Theirs' }, base: { text: base.footer.text } }] });
  });
});

describe('mergeValue: lists of items with ids', () => {
  const start = (): Merging => ({ sites: { base, ours: base, theirs: base }, granularity: 'field', conflicts: [] });
  const at = { pointer: ['list'], container: 'the list', fields: [] };
  const items = [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }];

  it('merges items changed on different sides, keeps additions of both and places them by merge-order', () => {
    const merging = start();
    const ours = [{ id: 'a', text: 'A!' }, items[1], { id: 'x', text: 'X' }, items[2]];
    const theirs = [items[0], items[1], { id: 'c', text: 'C!' }, { id: 'y', text: 'Y' }];
    expect(mergeValue(merging, { base: items, ours, theirs }, at)).toEqual([{ id: 'a', text: 'A!' }, items[1], { id: 'x', text: 'X' }, { id: 'c', text: 'C!' }, { id: 'y', text: 'Y' }]);
    expect(merging.conflicts).toEqual([]);
  });

  it('reports the same field of one item changed differently, at that item', () => {
    const merging = start();
    mergeValue(merging, { base: items, ours: [items[0], { id: 'b', text: 'Ours' }, items[2]], theirs: [items[2], items[0], { id: 'b', text: 'Theirs' }] }, at);
    expect(merging.conflicts).toEqual([{ path: '/list/1/text', part: '"b" › text in the list', message: expect.stringContaining('differently'), base: 'B', ours: 'Ours', theirs: 'Theirs' }]);
  });

  it('reports both sides reordering the items differently, with the orders', () => {
    const merging = start();
    mergeValue(merging, { base: items, ours: [items[2], items[1], items[0]], theirs: [items[1], items[0], items[2]] }, at);
    expect(merging.conflicts).toEqual([{ path: '/list', part: 'the order of the list', message: 'Ours and theirs reordered the order of the list differently', base: ['a', 'b', 'c'], ours: ['c', 'b', 'a'], theirs: ['b', 'a', 'c'] }]);
  });
});

/** Paths of text fields that the schema accepts any short text in: every section's heading. */
const HEADING_PATHS = base.pages.flatMap((page, pageIndex) => page.sections.map((_section, sectionIndex) => `/pages/${pageIndex}/sections/${sectionIndex}/props/heading`));

function withValues(site: Site, values: ReadonlyMap<string, string>): Site {
  let document = site as unknown as JsonValue;
  for (const [path, value] of values) document = applyPatch(document, [{ op: 'replace', path, value }]).document;
  return document as unknown as Site;
}

describe('mergeSites at field granularity (property)', () => {
  it('merges edits of disjoint fields, always, and keeps every one of them', () => {
    const words = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}$/);
    fc.assert(
      fc.property(fc.shuffledSubarray(HEADING_PATHS, { minLength: 2 }), fc.nat(), words, (paths, cut, word) => {
        const split = 1 + (cut % (paths.length - 1));
        const oursValues = new Map(paths.slice(0, split).map((path, index) => [path, `${word} ours ${index}`]));
        const theirsValues = new Map(paths.slice(split).map((path, index) => [path, `${word} theirs ${index}`]));
        const site = merged(mergeSites(base, withValues(base, oursValues), withValues(base, theirsValues), FIELD));
        for (const [path, value] of [...oursValues, ...theirsValues]) expect(getAt(site as unknown as JsonValue, parsePointer(path))).toBe(value);
      }),
      { numRuns: 100 },
    );
  });

  it('merging a change with an unchanged side gives the change, whichever side it is on', () => {
    fc.assert(
      fc.property(siteEdits, (edits) => {
        const changed = applySiteEdits(base, edits);
        const validation = validateSite(changed);
        const expected = validation.ok ? validation.site : undefined;
        for (const result of [mergeSites(base, changed, base, FIELD), mergeSites(base, base, changed, FIELD)]) {
          expect(result.ok).toBe(expected !== undefined);
          if (result.ok) expect(result.site).toEqual(expected);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('merges two random edit sequences either way round to the same verdict, and a clean merge holds both', () => {
    fc.assert(
      fc.property(siteEdits, siteEdits, (oursEdits, theirsEdits) => {
        const ours = applySiteEdits(base, oursEdits, 'ours');
        const theirs = applySiteEdits(base, theirsEdits, 'theirs');
        const forward = mergeSites(base, ours, theirs, FIELD);
        expect(forward.ok).toBe(mergeSites(base, theirs, ours, FIELD).ok);
        if (forward.ok) expect(applyPatch(ours as unknown as JsonValue, forward.patch).document).toEqual(forward.site);
        // Whatever merges at section granularity merges at field granularity too.
        if (mergeSites(base, ours, theirs).ok) expect(forward.ok).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});

describe('mergeSites with a side preferred (a person chose)', () => {
  it('settles a same-field conflict, and an order conflict, for the chosen side and keeps every other change', () => {
    const ours = edited((site) => {
      props(site, 0, 0).heading = 'Ours';
      site.theme.colors.primary = '#0f766e';
      site.pages[0]!.sections.reverse();
    });
    const theirs = edited((site) => {
      props(site, 0, 0).heading = 'Theirs';
      props(site, 0, 0).subheading = 'Only theirs';
      const [first, ...rest] = site.pages[0]!.sections;
      site.pages[0]!.sections = [...rest, first!];
    });
    expect(mergeSites(base, ours, theirs, FIELD).ok).toBe(false);
    for (const prefer of ['ours', 'theirs'] as const) {
      const site = merged(mergeSites(base, ours, theirs, { ...FIELD, prefer }));
      const chosen = prefer === 'ours' ? ours : theirs;
      const hero = site.pages[0]!.sections.find((section) => section.id === base.pages[0]!.sections[0]!.id)!;
      expect((hero.props as Record<string, unknown>).heading).toBe(prefer === 'ours' ? 'Ours' : 'Theirs');
      expect((hero.props as Record<string, unknown>).subheading).toBe('Only theirs');
      expect(site.theme.colors.primary).toBe('#0f766e');
      expect(site.pages[0]!.sections.map((section) => section.id)).toEqual(chosen.pages[0]!.sections.map((section) => section.id));
    }
  });
});
