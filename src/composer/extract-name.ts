import { cleanFragment, splitSentences } from './clean-text.ts';
import { isWholeTradeWord, startsWithTradeWord } from './detect-industry.ts';
import { detectLocale, type ComposerLocale } from './detect-locale.ts';

// Finding the business name. Strategies run from the most explicit ("called X", quotes) to the most guessed
// (a capitalised phrase after "by"); the first plausible answer wins.

export interface NameGuess {
  name: string;
  /** Which strategy found it: 'called', 'quoted', 'office', 'person', 'leading', 'sentence', 'noun', 'by', 'prefix'. */
  source: string;
  person?: string;
}

const UPPER_WORD = String.raw`[\p{Lu}][\p{L}\p{M}\p{N}'’]*(?:[-.][\p{L}\p{M}\p{N}]+)*\.?`;
const CONNECTOR = String.raw`(?:&|\+|and|of|the|at|am|zum|zur|da|de|do|dos|das|del|della|di|du|la|le|von|van|der|y|e|n'|'n')`;
const RUN = `${UPPER_WORD}(?:\\s+(?:${CONNECTOR}\\s+)*${UPPER_WORD})*`;
const PERSON = String.raw`[\p{Lu}][\p{L}\p{M}'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’-]+){1,2}`;

/** Abbreviations that end a company name ("Volt Bros.") and keep their period. */
const COMPANY_SUFFIXES = new Set(['bros', 'co', 'inc', 'ltd', 'corp', 'llc', 'jr', 'sr', 'plc', 'gmbh']);
/** Abbreviations inside a name ("Dr. Ana Souza"). */
const TITLE_ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'mt', 'prof']);

/** First words that start a request, not a name. */
const NOT_A_NAME_START = new Set([
  'a', 'an', 'i', "i'm", 'i’m', 'im', 'we', "we're", 'we’re', 'our', 'my', 'this', 'it', 'its', 'create', 'make', 'build', 'design',
  'need', 'please', 'help', 'website', 'site', 'landing', 'page', 'hello', 'hi', 'hey', 'looking', 'want', 'generate', 'can',
  'could', 'would', 'for', 'in', 'at', 'on', 'with', 'opening', 'call', 'email', 'located', 'based', 'serving', 'ignore',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'we’ve', "we've",
]);

const DAY_OR_MONTH = /^(?:mon|tues|wednes|thurs|fri|satur|sun)days?$|^(?:january|february|march|april|june|july|august|september|october|november|december)$/i;

/** Describing words: fine inside a name ("Bright Minds"), not a name on their own ("Modern", "Freelance"). */
const DESCRIPTIVE = new Set([
  'modern', 'minimalist', 'minimal', 'clean', 'bold', 'elegant', 'playful', 'calm', 'warm', 'friendly', 'formal', 'serene',
  'cheerful', 'earthy', 'bright', 'dark', 'light', 'family', 'local', 'small', 'new', 'freelance', 'handmade', 'professional',
  'energetic', 'trustworthy', 'serious', 'techy', 'licensed', 'insured', 'cheap', 'fast', 'the', 'and',
  'shop', 'store', 'studio', 'business', 'company', 'services', 'service', 'electrician', 'plumber', 'photographer',
  'vegan', 'vegetarian', 'organic', 'artisan', 'artisanal', 'independent', 'boutique', 'specialty', 'mobile', 'gluten-free',
  'plant-based', 'italian', 'french', 'mexican', 'japanese', 'thai', 'indian', 'chinese', 'greek', 'korean', 'vietnamese',
  'spanish', 'portuguese', 'mediterranean', 'luxury', 'affordable', 'premium', 'quality', 'best', 'cozy', 'cosy', 'friendly',
  'boutique', 'online', 'residential', 'commercial', 'emergency', 'certified', 'experienced', 'award-winning', 'welcome',
]);

/** Words a single-word name cannot be. */
const COMMON_WORDS = new Set([...NOT_A_NAME_START, ...DESCRIPTIVE]);

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

const CUES = String.raw`(?=\s*(?::|\s[-–—]\s|,\s+(?:a|an|the|your)\s|\s+(?:is|are|was|helps|offers|provides|sells|makes|creates|builds|runs|has)\b))`;

/** "called X" in the languages PageHub reads; "my name is" names a person (group 1). */
const CALLED = /(?<![\p{L}])(?:(my\s+)?name is|called|named|known as|chamad[oa]s?|denominad[oa]|llamad[oa]s?|se llama|appel[ée]e?s?|nomm[ée]e?s?|s'appelle|namens|genannt|hei(?:ß|ss)t|si chiama|chiamat[oa]|genaamd|heet)\s+/giu;

/** Articles and prepositions of the other languages that start a sentence, not a name ("La Fundación…", "En la Escuela…"). */
const LEADING_FUNCTION_WORDS = /^(?:(?:en|em|in|im|na|no|à|a|au|o|os|as|el|la|los|las|le|les|il|lo|gli|der|die|das|het|de)\s+)+|^l['’](?=\p{Lu})/iu;

const strategies: ((text: string) => NameGuess | undefined)[] = [
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
  // "Iron Forge Gym, a 24/7 …", "Northwind Accounting: …", "Metricly is …"
  (text) => {
    const first = splitSentences(text)[0] ?? '';
    const name = runAt(first);
    if (!name || !isPlausible(name)) return undefined;
    const firstWord = name.split(/\s+/)[0]?.toLowerCase() ?? '';
    if (NOT_A_NAME_START.has(firstWord)) return undefined;
    const isSingleWord = !/\s/.test(name);
    if (isSingleWord && isWholeTradeWord(name)) return undefined;
    const isFollowedByTrade = startsWithTradeWord(first.slice(first.indexOf(name) + name.length));
    if (isSingleWord && !isFollowedByTrade && !new RegExp(`^${escapeRegExp(name)}${CUES}`, 'u').test(first)) return undefined;
    return { name, source: 'leading' };
  },
  // "… in Lisbon. Cafe Aroma is a …", "We are Luna Studio, a …"
  (text) => {
    for (const sentence of splitSentences(text).slice(1)) {
      const start = /^(?:(?:we are|we're|we’re|this is|welcome to)\s+)?/iu.exec(sentence)?.[0] ?? '';
      const rest = sentence.slice(start.length);
      const name = runAt(rest);
      if (name && isPlausible(name) && new RegExp(`^${escapeRegExp(name)}${CUES}`, 'u').test(rest)) {
        if (!NOT_A_NAME_START.has(name.split(/\s+/)[0]?.toLowerCase() ?? '')) return { name, source: 'sentence' };
      }
    }
    return undefined;
  },
  // "ceramics shop Clay & Co selling …"
  (text) => {
    const nouns = 'shop|store|studio|boutique|bakery|caf[eé]|gym|salon|agency|company|business|brand|restaurant|clinic|practice|firm|startup|app|platform|tool|service|nonprofit|charity|label|bistro|bar';
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}])(?:${nouns})\\s+(?=\\p{Lu})`, 'gu'))) {
      const name = runAt(text.slice(match.index + match[0].length));
      if (name && isPlausible(name) && !NOT_A_NAME_START.has(name.split(/\s+/)[0]?.toLowerCase() ?? '')) return { name, source: 'noun' };
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
  // "Padaria Pão Quente: …" when the words before the colon are not one capitalised run
  (text) => {
    const match = /^([^:.!?]{2,60}?)\s*(?::|\s[-–—]\s)/u.exec(text);
    if (!match || !/\p{Lu}/u.test(match[1] ?? '')) return undefined;
    const name = cleanFragment((match[1] ?? '').replace(/\s+(?:in|at|from|em|en)\s.*$/iu, ''));
    const words = name.split(/\s+/);
    if (words.length > 6 || NOT_A_NAME_START.has(words[0]?.toLowerCase() ?? '') || !isPlausible(name)) return undefined;
    return { name, source: 'prefix' };
  },
];

export function extractName(text: string, locale: ComposerLocale = detectLocale(text).locale): NameGuess | undefined {
  for (const strategy of strategies) {
    const guess = strategy(text);
    if (guess === undefined) continue;
    // In another language a leading article or preposition belongs to the sentence ("La Fundación Olla Común
    // sirve…"); English names keep theirs ("The Glasshouse", "In Bloom").
    const trimmed = locale === 'en' ? guess.name : guess.name.replace(LEADING_FUNCTION_WORDS, '');
    const name = trimmed !== guess.name && /^\p{Lu}/u.test(trimmed) && trimmed.includes(' ') ? trimmed : guess.name;
    return { ...guess, name, person: guess.person ?? extractPerson(text) };
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

/** The capitalised run at the start of `text`, trimmed at sentence ends and trailing connectors. */
function runAt(text: string): string | undefined {
  const match = new RegExp(`^${RUN}`, 'u').exec(text.trimStart());
  if (match === null) return undefined;
  const name = trimRun(match[0]);
  return name === '' ? undefined : name;
}

function trimRun(run: string): string {
  const kept: string[] = [];
  for (const token of run.split(/\s+/)) {
    if (token.endsWith('.')) {
      const bare = token.slice(0, -1);
      if (TITLE_ABBREVIATIONS.has(bare.toLowerCase())) {
        kept.push(token);
        continue;
      }
      kept.push(COMPANY_SUFFIXES.has(bare.toLowerCase()) ? token : bare);
      break;
    }
    kept.push(token);
  }
  while (kept.length > 0 && new RegExp(`^${CONNECTOR}$`, 'iu').test(kept[kept.length - 1] ?? '')) kept.pop();
  return cleanFragment(kept.join(' ')).replace(/(?<!\b(?:Bros|Co|Inc|Ltd|Corp|LLC|Jr|Sr|Dr))\.$/u, '');
}

function isPlausible(name: string): boolean {
  if (name.length < 2 || name.length > 80 || !/\p{L}/u.test(name)) return false;
  const words = name.toLowerCase().split(/\s+/);
  const isCommon = (word: string): boolean => COMMON_WORDS.has(word) || COMMON_WORDS.has(word.replace(/-(?:run|owned|based|made)$/, ''));
  if (words.every(isCommon) || words.some((word) => DAY_OR_MONTH.test(word))) return false;
  return !/(?:ignore|instruction|prompt|script|alert\()/i.test(name);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
