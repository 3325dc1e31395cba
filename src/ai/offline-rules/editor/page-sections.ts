import { formatPointer } from '../../../patch/index.ts';
import type { EditContext } from '../../edit-context.ts';
import { isRecord, valueAt } from './context-values.ts';
import { mentionedSections } from './section-words.ts';

// The page's section list as the context summarises it ({id, type, visible} by index), and where a prompt says
// something should go on it: "above the features", "after the hero", "at the top", "to the bottom".

export interface SectionSummary {
  id: string;
  type: string;
  visible: boolean;
}

export function pageSections(context: EditContext): { pointer: string; sections: SectionSummary[] } | undefined {
  if (context.page === null) return undefined;
  const pointer = formatPointer(['pages', context.page.index, 'sections']);
  const value = valueAt(context, pointer);
  if (!Array.isArray(value)) return undefined;
  const sections = value.filter(isRecord).map((section) => ({ id: String(section.id), type: String(section.type), visible: section.visible !== false }));
  return { pointer, sections };
}

export type Placement =
  | { kind: 'relative'; reference: number; isAfter: boolean }
  | { kind: 'top' }
  | { kind: 'bottom' }
  | { kind: 'step'; delta: -1 | 1 };

const RELATIVE = /\b(above|before|over|ahead of|on top of|in front of|below|after|under|beneath|underneath|following|behind|next to|beside)\b/i;

/** Where `text` puts something, relative to sections other than `exclude` (the one being moved). */
export function placementIn(text: string, sections: readonly SectionSummary[], exclude?: number): Placement | undefined {
  const direction = RELATIVE.exec(text);
  if (direction !== null) {
    const mentions = mentionedSections(text, sections).filter((mention) => mention.index !== exclude);
    const reference = mentions.find((mention) => mention.at > direction.index) ?? mentions[0];
    if (reference !== undefined) {
      return { kind: 'relative', reference: reference.index, isAfter: /^(below|after|under|beneath|underneath|following|behind|next to|beside)$/i.test(direction[1]!) };
    }
  }
  if (/\b(top|first|beginning|start)\b/i.test(text)) return { kind: 'top' };
  if (/\b(bottom|end|last|footer)\b/i.test(text)) return { kind: 'bottom' };
  if (/\b(up|higher|earlier)\b/i.test(text)) return { kind: 'step', delta: -1 };
  if (/\b(down|lower|later)\b/i.test(text)) return { kind: 'step', delta: 1 };
  return undefined;
}

/** "at the top" means first after the page's opening hero: a hero is what a page opens with. */
export function topIndex(sections: readonly SectionSummary[], type: string): number {
  return sections[0]?.type === 'hero' && type !== 'hero' ? 1 : 0;
}

export function describePlacement(placement: Placement, sections: readonly SectionSummary[], name: (type: string) => string): string {
  switch (placement.kind) {
    case 'relative': return `${placement.isAfter ? 'below' : 'above'} ${name(sections[placement.reference]!.type)}`;
    case 'top': return sections[0]?.type === 'hero' ? 'to the top, below the hero' : 'to the top';
    case 'bottom': return 'to the bottom';
    case 'step': return placement.delta < 0 ? 'up one place' : 'down one place';
  }
}
