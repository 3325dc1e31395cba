// Building Intent values: the risk each intent type carries, the shape of a question, and the outline lookups
// the rules share (a page's main section, the page a prompt places its change on).
import { Intent, type IntentType } from '../../intent.ts';
import type { OutlinePage, SiteOutline } from '../../site-outline.ts';
import { slugify } from '../vocabulary/index.ts';
import type { PromptReading } from './prompt-reading.ts';

/** high: deletes a page; medium: removes a section; low: everything else (../../intent.ts). */
export function riskOf(type: IntentType): Intent['risk'] {
  if (type === 'remove_page') return 'high';
  if (type === 'remove_section') return 'medium';
  return 'low';
}

export interface ScopeInput {
  page?: string | null;
  sections?: readonly string[];
}

export function intentOf(type: Exclude<IntentType, 'needs_clarification'>, target: string, scope: ScopeInput = {}): Intent {
  return {
    intent_type: type,
    target,
    scope: { page: scope.page ?? null, sections: [...new Set(scope.sections ?? [])].slice(0, 20) },
    risk: riskOf(type),
    needs_clarification: false,
    question: null,
  };
}

export function clarification(question: string): Intent {
  return { intent_type: 'needs_clarification', target: null, scope: { page: null, sections: [] }, risk: 'low', needs_clarification: true, question };
}

export function outlinePage(outline: SiteOutline, slug: string | null | undefined): OutlinePage | undefined {
  return slug === null || slug === undefined ? undefined : outline.pages.find((page) => page.slug === slug);
}

/** The section that carries a page's content: the first one that is not a hero (the hero when it is alone). */
export function mainSectionOf(page: OutlinePage): OutlinePage['sections'][number] | undefined {
  return page.sections.find((section) => section.type !== 'hero') ?? page.sections[0];
}

/**
 * The slug of the page a prompt names: the first it places the change on ("to the about page"), else any. With
 * `before`, only pages named before that index count (not those inside the new text: "link it to the contact page").
 */
export function namedPageSlug(reading: PromptReading, onlyPlaces = false, before = Infinity): string | null {
  const pages = reading.pages.filter((page) => page.start < before);
  const mention = pages.find((page) => page.isPlace) ?? (onlyPlaces ? undefined : pages[0]);
  if (!mention) return null;
  return mention.slug ?? (slugify(mention.name) || null);
}

const SECTION_OF_PAGE = /\b(?:the\s+|our\s+)?([\p{L}]+(?:\s+us)?)\s+(?:section|part|block|area)\b/gu;

/** "the about section": a section named after a page, taken as that page's main section. */
export function pageSectionIn(reading: PromptReading): { type: string; page: string } | undefined {
  for (const match of reading.instruction.matchAll(SECTION_OF_PAGE)) {
    const name = match[1]!;
    if (reading.sections.some((mention) => mention.start <= match.index + match[0].length && mention.end > match.index)) continue;
    const slug = reading.outline.pages.find((page) => page.slug === name || page.title.toLowerCase() === name || `${page.slug} us` === name)?.slug;
    const section = slug === undefined ? undefined : mainSectionOf(outlinePage(reading.outline, slug)!);
    if (slug !== undefined && section) return { type: section.type, page: slug };
  }
  return undefined;
}

/** Checks the rules' answer against the contract before it leaves the classifier. */
export function validIntent(intent: Intent): Intent {
  return Intent.parse(intent);
}
