// Selections several section intents share: the footer and navigation as parts of every page, the sections an
// intent names, and a page's section list as the place sections are added to and moved in.
import { formatPointer } from '../../patch/index.ts';
import type { ContextSelection, SelectedSection } from '../edit-context.ts';
import { findSections, type ContextDraft } from './context-draft.ts';

/** The pointer of the part of every page a target names (`footer`, `navbar`), else undefined. */
export function sitePartOf(target: string): string | undefined {
  if (target === 'footer') return '/footer';
  if (target === 'navbar') return '/navigation';
  return undefined;
}

/** The sections the intent is about, made the context's sections (and their page its page, when they share one); empty when the site has none. */
export function useSections(draft: ContextDraft): SelectedSection[] {
  const sections = findSections(draft);
  if (sections.length === 0) return sections;
  draft.context.sections = sections;
  if (sections.every((section) => section.pageIndex === sections[0]!.pageIndex)) draft.usePage(sections[0]!.pageIndex);
  return sections;
}

/** Lets the edit change the page's list of sections, and shows it as a summary. */
export function showPageSections(draft: ContextDraft, pageIndex: number): void {
  const pointer = formatPointer(['pages', pageIndex, 'sections']);
  draft.allow(pointer);
  draft.show(pointer, 'summary: [index] = {id, type, visible}', draft.site.pages[pageIndex]!.sections.map((section) => ({ id: section.id, type: section.type, visible: section.visible })));
}

export interface PartOrSectionsSelection {
  /** Opens the part of every page the target names; by default it is allowed and shown whole. */
  part?: (pointer: string) => void;
  /** Opens one section in scope. */
  section: (section: SelectedSection) => void;
  /** Runs once every section is open (to show what they have in common). */
  afterSections?: () => void;
}

/**
 * The selection of the intents about a section or a part of every page: a part the target names (footer,
 * navigation) is opened by `part`; otherwise each section in scope by `section`, and when none is in scope the
 * one question asks which.
 */
export function selectPartOrSections(draft: ContextDraft, { part, section, afterSections }: PartOrSectionsSelection): ContextSelection {
  const pointer = sitePartOf(draft.target);
  if (pointer !== undefined) {
    if (part) part(pointer);
    else {
      draft.allow(pointer);
      draft.show(pointer);
    }
    return draft.selected();
  }
  const sections = useSections(draft);
  if (sections.length === 0) return draft.askForMissingSection();
  for (const selected of sections) section(selected);
  afterSections?.();
  return draft.selected();
}
