// Scoring one composed site against its annotated description: is it this business's site? The name as written
// (or, without one, a name made only of the description's words and the trade's name), a family the annotation
// calls right (or the neutral layout), no neighbouring trade's content, the annotated facts, the language.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ComposeResult } from '../../src/composer/index.ts';
import type { DescriptionCase } from './eval-sets.ts';

/** The composer's family for "nothing more specific": never wrong, never the trade of another business. */
export const NEUTRAL_FAMILIES: ReadonlySet<string> = new Set(['general', 'neutral']);

export interface DescriptionScore {
  id: string;
  nameRight: boolean;
  /** The name as annotated to the letter, a leading article included ("Le Petit Zinc" is not "Petit Zinc"). */
  nameRightStrictly: boolean;
  familyRightOrNeutral: boolean;
  /** What proves another trade's template: its family, or annotated words the description never used. */
  wrongTradeContent: string[];
  factsFound: number;
  factsMissing: string[];
  languageRight: boolean;
  got: { name: string; family: string; language: string };
}

export function scoreDescription(entry: DescriptionCase, result: ComposeResult): DescriptionScore {
  const { site, facts } = result;
  const text = normalise(siteText(site).join('\n'));
  const family = facts.industry;
  const familyRightOrNeutral = NEUTRAL_FAMILIES.has(family) || entry.families.includes(family);
  const wrongTradeContent = [
    ...(familyRightOrNeutral ? [] : [`family ${family}`]),
    ...entry.mustNot.filter((word) => containsPhrase(text, normalise(word))),
  ];
  const factsMissing = entry.facts.filter((fact) => !factShown(text, fact));
  return {
    id: entry.id,
    nameRight: entry.name === null ? nameFromGivenWords(site.business.name, entry) : sameName(site.business.name, entry.name),
    nameRightStrictly: entry.name === null ? nameFromGivenWords(site.business.name, entry) : sameName(site.business.name, entry.name, true),
    familyRightOrNeutral,
    wrongTradeContent,
    factsFound: entry.facts.length - factsMissing.length,
    factsMissing,
    languageRight: site.locales.default.split('-')[0] === entry.lang,
    got: { name: site.business.name, family, language: site.locales.default },
  };
}

/** Every string a visitor or the editor could read in the document (ids, links and colours included: harmless). */
export function siteText(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(siteText);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(siteText);
  return [];
}

/** Lower case, no accents, one kind of dash and apostrophe, single spaces. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function containsPhrase(haystack: string, phrase: string): boolean {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Whole words, a plural allowed: "spa" is not found in "spam", "room" is found in "rooms".
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:s|es)?(?![\\p{L}\\p{N}])`, 'u').test(haystack);
}

/** A fact is shown when its words are; a phone number or another mostly-digit fact, when its digits are. */
function factShown(text: string, fact: string): boolean {
  const digits = fact.replace(/\D/g, '');
  if (digits.length >= 6 && digits.length >= fact.replace(/\s/g, '').length * 0.6) return text.replace(/\D/g, '').includes(digits);
  return containsPhrase(text, normalise(fact));
}

/**
 * The same name, case, accents and trailing dots aside — and, unless `strictly`, a leading article: the annotations
 * differ on it ("Les Délices de Léa" is written "Délices de Léa" in one half and a French name keeps its "Le" in
 * the other), and a site called "Petit Zinc" for "Le Petit Zinc" is still this business's site.
 */
export function sameName(got: string, expected: string, strictly = false): boolean {
  const clean = (name: string) => {
    const bare = normalise(name).replace(/[.!,;:]+$/u, '');
    return strictly ? bare : bare.replace(LEADING_ARTICLE, '');
  };
  return clean(got) === clean(expected);
}

/** A leading article in the languages PageHub composes in. */
const LEADING_ARTICLE = /^(?:(?:the|le|la|les|el|los|las|o|a|os|as|il|lo|gli|der|die|das|de|het)\s+|l'|'t\s+)(?=\S)/u;

const CONNECTORS = new Set(['&', 'and', 'the', 'of', 'y', 'e', 'et', 'und', 'en', 'di', 'de', 'da', 'do', 'du', 'des', 'del', 'la', 'le', 'el', 'het', 'van']);

/** Without a name in the description, the site's name may use only the description's words and the trade's name. */
function nameFromGivenWords(got: string, entry: DescriptionCase): boolean {
  const allowed = new Set([...words(entry.text), ...tradeNames(entry.trade, entry.lang).flatMap(words), ...CONNECTORS]);
  const stem = (word: string) => word.replace(/(?:'s|s|es)$/u, '');
  const allowedStems = new Set([...allowed].map(stem));
  return words(got).every((word) => allowed.has(word) || allowedStems.has(stem(word)));
}

function words(text: string): string[] {
  return normalise(text).match(/[\p{L}\p{N}&]+/gu) ?? [];
}

const require = createRequire(import.meta.url);
const presetNames = new Map<string, Record<string, { name?: string }>>();

/** The trade's name in English and in the description's language, from the OpenStreetMap iD presets. */
export function tradeNames(trade: string, lang: string): string[] {
  return [...new Set(['en', lang])].flatMap((code) => {
    if (!presetNames.has(code)) {
      const file = require.resolve(`@openstreetmap/id-tagging-schema/dist/translations/${code}.min.json`);
      const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { presets: { presets: Record<string, { name?: string }> } }>;
      presetNames.set(code, data[code]?.presets.presets ?? {});
    }
    const name = presetNames.get(code)?.[trade]?.name;
    return name ? [name] : [];
  });
}
