import { sectionIdAmong } from '../../../patch/index.ts';
import type { EditProposal, EditRequest } from '../../roles.ts';
import { applyDetails } from './section-details.ts';
import { describePlacement, pageSections, placementIn, topIndex } from './page-sections.ts';
import { ask, change } from './proposal.ts';
import { sectionName } from './section-words.ts';
import { isRecord, textOf } from './context-values.ts';
import type { JsonValue } from '../../../patch/index.ts';
import { phrasePattern } from './values.ts';

// add_section: a new section built from the catalog defaults (with the prompt's obvious details) — a pricing
// section from the site's own services — under a fresh id, placed where the prompt says, else before the page's
// closing call to action, else at the end.

export function addSection(request: EditRequest): EditProposal {
  const { context, prompt } = request;
  const catalog = context.sectionTypes[0];
  const list = pageSections(context);
  if (catalog === undefined || list === undefined || context.page === null) return ask('Which kind of section should I add, and on which page?');
  const { sections, pointer } = list;
  // "a pricing table with three plans" asks for a layout of examples; otherwise the prices are the site's own services.
  const fromSite = catalog.type === 'pricing' && !PLAN_COUNT.test(prompt) ? plansFromServices(request) : undefined;
  const { props, notes } = fromSite ?? applyDetails(catalog.type, catalog.defaults, prompt);
  const id = sectionIdAmong(context.page.id, catalog.type, context.takenIds);
  const placement = placementIn(prompt.replace(/\b(home ?page|front page|main page)\b/gi, ''), sections);
  const closing = sections.length > 0 && sections[sections.length - 1]!.type === 'cta' ? sections.length - 1 : sections.length;
  let index = closing;
  if (placement?.kind === 'relative') index = placement.reference + (placement.isAfter ? 1 : 0);
  else if (placement?.kind === 'top') index = topIndex(sections, catalog.type);
  else if (placement?.kind === 'bottom') index = sections.length;
  const value = { id, type: catalog.type, props, visible: true };
  const where = placement === undefined || placement.kind === 'step' ? '' : ` ${describePlacement(placement, sections, sectionName).replace(/^to the /, 'at the ')}`;
  const name = sectionName(catalog.type);
  const article = /^([aeiou]|FAQ)/i.test(name) ? 'an' : 'a';
  return change(`Added ${article} ${name} section to ${context.page.title}${where}${notes.length > 0 ? `, ${notes.join(', ')}` : ''}`, [{ op: 'add', path: `${pointer}/${index}`, value }]);
}

const MAX_PLANS = 6;
const PLAN_COUNT = /\b(?:\d{1,2}|one|two|three|four|five|six)\s+(?:plans?|tiers?|packages?|options?|columns?)\b/i;
const PRICE = /(?:[$€£]\s?\d(?:[\d.,]*\d)?|\d(?:[\d.,]*\d)?\s?(?:€|eur|euros?|dollars?|pounds?|usd|gbp))(?:\s*(?:per|an?|\/)\s*(?:hour|month|session|visit|person|day|week|year|h))?/gi;

/**
 * "add a section with our prices": one plan per service the site already lists (the context shows them), priced
 * as the prompt says ("gutter cleaning £80") — any price not given is an example, marked as a sample.
 */
function plansFromServices(request: EditRequest): { props: { [key: string]: JsonValue }; notes: string[] } | undefined {
  const { context, prompt } = request;
  const services = new Map<string, string>();
  for (const entry of context.entries) {
    if (!entry.path.endsWith('/props/items') || !Array.isArray(entry.value)) continue;
    for (const item of entry.value.filter(isRecord)) {
      const title = textOf(item.title, context.locale).trim();
      if (title !== '' && !services.has(title)) services.set(title, textOf(item.text, context.locale));
    }
  }
  const defaults = context.sectionTypes[0]?.defaults;
  if (services.size === 0 || !isRecord(defaults) || !Array.isArray(defaults.plans)) return undefined;
  const examples = defaults.plans.filter(isRecord);
  const given = pricesIn(prompt);
  let sampled = 0;
  const plans = [...services].slice(0, MAX_PLANS).map(([name, description], index) => {
    const price = [...given].find(([words]) => words.some((word) => phrasePattern(word).test(name)))?.[1];
    const example = examples[index % examples.length]!;
    if (price === undefined) sampled += 1;
    return {
      name,
      price: price ?? String(example.price ?? ''),
      period: price === undefined ? String(example.period ?? '') : '',
      description,
      features: [],
      ...(isRecord(example.action) ? { action: { ...example.action, label: `Book ${name}`.slice(0, 80) } } : {}),
      ...(price === undefined ? { sample: true as const } : {}),
    };
  });
  const notes = [`with a plan for each of your ${plans.length} services`];
  if (sampled > 0) notes.push(`${sampled === plans.length ? 'every price is an example' : `${sampled} example ${sampled === 1 ? 'price' : 'prices'}`} marked as ${sampled === 1 ? 'a sample' : 'samples'}: replace ${sampled === 1 ? 'it' : 'them'} with yours`);
  return { props: { ...defaults, heading: 'Prices', plans }, notes };
}

/** "gutter cleaning £80, windows £40": the words before each price, and the price. */
function pricesIn(prompt: string): [string[], string][] {
  const found: [string[], string][] = [];
  let start = 0;
  for (const match of prompt.matchAll(PRICE)) {
    const before = prompt.slice(start, match.index).split(/[,;:]|\band\b/).pop() ?? '';
    const words = (before.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((word) => !['for', 'the', 'our', 'costs', 'cost', 'price', 'prices', 'with', 'add', 'section', 'from'].includes(word));
    if (words.length > 0) found.push([words, match[0].trim()]);
    start = match.index + match[0].length;
  }
  return found;
}
