// The edit context while an intent module selects it (../select-context.ts): what the editor will be shown and
// may change, the page and sections in play, and the lookups in the document that several intents share.
// Sections are addressed by their stable ids in the outline, by index in pointers.
import { formatPointer, getAt, parsePointer, type JsonValue } from '../../patch/index.ts';
import { resolveText, sectionDefinition, type Site } from '../../site/index.ts';
import type { ContextSelection, EditContext, SelectedSection } from '../edit-context.ts';
import { HOME_SLUG, type Intent } from '../intent.ts';

export interface ContextDraft {
  readonly site: Site;
  readonly intent: Intent;
  /** The intent's target, '' when it has none. */
  readonly target: string;
  /** The page the intent's scope names, by index, or null. */
  readonly scopedPage: number | null;
  readonly context: EditContext;
  /** The value at a JSON Pointer of the document, null when there is none. */
  at(path: string): JsonValue;
  /** Shows the editor what is at `path` (or `value`, a summary, with a note saying so). */
  show(path: string, note?: string, value?: JsonValue): void;
  /** Lets operations touch `paths` and everything under them. */
  allow(...paths: string[]): void;
  /** Makes the page at `index` the page the change is on. */
  usePage(index: number): void;
  /** Shows the links at `pointers` as links to what is removed. */
  showLinks(pointers: readonly string[]): void;
  /** The context as selected. */
  selected(): ContextSelection;
  ask(question: string): ContextSelection;
  /** The question when the sections the intent is about are not on the site. */
  askForMissingSection(): ContextSelection;
  /** The question when the site has no page called `name`. */
  askForMissingPage(name: string): ContextSelection;
}

export function contextDraft(site: Site, intent: Intent): ContextDraft {
  const locale = site.locales.default;
  const document = site as unknown as JsonValue;
  const context: EditContext = { allowedPaths: [], entries: [], sectionTypes: [], takenIds: [], page: null, sections: [], locale };
  const target = intent.target ?? '';
  const scopedPage = findPage(site, intent.scope.page);
  const at = (path: string): JsonValue => getAt(document, parsePointer(path)) ?? null;
  const ask = (question: string): ContextSelection => ({ ok: false, question });
  return {
    site, intent, target, scopedPage, context, at, ask,
    show(path, note, value = at(path)) {
      context.entries.push({ path, value, ...(note ? { note } : {}) });
    },
    allow(...paths) {
      context.allowedPaths.push(...paths);
    },
    usePage(index) {
      const page = site.pages[index]!;
      context.page = { index, id: page.id, slug: page.slug === '' ? HOME_SLUG : page.slug, title: resolveText(page.title, locale) };
    },
    showLinks(pointers) {
      for (const pointer of pointers) context.entries.push({ path: pointer, value: at(pointer), note: 'a link to what is removed: remove it or point it elsewhere' });
    },
    selected: () => ({ ok: true, context }),
    askForMissingSection() {
      const label = sectionDefinition(target)?.label ?? target;
      const where = scopedPage === null ? '' : ` on the ${resolveText(site.pages[scopedPage]!.title, locale)} page`;
      return ask(`There is no ${label} section${where}. Should I add one, or did you mean another section?`);
    },
    askForMissingPage(name) {
      return ask(`This site has no page "${name}". Its pages are: ${site.pages.map((page) => resolveText(page.title, locale)).join(', ')}. Which one did you mean?`);
    },
  };
}

/** Index of the page named by `name` (slug, `home`, id or title, any case), or null. */
export function findPage(site: Site, name: string | null | undefined): number | null {
  if (name === null || name === undefined) return null;
  const wanted = name.trim().toLowerCase().replace(/^\/+|\/+$/g, '');
  const slug = wanted === HOME_SLUG || wanted === '' ? '' : wanted;
  const index = site.pages.findIndex((page) => page.slug === slug || page.id === wanted || resolveText(page.title, site.locales.default).toLowerCase() === wanted);
  return index === -1 ? null : index;
}

export function homeIndex(site: Site): number {
  return Math.max(0, site.pages.findIndex((page) => page.slug === ''));
}

/**
 * The sections an intent is about: the scoped ones (named by id, or by type), else those of the target type —
 * on the scoped page, else on the home page, else the first anywhere.
 */
export function findSections({ site, intent, scopedPage }: ContextDraft): SelectedSection[] {
  const all: SelectedSection[] = site.pages.flatMap((page, index) => page.sections.map((section, sectionIndex) => ({ pageIndex: index, sectionIndex, id: section.id, type: section.type })));
  const names = intent.scope.sections.map((name) => (name.includes('#') ? name.slice(name.indexOf('#') + 1) : name));
  const byId = all.filter((section) => names.includes(section.id));
  if (byId.length > 0) return byId;
  const wanted = [...new Set([...names, ...(intent.target ? [intent.target] : [])])];
  const home = homeIndex(site);
  const found: SelectedSection[] = [];
  for (const type of wanted) {
    const ofType = all.filter((section) => section.type === type && (scopedPage === null || section.pageIndex === scopedPage));
    const choice = ofType.find((section) => section.pageIndex === home) ?? ofType[0];
    if (choice && !found.includes(choice)) found.push(choice);
  }
  return found;
}

/** The JSON Pointer of a selected section, or of a path inside it. */
export function sectionPointer(section: SelectedSection, ...rest: string[]): string {
  return formatPointer(['pages', section.pageIndex, 'sections', section.sectionIndex, ...rest]);
}

/** A section type from the catalog, as the editor builds new sections from it. */
export function catalogEntry(type: string): EditContext['sectionTypes'][number] {
  const definition = sectionDefinition(type)!;
  return { type, description: definition.description, defaults: definition.defaults as JsonValue };
}

/** Every page and section id in use: new ones must differ. */
export function takenIds(site: Site): string[] {
  return site.pages.flatMap((page) => [page.id, ...page.sections.map((section) => section.id)]);
}

/** Pointers of every link object (`{label, href}`) whose href is `href` or, for a page, any anchor on it. */
export function linkParents(site: Site, href: string): string[] {
  const found: string[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    if (Array.isArray(value)) value.forEach((child, index) => visit(child, [...path, index]));
    else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record.href === 'string' && (record.href === href || (!href.includes('#') && record.href.startsWith(`${href}#`)))) found.push(formatPointer(path));
      for (const [key, child] of Object.entries(record)) visit(child, [...path, key]);
    }
  };
  visit(site, []);
  return found;
}

/** The page an intent about a whole page works on — the one its target names, else its scoped page — made the context's page. */
export function useTargetPage(draft: ContextDraft): number | null {
  const pageIndex = findPage(draft.site, draft.target) ?? draft.scopedPage;
  if (pageIndex !== null) draft.usePage(pageIndex);
  return pageIndex;
}
