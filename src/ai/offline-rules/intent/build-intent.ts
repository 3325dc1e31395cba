// Building the rules' answers: an intent without its risk (the classifier adds the risk each intent module
// declares, ../../intents), the shape of a question, and the outline lookups the rules share (a page's main
// section, the page a prompt places its change on).
import type { Intent, IntentType } from '../../intent.ts';
import type { OutlinePage, SiteOutline } from '../../site-outline.ts';
import { slugify } from '../vocabulary/index.ts';
import type { PromptReading } from './prompt-reading.ts';

/** What a rule answers: an intent whose risk the classifier fills in from the intent's module. */
export type RuleIntent = Omit<Intent, 'risk'>;

/** One rule of the offline classifier: the intent it reads in a prompt, or undefined when the prompt is not its kind. */
export type IntentRule = (reading: PromptReading) => RuleIntent | undefined;

export interface ScopeInput {
  page?: string | null;
  sections?: readonly string[];
}

export function intentOf(type: Exclude<IntentType, 'needs_clarification'>, target: string, scope: ScopeInput = {}): RuleIntent {
  return {
    intent_type: type,
    target,
    scope: { page: scope.page ?? null, sections: [...new Set(scope.sections ?? [])].slice(0, 20) },
    needs_clarification: false,
    question: null,
  };
}

export function clarification(question: string): RuleIntent {
  return { intent_type: 'needs_clarification', target: null, scope: { page: null, sections: [] }, needs_clarification: true, question };
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
