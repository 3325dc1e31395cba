import { splitSentences } from '../clean-text.ts';
import { isWholeTradeWord } from '../detect-industry.ts';
import type { ComposerLocale } from '../detect-locale.ts';
import { closesPresentedName, isOnlyGenericWords, isOnlyPerson } from './name-checks.ts';
import { isFollowedByCue } from './name-cues.ts';
import { COMMON_WORDS, firstWordOf, isPlausible, longRunAt, NOT_A_NAME_START, RUN, runAt, trimRun } from './name-words.ts';
import { endsLikeBusiness, isOnlyDictionaryWords } from './business-shaped-run.ts';
import { longNameAt, PLATFORM_NAMES, PLATFORMS } from './presented-name.ts';
import { endsInNoun, isDescribingWord, isDictionaryWord, isNounLike, isPlaceName } from './proper-nouns.ts';

// Names met in passing, read after the sentences that present a business have said nothing: a venue after "at"
// ("Book your MOT at Hendry's Garage, 14 Mill Road"), a name signed on the last line ("Mama Tee's Kitchen x"), a
// name after a label ("Business name: Sunny Paws") or after the trade it is ("le food truck Chez Momo sert …"), and a
// name written in lower case after the words that present one ("welcome to sunny side cafe!").

export interface NameInPassing {
  name: string;
  source: string;
}

/** True when a run can be the business: plausible, not a sentence's opening word, a place or only a person. */
function isBusinessRun(run: string, locale: ComposerLocale): boolean {
  return isPlausible(run) && !NOT_A_NAME_START.has(firstWordOf(run)) && !isPlaceName(run) && !isOnlyPerson(run, locale);
}

/** A run that says it is a business by its shape: a trade word last ("Iron Temple Gym"), or whose it is ("Hendry's Garage"). */
function looksLikeBusiness(run: string): boolean {
  const words = run.split(/\s+/);
  if (words.length < 2 || isOnlyGenericWords(run)) return false;
  // "Hendry's Garage", "Mother Hubbard's": whose it is (not a saint's: "St Mary's" is a church)
  const isWhose = /\p{L}['’]s$/u.test(words[words.length - 1] ?? '') && !/^St\.?$/u.test(words[0] ?? '');
  return isWholeTradeWord(words[words.length - 1] ?? '') || /['’]s$/u.test(words[0] ?? '') || isWhose || words.includes('&');
}

const AT_VENUE = /(?<![\p{L}])at\s+(?:the\s+)?(?=\p{Lu})/gu;
/** The last words of a hall, a church or a street: where people meet, not a business. */
const VENUE_WORD = /\s(?:Hall|Church|Chapel|Centre|Center|Street|Road|Lane|Square|Park|Library|School|Station|Market)$/u;
/** What a venue is called after: ", a riverside café", ", our cosy micropub". */
const VENUE_APPOSITION = /^,\s+(?:a|an|our|my|the)\s/u;

/** "Get fit at Iron Temple Gym, Hull's …", "Stay at Rose Cottage, a 2-bedroom holiday let": a business after "at". */
export function nameAtVenue(text: string, locale: ComposerLocale): NameInPassing | undefined {
  if (locale !== 'en') return nameAtVenueElsewhere(text, locale);
  for (const match of text.matchAll(AT_VENUE)) {
    const rest = text.slice(match.index + match[0].length);
    // "Our toy shop Jack in the Box sells …": a name with its small words, when a verb closes it
    const long = longNameAt(rest);
    if (long !== undefined && match[2] === '' && isBusinessRun(long, locale) && isFollowedByCue(rest.slice(rest.indexOf(long) + long.length), locale, false)) return { name: long, source: 'apposition' };
    const run = runAt(rest);
    if (run === undefined || !isBusinessRun(run, locale)) continue;
    const after = rest.slice(rest.indexOf(run) + run.length);
    // "Ask for Siobhán behind the bar at Molloy's.": whose place it is, ending the sentence
    if (/^\p{Lu}\p{Ll}+['’]s$/u.test(run) && /^\s*(?:[.!]|$)/u.test(after)) return { name: run, source: 'venue' };
    // "… live music Fridays at the Red Lion in Marlow.": a venue named with "the", where the sentence ends
    const isNamedVenue = /the\s+$/u.test(match[0]) && /\s/u.test(run) && closesPresentedName(after);
    // "Commissions welcome at Lumen Glass, Shrewsbury.": a business and its town end the text's sentence (not a hall's)
    const isWithTown = /\s/u.test(run) && !VENUE_WORD.test(run) && /^,\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*[.!]?\s*$/u.test(after.split(/(?<=[.!?])\s/u)[0] ?? '');
    if (looksLikeBusiness(run) || isNamedVenue || isWithTown || (VENUE_APPOSITION.test(after) && /\s/u.test(run))) return { name: run, source: 'venue' };
  }
  return nameOpeningAt(text, locale);
}

/** "at" in the other languages, where a business is had: "chez", "bei", "bij", "presso", "en", "na". */
const AT_ELSEWHERE: Partial<Record<ComposerLocale, RegExp>> = {
  fr: /(?<![\p{L}])chez\s+(?=\p{Lu})/gu,
  de: /(?<![\p{L}])(?:bei|beim)\s+(?=\p{Lu})/gu,
  nl: /(?<![\p{L}])bij\s+(?=\p{Lu})/gu,
  it: /(?<![\p{L}])presso\s+(?=\p{Lu})/gu,
  es: /(?<![\p{L}])en\s+(?=\p{Lu})/gu,
  pt: /(?<![\p{L}])(?:na|no)\s+(?=\p{Lu})/gu,
};

/**
 * "… demandez Julien chez Lumière & Fils.", "Kommen Sie vorbei bei Speichenwerk!", "Pregunta por Don Chuy en El Fogón
 * de Chuy.": a business where the sentence ends — one word after "chez", "bei", "bij", "presso"; in Spanish and
 * Portuguese, where "en" and "na" lead to towns too, a name of several words.
 */
function nameAtVenueElsewhere(text: string, locale: ComposerLocale): NameInPassing | undefined {
  const isSpanishOrPortuguese = locale === 'es' || locale === 'pt';
  // "Komm vorbei bei Rille 33, Dienstag bis Samstag …": when it is open may follow after a comma
  const closes = (after: string) => /^\s*(?:[.!]|$)/u.test(after) || (!isSpanishOrPortuguese && /^,\s/u.test(after));
  const name = runAfterCue(text, AT_ELSEWHERE[locale], locale, isSpanishOrPortuguese ? 2 : 1, closes);
  return name === undefined ? undefined : { name, source: 'venue' };
}

/** The first business run after a cue of `pattern`, of `minWords` words or more, that `closes` says ends there. */
function runAfterCue(text: string, pattern: RegExp | undefined, locale: ComposerLocale, minWords: number, closes: (after: string) => boolean): string | undefined {
  if (pattern === undefined) return undefined;
  for (const match of text.matchAll(pattern)) {
    const rest = text.slice(match.index + match[0].length);
    const run = longRunAt(rest) ?? runAt(rest);
    if (run === undefined || run.split(/\s+/u).length < minWords || !isBusinessRun(run, locale) || isOnlyGenericWords(run)) continue;
    if (closes(rest.slice(run.length))) return run;
  }
  return undefined;
}

/** "At Copper Kettle, everything is made from scratch.": a sentence opening at the business, then a clause. */
const OPENING_AT = /(?:^|[.!?]\s+)At\s+(?:the\s+)?(?=\p{Lu})/gu;

function nameOpeningAt(text: string, locale: ComposerLocale): NameInPassing | undefined {
  for (const match of text.matchAll(OPENING_AT)) {
    const rest = text.slice(match.index + match[0].length);
    const run = runAt(rest);
    // "At Christmas, …", "At Weekends, …": one word is most often when, not where
    if (run === undefined || !/\s/u.test(run) || !isBusinessRun(run, locale) || VENUE_WORD.test(run) || isOnlyGenericWords(run)) continue;
    if (/^,\s+(?:we|our|you|your|everything|every|each|all|there|it|they|the|no|nothing)\s/u.test(rest.slice(run.length))) return { name: run, source: 'venue' };
  }
  return undefined;
}

/**
 * An invitation opening a sentence, before the business it invites to: "Book Marvo Magic for …", "Call Petal Pushers on
 * …". Not "Try" (what is tried is most often a dish: "Try Lemon Drizzle Cake") nor "Ask for" (a person).
 */
const INVITATION = /(?:^|[.!?]\s+|(?:and|then|just|so)\s+)(?:[Gg]ive|Book|Hire|Call|Ring|Contact|Visit|Follow|Text|Phone|WhatsApp|Why\s+choose|Catch|Trust|Tag|Leave\s+it\s+to|Drop\s+into|Bring\s+(?:\p{Ll}+\s+){0,2}to|Find|Email|Message|Search\s+for|Look\s+for|Choose|You\s+(?:can|will|['’]ll)\s+find|Bring\s+it\s+to|Treat\s+yourself\s+at|Head\s+to|Pop\s+into)\s+(?=\p{Lu})/gu;
/** What follows the invited business: what for, how to reach it, when, or the sentence's end. */
const AFTER_INVITED = /^(?:\s+(?:for|on|to|today|now|at|in|when|whenever|with|or|and|any|every|this|next|soon|anytime|during|after|before|a\s+(?:try|call|ring|go|visit|shout|follow))(?![\p{L}])|\s*[.!,?]|\s*$)/u;

/** "Book Marvo Magic for your next party!": a business of two words or more, invited to. */
export function invitedName(text: string, locale: ComposerLocale): NameInPassing | undefined {
  if (locale !== 'en') return invitedElsewhere(text, locale);
  for (const match of text.matchAll(INVITATION)) {
    const rest = text.slice(match.index + match[0].length);
    const run = runAt(rest);
    if (run === undefined || !/\s/u.test(run) || !isBusinessRun(run, locale)) continue;
    // "give Clean Slate a ring": words that elsewhere say what a business does name it here
    const isRingOrCall = /^\s+a\s+(?:ring|call|shout|try|go|visit|follow|bell|buzz)(?![\p{L}])/u.test(rest.slice(run.length));
    if (isOnlyGenericWords(run) && !isRingOrCall) continue;
    if (AFTER_INVITED.test(rest.slice(run.length))) return { name: run, source: 'invited' };
  }
  return undefined;
}

/** A platform's name after "on": "… on Facebook", "… on Etsy". */
const ON_PLATFORM = new RegExp(String.raw`\s+on\s+(?:${PLATFORM_NAMES})(?![\p{L}])`, 'giu');
const RUN_BEFORE = new RegExp(`(?:^|[\\s(])(${RUN})$`, 'u');

/** "Honey Bee on Facebook for offers", "Like Honey Bee on Facebook": a business of two words or more found on a platform. */
export function nameOnPlatform(text: string, locale: ComposerLocale): NameInPassing | undefined {
  if (locale !== 'en') return undefined;
  for (const match of text.matchAll(ON_PLATFORM)) {
    const found = RUN_BEFORE.exec(text.slice(0, match.index))?.[1];
    const run = found === undefined ? undefined : trimRun(found.replace(/^(?:Like|Follow|Find|Search(?:\s+for)?|Check\s+out|Message|Visit)\s+/u, ''));
    if (run === undefined || !/\s/u.test(run) || !isBusinessRun(run, locale) || isOnlyGenericWords(run) || PLATFORMS.test(run)) continue;
    return { name: run, source: 'invited' };
  }
  return undefined;
}

/** An invitation to call or visit in the other languages, opening a sentence. */
const INVITATION_ELSEWHERE: Partial<Record<ComposerLocale, RegExp>> = {
  fr: /(?:^|[.!?]\s+)(?:Contactez|Appelez|Rejoignez|Retrouvez|Suivez|Découvrez|Confiez[- ]vous à)\s+(?=\p{Lu})/gu,
  de: /(?:^|[.!?]\s+)(?:Kontaktieren Sie|Rufen Sie|Besuchen Sie|Folgen Sie)\s+(?=\p{Lu})/gu,
  es: /(?:^|[.!?]\s+)(?:Llama a|Contacta con|Visita|Sigue a|Escribe a)\s+(?=\p{Lu})/gu,
  pt: /(?:^|[.!?]\s+)(?:Ligue para|Contacte|Contate|Visite|Siga)\s+(?:a\s+|o\s+)?(?=\p{Lu})/gu,
  it: /(?:^|[.!?]\s+)(?:Chiama|Contatta|Visita|Segui)\s+(?=\p{Lu})/gu,
  nl: /(?:^|[.!?]\s+)(?:Bel|Bezoek|Volg|Mail)\s+(?=\p{Lu})/gu,
};

/** "Contactez Ramonage Dufour au 06 12 34 56 78.": a business of two words or more, then a number or the sentence's end. */
function invitedElsewhere(text: string, locale: ComposerLocale): NameInPassing | undefined {
  const name = runAfterCue(text, INVITATION_ELSEWHERE[locale], locale, 2, (after) => /^\s*(?:[.!]|$)|^\s+\p{Ll}{1,4}\s+[+(]?\d/u.test(after));
  return name === undefined ? undefined : { name, source: 'invited' };
}

/** "Join the Blue Heron family", "… from all of the Fern Hill team": a business is the family or team people join. */
const THE_FAMILY = /(?<![\p{L}])(?:[Tt]he\s+(\p{Lu}[\p{L}'’&-]*(?:\s+(?:&|and|of|\p{Lu}[\p{L}'’&-]*)){1,3})\s+(?:family|team|community|crew|gang|way|story|difference|promise|experience|van|truck|trailer|stall|bus)|(\p{Lu}[\p{L}&-]*(?:\s+(?:&|and|of|\p{Lu}[\p{L}&-]*)){1,3})['’]s\s+(?:founder|founders|owner|owners|team|story|staff|menu|kitchen|bakers|chefs))(?![\p{L}])/gu;

export function familyName(text: string, locale: ComposerLocale): NameInPassing | undefined {
  if (locale !== 'en') return undefined;
  for (const match of text.matchAll(THE_FAMILY)) {
    const run = match[1] ?? match[2] ?? '';
    if (runAt(run) === run && isBusinessRun(run, locale) && !isOnlyGenericWords(run)) return { name: run, source: 'family' };
  }
  return undefined;
}

/**
 * "mobile dog grooming around leeds, Blue Heron, all breeds": in a text its writer typed in lower case, the one run of
 * capitals of two words or more — set off by commas, ending a sentence or before a verb — is what they took care to
 * capitalise, when it is no place, no person and no platform.
 */
export function capitalisedInLowerCase(text: string, locale: ComposerLocale): NameInPassing | undefined {
  if (locale !== 'en' || !/^\p{Ll}/u.test(text.trimStart())) return undefined;
  const runs = [...text.matchAll(/(?<![\p{L}\p{N}'’&])\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+(?:&|and|of|the|\p{Lu}[\p{L}\p{N}'’&-]*))+/gu)].map((match) => ({ run: runAt(match[0]) ?? '', at: match.index }));
  // not where the business works: "covering Bolton and Bury"
  const isWhere = (at: number) => /(?:^|\s)(?:covering|serving|across|around|in|near|from|to|between|throughout)\s+$/u.test(text.slice(0, at));
  const named = runs.filter(({ run, at }) => /\s/u.test(run) && isBusinessRun(run, locale) && !isOnlyGenericWords(run) && !isWhere(at) && !run.split(/\s+/u).some((word) => PLATFORMS.test(word)));
  if (named.length !== 1 || new Set(runs.map(({ run }) => run)).size > 2) return undefined;
  const { run, at } = named[0]!;
  const after = text.slice(at + run.length);
  const isSetOff = /[,(]\s*$/u.test(text.slice(0, at)) || /^\s*(?:[,.!)]|$)/u.test(after) || isFollowedByCue(after, locale, false);
  return isSetOff ? { name: run, source: 'capitalised' } : undefined;
}

/** A name alone in brackets at a sentence's end: "… trials available (Bridal Bliss)." */
const BRACKETED_AT_END = /\((\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+(?:&|and|of|the|\p{Lu}[\p{L}\p{M}'’&.-]*)){1,4})\)\s*(?:[.!]|$)/gu;
/** What a bracket says of a business that is not its name: an accreditation, a membership, a note. */
const NOT_A_NAME_IN_BRACKETS = /\b(?:approved|registered|certified|accredited|insured|member|members|qualified|safe|trained|checked|licensed|rated|award|awards|winner|only|included|extra|optional|required|available|welcome|free)\b/iu;

export function bracketedName(text: string, locale: ComposerLocale): NameInPassing | undefined {
  if (locale !== 'en') return undefined;
  for (const match of text.matchAll(BRACKETED_AT_END)) {
    const run = match[1] ?? '';
    if (NOT_A_NAME_IN_BRACKETS.test(run) || !isBusinessRun(run, locale) || isOnlyGenericWords(run)) continue;
    return { name: run, source: 'bracketed' };
  }
  return undefined;
}

/** A run standing alone between bars, bullets or pictographs (made bars): "… bath bombs 🛁 Little Suds 🛁 Shipping …". */
const SET_OFF = /(?:^|\s[·|•]\s)([^·|•\n]{3,40}?)(?=\s[·|•]\s)/gu;

export function setOffName(text: string, locale: ComposerLocale): NameInPassing | undefined {
  // not one of a list of what is offered: "Yoga · Meditation · Sound Baths", "Fades • Beards • Kids Cuts • …"
  const shortParts = text.split(/\s[·|•]\s|\n/u).filter((part) => part.trim().split(/\s+/).length <= 3);
  if (shortParts.length > 2) return undefined;
  for (const match of text.matchAll(SET_OFF)) {
    const segment = (match[1] ?? '').trim();
    if (match.index === 0 || runAt(segment) !== segment || !/\s/u.test(segment) || isOnlyGenericWords(segment)) continue;
    if (segment.split(/\s+/).every((word) => isWholeTradeWord(word.toLowerCase()))) continue;
    if (isBusinessRun(segment, locale)) return { name: segment, source: 'set off' };
  }
  return undefined;
}

/** A spaced dash inside a sentence, then capitals: "… in the heart of Hay-on-Wye — Purl Shop, open Tuesday to Saturday." */
const AFTER_DASH = /\s[-–—]\s+(?=\p{Lu})|(?<=\p{Ll}):\s+(?=\p{Lu})|^Why\s+(?=\p{Lu})/gu;

/** A name of two words or more right after a dash, then a comma and the sentence goes on in lower case, or it ends. */
export function nameAfterDash(text: string, locale: ComposerLocale): NameInPassing | undefined {
  for (const sentence of splitSentences(text)) {
    for (const match of sentence.matchAll(AFTER_DASH)) {
      const rest = sentence.slice(match.index + match[0].length);
      const run = runAt(rest);
      if (run === undefined || !/\s/u.test(run) || !isBusinessRun(run, locale) || isOnlyGenericWords(run)) continue;
      // "— Free Quotes, fully insured": a describing word and words the language knows make a claim, unless the last
      // says the business ("Purl Shop"); "— Brew Crew, Leeds" is a name
      if (isDescribingWord(firstWordOf(run)) && isOnlyDictionaryWords(run) && !endsLikeBusiness(run)) continue;
      // after a colon or "Why", only a name that ends the sentence: "Recommended by locals: Fern Hill.", "Why Fern Hill?"
      const isDash = /[-–—]/u.test(match[0]);
      if (/^(?:,\s|\s*[.!]?\s*$)/u.test(rest.slice(run.length)) && (isDash || /^\s*[.!?]?\s*$/u.test(rest.slice(run.length)))) return { name: run, source: 'after dash' };
      if (/^Why/u.test(match[0]) && /^\s*\?/u.test(rest.slice(run.length))) return { name: run, source: 'after dash' };
    }
  }
  return undefined;
}

/** Words that sign a message off: "Thanks, …", "Love from all at …", "See you soon! …". */
const SIGN_OFF = /^(?:by|from|all\s+the\s+best|(?:many\s+)?thanks(?:\s+(?:for\s+(?:looking|reading|visiting|stopping\s+by)|again|so\s+much))?|thank\s+you(?:\s+(?:for\s+(?:looking|reading|visiting|stopping\s+by)|again|so\s+much))?|cheers|love|best(?:\s+wishes)?|(?:kind|warm|best)\s+regards|regards|warmly|see\s+you\s+soon|speak\s+soon|much\s+love)[,!]?\s*(?:from\s+)?(?:(?:all|everyone|the\s+team|the\s+gang|us)\s+at\s+)?/iu;
/** What follows a signature: kisses, "team". */
const SIGNATURE_TAIL = /\s+(?:x+|xo+x*|team)$|\s*[.!]+$/iu;

/** "… weekend delivery in Peckham. Mama Tee's Kitchen x", "Love from all at Sunny Days": the last line signs the business. */
export function signedName(text: string, locale: ComposerLocale): NameInPassing | undefined {
  const lines = text.split(/\n+/u).map((line) => line.trim()).filter(Boolean);
  const lastLine = lines[lines.length - 1] ?? '';
  const sentences = splitSentences(lastLine);
  const last = (sentences[sentences.length - 1] ?? '').replace(/^[-–—•·*]\s*/u, '');
  if (lines.length < 2 && sentences.length < 2 && splitSentences(text).length < 2) return undefined;
  // "Book Captain Confetti!": an invitation before the name signs it too
  const opening = SIGN_OFF.exec(last)?.[0] || (/^(?:Book|Call|Visit|Try|Contact|Ask|Ring|Email|Text|Hire)\s+(?=\p{Lu})/u.exec(last)?.[0] ?? '');
  // "Love, Aoife @ Say It Well Ceremonies x": the person who signs, then the business
  const signed = last.slice(opening.length).replace(/^team\s+/iu, '').replace(/^\p{Lu}\p{Ll}+\s+(?:@|at|from)\s+(?=\p{Lu})/u, '').replace(SIGNATURE_TAIL, '').trim();
  // "Cheers from everyone at Arch 42 Brewing!": a number inside the name too
  const long = longRunAt(signed);
  const run = long !== undefined && /^\S+(?:\s+(?:\p{N}+|&|\p{Lu}\S*))+$/u.test(long) ? long : runAt(signed);
  if (run === undefined || run !== signed || !isBusinessRun(run, locale)) return undefined;
  const isSigned = opening !== '' || signed !== last.trim();
  // A last line of three words or more ending in a trade, below a list: "Warm Homes Heating"
  const words = run.split(/\s+/);
  const isLayoutLine = lines.length >= 2 && words.length >= 3 && isWholeTradeWord(words[words.length - 1] ?? '');
  return looksLikeBusiness(run) || isLayoutLine || (isSigned && words.length > 1) ? { name: run, source: 'signature' } : undefined;
}

/** "Business name: Sunny Paws", "Shop name – bramble & bee": a name after a label, as a form would ask for it. */
const NAME_LABEL = /(?:^|\n|[.!?]\s+)(?:[-*•·]\s*)?(?:(?:business|company|shop|brand|store|trading|studio|salon|practice|clinic|band|choir|club|charity)\s+)?name(?:\s+of\s+(?:the\s+|my\s+|our\s+)?(?:business|company|shop|brand|store|salon|studio|caf[eé]|restaurant))?\s*(?::|[-–—]\s)\s*/iu;

/** A label that names the business without the word "name": "Brand: SOLE MATES", "Practice: Mumbles Smile Centre". */
const BARE_LABEL = /(?:^|\n|[.!?]\s+)(?:[-*•·]\s*)?(?:(?:family|our|my|the)\s+)?(?:brand|company|business|practice|trading\s+as|trading|salon|studio|shop|store|clinic|venue|tutor|teacher|coach|trainer|instructor|provider|supplier|agency|firm|operator)\s*:\s*(?=[\p{Lu}\p{N}])/iu;

export function labelledName(text: string): NameInPassing | undefined {
  const match = NAME_LABEL.exec(text) ?? BARE_LABEL.exec(text);
  if (match === null) return undefined;
  // after a bare label, only a name as it is written: capitalised words to the line's or the sentence's end
  if (!NAME_LABEL.test(text)) {
    const value = (text.slice(match.index + match[0].length).split(/\n|[.!?](?:\s|$)|,\s/u)[0] ?? '').trim();
    // "Tutor: Bright Minds Tuition", not "Coach: Jane Smith"
    return runAt(value) === value && /\s/u.test(value) && isPlausible(value) && !isPlaceName(value) && !isOnlyPerson(value, 'en') ? { name: value, source: 'label' } : undefined;
  }
  const line = (text.slice(match.index + match[0].length).split(/\n|[.!?](?:\s|$)|,\s|\s[-–—|]\s/u)[0] ?? '').trim();
  const name = line.replace(/^["“'‘](.*)["”'’]$/u, '$1').trim();
  return name !== '' && name.split(/\s+/).length <= 6 && isPlausible(name) ? { name, source: 'label' } : undefined;
}

/** A trade written in lower case, then the name: "le food truck Chez Momo sert …", "the dog groomer Fluff & Puff covers …". */
const LOWER_CASE_WORD_BEFORE_RUN = /(?<![\p{L}])(\p{Ll}[\p{L}-]+)\s+(?=\p{Lu})/gu;

export function nameAfterTrade(text: string, locale: ComposerLocale): NameInPassing | undefined {
  for (const match of text.matchAll(LOWER_CASE_WORD_BEFORE_RUN)) {
    if (!isWholeTradeWord(match[1] ?? '')) continue;
    const rest = text.slice(match.index + match[0].length);
    const run = runAt(rest);
    // "chef Ravi opened …" is a person: one word after a trade is no name
    if (run === undefined || !/\s/u.test(run) || !isBusinessRun(run, locale)) continue;
    const after = rest.slice(rest.indexOf(run) + run.length);
    if (isFollowedByCue(after, locale, !/\s/u.test(run)) || (/\s/u.test(run) && closesPresentedName(after))) return { name: run, source: 'noun' };
  }
  return undefined;
}

/** What presents a name a person writes in lower case: "welcome to sunny side cafe!", "we are tiny acorn wellness, …". */
const PRESENTING_LOWER_CASE = /(?:^|[.!?]\s+)(?:(?:hi|hello|hey)[,!]?\s+)?(?:we\s+are|we['’]re|welcome\s+to|here\s+at|this\s+is|(?:hello|greetings|love)\s+from)\s+/giu;
/** A lower-case name of up to four words, up to where the sentence goes on. */
const LOWER_CASE_PHRASE = /^(\p{Ll}[\p{L}\p{M}\p{N}'’&+-]*(?:\s+[\p{L}\p{M}\p{N}'’&+-]+){0,3}?)(?=\s*(?:[,.!?;:]|$)|\s+[-–—]\s|\s+(?:in|at|on|near|from|we|and|where|based|located)\s)/u;
/** Words that show lower-case words are a sentence, not a name ("we are a small team", "this is my shop"). */
const NOT_IN_LOWER_CASE_NAME = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'this', 'that', 'so', 'very', 'really', 'just', 'open', 'closed', 'here', 'there', 'back', 'now', 'proud', 'happy', 'excited', 'passionate', 'not', 'all', 'two', 'three', 'both', 'friends', 'sisters', 'brothers', 'it', 'me', 'us', 'you', 'what', 'how', 'why', 'where', 'when', 'who']);

export function lowerCasePresentedName(text: string, locale: ComposerLocale): NameInPassing | undefined {
  if (locale !== 'en') return undefined;
  for (const match of text.matchAll(PRESENTING_LOWER_CASE)) {
    const rest = text.slice(match.index + match[0].length);
    // "welcome to the rusty anchor, a pub by the harbour": "the" opens the name when an apposition closes it
    const article = /^the\s+(?=[^,]{3,40},\s+(?:a|an|your)\s)/iu.exec(rest)?.[0] ?? '';
    const phrase = LOWER_CASE_PHRASE.exec(rest.slice(article.length))?.[1];
    const name = phrase === undefined ? undefined : `${article}${phrase}`;
    if (name === undefined || phrase === undefined || !isPlausible(name)) continue;
    const words = phrase.split(/\s+/);
    if (words.some((word) => NOT_IN_LOWER_CASE_NAME.has(word) || COMMON_WORDS.has(word) || /^\p{N}+$/u.test(word))) continue;
    const last = words[words.length - 1] ?? '';
    // "mckenzie landscaping": a name may end in its trade
    if (words.every((word) => isWholeTradeWord(word)) || !(isNounLike(last) || isWholeTradeWord(last) || endsInNoun(phrase)) || isOnlyPerson(name, locale)) continue;
    return { name, source: 'lower-case' };
  }
  return undefined;
}

/** "Our", "my" in the languages PageHub reads, before what the business is: "il nostro negozio …", "A nossa loja, …". */
const OWN_NOUN = /(?<![\p{L}])(?:[Oo]ur|[Mm]y|[Nn]uestr[oa]|[Mm]i|[Nn]oss[oa]|[Nn]otre|[Mm]on|[Mm]a|[Uu]nser(?:e|em|en|er)?|[Mm]ein(?:e|em|en)?|[Nn]ostr[oa]|[Mm]i[oa]|[Oo]nze|[Oo]ns|[Mm]ijn)\s+((?:\p{Ll}[\p{L}\p{M}'’-]*\s+){0,2}\p{Ll}[\p{L}\p{M}'’-]*)(,?)\s+(?=\p{Lu})/gu;

/** The last small word of what the business is, leading to where it is: "studio in", "loja em", "atelier à". */
const LEADS_TO_PLACE = /(?:^|\s)(?:in|at|on|near|from|of|em|en|no|na|à|au|a|im|bei|nel|nella|op|te)$/u;

/**
 * "Il nostro negozio Fiori di Campo vende …", "Nuestra tienda, La Tienda de Pepa, vende …": what the business is, in
 * its owner's words, then its name — set off by commas, or followed by a verb.
 */
export function nameAfterOwnNoun(text: string, locale: ComposerLocale): NameInPassing | undefined {
  for (const match of text.matchAll(OWN_NOUN)) {
    // "My yoga studio in Byron Bay is …": where it is, not its name
    if (LEADS_TO_PLACE.test(match[1] ?? '')) continue;
    const rest = text.slice(match.index + match[0].length);
    // "Our toy shop Jack in the Box sells …": a name with its small words, when a verb closes it
    const long = longNameAt(rest);
    if (long !== undefined && match[2] === '' && isBusinessRun(long, locale) && isFollowedByCue(rest.slice(rest.indexOf(long) + long.length), locale, false)) return { name: long, source: 'apposition' };
    const run = runAt(rest);
    if (run === undefined || !isBusinessRun(run, locale) || (!/\s/u.test(run) && COMMON_WORDS.has(run.toLowerCase()))) continue;
    const after = rest.slice(rest.indexOf(run) + run.length);
    // "our bakery, Crumbs, bakes …", "my dog walking business, Muddy Paws.": set off by commas, or ending the sentence
    const isSetOff = match[2] === ',' && /^\s*(?:,|[.!](?:\s|$))/u.test(after);
    if (isSetOff || (match[2] === '' && isFollowedByCue(after, locale, !/\s/u.test(run)))) return { name: run, source: 'apposition' };
  }
  return undefined;
}

/** Small words that show lower-case words are a sentence, not a name: "fresh bread for the whole street delivers". */
const SENTENCE_WORDS = new Set(['a', 'an', 'the', 'to', 'for', 'in', 'on', 'at', 'of', 'with', 'from', 'by', 'is', 'are', 'we', 'i', 'you', 'it', 'my', 'our', 'your', 'this', 'that', 'so', 'just', 'all']);

/** "down to earth organics delivers veg boxes …": a name in lower case opening the text, then a verb. */
export function lowerCaseNameBeforeVerb(text: string, locale: ComposerLocale): NameInPassing | undefined {
  if (locale !== 'en' || !/^\p{Ll}/u.test(text)) return undefined;
  const words = text.split(/[^\S\n]+/u, 5);
  for (let count = 1; count <= Math.min(4, words.length - 1); count += 1) {
    const phrase = words.slice(0, count);
    if (!phrase.every((word) => /^(?:&|\+|[\p{Ll}\p{N}][\p{L}\p{M}\p{N}'’&+-]*)$/u.test(word))) return undefined;
    const name = phrase.join(' ');
    if (!isFollowedByCue(text.slice(name.length), locale, count === 1) || /^\s*(?::|[-–—]\s|,)/u.test(text.slice(name.length))) continue;
    // "happy hooves pony parties, we …", "sole mates shoe repairs and key cutting": a word a comma or "and" follows is a
    // noun, the first of a list, not the name's verb
    if (/^\s+[\p{Ll}'’-]+(?:[,;:]|\s+(?:and|&)\s)/u.test(text.slice(name.length))) continue;
    // "down to earth organics": small words only inside a name of three words or more
    const isSmallWordInside = (word: string, index: number) => count >= 3 && index > 0 && index < count - 1 && /^(?:to|of|and|the|in|on|a)$/u.test(word);
    if (NOT_A_NAME_START.has(phrase[0] ?? '') || phrase.some((word, index) => (SENTENCE_WORDS.has(word) && !isSmallWordInside(word, index)) || COMMON_WORDS.has(word))) return undefined;
    if (phrase.every((word) => isWholeTradeWord(word)) || !phrase.some((word) => isNounLike(word)) || !isPlausible(name)) return undefined;
    // "home made curries …", "hand baked bread …": a name does not end in what was done to something
    if (count > 1 && /^(?:\p{L}{3,}ed|made|built|grown|sewn|done|known)$/u.test(phrase[count - 1] ?? '')) return undefined;
    return count === 1 && isDictionaryWord(name) ? undefined : { name, source: 'lower-case' };
  }
  return undefined;
}
