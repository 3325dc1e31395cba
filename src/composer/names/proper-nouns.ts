import nlp from 'compromise';
import { lookupCity, lookupRegion } from '../gazetteer.ts';
import { remember } from './remember.ts';

// What a capitalised run is when it is not the business: a place ("Hebden Bridge", "Waverley Mall, Edinburgh"), or
// the first words of a sentence that only look like a name because a sentence starts with a capital ("Bottle shop
// with 400 beers", "Quirky gifts and local art"). English goes through compromise's tagger and lexicon; the other
// languages through the gazetteer and the words places end in.

/** Last words of a place rather than a business: "Waverley Mall", "Kejetia Market", "Mill Lane". */
const PLACE_HEADS = new Set([
  'mall', 'market', 'street', 'st', 'road', 'rd', 'lane', 'ln', 'avenue', 'ave', 'square', 'sq', 'plaza', 'station', 'quay',
  'wharf', 'arcade', 'precinct', 'boulevard', 'blvd', 'valley', 'county', 'shire', 'district', 'borough', 'island', 'islands',
  'beach', 'coast', 'bridge', 'hills', 'heights', 'village', 'town', 'city', 'province', 'region', 'state',
  'rua', 'avenida', 'praça', 'calle', 'plaza', 'paseo', 'rue', 'place', 'boulevard', 'straße', 'strasse', 'platz', 'gasse', 'weg',
  'via', 'piazza', 'corso', 'straat', 'plein', 'gracht', 'altstadt', 'innenstadt', 'centro', 'centre-ville',
]);

/**
 * True when the run names a place: the gazetteer knows it, it ends in a place word, or it is places joined by "and"
 * or "&" of which the first is a city, region or country the gazetteer or compromise knows ("Liverpool and Wirral").
 */
export function isPlaceName(run: string): boolean {
  const bare = run.replace(/[.,]+$/u, '');
  if (isKnownPlace(bare)) return true;
  const words = bare.split(/[\s-]+/);
  if (PLACE_HEADS.has(words[words.length - 1]?.toLowerCase() ?? '')) return true;
  const parts = bare.split(/\s+(?:and|&|e|y|et|und|en)\s+/u);
  return parts.length > 1 && isKnownPlace(parts[0] ?? '') && parts.every((part) => part.split(/\s+/).length <= 2);
}

function isKnownPlace(text: string): boolean {
  if (lookupCity(text) !== undefined || lookupRegion(text) !== undefined) return true;
  return text.split(/\s+/).length <= 3 && isTaggedPlace(text);
}

const isTaggedPlace = remember((text: string): boolean => {
  const doc = nlp(text);
  return doc.has('(#City|#Country|#Region)') && !doc.not('(#City|#Country|#Region|#Place)').found;
});

/** True when the run is a person the tagger knows by first name ("Helena", "Lucia Ramos"). */
export const isPersonName = remember((run: string): boolean => {
  if (POSSESSIVE.test(run)) return false;
  const doc = nlp(run);
  return doc.has('^#FirstName') && doc.terms().length <= 3;
});

/** True when the run is only a person ("Jane Doe", "Maria Lopez", "Kim"), not a business named after one ("Tom's Taxis"). */
export const isPersonOnly = remember((run: string): boolean => !POSSESSIVE.test(run) && nlp(run).has('^#Person+$'));

/** "Betty's", "Marco's": one word, a place named after its owner ("tea at Betty's"), not the person ("St Mary's" is a church). */
const POSSESSIVE = /^\p{L}+['’]s$/u;

/**
 * True when an English run at the start of a sentence is only the first words of a noun phrase the sentence goes
 * on with in lower case ("Shoe repairs", "Bottle shop with …", "Traditional Bavarian beer garden"): a sentence
 * capital, not a name. A name is followed by a verb, a comma, "in", "is" — what the tagger does not call a noun or an
 * adjective; a run of several words is a name unless "and" joins it ("Acupuncture and Chinese herbs").
 */
export function opensNounPhrase(run: string, rest: string): boolean {
  const next = /^\s+([\p{Ll}][\p{L}\p{M}'’-]*)/u.exec(rest)?.[1];
  if (next === undefined) return false;
  const doc = nlp(`${run} ${next}`);
  const term = doc.terms().last();
  const isNounNext = (term.has('#Noun') || term.has('#Adjective')) && !term.has('#Verb') && !term.has('#Preposition');
  // One word the language knows ("Shoe", "Quirky"), not a coined one ("Waggle dog walking"); or "Acupuncture and Chinese";
  // or only describing words ("Home-cooked Nigerian food").
  const isOnlyDescribing = runWordsDescribe(doc, run.split(/\s+/).length);
  return isNounNext && (/\s/u.test(run) ? /\sand\s/u.test(run) || isOnlyDescribing : isDictionaryWord(run));
}

/** True when the first `count` terms of `doc` are all describing words: adjectives or where from ("Nigerian"). */
function runWordsDescribe(doc: ReturnType<typeof nlp>, count: number): boolean {
  const terms = doc.terms();
  for (let index = 0; index < count; index += 1) {
    const term = terms.eq(index);
    if (!term.has('#Adjective') && !term.has('#Demonym')) return false;
  }
  return true;
}

const lexicon = (nlp.model() as { one: { lexicon: Readonly<Record<string, unknown>> } }).one.lexicon;

/**
 * True when the word is a word of English, not a coined name ("Shiftly", "Kiln"): compromise's lexicon knows it, or
 * its tagger reads it as a describing word ("Regular cleans are …").
 */
export function isDictionaryWord(word: string): boolean {
  return lexicon[word.toLowerCase()] !== undefined || isAdjective(word.toLowerCase());
}

const isAdjective = remember((word: string): boolean => nlp(word).has('#Adjective'));

/** True when the word says where from: "Indian", "Italian", "Mexican"; also the regions compromise lacks ("Caribbean"). */
export const isDemonym = remember((word: string): boolean => REGIONAL.has(word.toLowerCase()) || nlp(word).has('#Demonym'));

/** Words of where food, music or craft comes from that compromise's lexicon does not tag as demonyms. */
const REGIONAL: ReadonlySet<string> = new Set(['caribbean', 'mediterranean', 'asian', 'african', 'european', 'latin', 'nordic', 'scandinavian', 'balkan', 'levantine', 'creole', 'cajun', 'oriental', 'arabic', 'persian', 'caucasian', 'baltic', 'celtic', 'andean', 'pacific', 'polynesian', 'hawaiian', 'middle-eastern']);

/** True when the word describes rather than names: an adjective or where from ("Custom", "Indian"). */
export const isDescribingWord = remember((word: string): boolean => nlp(word).has('(#Adjective|#Demonym)'));

/** True when the word reads as a noun on its own, not a verb or an adjective ("cracked screen" is no name). */
export const isNounLike = remember((word: string): boolean => {
  const term = nlp(word).terms();
  return term.has('#Noun') && !term.has('#Adjective') && !term.has('#Verb');
});

/** Words that open a noun phrase without saying what the business is: "small family apiary" is a family apiary. */
const VAGUE_OPENERS = new Set(['hi', 'hello', 'hey', 'there', 'a', 'an', 'the', 'our', 'my', 'your', 'this', 'small', 'little', 'tiny', 'new', 'local', 'best', 'great', 'we', 'you', 'i']);
const MAX_NOUN_WORDS = 4;
/** What a request asks for, not what the business is: "Create a landing page for a vegan bakery". */
const ABOUT_THE_SITE = /\b(?:web\s*)?(?:site|website|page|landing|homepage|portfolio site)s?\b/iu;
/** The noun phrase that says what a business is comes early: the tagger reads no further. */
const MAX_OPENING_LENGTH = 160;

/**
 * What an English description says it is, in its own words: the first noun phrase of its first sentence that is
 * made of words ("Traditional hammam", "Bouncy castle hire", "cat café"), up to where or whom ("in Leeds", "for kids").
 */
export function firstNounPhrase(text: string): string | undefined {
  const first = (/^[^.!?\n·|•]*/u.exec(text)?.[0] ?? text).slice(0, MAX_OPENING_LENGTH);
  for (const phrase of nlp(first).nouns().out('array') as string[]) {
    const words = phrase.split(/\s+(?:in|near|at|for|from|on|with|by|of|behind|next|to|a|an|the|we|our)\s+|[,;:()!?]/iu)[0]!.split(/\s+/).filter(Boolean);
    while (words.length > 0 && (VAGUE_OPENERS.has(words[0]!.toLowerCase()) || !/^[\p{L}][\p{L}\p{M}'’-]*$/u.test(words[0]!))) words.shift();
    if (words.length === 0 || words.length > MAX_NOUN_WORDS || !words.every((word) => /^[\p{L}&][\p{L}\p{M}'’&-]*$/u.test(word))) continue;
    if (VAGUE_OPENERS.has(words[words.length - 1]!.toLowerCase()) || isPlaceName(words.join(' ')) || ABOUT_THE_SITE.test(words.join(' '))) continue;
    return words.join(' ');
  }
  return undefined;
}

/** True when a lower-case phrase ends in a noun read in context ("rusty anchor": "anchor" alone reads as a verb too). */
export const endsInNoun = remember((phrase: string): boolean => {
  const last = nlp(`the ${phrase}`).terms().last();
  return last.has('#Noun') && !last.has('#Verb');
});
