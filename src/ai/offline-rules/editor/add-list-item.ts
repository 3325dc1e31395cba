import type { JsonValue, PatchOperation } from '../../../patch/index.ts';
import { sectionDefinition } from '../../../site/index.ts';
import type { EditProposal, EditRequest } from '../../roles.ts';
import { isRecord, sectionPointer, valueAt } from './context-values.ts';
import { ask, change, quoted } from './proposal.ts';
import { sectionName, sectionWords } from './section-words.ts';
import { listFields, type ListField } from './text-fields.ts';
import { cleanValue, hasMarkup, newValue, quotedValues } from './values.ts';

// Adding one item to a list rather than a section: "Add a question to the FAQ: Do you travel? Answer: Yes,
// anywhere in Texas", "add a new service called Drone photography". The list is the selected section's (its
// catalog fields name the item: Question, Plan, Person …, and its everyday words: a service of the services);
// the first text field takes the name, the next one the rest ("… — what it is", "… Answer: …", "…? …").

const ADDS = /\b(?:add|include|put in|insert|list)\b/i;
const CALLED = /\b(?:called|named|titled)\s+/i;

export function addListItem(request: EditRequest): EditProposal | undefined {
  const { prompt, context } = request;
  if (!ADDS.test(prompt)) return undefined;
  for (const section of context.sections) {
    const list = listFields(section.type).find((field) => field.fields.length > 0 && field.fields[0]!.path.length === 1 && namesItem(prompt, field, section.type));
    if (list === undefined) continue;
    const pointer = sectionPointer(section.pageIndex, section.sectionIndex, 'props', list.path);
    const items = valueAt(context, pointer);
    if (!Array.isArray(items)) continue;
    const itemName = list.itemLabel.toLowerCase();
    const [first, second] = list.fields;
    const parts = itemParts(prompt);
    if (parts === undefined) return ask(`What should the new ${itemName} say? For example: add a ${itemName} "…".`);
    if ([parts.name, parts.rest ?? ''].some(hasMarkup)) return ask(`Text on the site is plain words: HTML and scripts are not allowed. What should the new ${itemName} say, in plain text?`);
    const isPair = second !== undefined && !second.isShort && second.path.length === 1;
    if (isPair && parts.rest === undefined && list.itemLabel === 'Question') return ask(`What is the answer to ${quoted(parts.name)}? For example: add a question "${parts.name}" answer "…".`);
    const item: { [key: string]: JsonValue } = { [first!.path[0]!]: cleanValue(parts.name, first!.isShort) };
    if (isPair && parts.rest !== undefined) item[second.path[0]!] = cleanValue(parts.rest, false);
    // Some items need more than words (a plan's price, a photo's image): say so rather than propose an invalid one.
    const props = valueAt(context, sectionPointer(section.pageIndex, section.sectionIndex, 'props'));
    const isComplete = isRecord(props) && sectionDefinition(section.type)?.props.safeParse({ ...props, [list.path]: [...items, item] }).success === true;
    if (!isComplete) return ask(`A new ${itemName} of the ${sectionName(section.type)} needs more than its words here — add it in the editor, where its other fields are.`);
    const operation: PatchOperation = { op: 'add', path: `${pointer}/${items.length}`, value: item };
    return change(`Added ${itemName} ${quoted(item[first!.path[0]!] as string)} to the ${sectionName(section.type)}`, [operation]);
  }
  return undefined;
}

/** "a question", "another plan", "a new service": the list's item label or a singular of its section's words. */
function namesItem(prompt: string, list: ListField, type: string): boolean {
  const words = [list.itemLabel.toLowerCase(), ...sectionWords(type).map((word) => word.replace(/ies$/, 'y').replace(/s$/, ''))];
  const pattern = new RegExp(`\\b(?:a|an|one|another|new|extra)\\s+(?:new\\s+|extra\\s+)?(?:${words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i');
  return pattern.test(prompt);
}

/** The new item's name and the rest: after "called", a quote or a colon; split at "Answer:", a "?" or a dash. */
function itemParts(prompt: string): { name: string; rest: string | undefined } | undefined {
  const called = CALLED.exec(prompt);
  const quotes = quotedValues(prompt);
  if (called === null && quotes.length >= 2) return { name: quotes[0]!.text, rest: quotes[1]!.text };
  const colon = /:\s*/.exec(prompt);
  const text = (called !== null ? prompt.slice(called.index + called[0].length) : colon !== null ? prompt.slice(colon.index + colon[0].length) : newValue(prompt)?.text ?? '').trim();
  if (text === '') return undefined;
  const labelled = /^(?:question\s*:\s*)?(.+?)\s*\banswer\s*:\s*(.+)$/is.exec(text);
  const split = labelled ?? /^(.+?\?)\s+(.+)$/s.exec(text) ?? /^(.+?)\s+[—–-]\s+(.+)$/s.exec(text);
  const name = (split?.[1] ?? text).replace(/^["“']|["”']$/g, '').trim();
  const rest = split?.[2]?.replace(/^["“']|["”']$/g, '').trim();
  return name === '' ? undefined : { name, rest: rest === '' ? undefined : rest };
}
