// Deterministic context selection: from an intent, the few parts of the document an edit may read and change.
// The editor role sees only `entries` and may only touch `allowedPaths`; validation rejects any operation
// outside them. Sections are addressed by their stable ids in the outline, by index in pointers.
import { formatPointer, getAt, parsePointer, type JsonValue } from '../patch/index.ts';
import { resolveText, sectionDefinition, SECTION_TYPES, type Page, type Site } from '../site/index.ts';
import { HOME_SLUG, type Intent } from './intent.ts';

export interface ContextEntry {
  /** A JSON Pointer into the document. */
  path: string;
  value: JsonValue;
  /** Set when `value` is a summary of what is at `path` rather than the value itself. */
  note?: string;
}

export interface SelectedSection {
  pageIndex: number;
  sectionIndex: number;
  id: string;
  type: string;
}

export interface EditContext {
  /** JSON Pointers the operations may touch (an operation's path must lie under one of them). */
  allowedPaths: string[];
  /** What the editor is shown. */
  entries: ContextEntry[];
  /** For add_section and add_page: the section types to build from, with their default props. */
  sectionTypes: { type: string; description: string; defaults: JsonValue }[];
  /** Ids already used (new pages and sections need fresh ones); only for intents that add. */
  takenIds: string[];
  /** The page the change is on, when there is one. */
  page: { index: number; id: string; slug: string; title: string } | null;
  sections: SelectedSection[];
  /** The site's default locale: the language new text is written in. */
  locale: string;
}

export type ContextSelection = { ok: true; context: EditContext } | { ok: false; question: string };

const BUSINESS_FIELDS: Record<string, string> = {
  phone: '/business/phone', email: '/business/email', address: '/business/address', hours: '/business/hours',
  socials: '/business/socials', name: '/business/name', tagline: '/business/tagline', description: '/business/description',
};
/** Theme paths that only make sense together: the light/dark palette. */
const PALETTE_PATHS = new Set(['theme.mode', 'theme.colors.background', 'theme.colors.surface', 'theme.colors.text', 'theme.colors.muted']);

export function selectContext(site: Site, intent: Intent): ContextSelection {
  const locale = site.locales.default;
  const document = site as unknown as JsonValue;
  const context: EditContext = { allowedPaths: [], entries: [], sectionTypes: [], takenIds: [], page: null, sections: [], locale };
  const at = (path: string): JsonValue => getAt(document, parsePointer(path)) ?? null;
  const show = (path: string, note?: string, value: JsonValue = at(path)) => context.entries.push({ path, value, ...(note ? { note } : {}) });
  const allow = (...paths: string[]) => context.allowedPaths.push(...paths);
  const usePage = (index: number) => {
    const page = site.pages[index]!;
    context.page = { index, id: page.id, slug: page.slug === '' ? HOME_SLUG : page.slug, title: resolveText(page.title, locale) };
  };
  const scopedPage = findPage(site, intent.scope.page);
  const namesPageByTarget = ['add_page', 'remove_page', 'rename_page', 'update_seo'].includes(intent.intent_type);
  if (intent.scope.page && scopedPage === null && !namesPageByTarget) {
    return { ok: false, question: `This site has no page "${intent.scope.page}". Its pages are: ${site.pages.map((page) => resolveText(page.title, locale)).join(', ')}. Which one did you mean?` };
  }
  const target = intent.target ?? '';
  const isSectionType = (SECTION_TYPES as readonly string[]).includes(target);

  switch (intent.intent_type) {
    case 'needs_clarification':
      return { ok: false, question: intent.question ?? 'What would you like to change?' };

    case 'content_edit':
    case 'generate_image':
    case 'fix_bug':
    case 'remove_section': {
      if (target === 'footer' || target === 'navbar') {
        const base = target === 'footer' ? '/footer' : '/navigation';
        allow(base);
        show(base);
        if (intent.intent_type === 'fix_bug') {
          allow('/theme/colors');
          show('/theme/colors');
        }
        break;
      }
      const sections = findSections(site, intent, scopedPage);
      if (sections.length === 0) return { ok: false, question: missingSection(site, target, scopedPage) };
      context.sections = sections;
      const links: string[] = [];
      if (sections.every((section) => section.pageIndex === sections[0]!.pageIndex)) usePage(sections[0]!.pageIndex);
      for (const section of sections) {
        const pointer = formatPointer(['pages', section.pageIndex, 'sections', section.sectionIndex]);
        if (intent.intent_type === 'remove_section') {
          const parents = linkParents(site, `page:${site.pages[section.pageIndex]!.id}#${section.id}`);
          allow(pointer, ...parents);
          links.push(...parents);
          show(pointer, 'summary', summarizeSection(site, section));
        } else {
          const propsPointer = intent.intent_type === 'generate_image' ? `${pointer}/props/image` : `${pointer}/props`;
          allow(intent.intent_type === 'fix_bug' ? pointer : propsPointer);
          show(intent.intent_type === 'fix_bug' ? pointer : `${pointer}/props`);
        }
      }
      showLinks(context, site, links);
      break;
    }

    case 'update_styles': {
      if (target === 'theme' || target === '') {
        allow('/theme');
        show('/theme');
      } else if (target.startsWith('theme.')) {
        const pointer = `/${target.split('.').join('/')}`;
        if (PALETTE_PATHS.has(target)) {
          allow('/theme/colors', '/theme/mode');
          show('/theme/colors');
          show('/theme/mode');
        } else {
          allow(pointer);
          if (target.startsWith('theme.colors.')) show('/theme/colors');
          else show(pointer);
        }
      } else {
        const sections = findSections(site, intent, scopedPage);
        if (sections.length === 0) return { ok: false, question: missingSection(site, target, scopedPage) };
        context.sections = sections;
        usePage(sections[0]!.pageIndex);
        for (const section of sections) {
          const pointer = formatPointer(['pages', section.pageIndex, 'sections', section.sectionIndex, 'style']);
          allow(pointer);
          show(pointer, 'tone: auto | base | surface | primary | dark', at(pointer) ?? { tone: 'auto' });
        }
      }
      break;
    }

    case 'update_layout':
    case 'add_section': {
      let pageIndex = scopedPage;
      const sections = intent.intent_type === 'update_layout' ? findSections(site, intent, scopedPage) : [];
      if (intent.intent_type === 'update_layout') {
        if (sections.length === 0) return { ok: false, question: missingSection(site, target, scopedPage) };
        context.sections = sections;
        pageIndex = sections[0]!.pageIndex;
      }
      pageIndex ??= homeIndex(site);
      usePage(pageIndex);
      const pointer = formatPointer(['pages', pageIndex, 'sections']);
      allow(pointer);
      show(pointer, 'summary: [index] = {id, type, visible}', site.pages[pageIndex]!.sections.map((section) => ({ id: section.id, type: section.type, visible: section.visible })));
      if (intent.intent_type === 'add_section') {
        if (!isSectionType) return { ok: false, question: `Which kind of section should I add? I can add: ${SECTION_TYPES.join(', ')}.` };
        context.sectionTypes = [catalogEntry(target)];
        context.takenIds = takenIds(site);
      }
      break;
    }

    case 'add_page': {
      allow('/pages', '/navigation/items');
      show('/pages', 'summary: [index] = {id, slug, title}', site.pages.map((page) => ({ id: page.id, slug: page.slug, title: resolveText(page.title, locale) })));
      show('/navigation/items');
      context.sectionTypes = ['hero', 'richText', 'cta'].map(catalogEntry);
      context.takenIds = takenIds(site);
      break;
    }

    case 'remove_page':
    case 'rename_page':
    case 'update_seo': {
      const pageIndex = findPage(site, target) ?? scopedPage;
      if (pageIndex === null) return { ok: false, question: `This site has no page "${target}". Its pages are: ${site.pages.map((page) => resolveText(page.title, locale)).join(', ')}. Which one did you mean?` };
      usePage(pageIndex);
      const page = site.pages[pageIndex]!;
      const pointer = formatPointer(['pages', pageIndex]);
      if (intent.intent_type === 'remove_page') {
        if (page.slug === '') return { ok: false, question: 'The home page cannot be deleted. Did you mean to remove some of its sections?' };
        const links = linkParents(site, `page:${page.id}`);
        allow(pointer, ...links);
        show(pointer, 'summary', { id: page.id, slug: page.slug, title: resolveText(page.title, locale), sections: page.sections.length });
        showLinks(context, site, links);
      } else if (intent.intent_type === 'rename_page') {
        const labels = linkParents(site, `page:${page.id}`).map((parent) => `${parent}/label`);
        allow(`${pointer}/title`, `${pointer}/seo/title`, ...labels);
        for (const path of [`${pointer}/title`, `${pointer}/seo/title`, ...labels]) show(path);
      } else {
        allow(`${pointer}/seo`);
        show(`${pointer}/title`);
        show(`${pointer}/seo`);
        show(`${pointer}/sections`, 'summary: section headings', pageHeadings(page, locale));
      }
      break;
    }

    case 'update_business_info': {
      const pointer = BUSINESS_FIELDS[target];
      if (!pointer) return { ok: false, question: `Which business detail should change? I can update: ${Object.keys(BUSINESS_FIELDS).join(', ')}.` };
      allow(pointer);
      show(pointer);
      break;
    }

    case 'add_logo':
    case 'replace_logo': {
      allow('/theme/logo');
      show('/theme/logo');
      break;
    }

    case 'translate':
      // Translation reads every text and has its own pipeline (translate-pipeline.ts); nothing to select here.
      return { ok: false, question: 'Translations are planned by the translation pipeline.' };
  }
  return { ok: true, context };
}

/** Index of the page named by `name` (slug, `home`, id or title, any case), or null. */
export function findPage(site: Site, name: string | null | undefined): number | null {
  if (name === null || name === undefined) return null;
  const wanted = name.trim().toLowerCase().replace(/^\/+|\/+$/g, '');
  const slug = wanted === HOME_SLUG || wanted === '' ? '' : wanted;
  const index = site.pages.findIndex((page) => page.slug === slug || page.id === wanted || resolveText(page.title, site.locales.default).toLowerCase() === wanted);
  return index === -1 ? null : index;
}

function homeIndex(site: Site): number {
  return Math.max(0, site.pages.findIndex((page) => page.slug === ''));
}

/**
 * The sections an intent is about: the scoped ones (named by id, or by type), else those of the target type —
 * on the scoped page, else on the home page, else the first anywhere.
 */
function findSections(site: Site, intent: Intent, pageIndex: number | null): SelectedSection[] {
  const all: SelectedSection[] = site.pages.flatMap((page, index) => page.sections.map((section, sectionIndex) => ({ pageIndex: index, sectionIndex, id: section.id, type: section.type })));
  const names = intent.scope.sections.map((name) => (name.includes('#') ? name.slice(name.indexOf('#') + 1) : name));
  const byId = all.filter((section) => names.includes(section.id));
  if (byId.length > 0) return byId;
  const wanted = [...new Set([...names, ...(intent.target ? [intent.target] : [])])];
  const home = homeIndex(site);
  const found: SelectedSection[] = [];
  for (const type of wanted) {
    const ofType = all.filter((section) => section.type === type && (pageIndex === null || section.pageIndex === pageIndex));
    const choice = ofType.find((section) => section.pageIndex === home) ?? ofType[0];
    if (choice && !found.includes(choice)) found.push(choice);
  }
  return found;
}

function missingSection(site: Site, target: string, pageIndex: number | null): string {
  const label = sectionDefinition(target)?.label ?? target;
  const where = pageIndex === null ? '' : ` on the ${resolveText(site.pages[pageIndex]!.title, site.locales.default)} page`;
  return `There is no ${label} section${where}. Should I add one, or did you mean another section?`;
}

function catalogEntry(type: string): EditContext['sectionTypes'][number] {
  const definition = sectionDefinition(type)!;
  return { type, description: definition.description, defaults: definition.defaults as JsonValue };
}

function takenIds(site: Site): string[] {
  return site.pages.flatMap((page) => [page.id, ...page.sections.map((section) => section.id)]);
}

function summarizeSection(site: Site, section: SelectedSection): JsonValue {
  const value = site.pages[section.pageIndex]!.sections[section.sectionIndex]!;
  return { id: value.id, type: value.type, heading: resolveText(sectionDefinition(value.type)?.heading(value.props as never), site.locales.default) };
}

function pageHeadings(page: Page, locale: string): JsonValue {
  return page.sections.map((section) => resolveText(sectionDefinition(section.type)?.heading(section.props as never), locale)).filter((heading) => heading !== '');
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

function showLinks(context: EditContext, site: Site, pointers: string[]): void {
  for (const pointer of pointers) {
    const value = getAt(site as unknown as JsonValue, parsePointer(pointer)) ?? null;
    context.entries.push({ path: pointer, value, note: 'a link to what is removed: remove it or point it elsewhere' });
  }
}
