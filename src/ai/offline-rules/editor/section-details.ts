import type { JsonValue } from '../../../patch/index.ts';
import { sectionDefinition } from '../../../site/index.ts';
import { isRecord } from './context-values.ts';
import { sectionWords } from './section-words.ts';
import { listFields } from './text-fields.ts';
import { cleanValue, hasMarkup, numberFromWord, phrasePattern, quotedValues } from './values.ts';

// The obvious details of an "add a section" prompt applied to the catalog defaults: a heading ("called …"),
// a number of items ("with three plans") and figures ("stats like 500+ happy customers").

/** Items to append when a list grows past its defaults, where a plain copy would read oddly. */
const NEXT_ITEMS: Readonly<Record<string, readonly JsonValue[]>> = {
  pricing: [
    { name: 'Premium', price: '$99', period: 'per month', features: ['Everything in Plus', 'A dedicated contact'], action: { label: 'Choose Premium', href: '#contact' } },
  ],
};

export interface Details {
  props: { [key: string]: JsonValue };
  /** What the summary adds: "with 3 plans". */
  notes: string[];
}

export function applyDetails(type: string, defaults: JsonValue, prompt: string): Details {
  const props = structuredClone(isRecord(defaults) ? defaults : {});
  const notes: string[] = [];
  const heading = headingIn(prompt);
  if (heading !== undefined && 'heading' in props) {
    props.heading = heading;
    notes.push(`headed "${heading}"`);
  }
  const list = listFields(type)[0];
  const items = list === undefined ? undefined : props[list.path];
  if (list !== undefined && Array.isArray(items)) {
    const count = countIn(prompt, [list.label, list.itemLabel, 'items', 'entries', 'cards', 'tiers', 'options', ...sectionWords(type)]);
    if (count !== undefined && count !== items.length) {
      props[list.path] = resize(type, items, count);
      notes.push(`with ${count} ${list.label.toLowerCase()}`);
    }
    const figures = figuresIn(prompt);
    const fields = list.fields.map((field) => field.path.join('.'));
    if (figures.length > 0 && fields.includes('value') && fields.includes('label')) {
      // The figures given come first; defaults that say the same thing ("500 happy customers") make way.
      const current = (props[list.path] as JsonValue[]).filter((item) => !figures.some((figure) => isRecord(item) && item.label === figure.label));
      props[list.path] = [...figures, ...current].slice(0, Math.max(figures.length, (props[list.path] as JsonValue[]).length));
      const examples = (props[list.path] as JsonValue[]).length - figures.length;
      notes.push(`starting with ${figures.map((figure) => `${figure.value} ${figure.label}`).join(', ')}${examples > 0 ? ' (replace the example figures after it)' : ''}`);
    }
  }
  // A detail that breaks the section's schema (too many items) is dropped rather than proposed.
  return sectionDefinition(type)?.props.safeParse(props).success === false ? { props: structuredClone(defaults) as Details['props'], notes: [] } : { props, notes };
}

function headingIn(prompt: string): string | undefined {
  const marker = /\b(?:called|titled|named|headed|with the (?:heading|title))\b\s*:?\s*/i.exec(prompt);
  if (marker === null) return undefined;
  const after = prompt.slice(marker.index + marker[0].length);
  const text = quotedValues(after)[0]?.text ?? after.split(/\s+(?:to|on|at|in|with|above|below|after|before)\s+/i)[0] ?? '';
  const cleaned = cleanValue(text, true);
  return cleaned === '' || hasMarkup(cleaned) || cleaned.length > 120 ? undefined : cleaned;
}

function countIn(prompt: string, nouns: string[]): number | undefined {
  for (const match of prompt.matchAll(/\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+([a-z-]+)(?:\s+([a-z-]+))?/gi)) {
    const words = [match[2]!, match[3]].filter((word): word is string => word !== undefined);
    const isItemNoun = (noun: string) => nouns.some((candidate) => phrasePattern(candidate).test(noun) || phrasePattern(noun.replace(/e?s$/, '')).test(candidate));
    if (words.some(isItemNoun)) {
      const count = numberFromWord(match[1]!);
      if (count !== undefined && count >= 1) return count;
    }
  }
  return undefined;
}

function resize(type: string, items: JsonValue[], count: number): JsonValue[] {
  if (count <= items.length) return items.slice(0, count);
  const next = [...items];
  const extras = NEXT_ITEMS[type] ?? [];
  while (next.length < count) {
    const extra = extras[next.length - items.length];
    next.push(extra !== undefined ? structuredClone(extra) : copyOf(next[next.length - 1]!, next.length + 1));
  }
  return next;
}

/** A copy of the last item, numbered, with its yes/no flags off (only one plan is "featured"). */
function copyOf(item: JsonValue, position: number): JsonValue {
  if (!isRecord(item)) return structuredClone(item);
  const copy = structuredClone(item);
  const [firstKey] = Object.keys(copy).filter((key) => typeof copy[key] === 'string');
  for (const key of Object.keys(copy)) if (typeof copy[key] === 'boolean') copy[key] = false;
  if (firstKey !== undefined) copy[firstKey] = `${String(copy[firstKey]).replace(/\s*\d+$/, '')} ${position}`;
  return copy;
}

/** "like 500+ happy customers and 12 years in business" → [{value: '500+', label: 'happy customers'}, …]. */
function figuresIn(prompt: string): { value: string; label: string }[] {
  const figures: { value: string; label: string }[] = [];
  const pattern = /(?<![\w$])([$€£]?\d[\d,.]*(?:\s?[+%★kKmM]|\+)?)\s+([a-z][a-z' -]*?)(?=\s*(?:,|;|\.(?:\s|$)|\band\b|$))/g;
  for (const match of prompt.matchAll(pattern)) {
    const label = match[2]!.trim();
    if (label === '' || /^(plans?|items?|sections?)$/.test(label)) continue;
    figures.push({ value: match[1]!.replace(/\s+/g, ''), label });
  }
  return figures;
}
