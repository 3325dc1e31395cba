// Test support (imported only by tests): random editor-like edits of a site, for property tests of diffs and
// merges. Each edit changes one thing; edits never remove pages that links point to, so the result of
// editing a valid site is usually valid.
import fc from 'fast-check';
import type { Page, Section, Site } from '../../src/site/index.ts';

const KINDS = [
  'heading', 'visible', 'style', 'removeSection', 'addSection', 'moveSection', 'moveSectionAcrossPages',
  'color', 'radius', 'phone', 'hours', 'navLabel', 'pageTitle', 'pageSeo', 'addPage', 'removePage', 'movePage',
] as const;

export interface SiteEdit {
  kind: (typeof KINDS)[number];
  first: number;
  second: number;
  text: string;
}

export const siteEdit: fc.Arbitrary<SiteEdit> = fc.record({
  kind: fc.constantFrom(...KINDS),
  first: fc.nat(1000),
  second: fc.nat(1000),
  text: fc.string({ maxLength: 12 }),
});

export const siteEdits = fc.array(siteEdit, { maxLength: 8 });

/** Pages that links point to: never removed. */
const LINKED_PAGES = new Set(['home', 'about', 'services', 'contact', 'privacy']);

/** Applies `edits` to a copy of `site`. New pages and sections get ids starting with `prefix`. */
export function applySiteEdits(site: Site, edits: readonly SiteEdit[], prefix = 'new'): Site {
  const next = structuredClone(site);
  edits.forEach((edit, index) => applyEdit(next, edit, `${prefix}-${index}`));
  return next;
}

function at<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

function applyEdit(site: Site, edit: SiteEdit, newId: string): void {
  const { first, second, text } = edit;
  const page = at(site.pages, first)!;
  const section = at(page.sections, second);
  const props = section?.props as Record<string, unknown> | undefined;
  switch (edit.kind) {
    case 'heading':
      if (props) props.heading = text;
      return;
    case 'visible':
      if (section) section.visible = !section.visible;
      return;
    case 'style':
      if (section) section.style = { tone: at(['auto', 'base', 'surface', 'primary', 'dark'] as const, first + second)! };
      return;
    case 'removeSection':
      page.sections.splice(second % Math.max(page.sections.length, 1), 1);
      return;
    case 'addSection':
      page.sections.splice(second % (page.sections.length + 1), 0, newSection(newId, text));
      return;
    case 'moveSection':
      if (section) page.sections.splice(first % page.sections.length, 0, ...page.sections.splice(second % page.sections.length, 1));
      return;
    case 'moveSectionAcrossPages': {
      if (!section) return;
      page.sections.splice(page.sections.indexOf(section), 1);
      at(site.pages, second)!.sections.push(section);
      return;
    }
    case 'color':
      site.theme.colors.primary = `#${((first * 1000 + second) % 0x1000000).toString(16).padStart(6, '0')}`;
      return;
    case 'radius':
      site.theme.radius = at(['none', 'sm', 'md', 'lg', 'full'] as const, first)!;
      return;
    case 'phone':
      site.business.phone = `555-${first}`;
      return;
    case 'hours':
      if (site.business.hours) site.business.hours.friday = { closed: false, open: '07:00', close: `${10 + (first % 14)}:00` };
      return;
    case 'navLabel': {
      const item = at(site.navigation.items, first);
      if (item) item.label = text;
      return;
    }
    case 'pageTitle':
      page.title = text;
      return;
    case 'pageSeo':
      page.seo = { ...page.seo, description: text };
      return;
    case 'addPage':
      site.pages.splice(first % (site.pages.length + 1), 0, newPage(newId, text));
      return;
    case 'removePage':
      if (!LINKED_PAGES.has(page.id)) site.pages.splice(site.pages.indexOf(page), 1);
      return;
    case 'movePage':
      site.pages.splice(second % site.pages.length, 0, ...site.pages.splice(first % site.pages.length, 1));
      return;
  }
}

export function newSection(id: string, heading: string): Section {
  return { id, type: 'richText', visible: true, props: { variant: 'narrow', heading, body: 'Added text.' } } as Section;
}

export function newPage(id: string, title: string): Page {
  return { id, slug: id, title, kind: 'page', excerpt: '', seo: { title: '', description: '' }, sections: [newSection(`${id}-text`, title)] } as Page;
}
