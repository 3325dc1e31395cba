import nlp from 'compromise';
import { isWholeTradeWord } from '../detect-industry.ts';
import type { ComposerLocale } from '../detect-locale.ts';
import { closesPresentedName, isCommonWord, isOnlyGenericWords, isOnlyPerson, isPlaceAfterAll } from './name-checks.ts';
import { afterWhereItIs, isFollowedByCue, isFollowedByVerb } from './name-cues.ts';
import { firstWordOf, isPlausible, longRunAt, NOT_A_NAME_START, runAt } from './name-words.ts';
import { isDictionaryWord, isPersonName, isPersonOnly, isPlaceName } from './proper-nouns.ts';
import { remember } from './remember.ts';

// The name a sentence presents and goes on about: after the words that present a business ("We are", "Welcome to",
// "Somos a", "Willkommen bei"), past an opening ("Since 1987,", "Today"), as a strict capitalised run or a long one that
// keeps the small words names hold ("Down to Earth is …"), closed by a verb, an apposition, a colon or the sentence's end.

/**
 * Articles and prepositions that open a sentence in the other languages, not a name ("La Fundación…", "En la
 * Escuela…", "Im Brauhaus…"); English names keep theirs ("The Glasshouse", "In Bloom").
 */
export const LEADING_FUNCTION_WORDS: Readonly<Record<Exclude<ComposerLocale, 'en'>, RegExp>> = {
  pt: /^(?:(?:a|o|os|as|na|no|nas|nos|em|ao|à|pela|pelo)\s+)+/iu,
  es: /^(?:(?:el|la|los|las|en|al|del|desde)\s+)+/iu,
  // not "chez": "Chez Marcel" is a name
  fr: /^(?:(?:le|la|les|au|aux|à|dans)\s+)+|^l['’](?=\p{Lu})/iu,
  de: /^(?:(?:der|die|das|dem|den|im|in|bei|beim|am|vom|zum|zur|unser(?:e|em|en|er)?)\s+)+/iu,
  it: /^(?:(?:il|lo|la|gli|le|i|nel|nella|al|alla|dal|in)\s+)+|^(?:l|all|nell|dell)['’](?=\p{Lu})/iu,
  nl: /^(?:(?:de|het|in|bij|op)\s+)+/iu,
};

/** A greeting before the words that present the business: "Hello, I run …", "Olá! Somos …". */
const GREETING = String.raw`(?:(?:hi|hello|hey|hiya|olá|ola|hola|bonjour|salut|hallo|moin|ciao|hoi)(?:\s+(?:there|all|everyone))?[,!]?\s+)?`;
/**
 * What opens a sentence that presents the business, as owners write it: "We are Apex Karting", "Welcome to The Groom
 * Room", "Here at Bloom & Wild we …", "I'm the owner of Sunny Side Cafe, …", "Willkommen bei Bäckerei Schmidt!".
 */
const PRESENTING = new RegExp(
  `^${GREETING}(?:${[
    String.raw`(?:we['’]re|we are) proud to be|we are|we['’]re|this is|it['’]s|it is|that['’]s|that is|welcome to(?: the (?:web\s?site|site|home|page) of)?|meet|introducing|say hello to`,
    String.raw`come (?:and )?visit|visit us at|visit|thanks? (?:you )?for choosing|here at|at|with|we (?:own|run)|i (?:own|run|manage)`,
    String.raw`(?:from\s+)?(?:(?:the|our) (?:team|staff|crew|folks|lads|guys|girls|gang|people)|everyone|all of us|we) at|(?:come|pop) (?:and )?(?:see|find|visit) us at|find us at|book (?:with|at)|order (?:from|at)|shop (?:with|at)|check out`,
    String.raw`ven(?:ga|gan)? a (?:conocer|visitar)|venha (?:conhecer|visitar)|venez (?:découvrir|visiter)|besuchen sie|kom langs bij|vieni a (?:trovare|scoprire)`,
    String.raw`visite(?:m)?(?: (?:o|a|os|as))?|visitez|visítanos en|rejoignez|rejoins|únete a|junte-se (?:à|ao)|unisciti a|vieni (?:da|al|alla)`,
    String.raw`conheça (?:a|o|as|os)|venha (?:à|ao|até (?:à|ao))|passe (?:pela|pelo|na|no)|pásate por(?: el| la)?|passez(?: nous voir)? (?:à|au|chez)|(?:te|os|les) esperamos en|esperamos-(?:te|vos) n[oa]|on vous attend (?:à|au|chez)|vi aspettiamo (?:a|al|alla|da)`,
    String.raw`wir von(?: der| dem| den)?|wij van|call|ring|let|(?:hello|greetings|love|news) from`,
    String.raw`i(?:['’]m| am) the (?:owner|founder|manager|proud owner) of|(?:my|our)\s+\p{L}+\s+(?:and|&)\s+i\s+(?:own|run|manage|opened|started)`,
    String.raw`somos(?: (?:a|o|os|as))?|bem-vind[oa]s? (?:à|ao|a)|aqui (?:na|no|em)|bienvenid[oa]s? (?:a|al)|aquí en`,
    String.raw`nous sommes|bienvenue (?:à|chez|au|sur)|ici (?:chez|à)|wir sind|willkommen (?:bei|beim|im|in der|zum|zur)|hier (?:bei|im)|bei uns (?:im|in der|am|beim)`,
    String.raw`siamo|benvenut[io] (?:a|al|alla|allo|nel|nella|da)|qui (?:da|al|alla)|wij zijn|we zijn|welkom (?:bij|in|op)|hier bij`,
  ].join('|')})\\s+`,
  'iu',
);
/** "Hi, I'm Jo from Little Feet Nursery …": a person, then the business they are from. */
const PERSON_FROM = new RegExp(`^(?:(?:[Hh]i|[Hh]ello|[Hh]ey|[Hh]iya|[Oo]lá|[Hh]ola|[Bb]onjour|[Hh]allo|[Cc]iao|[Hh]oi)(?:\\s+(?:there|all|everyone|folks))?[,!]?\\s+)?(?:(?:[Ii](?:['’]m| am)|[Mm]y name is|[Tt]his is|[Ii]t['’]s)\\s+\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?|\\p{Lu}[\\p{L}'’-]+\\s+here,?)(?:,?\\s+(?:from|at|of|owner of|founder of|and I run|and I own)|,\\s+(?:the\\s+)?(?:owner|founder|manager) of)\\s+`, 'u');
/** Openers after which any words may follow the name ("Book with Coastline Kayak Hire for sunset paddles"). */
const INVITING = /(?:with|from|at|out|call|ring|let|visit|conocer|visitar|conhecer|découvrir|visiter|visite|visitem|visitez|rejoignez|rejoins|sie|bij|trovare|scoprire|von|der|dem|den|van|(?:visite|visitem|conheça) (?:o|a|os|as)|en|a|à|ao|da|al|alla|pela|pelo|na|no|chez|au|por)\s+$/iu;
/** Where people find a business, not the business: "Check out Instagram for our menu". */
/** Where people find a business online: a name there is the platform's, not the business's. */
export const PLATFORM_NAMES = String.raw`instagram|facebook|tiktok|whatsapp|google|etsy|amazon|ebay|youtube|twitter|linkedin|pinterest|deliveroo|ubereats|uber|just eat|airbnb|booking\.com|tripadvisor|yelp|treatwell|fresha`;
export const PLATFORMS = new RegExp(`^(?:${PLATFORM_NAMES})$`, 'iu');

/** A trade named with a lower-case word in the Romance languages: "Institut de beauté …", "Clínica dental …". */
const NOT_A_TRADE = String.raw`(?!(?:Il|Lo|La|Le|Les|Gli|El|Los|Las|O|A|Os|As|Der|Die|Das|De|Het|Un|Una|Une|Um|Uma|Ein|Eine|Een|Ma|Mon|Mes|Notre|Nos|Mi|Mis|Nuestr[oa]s?|Meu|Minha|Noss[oa]|Mein|Meine|Unser|Unsere|Mijn|Onze|Mio|Mia)\s)`;
const TRADE_HEAD = new RegExp(String.raw`^${NOT_A_TRADE}\p{Lu}\p{Ll}+\s+(?:(?:de|da|do|di|du|del|des|della|per|à)\s+|d['’])\p{Ll}[\p{L}\p{M}-]+\s+(?=\p{Lu})`, 'u');
/** …or with a describing word after it, in the Romance languages, which put it there: "Clínica dental …", "Centre équestre …". */
const TRADE_HEAD_DESCRIBED = new RegExp(String.raw`^${NOT_A_TRADE}\p{Lu}\p{Ll}+\s+(?!(?:a|à|au|aux|con|com|avec|sur|para|pour|por|nel|nella|sul|alla|en|et|y|e|la|le|el|em|no|na)\s)\p{Ll}[\p{L}\p{M}-]{3,}\s+(?=\p{Lu})`, 'u');

/** After "At …" the sentence goes on with who does what there: "At Harbour Dental we look after …". */
const AT_OPENER = /(?:^|\s)(?:at|with)\s+$/iu;
/** "Lash & Brow Bar by Kim": a first name after "by" belongs to the name. */
const BY_PERSON = /^\s+by\s+([\p{Lu}][\p{L}'’-]+)(?![\p{L}])/u;

/**
 * The name a sentence presents and goes on about: a capitalised run (after "We are", or after an article in the
 * other languages) that a verb, an apposition or a colon follows ("Radio Kookaburra 98.7 is …"), or that ends
 * the sentence after "We are".
 */
export function presentedName(sentence: string, locale: ComposerLocale): string | undefined {
  const name = presentedNameAt(sentence, locale);
  if (name !== undefined) return name;
  // "Since 1987, Hadley's Hardware has sold …", "Dal 1960 la Macelleria Rossi offre …": past when and how first
  // "Quiet, cosy and dog friendly: The Snug is a micropub …"
  const colon = sentence.indexOf(': ');
  const afterColon = colon > 0 && colon < 80 ? presentedNameAt(sentence.slice(colon + 2), locale) : undefined;
  if (afterColon !== undefined) return afterColon;
  // "Kids' parties, soft play and a café — Jungle Jim's in Swindon is open daily": a clause after a spaced dash
  for (const dash of sentence.matchAll(/\s[-–—]\s+/gu)) {
    const afterDash = presentedNameAt(sentence.slice(dash.index + dash[0].length), locale);
    if (afterDash !== undefined) return afterDash;
  }
  const intro = INTRO.exec(sentence)?.[0];
  if (intro === undefined) return undefined;
  const rest = sentence.slice(intro.length);
  // German and Dutch put the verb second: "Seit 1998 backt die Bäckerei Sonnenkorn in Freiburg Brot."
  const verbFirst = locale === 'de' || locale === 'nl' ? /^\p{Ll}[\p{L}\p{M}]+\s+/u.exec(rest)?.[0] : undefined;
  if (verbFirst === undefined) return presentedNameAt(rest, locale);
  const subject = withoutLeadingFunctionWords(rest.slice(verbFirst.length), locale as Exclude<ComposerLocale, 'en'>);
  const run = runAt(subject);
  if (run === undefined || !/\s/u.test(run) || !isPlausible(run) || NOT_A_NAME_START.has(firstWordOf(run)) || isPlaceName(run) || isPersonOnly(run)) return undefined;
  return run;
}

/** An opening that says since when or how, before the sentence's subject: "Since 1987,", "For over 30 years", "Desde 1985,". */
const INTRO = new RegExp(
  [
    String.raw`^(?:at|in|on) the (?:heart|centre|center|edge|foot|top|end|corner|middle) of [^,.!?;:]{1,40},\s+`,
    String.raw`^(?:since|for|after|over|founded|established|est\.|family[- ](?:owned|run)|(?:owned|run|founded|started) by|proudly|trusted|based|located|serving|desde|há|hace|dal|dalla|dai|depuis|seit|sinds|fondée?|fundad[ao]|fondat[ao]|gegründet|opgericht)(?![\p{L}])[^,.!?;:]{0,60},\s+`,
    String.raw`^(?:(?:so|and|then|but)\s+)?(?:since \d{4}|for (?:over |more than |almost |nearly )?\d+ years|in \d{4}|desde \d{4}|há (?:mais de )?\d+ anos|hace (?:más de )?\d+ años|dal \d{4}|depuis \d{4}|seit \d{4}|sinds \d{4})\s+`,
  ].join('|'),
  'iu',
);

function presentedNameAt(sentence: string, locale: ComposerLocale): string | undefined {
  return presentedRunAt(sentence, locale, false) ?? presentedRunAt(sentence, locale, true);
}

/**
 * The name a sentence presents, read as a strict capitalised run or, when `isLong`, as one that keeps the small words
 * and an opening number names hold ("Down to Earth is …", "7 Hills Coffee, a roastery") — then only a verb, or what
 * closes a presented name, may follow it.
 */
function presentedRunAt(sentence: string, locale: ComposerLocale, isLong: boolean): string | undefined {
  // "It's Gemma from Gem's Pet Sitting": a person, then the business they are from, before the words that present one
  const presenting = PERSON_FROM.exec(sentence)?.[0] ?? PRESENTING.exec(sentence)?.[0] ?? '';
  const isAtOpener = AT_OPENER.test(presenting) && !/(?:team|staff|crew|folks|lads|guys|girls|gang|people|everyone|of us|we|us) at\s+$/iu.test(presenting);
  const isInviting = presenting !== '' && INVITING.test(presenting) && !isAtOpener;
  const afterPresenting = sentence.slice(presenting.length);
  // "We're the Forth Valley Singers": a lower-case "the" after the words that present a name is the sentence's
  const rest = locale === 'en' ? (presenting === '' ? afterPresenting : afterPresenting.replace(/^the\s+(?=\p{Lu})/u, '')) : withoutLeadingFunctionWords(afterPresenting, locale);
  const isAfterArticle = rest !== afterPresenting;
  // "Institut de beauté Douceur d'Ange propose …": a trade written with its lower-case words, then the name
  const head = locale === 'en' ? undefined : (TRADE_HEAD.exec(rest) ?? (locale === 'de' || locale === 'nl' ? null : TRADE_HEAD_DESCRIBED.exec(rest)))?.[0];
  // "Artisan qualifié Qualibat, …", "Zertifizierter Meisterbetrieb …": a scheme the trade is certified by, not its name
  if (head !== undefined && /(?:qualifi|certifi|agré|labellis|zertifiz|certific|gecertific|erkend|homologad|accredit)/iu.test(head)) return undefined;
  const named = head === undefined || isLong ? undefined : runAt(rest.slice(head.length));
  const run = isLong ? longNameAt(rest) : named === undefined ? withoutOpeningWord(runAt(rest)) : `${head}${named}`;
  if (run === undefined || !isPlausible(run) || (!isLong && NOT_A_NAME_START.has(firstWordOf(run)) && !isDefinedAsBusiness(run, rest)) || PLATFORMS.test(run)) return undefined;
  const afterRun = rest.slice(rest.indexOf(run) + run.length);
  const numberAfter = /^\s+\d+(?:[.,]\d+)?(?=\s)/u.exec(afterRun)?.[0] ?? '';
  // "Radio Kookaburra 98.7 is …" keeps its number; "Splash Kingdom 15 slides, …" counts something.
  const isNumberOfName = numberAfter !== '' && (isFollowedByCue(afterRun.slice(numberAfter.length), locale, true) || closesPresentedName(afterRun.slice(numberAfter.length)));
  const number = isNumberOfName ? numberAfter : '';
  const name = `${run}${number}`;
  const after = afterRun.slice(number.length);
  const isSingleWord = !/\s/.test(run);
  // "Im Sommer ist …": after a preposition, one capitalised word is a noun; names there take two ("Im Brauhaus zum
  // Löwen"). One word in capitals is an acronym a sentence goes on about ("HETAS approved"), not the business.
  // "Cake by Courtney makes …": a word and whose it is make a name
  const byPerson = BY_PERSON.exec(after);
  // not "Owned by Anna": a word that says what was done is no name's first word
  const withPerson = byPerson !== null && !/ed$/u.test(run) && isPersonOnly(byPerson[1] ?? '') ? `${name}${byPerson[0]}` : name;
  if (isSingleWord && withPerson === name && (isAfterArticle || isCommonWord(run, locale) || /^[\p{Lu}\p{N}]+$/u.test(run))) return undefined;
  if (isPlaceAfterAll(run, afterRun) || (presenting === '' && isPersonName(run) && !/\s/.test(run))) return undefined;
  // "Maria Lopez runs Bloom Florist", "Chef Tom Baker opened …": the person who runs the business, not the business
  // … and "Mary and Tom look forward to welcoming you": people, whatever they do
  if (presenting === '' && (RUNS_A_BUSINESS.test(afterRun) || /\s(?:and|&)\s/u.test(run)) && isOnlyPerson(run, locale)) return undefined;
  const afterName = byPerson !== null && withPerson !== name ? after.slice(byPerson[0].length) : after;
  if (presenting !== '') {
    // "At Harbour Dental we …": "at" presents a name only when the sentence goes on with "we" (or "I").
    // "At Ledger Light I do …": a sole trader's business, of two words or more ("At Christmas I …" is no name)
    const isSoleTrader = /\s/u.test(run) && /^,?\s+I(?![\p{L}'’])/u.test(afterName);
    // "With Blue Heron you get …": a business of two words or more, then whom it serves
    const isForYou = /\s/u.test(run) && /^,?\s+you(?![\p{L}'’])/iu.test(afterName);
    if (isAtOpener) return (/^,?\s+(?:we|our)(?![\p{L}])/iu.test(afterName) || isSoleTrader || isForYou) && !isPersonOnly(run) ? withPerson : undefined;
    // "Meet Sarah, our groomer", "This is Dave Smith": a person, not the business ("Fietsenmaker Van Dijk" is one).
    if (isOnlyPerson(run, locale)) return undefined;
    // German and Dutch write every noun with a capital: "Wir sind Profis." names nothing.
    const isCapitalisedNoun = isSingleWord && (locale === 'de' || locale === 'nl');
    if (!isCapitalisedNoun && (isInviting || closesPresentedName(afterName))) return withPerson;
  }
  // "Cabinet d'avocats Dubois & Martin, droit de la famille …", "Centre équestre Les Écuries du Lac à Aix-les-Bains,
  // cours …": a trade and its name, perhaps where it is, then what it does
  const isSetOff = (text: string) => /^\s*(?:,|:|\s[-–—]\s)/u.test(text);
  const afterWhere = afterWhereItIs(afterName);
  const isPlaceSetOff = afterWhere !== afterName && (isSetOff(afterWhere) || afterName.slice(0, afterName.length - afterWhere.length).endsWith(','));
  if (!isLong && head !== undefined && named !== undefined && (isSetOff(afterName) || isPlaceSetOff)) return withPerson;
  // "Stitch in Time Alterations: hems, …": a long name that ends in its trade may close with a colon or a dash too
  const endsInTrade = isWholeTradeWord((run.split(/\s+/).pop() ?? '').toLowerCase());
  if (isLong) return isFollowedByVerb(afterName, locale) || (endsInTrade && isFollowedByCue(afterName, locale)) ? withPerson : undefined;
  return isFollowedByCue(afterName, locale, isSingleWord && withPerson === name) ? withPerson : undefined;
}

/**
 * "Here & Now is a mindfulness studio", "Sunday Social is a supper club": a run of two words or more that the sentence
 * says is a business may open with a word that opens no name elsewhere.
 */
export function isDefinedAsBusiness(run: string, text: string): boolean {
  const after = text.slice(text.indexOf(run) + run.length);
  return /\s/u.test(run) && /^\s+(?:is|are)\s+(?:a|an)\s/u.test(after) && !opensWithImperative(run);
}

/** What a person does with a business: "Maria Lopez runs …", "Dr. Sarah Lee and her team at …". */
export const RUNS_A_BUSINESS = /^,?\s+(?:runs|owns|opened|started|founded|manages|launched|set up|took over|co-founded|and (?:her|his|their|the) (?:team|staff|crew))(?![\p{L}])/u;

/** Prepositions that open a name with an article ("In a Pickle", "On the Hoof Farriers"), not a sentence ("In Leeds …"). */
const IDIOM_OPENING = /^(?:in|on|at|for|with|over|under|up)\s+(?:a|an|the)\s/iu;
/** Verbs that open an invitation, not a name: "Ask for Bob at Bob's Bikes", "Try our …". */
const IMPERATIVES = new Set(['ask', 'book', 'get', 'try', 'find', 'order', 'shop', 'contact', 'text', 'email', 'check', 'drop', 'pop', 'stay', 'see', 'discover', 'explore', 'enjoy', 'treat', 'give', 'bring', 'grab', 'message', 'phone', 'ring', 'tell', 'look']);
/** True when a run opens with a verb that invites ("Try Mama Ngozi …", "Ask Dave …"): a sentence, not a name. */
export function opensWithImperative(run: string): boolean {
  return IMPERATIVES.has(firstWordOf(run)) && !IDIOM_OPENING.test(run);
}

/** Small words that lead from a name to where it is: "Joe's Plumbing in Leeds". */
const TO_A_PLACE = /^(?:in|at|on|from|near|em|en|à|im|am|bei|op|te|di|da|de)$/iu;

/** The long run at the start of `text` ("Down to Earth", "5 Star Cleaning Co."), unless it opens a sentence or reaches a place. */
export function longNameAt(text: string): string | undefined {
  const run = withoutOpeningWord(longRunAt(text));
  if (run === undefined) return undefined;
  if ((NOT_A_NAME_START.has(firstWordOf(run)) || IMPERATIVES.has(firstWordOf(run))) && !IDIOM_OPENING.test(run)) return undefined;
  const words = run.split(/\s+/);
  // "… in Groningen", "… em Braga": after a word that says where, capitalised words that do not name a trade are a place
  const reachesPlace = words.some((word, index) => {
    const rest = words.slice(index + 1);
    return index > 0 && TO_A_PLACE.test(word) && (isPlaceName(rest.join(' ')) || (/^\p{Lu}/u.test(rest[0] ?? '') && !rest.some((next) => isWholeTradeWord(next))));
  });
  return reachesPlace || isOnlyGenericWords(run) ? undefined : run;
}

const isPluralNoun = remember((word: string): boolean => nlp(word.toLowerCase()).has('#Plural'));

/** "Farrow & Ball paints and Little Greene wallpapers …": the word after a run opens a list of things, not its verb. */
export function opensListOfThings(after: string): boolean {
  const list = /^\s+(\p{Ll}+)(?:,|\s+(?:and|&))\s+(\p{L})/u.exec(after);
  if (list === null) return false;
  const [, next = '', following = ''] = list;
  // a plural, or a word in -s before another brand in capitals ("… paints and Little Greene …")
  return isPluralNoun(next) || (/s$/u.test(next) && /\p{Lu}/u.test(following));
}

/** "Everything at Grace's Bakehouse is …", "Stay at Rose Cottage, a …": a sentence's word before "at", then the name. */
export function withoutOpeningWord(run: string | undefined): string | undefined {
  // "Today Joe's Bagel Bakery bakes …": a word that says when opens the sentence
  const when = SENTENCE_ADVERB.exec(run ?? '') ?? SINCE_WHEN.exec(run ?? '');
  if (when !== null && run !== undefined) return run.slice(when[0].length);
  const match = /^([\p{L}'’]+)\s+at\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(run ?? '');
  // "Classes at Paint Pot run weekly", "Dogs at Barking Mad get two walks": who or what, in the plural, is there
  return match !== null && (isDictionaryWord(match[1] ?? '') || isPluralNoun(match[1] ?? '')) ? match[2] : run;
}

/**
 * "Tickets at Picture House", "Appointments at Still Point Clinic", "Advice from Keystone Mortgages": what is had there
 * or from it, before "at" or "from" — a word in the plural, or one English knows before a name of two words or more
 * ("Dinner at Eight" stays a name).
 */
export function withoutPluralOpening(run: string): string {
  const match = /^([\p{L}'’]+)\s+(?:at|from)\s+(?:the\s+)?(\p{Lu}.*)$/u.exec(run);
  if (match === null) return run;
  const [, word = '', rest = ''] = match;
  return isPluralNoun(word) || (isDictionaryWord(word) && /\s/u.test(rest)) ? rest : run;
}

/** "So in 2015 Blue Heron was born": when, before the sentence's subject. */
const SINCE_WHEN = /^(?:(?:So|And|Then|But)\s+)?(?:in|since|by|In|Since|By)\s+\p{N}{4},?\s+(?=\p{Lu})/u;

/** Words that open a sentence before its subject: "Today …", "Now …", "Plus …". */
const SENTENCE_ADVERB = /^(?:Today|Now|Nowadays|Currently|Also|Plus|So|Then|Recently|Finally|Meanwhile|Sometimes|Tonight|Tomorrow|Yesterday)\s+(?=\p{Lu})/u;

/** "Au Petit Fournil", "Aux Délices de Marie", "À la Bonne Franquette": French names that open with "au", "aux", "à la". */
const FRENCH_NAME_PREPOSITION = /^(?:Au|Aux|À\s+la|À\s+l['’])\s*(?=\p{Lu})/u;

/** True when a French text opens with a name that keeps its "Au", "Aux" or "À la" (not "Au Portugal, …"). */
export function opensWithFrenchNamePreposition(text: string, locale: ComposerLocale): boolean {
  const opening = locale === 'fr' ? FRENCH_NAME_PREPOSITION.exec(text)?.[0] : undefined;
  if (opening === undefined) return false;
  const run = runAt(text.slice(opening.length));
  return run !== undefined && !isPlaceName(run);
}

/** "A Clínica Veterinária do Lumiar, em Lisboa, …" → "Clínica Veterinária do Lumiar, em Lisboa, …" (capitalised). */
export function withoutLeadingFunctionWords(sentence: string, locale: Exclude<ComposerLocale, 'en'>): string {
  // "Zur Alten Mühle – Landgasthof …": a title line that opens with the preposition of an inn's name keeps it
  if (locale === 'de' && /^Zu[mr]\s+\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?\s*(?:[–—:|]|\s-\s)/u.test(sentence)) return sentence;
  if (opensWithFrenchNamePreposition(sentence, locale)) return sentence;
  const rest = sentence.replace(LEADING_FUNCTION_WORDS[locale], '');
  return /^\p{Lu}/u.test(rest) ? rest : sentence;
}
