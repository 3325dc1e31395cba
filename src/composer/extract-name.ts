import { cleanFragment, splitSentences } from './clean-text.ts';
import { isWholeTradeWord, startsWithTradeWord } from './detect-industry.ts';
import { detectLocale, type ComposerLocale } from './detect-locale.ts';
import { isFollowedByCue } from './names/name-cues.ts';
import { COMMON_WORDS, firstWordOf, isPlausible, NOT_A_NAME_START, PERSON, runAt, trimRun, withoutLegalForm } from './names/name-words.ts';
import { isDictionaryWord, isNounLike, isPersonName, isPlaceName, opensNounPhrase } from './names/proper-nouns.ts';

// Finding the business name. Strategies run from the most explicit ("called X", quotes) to the most guessed
// (a capitalised phrase after "by"); the first plausible answer wins.

export interface NameGuess {
  name: string;
  /** Which strategy found it: 'called', 'quoted', 'office', 'person', 'leading', 'sentence', 'noun', 'by', 'prefix'. */
  source: string;
  person?: string;
}

const ROLE_SUFFIX: Record<string, string> = {
  photographer: 'Photography', videographer: 'Films', designer: 'Design', consultant: 'Consulting', tutor: 'Tutoring',
  trainer: 'Training', coach: 'Coaching', accountant: 'Accounting', bookkeeper: 'Bookkeeping', lawyer: 'Law', attorney: 'Law',
  electrician: 'Electric', plumber: 'Plumbing', therapist: 'Therapy', architect: 'Architecture', stylist: 'Hair',
  hairdresser: 'Hair', baker: 'Bakes', florist: 'Flowers', realtor: 'Realty', developer: 'Development', writer: 'Writing',
  painter: 'Painting', illustrator: 'Illustration', groomer: 'Grooming', mechanic: 'Repairs', teacher: 'Lessons',
  dentist: 'Dental', caterer: 'Catering', gardener: 'Gardens', landscaper: 'Landscaping', potter: 'Ceramics',
  carpenter: 'Carpentry', woodworker: 'Woodworking', builder: 'Building', roofer: 'Roofing', handyman: 'Handyman Services',
  cleaner: 'Cleaning', artist: 'Studio', masseuse: 'Massage', nutritionist: 'Nutrition', midwife: 'Midwifery',
};

/** Letters after a name that belong to it: "Jane Doe, CPA". */
const POST_NOMINALS = /^,?\s*(CPA|Esq\.?|MD|DDS|DMD|PhD|RN|LMT|LCSW|CFP|EA)\b/u;

type Strategy = (text: string, locale: ComposerLocale) => NameGuess | undefined;

/** "called X" in the languages PageHub reads; "my name is" names a person (group 1). */
const CALLED = /(?<![\p{L}])(?:(my\s+)?name is|called|named|known as|chamad[oa]s?|denominad[oa]|llamad[oa]s?|se llama|appel[ée]e?s?|nomm[ée]e?s?|s'appelle|namens|genannt|hei(?:ß|ss)t|si chiama|chiamat[oa]|genaamd|heet)\s+/giu;

/**
 * Articles and prepositions that open a sentence in the other languages, not a name ("La Fundación…", "En la
 * Escuela…", "Im Brauhaus…"); English names keep theirs ("The Glasshouse", "In Bloom").
 */
const LEADING_FUNCTION_WORDS: Readonly<Record<Exclude<ComposerLocale, 'en'>, RegExp>> = {
  pt: /^(?:(?:a|o|os|as|na|no|nas|nos|em|ao|à|pela|pelo)\s+)+/iu,
  es: /^(?:(?:el|la|los|las|en|al|del|desde)\s+)+/iu,
  fr: /^(?:(?:le|la|les|au|aux|chez|à|dans)\s+)+|^l['’](?=\p{Lu})/iu,
  de: /^(?:(?:der|die|das|dem|den|im|in|bei|beim|am|vom|zum|zur)\s+)+/iu,
  it: /^(?:(?:il|lo|la|gli|le|i|nel|nella|al|alla|dal|in)\s+)+|^(?:l|all|nell|dell)['’](?=\p{Lu})/iu,
  nl: /^(?:(?:de|het|in|bij|op)\s+)+/iu,
};

/** What opens a sentence that presents the business: "We are Apex Karting", "Welcome to The Groom Room". */
const PRESENTING = /^(?:we are|we're|we’re|this is|welcome to|meet|somos|nous sommes|wir sind|siamo|wij zijn|bienvenue (?:à|chez)|bem-vindos? (?:à|ao)|bienvenidos? a)\s+/iu;

/** A name written in lower case at the very start: "kiln & co is a pottery studio", "northwind analytics — …". */
const LOWER_CASE_NAME = /^([\p{Ll}][\p{L}\p{M}\p{N}'’&+.-]*(?:\s+[\p{L}\p{M}\p{N}'’&+.-]+){0,3}?)(?=\s+(?:is|are)\s+(?:a|an|the)\s|\s[-–—]\s)/u;

/** A sentence that only signs the business and its place: "The Groom Room, Harrogate." */
const SIGNATURE = /^(.+?),\s+([\p{Lu}][\p{L}\p{M}'’.-]*(?:[\s,]+[\p{Lu}][\p{L}\p{M}'’.-]*)*)[.!]?$/u;

const strategies: Strategy[] = [
  // "called Metricly", "named 'Petal & Stem'", "known as Still Water"; "my name is Jane Doe, CPA" names a person
  (text) => {
    for (const match of text.matchAll(CALLED)) {
      const after = text.slice(match.index + match[0].length);
      const quoted = /^["“'‘]([^"”'’]{2,80})["”'’]/u.exec(after)?.[1];
      const name = quoted !== undefined ? cleanFragment(quoted) : runAt(after);
      if (!name || !isPlausible(name)) continue;
      if (match[1] === undefined) return { name, source: 'called' };
      const letters = POST_NOMINALS.exec(after.slice(after.indexOf(name) + name.length))?.[1];
      return { name: letters === undefined ? name : `${name}, ${letters}`, source: 'person', person: name };
    }
    return undefined;
  },
  // 'Petal & Stem', "Luna", “Clay & Co”
  (text) => {
    const patterns = [/(?:^|[\s(:,])["“]([^"“”]{2,80})["”]/gu, /(?:^|[\s(:,])['‘]([^'‘’]{2,80})['’](?=[\s.,;:!?)]|$)/gu];
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const name = cleanFragment(match[1] ?? '');
        if (name && name.split(/\s+/).length <= 8 && isPlausible(name) && /\p{Lu}/u.test(name)) return { name, source: 'quoted' };
      }
    }
    return undefined;
  },
  // "Gentle Dental Co. in Brisbane offers …", "We are Apex Karting.", "A Casa da Quinta do Souto tem 6 quartos"
  (text, locale) => {
    const sentences = splitSentences(text);
    for (const [index, sentence] of sentences.entries()) {
      const name = presentedName(sentence, locale);
      if (name !== undefined) return { name, source: index === 0 ? 'leading' : 'sentence' };
    }
    return undefined;
  },
  // "Law office of Hartmann & Cole"
  (text) => {
    const match = /\b(?:offices?|firm|practice|chambers|studio|house)\s+of\s+/iu.exec(text);
    const name = match ? runAt(text.slice(match.index + match[0].length)) : undefined;
    return name && isPlausible(name) ? { name, source: 'office' } : undefined;
  },
  // "photographer Sam Lee" → "Sam Lee Photography"
  (text) => {
    // Not the `i` flag: under `iu`, \p{Lu} would match lower-case letters too.
    const roles = Object.keys(ROLE_SUFFIX).map((role) => `[${role[0]}${role[0]?.toUpperCase()}]${role.slice(1)}`).join('|');
    const match = new RegExp(`\\b(${roles})s?\\s+(${PERSON})`, 'u').exec(text);
    if (match === null) return undefined;
    const role = (match[1] ?? '').toLowerCase();
    const person = trimRun(match[2] ?? '');
    if (person.split(/\s+/).some((word) => COMMON_WORDS.has(word.toLowerCase()))) return undefined;
    return { name: `${person} ${ROLE_SUFFIX[role] ?? ''}`.trim(), source: 'person', person };
  },
  // "Iron Forge Gym, a 24/7 …", "Riverside Animal Hospital. Open 24/7", not "Bottle shop with 400 beers"
  (text, locale) => {
    const first = splitSentences(text)[0] ?? '';
    const opening = locale === 'en' ? first : withoutLeadingFunctionWords(first, locale);
    const name = runAt(opening);
    if (!name || !isPlausible(name) || NOT_A_NAME_START.has(firstWordOf(name))) return undefined;
    const after = opening.slice(opening.indexOf(name) + name.length);
    const isSingleWord = !/\s/.test(name);
    if (isSingleWord && (isWholeTradeWord(name) || opening !== first)) return undefined;
    if (locale === 'en' && opensNounPhrase(name, after)) return undefined;
    if (isSingleWord && !startsWithTradeWord(after) && !isFollowedByCue(after, locale, true)) return undefined;
    if (isPlaceName(name)) return undefined;
    return { name, source: 'leading' };
  },
  // "… The Groom Room, Harrogate." at the end, like a signature; "Visit us: The Copper Kettle, Whitby."
  (text) => {
    for (const sentence of splitSentences(text)) {
      const match = SIGNATURE.exec(sentence.slice(sentence.lastIndexOf(': ') + 1).trim());
      const name = match?.[1] === undefined ? undefined : runAt(match[1]);
      if (name === undefined || name !== match?.[1]?.replace(/\.$/u, '') || !/\s/.test(name)) continue;
      if (isPlausible(name) && !NOT_A_NAME_START.has(firstWordOf(name)) && !isPlaceName(name)) return { name, source: 'signature' };
    }
    return undefined;
  },
  // "kiln & co is a small pottery studio", "northwind analytics — dashboards for shops"
  (text) => {
    const name = LOWER_CASE_NAME.exec(text.trimStart())?.[1];
    if (name === undefined || NOT_A_NAME_START.has(firstWordOf(name)) || !isPlausible(name)) return undefined;
    const words = name.split(/\s+/).filter((word) => /\p{L}/u.test(word));
    if (words.every((word) => COMMON_WORDS.has(word) || isWholeTradeWord(word)) || !isNounLike(words[0] ?? '')) return undefined;
    return { name, source: 'lower-case' };
  },
  // "ceramics shop Clay & Co selling …"
  (text) => {
    const nouns = 'shop|store|studio|boutique|bakery|caf[eé]|gym|salon|agency|company|business|brand|restaurant|clinic|practice|firm|startup|app|platform|tool|service|nonprofit|charity|label|bistro|bar';
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}])(?:${nouns})\\s+(?=\\p{Lu})`, 'gu'))) {
      const name = runAt(text.slice(match.index + match[0].length));
      if (name && isPlausible(name) && !NOT_A_NAME_START.has(firstWordOf(name))) return { name, source: 'noun' };
    }
    return undefined;
  },
  // "Electrician services by Volt Bros."
  (text) => {
    for (const match of text.matchAll(/\b(?:services|service|work|made|run|owned|brought to you)\s+by\s+/giu)) {
      const name = runAt(text.slice(match.index + match[0].length));
      if (name && isPlausible(name)) return { name, source: 'by' };
    }
    return undefined;
  },
  // "Padaria Pão Quente: …" when the words before the colon are not one capitalised run; not "Wir backen nur mit Zeit: …"
  (text, locale) => {
    const match = /^([^:.!?]{2,60}?)\s*(?::|\s[-–—]\s)/u.exec(text);
    if (!match || !/\p{Lu}/u.test(match[1] ?? '')) return undefined;
    const name = cleanFragment((match[1] ?? '').replace(/\s+(?:in|at|from|em|en|im|bei|à|a|no|na|nel|op)\s.*$/iu, ''));
    const words = name.split(/\s+/);
    // German and Dutch write every noun with a capital: one word before a colon is a heading ("Dachdeckerei im Raum Kassel:").
    if (words.length === 1 && (locale === 'de' || locale === 'nl')) return undefined;
    const lowerCaseWords = words.filter((word) => /^\p{Ll}{4,}/u.test(word));
    if (words.length > 6 || lowerCaseWords.length > 1 || NOT_A_NAME_START.has(firstWordOf(name)) || !isPlausible(name)) return undefined;
    return { name, source: 'prefix' };
  },
];

export function extractName(text: string, locale: ComposerLocale = detectLocale(text).locale): NameGuess | undefined {
  for (const strategy of strategies) {
    const guess = strategy(text, locale);
    if (guess === undefined) continue;
    // In another language a leading article or preposition belongs to the sentence ("La Fundación Olla Común
    // sirve…"); English names keep theirs ("The Glasshouse", "In Bloom").
    const trimmed = locale === 'en' ? guess.name : guess.name.replace(LEADING_FUNCTION_WORDS[locale], '');
    const name = trimmed !== guess.name && /^\p{Lu}/u.test(trimmed) && trimmed.includes(' ') ? trimmed : guess.name;
    return { ...guess, name: withoutLegalForm(name), person: guess.person ?? extractPerson(text) };
  }
  return undefined;
}

/** A person the description names with a title: "Dr. Ana Souza". */
export function extractPerson(text: string): string | undefined {
  const match = /\b(Dr|Doctor|Prof)\.?\s+([\p{Lu}][\p{L}\p{M}'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’-]+)?)/u.exec(text);
  if (match === null) return undefined;
  const title = match[1] === 'Doctor' ? 'Dr.' : `${match[1]}.`;
  const words = (match[2] ?? '').split(/\s+/).filter((word) => !/^(?:Family|Dental|Dentistry|Clinic|Practice|Medical)$/.test(word));
  return words.length > 0 ? `${title} ${words.join(' ')}` : undefined;
}

/**
 * The name a sentence presents and goes on about: a capitalised run (after "We are", or after an article in the
 * other languages) that a verb, an apposition or a colon follows ("Radio Kookaburra 98.7 is …"), or that ends
 * the sentence after "We are".
 */
function presentedName(sentence: string, locale: ComposerLocale): string | undefined {
  const presenting = PRESENTING.exec(sentence)?.[0] ?? '';
  const afterPresenting = sentence.slice(presenting.length);
  const rest = locale === 'en' ? afterPresenting : withoutLeadingFunctionWords(afterPresenting, locale);
  const isAfterArticle = rest !== afterPresenting;
  const run = runAt(rest);
  if (run === undefined || !isPlausible(run) || NOT_A_NAME_START.has(firstWordOf(run))) return undefined;
  const afterRun = rest.slice(rest.indexOf(run) + run.length);
  const number = /^\s+\d+(?:[.,]\d+)?(?=\s)/u.exec(afterRun)?.[0] ?? '';
  const name = `${run}${number}`;
  const after = afterRun.slice(number.length);
  const isSingleWord = !/\s/.test(run);
  // "Im Sommer ist …": after a preposition, one capitalised word is a noun; names there take two ("Im Brauhaus zum
  // Löwen"). One word in capitals is an acronym a sentence goes on about ("HETAS approved"), not the business.
  if (isSingleWord && (isAfterArticle || isCommonWord(run, locale) || /^[\p{Lu}\p{N}]+$/u.test(run))) return undefined;
  const endsSentence = presenting !== '' && /^[\s.!]*$/u.test(after);
  if (!endsSentence && !isFollowedByCue(after, locale, isSingleWord)) return undefined;
  return isPlaceName(run) || (presenting === '' && isPersonName(run) && !/\s/.test(run)) ? undefined : name;
}

/** "A Clínica Veterinária do Lumiar, em Lisboa, …" → "Clínica Veterinária do Lumiar, em Lisboa, …" (capitalised). */
function withoutLeadingFunctionWords(sentence: string, locale: Exclude<ComposerLocale, 'en'>): string {
  const rest = sentence.replace(LEADING_FUNCTION_WORDS[locale], '');
  return /^\p{Lu}/u.test(rest) ? rest : sentence;
}

/** A word that cannot be a name alone: a common or trade word ("Parking is free", "Classes are small"). */
function isCommonWord(word: string, locale: ComposerLocale): boolean {
  const lower = word.toLowerCase();
  if (COMMON_WORDS.has(lower) || isWholeTradeWord(lower)) return true;
  return locale === 'en' && (/^\p{Lu}\p{Ll}+s$/u.test(word) || isDictionaryWord(lower));
}
