import { capitalize } from './clean-text.ts';
import { keywordPattern } from './detect-industry.ts';
import type { ExtractedFacts } from './facts.ts';
import { fill, type CopyValues } from './fill-template.ts';
import { currencyFor } from './gazetteer.ts';
import { nameFromWords, tradeFromText } from './names/name-from-words.ts';
import { ownSentences, ownWords } from './own-words.ts';
import type { IndustryProfile } from './industries/index.ts';
import { profileAsSaid } from './profile-as-said.ts';

// Everything the page builders share: the facts, the chosen industry, the final name and the values copy
// templates are filled with.

export interface Composition {
  readonly facts: ExtractedFacts;
  readonly profile: IndustryProfile;
  readonly name: string;
  readonly isNameInvented: boolean;
  readonly values: CopyValues;
  /** The readable description without the business name: what "mentions" are looked for in. */
  readonly mentionText: string;
  /** The person's own description as paragraphs (./own-words.ts), or undefined when it says too little. */
  readonly ownWords: readonly string[] | undefined;
  /** The description's first sentence about the business, even when it says too little for an About page. */
  readonly ownFirstSentence: string | undefined;
  fill(template: string, extra?: Record<string, string>): string;
  /** Where the main call to action leads: `page:contact` or the industry page. */
  readonly actionHref: string;
}

const PROPER_QUALIFIERS = /^(?:italian|french|mexican|japanese|thai|indian|chinese|greek|lebanese|korean|vietnamese|spanish|portuguese|mediterranean|caribbean|ethiopian|turkish)$/;

export function createComposition(facts: ExtractedFacts, profile: IndustryProfile, text: string): Composition {
  const isNameInvented = facts.name === undefined;
  const name = facts.name ?? nameFromWords(profile, facts, text);
  const mentionText = facts.name === undefined ? text : text.split(facts.name).join(' ');
  const place = placePhrase(facts);
  const values: CopyValues = {
    name,
    place,
    city: facts.city ?? '',
    audience: facts.audience ?? '',
    descriptor: describeBusiness(profile, facts, text, mentionText),
    currency: currencyFor(facts.country),
    inPlace: place === '' ? '' : /^downtown$|^uptown$|^midtown$/i.test(place) ? ` ${place}` : ` in ${place}`,
    offer: '',
  };
  return {
    facts,
    // The family's copy, less what names a particular the description never mentions (its name included).
    profile: profileAsSaid(profile, text),
    name,
    isNameInvented,
    values,
    mentionText,
    ownWords: ownWords(text),
    ownFirstSentence: ownSentences(text)[0],
    fill: (template, extra) => fill(template, values, extra),
    actionHref: profile.action.target === 'page' ? `page:${profile.page.id}` : 'page:contact',
  };
}

/** The same composition, with `{offer}` filled from the services the description lists. */
export function withOffer(composition: Composition, terms: readonly string[]): Composition {
  const offer = joinWords(terms.slice(0, 3).map((term) => (/^\p{Lu}\p{Ll}/u.test(term) ? term.charAt(0).toLowerCase() + term.slice(1) : term)));
  const values: CopyValues = { ...composition.values, offer };
  return { ...composition, values, fill: (template, extra) => fill(template, values, extra) };
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "Boston's North End", "downtown Austin", "Portland", "downtown", or ''. */
function placePhrase(facts: ExtractedFacts): string {
  const { city, area } = facts;
  if (city !== undefined && area !== undefined) return /^(?:downtown|uptown|midtown)$/i.test(area) ? `${area.toLowerCase()} ${city}` : `${city}'s ${area}`;
  if (city !== undefined) return city;
  if (area !== undefined) return /^(?:downtown|uptown|midtown)$/i.test(area) ? area.toLowerCase() : area;
  return '';
}

/** "vegan bakery", "family Italian restaurant", "freelance wedding and portrait photographer". */
function describeBusiness(profile: IndustryProfile, facts: ExtractedFacts, text: string, mentionText: string): string {
  const nounEntry = profile.nouns?.find(([pattern]) => pattern.test(text));
  // The neutral layout names the trade as the description does, else as the taxonomy does when it is sure.
  const tradeName = facts.trade?.isSure && facts.locale === 'en' ? facts.trade.label.toLowerCase() : undefined;
  const noun = nounEntry?.[1] ?? (profile.id === 'general' ? (tradeFromText(mentionText) ?? tradeName) : undefined) ?? profile.noun;
  const anchor = nounEntry !== undefined ? new RegExp(nounEntry[0].source.toLowerCase(), 'gu') : keywordPattern(profile);
  const lowerText = mentionText.toLowerCase();
  const kept: string[] = facts.flags.isFamilyOwned ? ['family-owned'] : [];
  for (const match of lowerText.matchAll(anchor)) {
    const window = lowerText.slice(Math.max(0, match.index - 40), match.index);
    for (const qualifier of facts.qualifiers) {
      const word = qualifier.replace(/-(?:owned|run)$/, '');
      if (kept.some((existing) => existing.startsWith(word))) continue;
      if (new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(window)) kept.push(qualifier);
    }
  }
  const words = kept.slice(0, 2).map((word) => (PROPER_QUALIFIERS.test(word) ? capitalize(word) : word));
  return [...words, noun].join(' ');
}
