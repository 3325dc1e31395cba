import { isWholeTradeWord, startsWithTradeWord } from '../detect-industry.ts';
import { endsWithTradeName, opensWithTradeName } from '../trades/index.ts';
import type { ComposerLocale } from '../detect-locale.ts';
import { isFollowedByCue } from './name-cues.ts';
import { COMMON_WORDS, isPlausible, NOT_A_NAME_START } from './name-words.ts';
import { endsInNoun, isDemonym, isDescribingWord, isPersonName, isPlaceName } from './proper-nouns.ts';
import { lookupCity } from '../gazetteer.ts';

// A name written all in lower case, as people write when they type fast: "welcome to green thumb garden services!!",
// "fresh start cleaning ltd does end of tenancy cleans", "cuts & curls hair salon, stockport", "website for jenny's
// alterations please". Read where a name stands — opening the text, or after the words that present one — when it
// ends in what the business is (its trade, "services", "ltd") and holds a word that names rather than describes
// ("green thumb", "fresh start", "cuts & curls", "jenny's"): "mobile dog grooming" and "a small bakery" name nothing.
// And in the Romance languages, a name in sentence case opening the text: "Cantinho do sabor, restaurante …".

/** Words that present a business written in lower case, with no article after them: "we're sunny paws", "i run little stars nursery". */
const PRESENTING = /(?<=^|[.!?,\s])(?:welcome\s+to|we\s+are|we['’]re|this\s+is(?:\s+the\s+(?:web\s?)?site\s+for)?|(?:web\s?)?site\s+for|i\s+run|we\s+run|i\s+own|we\s+own|my\s+business\s+is(?:\s+called)?|(?:my|our)\s+(?:business|company|shop|salon|studio|bakery|caf[eé]|van|truck|stall)|i['’]?m\s+\p{Ll}+\s+(?:from|at)|i\s+am\s+\p{Ll}+\s+(?:from|at)|here\s+at|at|(?:hi|hello|hey|hiya)(?:\s+(?:all|everyone|there))?[!,.]*)\s+(?!(?:a|an|my|our|your|some|this|that|these|those)\s)/gu;
/** Where a lower-case name stops: punctuation, a dash, where it is, who speaks, what it does for whom. */
const NAME_END = /[,.!?;:()·•|]|\s[-–—]\s|\s(?:here|in|at|on|near|from|based|located|covering|serving|around|across|throughout|and\s+i|and\s+we|we|i|for|with|please|since|est|open|is|are|does|do|offers?|offering|provides?|providing|has|have|makes?|made|sells?|selling|bakes?|baked|delivers?|delivered|covers?|run\s+by|runs|owned|established|opening|specialis(?:es|e)|specializ(?:es|e))(?=[\s,.!?;:]|$)/u;
/** What a business name may end in besides its trade: "… services", "… ltd", "… & co". */
const BUSINESS_ENDINGS = /^(?:services|service|company|co|ltd|limited|llc|inc|studio|shop|store|salon|clinic|practice|agency|centre|center|workshop|kitchen|bar|cafe|café|bakery|nursery|furniture|taxis|cabs|alterations|repairs|removals|windows|motors|garage|academy|school|club|hub|barn|house|lodge|rooms|hire|campground|campsite|park|farm|stables|cottages?|physio|catering|design|studios|brewery|distillery|winery|vineyard|market|deli|grill|takeaway|pub|gallery|cupcakes|cakes|bakes|tattoo|books|records|vintage|storage|skips|scaffolding|electrics|electrical|decorators|joinery|glazing|interiors|parlour|parlor|cattery|kennels|childminding|childcare|daycare|bootcamp|group|society|choir|collective|association|network|trust|foundation|circle|orchestra|band)$/u;
/** What the business is, set off after its name: ", a farm shop", ", an independent bookshop". */
const APPOSED = /^\s*,\s+(?:a|an)\s/u;

/** Where the business is or whom it is for, after a name opening the text: "nuts about nature forest school for under 5s". */
const WHERE_OR_WHO = /^\s+(?:in|near|for|serving|covering|across|around)\s/u;
/** Words that say where, opening a phrase that is no name. */
const WHERE_WORDS = new Set(['behind', 'near', 'next', 'opposite', 'above', 'below', 'beside', 'inside', 'outside', 'under', 'over', 'by', 'at', 'in', 'on', 'off', 'from', 'into', 'onto', 'upstairs', 'downstairs', 'round', 'around', 'across', 'between']);
const SMALL_WORDS = new Set(['&', 'and', 'of', 'the', 'n', "'n'", 'by', 'on', 'at', 'to', 'a']);
/** Words of a sentence, never of a name: "we do house cleaning", "you get dog grooming". */
const NOT_NAMING_WORDS = new Set(['other', 'others', 'every', 'each', 'both', 'such', 'own', 'is', 'are', 'was', 'be', 'we', 'i', 'you', 'they', 'it', 'do', 'does', 'did', 'get', 'got', 'can', 'will', 'also', 'just', 'only', 'all', 'any', 'some', 'more', 'most', 'very', 'plus', 'or', 'but', 'not', 'no', 'full', 'same', 'day', 'days', 'week', 'weekly', 'free', 'cheap', 'great', 'good', 'general', 'all-round', 'domestic', 'house', 'home', 'office', 'deep', 'regular', 'one-off']);

export function lowerCaseBusinessName(text: string, locale: ComposerLocale): { name: string; source: string } | undefined {
  if (locale !== 'en') return undefined;
  const lower = text.trimStart();
  const positions: { at: number; isOpening: boolean; keepsThe?: boolean; isLater?: boolean }[] = [{ at: 0, isOpening: true, keepsThe: true }];
  // "welcome to the potting shed garden centre" keeps its "the"; "at the retail park" is where, not who
  for (const match of lower.matchAll(PRESENTING)) positions.push({ at: match.index + match[0].length, isOpening: false, keepsThe: !/(?:^|\s)at\s+$/u.test(match[0]) });
  // "… everyone talks about 🍰 sugar plum cakes — celebration cakes …": a line or a part set off by a bar, a bullet or
  // an emoji opens like the text does — unless the parts are a list of what is offered ("fades • beard trims • kids cuts")
  const isList = lower.split(/\s[·|•]\s|\n/u).filter((part) => part.trim().split(/\s+/).length <= 3).length > 2;
  if (!isList) for (const match of lower.matchAll(/(?:\n|\s[·|•])\s*(?=\p{Ll})/gu)) positions.push({ at: match.index + match[0].length, isOpening: true, keepsThe: true });
  // "mobile dog grooming in leeds. honey bee grooming, call …": a later sentence opens like the text does
  for (const match of lower.matchAll(/[.!?]\s+(?=\p{Ll})/gu)) positions.push({ at: match.index + match[0].length, isOpening: true, keepsThe: true, isLater: true });
  for (const { at, isOpening, keepsThe = false, isLater = false } of positions) {
    const rest = lower.slice(at);
    if (!/^\p{Ll}/u.test(rest)) continue;
    const end = NAME_END.exec(rest);
    const phrase = (end === null ? rest : rest.slice(0, end.index)).trim();
    // "rustic roots, a farm shop near york": opening the text and set off by what it is, a name needs no trade word
    // … or by what it is without an article, when it ends in a noun: "wild thyme, wedding catering …", not "fully insured."
    const isApposed = isOpening && (APPOSED.test(rest.slice(phrase.length)) || (isSetOffByTrade(rest.slice(phrase.length)) && endsInNoun(phrase) && !/\p{L}{2}ly(?:\s|$)/u.test(phrase)));
    const name = namedPhrase(phrase, keepsThe, isLater) ?? (isApposed ? apposedPhrase(phrase) : undefined) ?? (isOpening ? innerSmallWordPhrase(rest) : joinedPhrase(phrase));
    if (name === undefined) continue;
    // Opening the text, a name is closed by what it does ("fresh start cleaning ltd does …", "little owl nursery
    // offering …", "… est 2012"), a comma, a colon, a dash, the first sentence's end ("pine ridge campground. tent
    // pitches, …") or where it is and for whom. The site drops a legal form ("ltd") as for any name.
    const after = rest.slice(rest.indexOf(name) + name.length);
    const isClosedByWord = end !== null && /^\s\p{Ll}/u.test(end[0]);
    if (isOpening && !(isFollowedByCue(after, locale, false) || isClosedByWord || /^\s*(?:,|:|\s[-–—·•|]\s|[.!]+(?:\s|$))/u.test(after) || WHERE_OR_WHO.test(after))) continue;
    return { name, source: 'lower-case' };
  }
  return undefined;
}

/** "wild thyme, wedding catering …", "sunny side up! breakfast cafe …": closed, then what the business is. */
function isSetOffByTrade(after: string): boolean {
  const next = /^\s*[,.!]+\s+((?:[\p{Ll}&'’-]+\s+){0,3}[\p{Ll}&'’-]+)/u.exec(after)?.[1];
  return next !== undefined && (startsWithTradeWord(next) || opensWithTradeName(next, 'en'));
}

/** The phrase as a name, when it is one: ends in what the business is and holds a word that names. */
function namedPhrase(phrase: string, keepsThe = false, isLater = false): string | undefined {
  const all = phrase.split(/\s+/).filter((word) => word !== '');
  if (all[0] === 'the' && !keepsThe) return undefined;
  const words = all[0] === 'the' ? all.slice(1) : all;
  if (words.length < 2 || words.length > 5 || words.some((word) => !/^[\p{Ll}\p{N}&'’+-]+$/u.test(word))) return undefined;
  // "behind the old town library": where, not who
  if (NOT_A_NAME_START.has(words[0] ?? '') || WHERE_WORDS.has(words[0] ?? '')) return undefined;
  const last = words[words.length - 1] ?? '';
  // "nailed it by sophie", "walkies with wendy": whose it is ends a name as a trade does
  const isWhose = words.length >= 3 && /^(?:by|with)$/u.test(words[words.length - 2] ?? '') && isPersonName(last);
  const endsInTrade = isBusinessWord(last) || isWhose;
  if (!endsInTrade && !endsWithTradeName(words.slice(-3).join(' '), 'en')) return undefined;
  // a word that names: "jenny's", or one that neither describes ("fully insured") nor says the trade ("thumb", "start", "minds")
  // … and not a town's ("dog grooming leeds")
  const names = words.filter((word) => !SMALL_WORDS.has(word) && (/['’]s$/u.test(word) || (!COMMON_WORDS.has(word) && !NOT_NAMING_WORDS.has(word) && !/\p{L}{2}ly$/u.test(word) && !isBusinessWord(word) && !/^\p{N}+$/u.test(word) && lookupCity(word) === undefined)));
  // "… . manual and automatic lessons, …": in a later sentence, words that only describe say what kind, not whose
  if (names.length === 0 || (isLater && names.every((word) => isDescribingWord(word) && !/['’]s$/u.test(word)))) return undefined;
  // ending in a trade only the taxonomy names ("fur & feather pet sitting"), a name needs a word before it that is no
  // participle and says no origin: "home cooked caribbean food" says what, not whose
  if (!endsInTrade && !names.some((word) => word !== last && !/\p{L}{3}ed$/u.test(word) && !isDemonym(word))) return undefined;
  const name = all.join(' ');
  return isPlausible(name) && !isPlaceName(name) ? name : undefined;
}

/** "wild at heart florist, …", "bread and roses bakery, …": opening the text, a name may hold a small word, up to a comma. */
function innerSmallWordPhrase(rest: string): string | undefined {
  const phrase = (/^[^,.!?;:()·•|\n]*/u.exec(rest)?.[0] ?? '').trim();
  const words = phrase.split(/\s+/);
  // a trade first is what it is and for whom: "accountant for freelancers and contractors"
  if (words.length < 3 || words.length > 5 || isBusinessWord(words[0] ?? '') || !/^\s*[,.!:]/u.test(rest.slice(phrase.length))) return undefined;
  // not where it is: "bakery in leeds", "cleaning across york"
  const inner = words.findIndex((word, index) => index > 0 && /^(?:at|in|on|of|for|with|to)$/u.test(word));
  if (inner < 0 || isPlaceName(words.slice(inner + 1).join(' ')) || isPlaceName(words[inner + 1] ?? '')) return undefined;
  return namedPhrase(phrase);
}

/** "find us at paint & play", "book at mud and fire": after the words that present a name, two words joined by "&" that say no trade. */
function joinedPhrase(phrase: string): string | undefined {
  const pair = /^([\p{Ll}][\p{L}'’-]+)\s+(?:&|\+|n|'n'|’n’|and)\s+([\p{Ll}][\p{L}'’-]+)$/u.exec(phrase);
  if (pair === null) return undefined;
  const words = [pair[1] ?? '', pair[2] ?? ''];
  return words.some((word) => isBusinessWord(word) || COMMON_WORDS.has(word) || NOT_NAMING_WORDS.has(word)) || !isPlausible(phrase) ? undefined : phrase;
}

/** Two to four words, none of a sentence's, one that names ("rustic roots"): a name set off by what it is. */
function apposedPhrase(phrase: string): string | undefined {
  const words = phrase.split(/\s+/).filter((word) => word !== '');
  if (words.length < 2 || words.length > 4 || NOT_A_NAME_START.has(words[0] ?? '')) return undefined;
  if (words.some((word) => NOT_NAMING_WORDS.has(word) || !/^[\p{Ll}\p{N}&'’+-]+$/u.test(word))) return undefined;
  const names = words.filter((word) => !SMALL_WORDS.has(word) && !COMMON_WORDS.has(word) && !isBusinessWord(word) && !/^\p{N}+$/u.test(word) && lookupCity(word) === undefined);
  return names.length > 0 && isPlausible(phrase) && !isPlaceName(phrase) ? phrase : undefined;
}

/** A trade or a word a business's name ends in, in the plural too ("landscapes", "florists"). */
function isBusinessWord(word: string): boolean {
  return [word, word.replace(/s$/u, '')].some((form) => isWholeTradeWord(form) || BUSINESS_ENDINGS.test(form));
}

/** "Cantinho do sabor, …", "Casa da sopa: …", "Sabores da terra é …": a name in sentence case in the Romance languages. */
const SENTENCE_CASE_NAME = /^(\p{Lu}[\p{Ll}\p{M}'’-]+\s+(?:de|da|do|das|dos|del|della|di|du|des|d['’])\s*[\p{Ll}\p{M}'’-]+)(?=\s*(?:,|:|\s[-–—]\s)|\s+\p{Ll})/u;
const ROMANCE = new Set<ComposerLocale>(['pt', 'es', 'fr', 'it']);

export function sentenceCaseName(text: string, locale: ComposerLocale): { name: string; source: string } | undefined {
  if (!ROMANCE.has(locale)) return undefined;
  const name = SENTENCE_CASE_NAME.exec(text.trimStart())?.[1];
  if (name === undefined) return undefined;
  const words = name.split(/\s+|['’]/u).filter((word) => word.length > 3);
  // "Aulas de yoga: …", "Clases de inglés en Madrid": what is taught or sold, not what the business is called
  if (words.some((word) => isBusinessWord(word.toLowerCase()) || COMMON_WORDS.has(word.toLowerCase())) || isPlaceName(name)) return undefined;
  const after = text.trimStart().slice(name.length);
  return /^\s*(?:,|:|\s[-–—]\s)/u.test(after) || isFollowedByCue(after, locale, false) ? { name, source: 'sentence-case' } : undefined;
}
