import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleSite } from '../../test/support/sample-site.ts';
import { validateSite, type Site } from '../site/index.ts';
import { applyPatch, type JsonValue } from './json-patch.ts';
import { mergeSites, type MergeResult } from './merge.ts';
import { applySiteEdits, newPage, newSection, siteEdits } from '../../test/support/random-site-edits.ts';

const base = sampleSite();

function edited(change: (site: Site) => void): Site {
  const site = sampleSite();
  change(site);
  return site;
}

function merged(result: MergeResult): Site {
  if (!result.ok) throw new Error(`expected a clean merge, got ${JSON.stringify(result.conflicts)}`);
  return result.site;
}

/** The result with each conflict's values left out (merge-fields.test.ts checks those), for comparing the rest exactly. */
function withoutValues(result: MergeResult): MergeResult {
  return result.ok ? result : { ok: false, conflicts: result.conflicts.map(({ base: _base, ours: _ours, theirs: _theirs, ...rest }) => rest) };
}

const sectionIds = (site: Site, pageIndex: number) => site.pages[pageIndex]!.sections.map((section) => section.id);

/** The site with pages and sections sorted by id: equal for merges that differ only in where additions went. */
function unordered(site: Site): unknown {
  const byId = <T extends { id: string }>(items: readonly T[]) => [...items].sort((first, second) => first.id.localeCompare(second.id));
  return { ...site, pages: byId(site.pages).map((page) => ({ ...page, sections: byId(page.sections) })) };
}

describe('mergeSites: clean merges', () => {
  it('takes a change made on one side only, and a patch that turns ours into the merge', () => {
    const ours = edited((site) => { site.theme.colors.primary = '#00aa00'; });
    const theirs = edited((site) => { site.pages[0]!.sections[0]!.props.heading = 'Fresh every morning'; });
    const result = mergeSites(base, ours, theirs);
    const site = merged(result);
    expect(site.theme.colors.primary).toBe('#00aa00');
    expect(site.pages[0]!.sections[0]!.props.heading).toBe('Fresh every morning');
    expect(result).toMatchObject({ patch: [{ op: 'replace', path: '/pages/0/sections/0/props/heading', value: 'Fresh every morning' }] });
    expect(applyPatch(ours as unknown as JsonValue, result.ok ? result.patch : []).document).toEqual(site);
  });

  it('takes changes made identically on both sides', () => {
    const change = (site: Site) => { site.pages[1]!.sections[2]!.props.heading = 'When we bake'; site.name = 'The Bakery'; };
    const result = mergeSites(base, edited(change), edited(change));
    expect(merged(result)).toEqual(edited(change));
    expect(result).toMatchObject({ ok: true, patch: [] });
  });

  it('merges nothing into nothing', () => {
    expect(mergeSites(base, sampleSite(), sampleSite())).toEqual({ ok: true, site: base, patch: [] });
  });

  it('merges different parts of the theme and of the business separately', () => {
    const ours = edited((site) => { site.theme.colors.primary = '#00aa00'; site.business.phone = '555-0101'; });
    const theirs = edited((site) => { site.theme.fonts.heading = 'source-sans-3'; site.business.email = 'bread@sample.example'; });
    const site = merged(mergeSites(base, ours, theirs));
    expect(site.theme).toMatchObject({ colors: { primary: '#00aa00' }, fonts: { heading: 'source-sans-3' } });
    expect(site.business).toMatchObject({ phone: '555-0101', email: 'bread@sample.example' });
  });

  it('keeps sections both sides added to the same page, each after the section it followed', () => {
    const ours = edited((site) => { site.pages[0]!.sections.splice(1, 0, newSection('ours-note', 'Ours')); });
    const theirs = edited((site) => { site.pages[0]!.sections.splice(3, 0, newSection('their-note', 'Theirs')); site.pages[2]!.sections.unshift(newSection('first-note', 'First')); });
    const site = merged(mergeSites(base, ours, theirs));
    expect(sectionIds(site, 0)).toEqual(['p0-s0-hero', 'ours-note', 'p0-s1-features', 'p0-s2-richtext', 'their-note', 'p0-s3-cta', 'p0-s4-contactform']);
    expect(sectionIds(site, 2)[0]).toBe('first-note');
  });

  it('applies a reorder on one side and an edit on the other', () => {
    const ours = edited((site) => { site.pages[0]!.sections.reverse(); });
    const theirs = edited((site) => { site.pages[0]!.sections[1]!.props.heading = 'What we bake'; });
    const site = merged(mergeSites(base, ours, theirs));
    expect(sectionIds(site, 0)).toEqual(sectionIds(ours, 0));
    expect(site.pages[0]!.sections[3]!.props.heading).toBe('What we bake');
  });

  it('places an addition made on one side within a reorder made on the other', () => {
    const ours = edited((site) => { site.pages[3]!.sections.push(site.pages[3]!.sections.shift()!); });
    const theirs = edited((site) => { site.pages[3]!.sections.splice(1, 0, newSection('welcome', 'Welcome')); });
    expect(sectionIds(merged(mergeSites(base, ours, theirs)), 3)).toEqual(['p3-s0-menu', 'p3-s1-location', 'p3-s2-bloglist', 'contact-hero', 'welcome']);
  });

  it('takes a removal on one side and unrelated changes on the other', () => {
    const ours = edited((site) => { site.pages[0]!.sections.splice(2, 1); site.pages.splice(5, 1); });
    const theirs = edited((site) => { site.pages[0]!.sections[0]!.visible = false; site.pages[1]!.title = 'Our story'; site.pages.push(newPage('blog', 'Blog')); });
    const site = merged(mergeSites(base, ours, theirs));
    expect(sectionIds(site, 0)).not.toContain('p0-s2-richtext');
    expect(site.pages.map((page) => page.id)).toEqual(['home', 'about', 'services', 'contact', 'privacy', 'blog']);
    expect(site.pages[0]!.sections[0]!.visible).toBe(false);
    expect(site.pages[1]!.title).toBe('Our story');
  });

  it('merges a page\'s metadata and its sections separately', () => {
    const ours = edited((site) => { site.pages[1]!.seo.description = 'Who we are'; });
    const theirs = edited((site) => { site.pages[1]!.sections[1]!.props.heading = 'Find us'; });
    const site = merged(mergeSites(base, ours, theirs));
    expect(site.pages[1]!.seo.description).toBe('Who we are');
    expect(site.pages[1]!.sections[1]!.props.heading).toBe('Find us');
  });
});

describe('mergeSites: conflicts', () => {
  it('reports the same section edited differently, naming it', () => {
    const ours = edited((site) => { site.pages[0]!.sections[0]!.props.heading = 'Ours'; site.theme.radius = 'lg'; });
    const theirs = edited((site) => { site.pages[0]!.sections[0]!.props.heading = 'Theirs'; });
    expect(withoutValues(mergeSites(base, ours, theirs))).toEqual({
      ok: false,
      conflicts: [{ path: '/pages/0/sections/0', part: 'section "p0-s0-hero" on page "home"', message: 'Ours and theirs changed section "p0-s0-hero" on page "home" differently' }],
    });
  });

  it('treats a section as one unit: edits to different props of it conflict', () => {
    const ours = edited((site) => { site.pages[0]!.sections[0]!.props.heading = 'Ours'; });
    const theirs = edited((site) => { site.pages[0]!.sections[0]!.visible = false; });
    expect(mergeSites(base, ours, theirs)).toMatchObject({ ok: false, conflicts: [{ path: '/pages/0/sections/0' }] });
  });

  it('reports a section deleted on one side and edited on the other, either way round', () => {
    const deleted = edited((site) => { site.pages[2]!.sections.splice(3, 1); });
    const changed = edited((site) => { site.pages[2]!.sections[3]!.props.heading = 'Questions?'; });
    expect(withoutValues(mergeSites(base, deleted, changed))).toEqual({
      ok: false,
      conflicts: [{ path: '/pages/2/sections/3', part: 'section "p2-s2-faq" on page "services"', message: 'Ours deleted section "p2-s2-faq" on page "services", theirs changed it' }],
    });
    expect(mergeSites(base, changed, deleted)).toMatchObject({ ok: false, conflicts: [{ message: 'Ours changed section "p2-s2-faq" on page "services", theirs deleted it' }] });
  });

  it('reports a page deleted on one side while a section of it was edited on the other', () => {
    const deleted = edited((site) => { site.pages.splice(5, 1); });
    const changed = edited((site) => { site.pages[5]!.sections[0]!.props.heading = 'The first loaf'; });
    expect(mergeSites(base, changed, deleted)).toMatchObject({ ok: false, conflicts: [{ path: '/pages/5', part: 'page "first-post"' }] });
  });

  it('reports additions with the same id but different content', () => {
    const ours = edited((site) => { site.pages[0]!.sections.push(newSection('note', 'Ours')); });
    const theirs = edited((site) => { site.pages[0]!.sections.push(newSection('note', 'Theirs')); });
    expect(mergeSites(base, ours, theirs)).toMatchObject({ ok: false, conflicts: [{ path: '/pages/0/sections/5', message: 'Ours and theirs both added section "note" on page "home", with different content' }] });
    const same = edited((site) => { site.pages[0]!.sections.push(newSection('note', 'Same')); });
    expect(merged(mergeSites(base, same, edited((site) => { site.pages[0]!.sections.push(newSection('note', 'Same')); })))).toEqual(same);
  });

  it('reports both sides reordering the same sections differently', () => {
    const ours = edited((site) => { site.pages[0]!.sections.reverse(); });
    const theirs = edited((site) => { site.pages[0]!.sections.push(site.pages[0]!.sections.shift()!); });
    expect(withoutValues(mergeSites(base, ours, theirs))).toEqual({
      ok: false,
      conflicts: [{ path: '/pages/0/sections', part: 'section order on page "home"', message: 'Ours and theirs reordered the sections of page "home" differently' }],
    });
  });

  it('reports a setting changed differently on both sides, at its own level', () => {
    const ours = edited((site) => { site.theme.colors.primary = '#00aa00'; site.footer.text = 'Ours'; });
    const theirs = edited((site) => { site.theme.colors.accent = '#aa0000'; site.footer.text = 'Theirs'; });
    expect(withoutValues(mergeSites(base, ours, theirs))).toEqual({
      ok: false,
      conflicts: [
        { path: '/theme/colors', part: 'theme colors', message: 'Ours and theirs changed theme colors differently' },
        { path: '/footer', part: 'footer', message: 'Ours and theirs changed footer differently' },
      ],
    });
  });

  it('reports a merged document that would be invalid, at the validation error\'s path', () => {
    const ours = edited((site) => { site.pages.push({ ...newPage('blog', 'Blog'), slug: 'news' }); });
    const theirs = edited((site) => { site.pages.push({ ...newPage('journal', 'Journal'), slug: 'news' }); });
    expect(mergeSites(base, ours, theirs)).toEqual({
      ok: false,
      conflicts: [{ path: '/pages/7/slug', part: 'page "journal"', message: 'The merged site would be invalid: Another page already uses the address "/news"' }],
    });
  });
});

describe('mergeSites (property)', () => {
  it('merging a branch with an unchanged one gives that branch, whichever side it is on', () => {
    fc.assert(
      fc.property(siteEdits, (edits) => {
        const changed = applySiteEdits(base, edits);
        const validation = validateSite(changed);
        const expected = validation.ok ? validation.site : undefined;
        for (const result of [mergeSites(base, changed, base), mergeSites(base, base, changed), mergeSites(base, changed, changed)]) {
          expect(result.ok).toBe(expected !== undefined);
          if (result.ok) expect(result.site).toEqual(expected);
        }
        const fromBase = mergeSites(base, base, changed);
        if (fromBase.ok) expect(applyPatch(base as unknown as JsonValue, fromBase.patch).document).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('merges two branches either way round to the same content, or reports the same parts', () => {
    fc.assert(
      fc.property(siteEdits, siteEdits, (oursEdits, theirsEdits) => {
        const ours = applySiteEdits(base, oursEdits, 'ours');
        const theirs = applySiteEdits(base, theirsEdits, 'theirs');
        const forward = mergeSites(base, ours, theirs);
        const backward = mergeSites(base, theirs, ours);
        expect(forward.ok).toBe(backward.ok);
        if (!forward.ok && !backward.ok) expect(new Set(forward.conflicts.map((conflict) => conflict.part))).toEqual(new Set(backward.conflicts.map((conflict) => conflict.part)));
        if (forward.ok && backward.ok) {
          expect(unordered(forward.site)).toEqual(unordered(backward.site));
          expect(applyPatch(ours as unknown as JsonValue, forward.patch).document).toEqual(forward.site);
        }
      }),
      { numRuns: 200 },
    );
  });
});
