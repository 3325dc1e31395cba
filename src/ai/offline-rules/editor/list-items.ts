import type { JsonValue, PatchOperation } from '../../../patch/index.ts';
import { DISCONTINUED_PATTERN } from '../vocabulary/index.ts';
import type { EditProposal, EditRequest } from '../../roles.ts';
import { isRecord, sectionPointer, textOf, valueAt } from './context-values.ts';
import { ask, change, quoted } from './proposal.ts';
import { sectionName, sectionWords } from './section-words.ts';
import { listFields } from './text-fields.ts';

// Removing one item of a list rather than a section: "we don't do gutter cleaning any more" takes the service
// out of every list that offers it (services, prices, menu), "remove the third testimonial" the third review.
// The item is found by the words of its name (a service's title, a plan's name, a question); a tie between
// different items asks which.

const REMOVES = /\b(?:remove|delete|drop|take (?:out|off|away)|get rid of|cross off|strike)\b/i;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const IGNORED = new Set([
  'the', 'our', 'any', 'more', 'anymore', 'longer', 'not', "don't", 'dont', 'does', 'doesn', 'stopped', 'stop', 'offer', 'offering',
  'sell', 'selling', 'provide', 'providing', 'remove', 'delete', 'take', 'out', 'off', 'from', 'list', 'please', 'can', 'you', 'that',
  'this', 'these', 'those', 'them', 'it', 'and', 'with', 'now', 'we', 'us', 'get', 'rid', 'drop', 'item', 'page', 'section', 'site',
  'website', 'anything', 'do', 'have', 'who', 'what', 'which', 'she', 'he', 'they', 'asked', 'because', 'since', 'also', 'just',
]);

interface Found {
  pointer: string;
  title: string;
  itemLabel: string;
  sectionType: string;
}

/** The proposal when the prompt takes an item out of a list, else undefined (the prompt edits text instead). */
export function removeListItem(request: EditRequest): EditProposal | undefined {
  const { prompt, context } = request;
  const lower = prompt.toLowerCase().replace(/[’`]/g, "'");
  if (!REMOVES.test(lower) && !DISCONTINUED_PATTERN.test(lower)) return undefined;
  const ordinal = ORDINALS.findIndex((word) => new RegExp(`\\b${word}\\b`).test(lower));
  const isLast = /\blast\b/.test(lower);
  const candidates: (Found & { score: number })[] = [];
  const names = new Set<string>();
  for (const section of context.sections) {
    const props = valueAt(context, sectionPointer(section.pageIndex, section.sectionIndex, 'props'));
    if (!isRecord(props)) continue;
    const ignored = new Set([...IGNORED, ...sectionWords(section.type).flatMap((phrase) => phrase.split(' '))]);
    const words = (lower.match(/[\p{L}\p{N}'&-]{3,}/gu) ?? []).filter((word) => !ignored.has(word) && !ORDINALS.includes(word) && word !== 'last');
    for (const list of listFields(section.type)) {
      const items = props[list.path];
      const nameField = list.fields[0];
      if (!Array.isArray(items) || nameField === undefined) continue;
      items.forEach((item: JsonValue, index) => {
        const title = textOf(isRecord(item) ? item[nameField.path[0]!] : undefined, context.locale);
        names.add(title);
        const titleWords = title.toLowerCase().match(/[\p{L}\p{N}'&-]{3,}/gu) ?? [];
        const byWords = words.filter((word) => titleWords.some((titleWord) => titleWord === word || titleWord === `${word}s` || `${titleWord}s` === word)).length;
        const byPlace = context.sections.length === 1 && (index === ordinal || (isLast && index === items.length - 1)) ? 1 : 0;
        // Words found, then how much of the name they cover: "weddings" is the "Weddings" item before "Wedding — full day".
        const score = byWords + byPlace + (byWords > 0 ? byWords / Math.max(1, titleWords.length) : 0);
        if (score > 0) candidates.push({ pointer: sectionPointer(section.pageIndex, section.sectionIndex, 'props', list.path, index), title, itemLabel: list.itemLabel.toLowerCase(), sectionType: section.type, score });
      });
    }
  }
  const best = Math.max(0, ...candidates.map((candidate) => candidate.score));
  const chosen = candidates.filter((candidate) => candidate.score === best);
  if (chosen.length === 0) {
    if (names.size === 0) return undefined;
    const listed = [...names].slice(0, 8).map((name) => quoted(name)).join(', ');
    return ask(`I could not find that in the lists here. Which one should I take out? They hold: ${listed}${names.size > 8 ? ' …' : ''}.`);
  }
  const titles = [...new Set(chosen.map((candidate) => candidate.title))];
  if (titles.length > 1) return ask(`Which one should I take out: ${titles.map((title) => quoted(title)).join(' or ')}?`);
  // Later items first, so each index still points at its item when the operation before it has run.
  const operations: PatchOperation[] = chosen
    .map((candidate) => candidate.pointer)
    .sort((first, second) => second.localeCompare(first, 'en', { numeric: true }))
    .map((pointer) => ({ op: 'remove', path: pointer }));
  const lists = [...new Set(chosen.map((candidate) => sectionName(candidate.sectionType)))];
  return change(`Removed ${quoted(titles[0]!)} from ${lists.length === 1 ? `the ${lists[0]} list` : `the ${lists.join(' and ')} lists`}${chosen.length > 1 ? ` (${chosen.length} places)` : ''}`, operations);
}
