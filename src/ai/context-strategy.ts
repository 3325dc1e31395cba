// How much of the document the editor model reads, as the operator sets it at runtime (admin settings
// `ai.contextStrategy`): `scoped` shows only what the intent needs (select-context.ts), `page` also shows the whole
// page the change is on, for the model to match its tone and avoid repeating what other sections say. What the
// edit may change stays the intent's allowed paths either way; validation still refuses anything outside them.
import type { JsonValue } from '../patch/index.ts';
import type { Site } from '../site/index.ts';
import type { EditContext } from './edit-context.ts';

export const CONTEXT_STRATEGIES = ['scoped', 'page'] as const;
export type ContextStrategy = (typeof CONTEXT_STRATEGIES)[number];

export const WHOLE_PAGE_NOTE = 'the whole page, to read only: change nothing here outside the allowed paths';

/** The context the editor is given under `strategy`. */
export function applyContextStrategy(site: Site, context: EditContext, strategy: ContextStrategy): EditContext {
  if (strategy === 'scoped') return context;
  const pageIndex = context.page?.index ?? context.sections[0]?.pageIndex ?? null;
  const page = pageIndex === null ? undefined : site.pages[pageIndex];
  if (pageIndex === null || !page) return context;
  const path = `/pages/${pageIndex}`;
  if (context.entries.some((entry) => entry.path === path && entry.note === undefined)) return context; // already shown whole
  return { ...context, reference: [{ path, value: page as unknown as JsonValue, note: WHOLE_PAGE_NOTE }] };
}
