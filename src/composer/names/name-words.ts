import { cleanFragment } from '../clean-text.ts';

// The shape of a written name: a run of capitalised words, with the small words names keep inside them ("Catch of
// the Day", "Brauhaus zum Löwen", "Il Poggio dell'Olmo"), and the words that can never be a name on their own.

/** A capitalised word: "Löyly", "B&B", "St.", "Hamburg-Ottensen", "ClearView", "98.7" is not one. */
const UPPER_WORD = String.raw`(?:No\.[^\S\n]\p{N}+(?![\p{L}\p{N}])|[\p{Lu}]|\p{N}+(?:st|nd|rd|th|\p{Lu}))[\p{L}\p{M}\p{N}'’]*(?:[-.&][\p{L}\p{M}\p{N}]+(?:['’]s)?)*(?:\+(?![\p{L}\p{N}])|\.)?`;
/**
 * Small words inside a name, between capitalised words: "Catch of the Day", "Brauhaus zum Löwen". Not "in", "on",
 * "for", "from", "to", "with", "my", "up": they lead out of the name to a place, a person or a heading ("Bakery in
 * Leeds", "Day Trips to Paris", "Yoga Classes with Anna"), more often than they sit inside one ("Down to Earth").
 */
export const CONNECTOR = String.raw`(?:&|\+|and|of|the|at|am|zum|zur|da|de|do|dos|das|del|della|delle|dei|di|du|des|la|le|von|van|der|den|y|e|et|n'|'n'|ao|au|aux)`;
/** Elided articles glued to the next word: "dell'Olmo", "d'Or", "l'Étoile". */
const ELIDED = String.raw`(?:dell|dall|nell|sull|all|d|l)['’]`;
/** Dutch names open with a shortened article: "’t Pannekoekhuis", "'t Hoekje". */
const DUTCH_ARTICLE = String.raw`(?:['’]t\s+)?`;
/** Space within a line: a name does not run on to the next line ("JJ's Barbers⏎Skin fades £15"). */
const SPACE = String.raw`[^\S\n]+`;
export const RUN = `${DUTCH_ARTICLE}${UPPER_WORD}(?:${SPACE}(?:${CONNECTOR}${SPACE})*(?:${ELIDED})?${UPPER_WORD})*`;
/**
 * The small words a name may still hold when a verb closes it right after its last capitalised word ("Down to Earth
 * is …", "Paws for Thought is …", "Two Guys and a Van do …", "In a Pickle makes …"), and a number that opens it
 * ("5 Star Cleaning Co. offers …", "360 Fitness is …"). Only read where the strict run is not followed by a cue.
 */
// and in the other languages "Mar à Vista", "Casa com Alma", "Pan con Tomate" (not "em", "en": "Café Central em Braga")
const INNER_SMALL_WORD = String.raw`(?:to|with|for|in|on|a|an|up|by|from|my|your|our|out|over|under|into|off|me|you|all|it|à|com|sem|para|con|sin|avec|sans|sur|senza|per)`;
const LONG_RUN = `(?:\\p{N}+${SPACE}(?=\\p{Lu}))?${DUTCH_ARTICLE}${UPPER_WORD}(?:${SPACE}(?:(?:${CONNECTOR}|${INNER_SMALL_WORD}|\\p{N}+)${SPACE})*(?:${ELIDED})?${UPPER_WORD})*`;
export const PERSON = String.raw`[\p{Lu}][\p{L}\p{M}'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’-]+){1,2}`;

/** Abbreviations that end a company name ("Volt Bros.") and keep their period. */
const COMPANY_SUFFIXES = new Set(['bros', 'co', 'inc', 'ltd', 'corp', 'llc', 'jr', 'sr', 'plc', 'gmbh']);
/** Abbreviations inside a name ("Dr. Ana Souza"). */
const TITLE_ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'mt', 'prof']);
/**
 * Legal forms a site does not show, as registered or typed in lower case ("fresh start cleaning ltd"): the brand is
 * "Glanzwerk Gebäudereinigung", the register says "… GmbH". "Co."
 * and "Bros." stay: they are part of how the business calls itself ("Gentle Dental Co.").
 */
const LEGAL_FORM = /(?:,?\s+(?:GmbH|AG|KG|UG|e\.\s?K\.|Ltd\.?|Limited|LLC|L\.L\.C\.|PLLC|P\.C\.|Inc\.?|PLC|LLP|ltd\.?|limited|llc|inc\.?|gmbh|LTD\.?|LIMITED|INC\.?|S\.?L\.?|S\.?A\.?|Lda\.?|SARL|SAS|S\.?r\.?l\.?|B\.?V\.?|N\.?V\.?|Pty\.?(?:\s+Ltd\.?)?))+$/u;

/** First words that start a request or a sentence, not a name. */
export const NOT_A_NAME_START = new Set([
  'a', 'an', 'i', "i'm", 'i’m', 'im', 'we', "we're", 'we’re', 'our', 'my', 'this', 'it', 'its', 'create', 'make', 'build', 'design',
  'need', 'please', 'help', 'website', 'site', 'landing', 'page', 'hello', 'hi', 'hey', 'looking', 'want', 'generate', 'can',
  'could', 'would', 'for', 'in', 'at', 'on', 'with', 'opening', 'call', 'email', 'located', 'based', 'serving', 'ignore',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'we’ve', "we've",
  // what opens a greeting, an invitation or a sign-off, not a name: "Introducing Nimbus", "Cheers, Tom — …"
  'since', 'seit', 'sinds', 'desde', 'depuis', 'dal', 'há', 'hace', 'founded', 'established', 'proudly', 'trusted', 'let',
  'here', 'come', 'visit', 'introducing', 'thanks', 'thank', 'cheers', 'regards', 'welcome', 'follow', 'join', 'meet',
  // the pronouns of the other languages: "Wir backen nur mit Zeit", "Nous sommes…", "Somos…" start a sentence
  'wir', 'ich', 'nous', 'je', 'nós', 'eu', 'nosotros', 'yo', 'noi', 'io', 'wij', 'ik', 'somos', 'sommes', 'siamo', 'sind',
  'sou', 'soy', 'suis', 'sono', 'estamos', 'estou', 'estoy',
  // everyone and no one in particular: "Everyone in Tring knows Hobbs Hardware"
  'everyone', 'everybody', 'anyone', 'anybody', 'someone', 'somebody', 'nobody', 'people', 'customers', 'locals',
  "there's", 'there’s', 'near',
  // what a business won or was rated, not its name: "Winner of Best Bakery 2023 …", "Voted best in Leeds"
  'winner', 'winners', 'voted', 'rated', 'featured', 'finalist', 'finalists', 'shortlisted',
  // the object pronouns of the other languages: "Te esperamos en …", "Nos vemos …", "Vi aspettiamo …"
  'te', 'me', 'se', 'nos', 'os', 'vos', 'lhe', 'lhes', 'vi', 'ci', 'ti',
]);

export const DAY_OR_MONTH = /^(?:mon|tues|wednes|thurs|fri|satur|sun)days?$|^(?:january|february|march|april|june|july|august|september|october|november|december)$/i;

/** Describing words: fine inside a name ("Bright Minds"), not a name on their own ("Modern", "Freelance"). */
const DESCRIPTIVE = new Set([
  'modern', 'minimalist', 'minimal', 'clean', 'bold', 'elegant', 'playful', 'calm', 'warm', 'friendly', 'formal', 'serene',
  'cheerful', 'earthy', 'bright', 'dark', 'light', 'family', 'local', 'small', 'new', 'freelance', 'handmade', 'professional',
  'energetic', 'trustworthy', 'serious', 'techy', 'licensed', 'insured', 'cheap', 'fast', 'the', 'and',
  'shop', 'store', 'studio', 'business', 'company', 'services', 'service', 'electrician', 'plumber', 'photographer',
  'vegan', 'vegetarian', 'organic', 'artisan', 'artisanal', 'independent', 'boutique', 'specialty', 'mobile', 'gluten-free',
  'plant-based', 'italian', 'french', 'mexican', 'japanese', 'thai', 'indian', 'chinese', 'greek', 'korean', 'vietnamese',
  'spanish', 'portuguese', 'mediterranean', 'luxury', 'affordable', 'premium', 'quality', 'best', 'cozy', 'cosy',
  'online', 'residential', 'commercial', 'emergency', 'certified', 'experienced', 'award-winning', 'welcome',
  'traditional', 'authentic', 'homemade', 'home-made', 'custom', 'bespoke', 'reliable', 'expert', 'qualified', 'fresh',
  // headings of a list or a section: "Services: …", "Prices – …"
  'prices', 'pricing', 'price', 'menu', 'hours', 'opening', 'contact', 'about', 'location', 'address', 'offer', 'offers',
  'products', 'features', 'note', 'notes', 'info', 'details', 'specialties', 'rates', 'booking', 'bookings', 'team',
  'now', 'today', 'tonight', 'anytime',
  'us', 'faq', 'faqs', 'testimonials', 'reviews', 'gallery', 'story', 'mission',
  // the same headings in the other languages: "Öffnungszeiten: …", "Horario: …", "Servizi: …"
  'serviços', 'servicos', 'preços', 'precos', 'horário', 'horários', 'horario', 'horarios', 'contato', 'contacto', 'contactos', 'servicios',
  'precios', 'tarifas', 'horaires', 'tarifs', 'prestations', 'öffnungszeiten', 'leistungen', 'preise', 'kontakt', 'angebot',
  'orari', 'orario', 'servizi', 'prezzi', 'contatti', 'openingstijden', 'diensten', 'prijzen', 'tarieven',
]);

/** Words a single-word name cannot be. */
export const COMMON_WORDS: ReadonlySet<string> = new Set([...NOT_A_NAME_START, ...DESCRIPTIVE]);

/** The capitalised run at the start of `text`, trimmed at sentence ends and trailing connectors. */
const RUN_AT_START = new RegExp(`^${RUN}`, 'u');
const CONNECTOR_ALONE = new RegExp(`^${CONNECTOR}$`, 'iu');

export function runAt(text: string): string | undefined {
  const trimmed = text.trimStart();
  const match = RUN_AT_START.exec(trimmed);
  if (match === null) return undefined;
  const name = trimRun(match[0]);
  if (name === '') return undefined;
  return name === match[0] ? withNumberAfter(name, trimmed.slice(name.length)) : name;
}

/** "Studio 54 hair salon", "Gallery 44 shows …", "Noodle Bar 88 on Market Street": a place's word, then its number. */
export function withNumberAfter(run: string, after: string): string {
  const numbered = NUMBERED_HEAD.test(run) ? NUMBER_AFTER.exec(after) : null;
  return numbered === null ? run : `${run} ${numbered[1]}`;
}

/** Words of a place that take a number as their name ("Studio 54", "Cafe 22", "Route 66"). */
const NUMBERED_HEAD = /(?:^|\s)(?:Studio|Cafe|Café|Bar|Gallery|Salon|Kitchen|House|Club|Gym|Diner|Bistro|Grill|Lounge|Route|Room|Garage|Deli|Gate|Pier)$/u;
/** A number of one to three digits ending a name, not a count ("Studio 2 rooms", "Cafe 7 days a week") nor a time. */
const NUMBER_AFTER = /^[^\S\n]+(\p{N}{1,3})(?![\p{L}\p{N}/:.,%-]\p{N}?)(?=\s|[.,;:!?)]|$)(?!\s+(?:\p{L}+\s+)?(?:rooms?|beds?|years?|days?|hours?|minutes?|mins?|seats?|people|guests|tables|covers|miles?|km|kg|pm|am|doors?|times?|weeks?|months?|chairs?|staff|members?)(?![\p{L}]))/u;

const LONG_RUN_AT_START = new RegExp(`^${LONG_RUN}`, 'u');

/** The run at the start of `text` with the small words and opening number names hold, when it is longer than `runAt`'s. */
export function longRunAt(text: string): string | undefined {
  const match = LONG_RUN_AT_START.exec(text.trimStart());
  if (match === null) return undefined;
  const name = trimRun(match[0]);
  return name === '' || name === runAt(text) ? undefined : name;
}

export function trimRun(run: string): string {
  const kept: string[] = [];
  for (const token of run.split(/\s+/)) {
    // "Tom Becker and I'm a handyman": the speaker, never a word of a name
    if (kept.length > 0 && /^I(?:['’](?:m|ve|ll|d))?$/u.test(token)) break;
    // "G.T. Plumbing", "A.J. Hackett": initials keep their stops and the name goes on; so does "No." before a number
    if (/^(?:\p{Lu}\.){2,}$/u.test(token) || token === 'No.') {
      kept.push(token);
      continue;
    }
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
  // "Two Guys and a Van", "Fietsenmaker Van Dijk": a capitalised "Van" or "De" ends a name; a dangling "and", "The" does not.
  while (kept.length > 0 && CONNECTOR_ALONE.test(kept[kept.length - 1] ?? '') && !/^\p{Lu}\p{Ll}/u.test((kept[kept.length - 1] ?? '').replace(/^(?:The|And|Of|At)$/u, ''))) kept.pop();
  const article = /^['’]t$/u.test(kept[0] ?? '') ? `${kept[0]} ` : '';
  const name = article + cleanFragment(kept.slice(article === '' ? 0 : 1).join(' ')).replace(/(?<!\b(?:Bros|Co|Inc|Ltd|Corp|LLC|Jr|Sr|Dr))\.$/u, '');
  // "Fit+", "Yoga+": a plus on the last word is the name's own
  return /[\p{L}\p{N}]\+$/u.test(kept[kept.length - 1] ?? '') && name !== '' ? `${name}+` : name;
}

/** The name a site shows: without the legal form the register adds ("Glanzwerk Gebäudereinigung GmbH"). */
export function withoutLegalForm(name: string): string {
  const bare = name.replace(LEGAL_FORM, '').trim();
  return bare.length >= 2 && /\p{L}/u.test(bare) ? bare : name;
}

/** Articles and prepositions of the languages PageHub reads: never a name alone ("Le cabinet vétérinaire …" names no "Le"). */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'le', 'la', 'les', "l'", 'l’', 'un', 'une', 'des', 'du', 'de', 'au', 'aux', 'el', 'los', 'las', 'lo', 'uno', 'una',
  'o', 'os', 'as', 'um', 'uma', 'do', 'da', 'dos', 'das', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'il', 'gli', 'i', 'het', 'een',
  "'t", '’t', 'en', 'em', 'à', 'im', 'am', 'zum', 'zur', 'di', 'del', 'della', 'y', 'e', 'et', 'und',
]);

export function isPlausible(name: string): boolean {
  if (name.length < 2 || name.length > 80 || !/\p{L}/u.test(name)) return false;
  const words = name.toLowerCase().split(/\s+/);
  if (words.every((word) => FUNCTION_WORDS.has(word))) return false;
  const isCommon = (word: string): boolean => COMMON_WORDS.has(word) || COMMON_WORDS.has(word.replace(/-(?:run|owned|based|made)$/, ''));
  if (words.every(isCommon) || words.some((word) => DAY_OR_MONTH.test(word))) return false;
  return !/(?:ignore|instruction|prompt|script|alert\()/i.test(name);
}

export function firstWordOf(name: string): string {
  return name.split(/\s+/)[0]?.toLowerCase() ?? '';
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
