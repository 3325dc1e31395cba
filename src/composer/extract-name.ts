import { cleanFragment, splitSentences } from './clean-text.ts';
import { isWholeTradeWord, startsWithTradeWord } from './detect-industry.ts';
import { isTradeVocabularyWord, opensWithTradeName } from './trades/index.ts';
import { detectLocale, type ComposerLocale } from './detect-locale.ts';
import { lookupCity } from './gazetteer.ts';
import { closesPresentedName, isCommonWord, isOnlyGenericWords, isOnlyPerson, isPlaceAfterAll } from './names/name-checks.ts';
import { isFollowedByCue, isFollowedByVerb } from './names/name-cues.ts';
import { nameCandidates, type NameCandidate } from './names/name-candidates.ts';
import { businessShapedRun, endsLikeBusiness, isOnlyDictionaryWords } from './names/business-shaped-run.ts';
import { chooseName } from './names/choose-name.ts';
import { lowerCaseBusinessName, sentenceCaseName } from './names/lower-case-business-name.ts';
import { extendedName } from './names/extended-name.ts';
import { isCommonEnglishWord } from './names/english-words.ts';
import { LEADING_FUNCTION_WORDS, longNameAt, opensWithFrenchNamePreposition, opensWithImperative, isDefinedAsBusiness, opensListOfThings, withoutPluralOpening, PLATFORMS, presentedName, RUNS_A_BUSINESS, withoutLeadingFunctionWords } from './names/presented-name.ts';
import { bracketedName, capitalisedInLowerCase, familyName, invitedName, nameOnPlatform, nameAfterDash, setOffName, labelledName, lowerCaseNameBeforeVerb, lowerCasePresentedName, nameAfterOwnNoun, nameAfterTrade, nameAtVenue, signedName } from './names/names-in-passing.ts';
import { COMMON_WORDS, DAY_OR_MONTH, firstWordOf, isPlausible, NOT_A_NAME_START, PERSON, runAt, trimRun, withoutLegalForm } from './names/name-words.ts';
import { isDemonym, isDescribingWord, isDictionaryWord, isNounLike, isPersonName, isPersonOnly, isPlaceName, opensNounPhrase } from './names/proper-nouns.ts';

// Finding the business name. Strategies run from the most explicit ("called X", quotes) to the most guessed
// (a capitalised phrase after "by"); the first plausible answer wins. Where none answers, a model learnt from labelled
// descriptions weighs the candidate spans and "no name" (names/name-candidates.ts, names/choose-name.ts).

export interface NameGuess {
  name: string;
  /** Which strategy found it: 'called', 'quoted', 'office', 'person', 'leading', 'sentence', 'noun', 'by', 'prefix'…; 'ranked' when the learnt model chose it among the spans. */
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

const ROMANCE: ReadonlySet<ComposerLocale> = new Set(['pt', 'es', 'fr', 'it']);

/** "called X" in the languages PageHub reads; "my name is", "me llamo", "mi chiamo"… name a person (group 1). */
const CALLED = /(?<![\p{L}])(?:(my\s+name is|(?:o\s+)?meu nome é|me chamo|chamo-me|mi nombre es|me llamo|je m['’]appelle|mon nom est|mein name ist|ich hei(?:ß|ss)e|mi chiamo|il mio nome è|mijn naam is|ik heet)|name is|name['’]s|(?<=(?:^|[.!?]\s+))(?:brand|business|company|trading name)\s+is|(?:o|el|le|il|der|de)\s+(?:nome|nombre|nom|name|naam)\s+(?:é|es|est|è|ist|is)|nos\s+(?:llamamos|chamamos)|chamamo-nos|on\s+s['’]appelle|nous\s+nous\s+appelons|ci\s+chiamiamo|wir\s+hei(?:ß|ss)en|wij\s+heten|we\s+heten|under the (?:name|brand|banner)|(?<=[,;]\s+)(?:the\s+)?name(?=\s+\p{Lu})|(?<=\s)(?:sold|selling|trades?|trading|operates?|operating) as|(?:call|calls)\s+(?:it|us)(?:\s+the)?(?=\s+\p{Lu})|(?:called|named)\s+(?:it|us|ourselves|(?:our|my|the)\s+(?:own\s+)?(?:place|business|shop|company|bakery|caf[eé]|studio|salon|brand|restaurant|pub|bar|kitchen|farm|van|truck|stall|practice|clinic))|called|named|known as|knows?\s+(?:me|us)\s+as|chamad[oa]s?|denominad[oa]|llamad[oa]s?|se llama|chama-se|appel[ée]e?s?|nomm[ée]e?s?|s'appelle|namens|genannt|hei(?:ß|ss)t|si chiama|chiamat[oa]|genaamd|heet)\s+/giu;

/** What presents a business in the middle of a sentence. */
const MID_TEXT_PRESENTING = /(?:(?:the|our|her|his|their) (?:team|staff|crew|folks|gang) (?:at|from)|(?:[Cc]all|[Aa]sk for|[Ss]peak to|[Tt]ext|[Rr]ing|[Cc]ontact) \p{Lu}\p{Ll}+ (?:at|from)|(?:[Pp]ull|[Rr]oll|[Ss]top|[Ww]alk) (?:up to|by|in at|into)(?: the)?|(?:welcoming|welcome) you (?:to|at)(?: the)?|(?:opened|founded|started|launched|set up|took over)|(?:owner|founder|co-founder|proprietor|manager) of|(?:[Tt]rading|[Oo]perating|[Ww]orking) as|(?<=(?:^|\s))(?:and\s+)?(?:i|I|we) (?:run|own|manage)|(?<=(?:^|[.!?]\s+)\p{Lu}\p{Ll}+\s)(?:runs|owns|manages)|(?:team|couple|family|duo|we|I) (?:running|who run|that runs)|(?:[Cc]ome|[Hh]ead|[Pp]op|[Dd]rop|[Ss]wing|[Hh]urry) (?:\p{Ll}+ ){0,3}(?:to|into|by)(?: the)?|(?:see|visit|find|join|meet) us (?:at|in)(?: the)?|(?:[Yy]ou['’]ll|[Yy]ou will) (?:love|adore)|(?:[Tt]hank you|[Tt]hanks) for (?:supporting|choosing|visiting)|(?:team|people|faces|family|story|couple|duo) behind|[Nn]owhere (?:else )?like|(?:[Ee]veryone|[Ee]verybody|[Pp]eople|[Ll]ocals|[Cc]ustomers|[Kk]ids|[Dd]ogs) (?:loves?|knows?|recommends?|trusts?|adores?)|(?:[Hh]ere|[Oo]ver|[Dd]own|[Uu]p|[Oo]ut) at(?: the)?|(?:[Ss]hop|[Oo]rder|[Bb]uy|[Bb]ook|Hire|Rent)(?: (?:your|a|an|the|online|now|today|direct|[\p{Ll}\p{Lu}]{2,}[,]?|or)){0,6}? (?:at|from|with)|(?:\s[—–-]|,)\s+(?:that['’]s|this is|we are|we['’]re)|(?:[Mm]y|[Oo]ur) (?:\p{Ll}+ ){0,2}(?:business|company|shop|store|studio|brand|salon|bakery|practice|firm|agency|caf[eé]|restaurant|label|venue|clinic|gym|farm|kitchen|truck|van|stall|distillery|brewery|winery|pub|bar|bistro|nursery|school|garage|workshop|gallery|hotel|guesthouse|cottage|campsite|charity|choir|club|group|band)(?: (?:in|at|on|near) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})?(?:['’]s name)? is(?: called| named)?|(?:[Mm]on|[Mm]a|[Nn]otre) (?:entreprise|boutique|société|salon|atelier|cabinet|magasin|restaurant|marque|agence|studio|commerce) (?:est|c['’]est)|(?:[Mm]i|[Nn]uestr[oa]) (?:negocio|empresa|tienda|taller|estudio|marca) (?:es|se llama)|(?:[Mm]eu|[Mm]inha|[Nn]oss[oa]) (?:negócio|empresa|loja|oficina|estúdio|marca) (?:é|se chama))\s+(?=\p{Lu})/gu;

/** "… and the team at Smile Studio offer …", "two friends opened Hopscotch, a board game cafe": a name mid-sentence. */
function nameInMidSentence(text: string, locale: ComposerLocale): NameGuess | undefined {
  for (const match of text.matchAll(MID_TEXT_PRESENTING)) {
    const rest = text.slice(match.index + match[0].length);
    const name = runAt(rest);
    if (name === undefined || !isPlausible(name) || NOT_A_NAME_START.has(firstWordOf(name)) || PLATFORMS.test(name)) continue;
    const after = rest.slice(rest.indexOf(name) + name.length);
    // "See you in the water with the crew from Swell!": the team's own business, one everyday word too
    const isTeamsEnd = /(?:team|staff|crew|folks|gang) (?:at|from)\s+$/u.test(match[0]) && /^\s*(?:[.!]|$)/u.test(after);
    if (isPlaceAfterAll(name, after) || isPersonOnly(name) || (!/\s/u.test(name) && isCommonWord(name, locale) && !isTeamsEnd)) continue;
    const isTeamVerb = /(?:team|staff|crew|folks) at\s+$/u.test(match[0]) && TEAM_VERB.test(after);
    // "Book your MOT with Hillside Garage in Penrith.": where it is, then the sentence ends
    // "Pop in to Pixel Palace on the high street in Wigan.": where it is, in words, then the sentence ends
    const isPlaceThenEnd = /\s/u.test(name) && (/^\s+(?:in|at|on|near)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*(?:[.!]|$)/u.test(after) || /^\s+(?:in|on|at|near|by|opposite)\s+the\s+[\p{L}'’ -]{3,50}?(?:\s+in\s+\p{Lu}[\p{L}'’-]+)?\s*(?:[.!]|$)/u.test(after));
    // "Sarah opened Honey Bee in 2015", "… founded Honey Bee after ten years in a salon": when or how it began
    const isFounding = /\s/u.test(name) && /(?:opened|founded|started|launched|set up|took over|runs|owns|manages)\s+$/u.test(match[0]) && FOUNDING_AFTER.test(after);
    // "Call Tom at Black Cat Sweeps on 07700 900215": how to reach it
    const isThenPhone = /^\s+(?:on|at)\s+[+(]?\d/u.test(after);
    // "Pull up to Shade Tree Tint on Memorial Dr, walk-ins welcome": a place people go to, then where it is
    const isVisitedThenWhere = /\s/u.test(name) && /(?:up to|into|by|in at|to)(?: the)?\s+$/u.test(match[0]) && /^\s+(?:on|in|at|near|by|opposite)\s+(?:the\s+)?\p{Lu}/u.test(after);
    if (isTeamVerb || isPlaceThenEnd || isFounding || isThenPhone || isVisitedThenWhere || isFollowedByCue(after, locale, !/\s/u.test(name)) || closesPresentedName(after)) return { name, source: 'sentence' };
  }
  return undefined;
}

/** What follows a business someone opened or runs: when, after what, from where, with whom. */
const FOUNDING_AFTER = /^\s+(?:in|back|after|from|with|when|as|on|during|nearly|almost|over|out\s+of|\d)(?![\p{L}])/u;

/** What a team does, in the plural: "the team at Smile Studio offer …". */
const TEAM_VERB = /^\s+(?:offer|provide|treat|help|make|serve|look|care|work|run|sell|have|are|do|fix|build|design|create|deliver|teach|cover|speciali[sz]e|welcome|love|can|will)(?![\p{L}])/u;

/** A name written in lower case at the very start: "kiln & co is a pottery studio", "northwind analytics — …". */
const LOWER_CASE_NAME = /^([\p{Ll}][\p{L}\p{M}\p{N}'’&+.-]*(?:\s+[\p{L}\p{M}\p{N}'’&+.-]+){0,4}?)(?=\s+(?:is|are)\s+(?:a|an|the)\s|\s[-–—|·•]\s|:\s|\s\((?:a\s|an\s)?\p{Ll}+\)\s|\s+here\s*[,!])/u;

/** "… Moon River, Leeds.": the last sentence only a name and where it is. */
function signedOff(text: string): string | undefined {
  const sentences = splitSentences(text);
  const last = (sentences.length > 1 ? sentences[sentences.length - 1] ?? '' : '').trim();
  const match = SIGNATURE.exec(last);
  const name = match?.[1] === undefined ? undefined : runAt(match[1]);
  return name !== undefined && name === match?.[1] && /\s/u.test(name) && isPlausible(name) && !isPlaceName(name) && !isPersonOnly(name) ? name : undefined;
}

/** What follows the name of a scheme or a body a business belongs to. */
const ACCREDITED = /^\s+(?:registered|approved|accredited|certified|member|members|listed|verified|trusted|endorsed)(?![\p{L}])/iu;

/** What a business calls itself before its name: "our shop, Crumbs, …". */
const BUSINESS_NOUNS = /^(?:shop|store|studio|boutique|bakery|caf[eé]|restaurant|bar|pub|salon|clinic|practice|firm|agency|company|business|brand|gym|gallery|workshop|kitchen|farm|label|startup|app|charity|school|b&b|guesthouse|hotel|cottage|truck|van|stall)$/u;

/** A sentence that only signs the business and its place: "The Groom Room, Harrogate." */
const SIGNATURE = /^(.+?),\s+([\p{Lu}][\p{L}\p{M}'’.-]*(?:[\s,]+[\p{Lu}][\p{L}\p{M}'’.-]*)*)[.!]?$/u;

const strategies: Strategy[] = [
  // "called Metricly", "named 'Petal & Stem'", "known as Still Water"; "my name is Jane Doe, CPA" names a person
  (text, locale) => {
    // "My name is Tom … People know me as PC Doctor Tom": a business named later comes before the person
    const matches = [...text.matchAll(CALLED)];
    for (const match of [...matches.filter((found) => found[1] === undefined), ...matches.filter((found) => found[1] !== undefined)]) {
      const after = text.slice(match.index + match[0].length);
      const quoted = /^["“'‘]([^"”'’]{2,80})["”'’]/u.exec(after)?.[1];
      const before = text.slice(0, match.index);
      const name = quoted !== undefined ? cleanFragment(quoted) : runAt(after) ?? (match[1] === undefined ? lowerCaseCalled(before, after) : undefined);
      if (!name || !isPlausible(name)) continue;
      if (match[1] === undefined) return { name, source: 'called' };
      // "My name is Priya and I run Henna by Priya", "Je m'appelle Claire et je tiens Yoga Lumière": then the business
      const business = businessTheyRun(after.slice(after.indexOf(name) + name.length), locale);
      if (business !== undefined) return { name: business, source: 'called', person: name };
      const letters = POST_NOMINALS.exec(after.slice(after.indexOf(name) + name.length))?.[1];
      return { name: letters === undefined ? name : `${name}, ${letters}`, source: 'person', person: name };
    }
    return undefined;
  },
  // "Business name: Sunny Paws"
  (text) => labelledName(text),
  // 'Petal & Stem', "Luna", “Clay & Co”
  (text) => {
    const patterns = [
      /(?:^|[\s(:,])["“]([^"“”]{2,80})["”]/gu,
      // 'Bob's Bikes': an apostrophe before an s is the name's own
      /(?:^|[\s(:,])['‘]((?:[^'‘’]|['’](?=s[\s'’]))(?:[^'‘’]|['’](?=s[\s'’])){1,79})['’](?=[\s.,;:!?)]|$)/gu,
      // the French and German marks: « Belle Mèche », „Zum Löwen“, ‹ Chez Lulu ›
      /«[\s\u00a0\u202f]*([^«»\n]{2,80}?)[\s\u00a0\u202f]*»/gu,
      /„([^„“”"\n]{2,80})[“”"]/gu,
      /‹[\s\u00a0\u202f]*([^‹›\n]{2,80}?)[\s\u00a0\u202f]*›/gu,
    ];
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const name = cleanFragment(match[1] ?? '');
        // not a saying in sentence case: "“Best coffee in town” — that's what our customers say"
        const isSaying = /^\p{Lu}/u.test(name) && name.split(/\s+/).slice(1).some((word) => /^\p{Ll}{4,}$/u.test(word) && !/^(?:with|from|into|over|under)$/u.test(word));
        if (name && name.split(/\s+/).length <= 8 && isPlausible(name) && /\p{Lu}/u.test(name) && !isSaying) return { name, source: 'quoted' };
      }
    }
    return undefined;
  },
  // A title line: "Physio am Naschmarkt, 1060 Wien⏎• Manuelle Therapie …", "Moonlight Yoga. Evening classes …"
  (text, locale) => {
    const sentences = splitSentences(text);
    const first = (sentences[0] ?? '').replace(/[.!]$/u, '');
    if (sentences.length < 2) return undefined;
    const opening = locale === 'en' ? first : withoutLeadingFunctionWords(first, locale);
    const name = runAt(opening);
    if (name === undefined || !isPlausible(name) || NOT_A_NAME_START.has(firstWordOf(name))) return undefined;
    // Only the name, perhaps with where it is in capitals and numbers ("1060 Wien", "Whitby"): no lower-case words.
    const tail = opening.slice(opening.indexOf(name) + name.length);
    if (!/^(?:\s*(?:[,|·–—-]\s*)(?:[\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.-]*[\s,]*)+)?$/u.test(tail)) return undefined;
    if (!/\s/u.test(name) && (isCommonWord(name, locale) || opening !== first || locale === 'de' || locale === 'nl')) return undefined;
    if (isPlaceName(name) || isPersonOnly(name)) return undefined;
    // "Fully Insured. Free Quotes. Sparkle Cleaning covers Leeds.": a heading of words the language knows gives way to
    // a name a later sentence presents
    const isOnlyWords = isOnlyWordsOfTheLanguage(name);
    if (isOnlyWords && sentences.slice(1).some((sentence) => presentedName(sentence, locale) !== undefined)) return undefined;
    return { name, source: 'leading' };
  },
  // "Gentle Dental Co. in Brisbane offers …", "We are Apex Karting.", "A Casa da Quinta do Souto tem 6 quartos"
  (text, locale) => {
    const sentences = splitSentences(text);
    for (const [index, sentence] of sentences.entries()) {
      const name = presentedName(sentence, locale);
      if (name === undefined) continue;
      // "Professional Dog Walking. Muddy Boots covers Leeds.": a heading of words the language knows gives way to a
      // name a later sentence presents
      // … and so does a run before a list of things ("Farrow & Ball paints and Little Greene wallpapers in stock.")
      const isList = index === 0 && locale === 'en' && opensListOfThings(sentence.slice(sentence.indexOf(name) + name.length));
      const isHeading = isList || (index === 0 && locale === 'en' && sentence.replace(/[.!:]+$/u, '').trim() === name && isOnlyWordsOfTheLanguage(name));
      const later = isHeading ? sentences.slice(1).map((other) => presentedName(other, locale)).find((other) => other !== undefined) : undefined;
      if (later !== undefined) return { name: later, source: 'sentence' };
      return { name, source: index === 0 ? 'leading' : 'sentence' };
    }
    return undefined;
  },
  // "Plombier chauffagiste à Lille, Thermo Nord installe …", "In Leeds, Sparkle Cleaning covers …": a name of several
  // words after a comma, then its verb
  (text, locale) => {
    for (const sentence of splitSentences(text)) {
      for (const comma of sentence.matchAll(/,\s+(?=\p{Lu})/gu)) {
        const rest = sentence.slice(comma.index + comma[0].length);
        const name = runAt(locale === 'en' ? rest : withoutLeadingFunctionWords(rest, locale));
        if (name === undefined || !/\s/u.test(name) || !isPlausible(name) || NOT_A_NAME_START.has(firstWordOf(name)) || PLATFORMS.test(name)) continue;
        const after = rest.slice(rest.indexOf(name) + name.length);
        if (isPlaceAfterAll(name, after) || isOnlyPerson(name, locale) || isOnlyGenericWords(name)) continue;
        if (isFollowedByVerb(after, locale)) return { name, source: 'sentence' };
      }
    }
    return undefined;
  },
  // "Down to Earth, Bristol.", "4 Paws Grooming, Exeter.", "Fish in a Dish: …": a long name opening the text, then a
  // place, a colon, a dash, an apposition or nothing more
  (text, locale) => {
    const first = splitSentences(text)[0] ?? '';
    const opening = locale === 'en' ? first : withoutLeadingFunctionWords(first, locale);
    const name = longNameAt(opening);
    if (name === undefined || !isPlausible(name) || isPlaceName(name) || isOnlyPerson(name, locale)) return undefined;
    const after = opening.slice(opening.indexOf(name) + name.length);
    // "Sabor a Mar, marisqueira em Matosinhos, …": set off by what it is, without the article English would write
    const isSetOffByTrade = locale !== 'en' && /^,\s+\p{Ll}/u.test(after) && opensWithTradeName(after.slice(1).split(/[,.;:!?]/u)[0]?.trim() ?? '', locale);
    // "Padaria Pão com Manteiga, pão fresco …": a name that opens with its trade, then a comma ("Idraulico a Roma, …"
    // is a trade and its town)
    const opensWithTrade = locale !== 'en' && /\s/u.test(name) && !/\s(?:a|à|em|en|in)\s/u.test(name) && /^,\s/u.test(after) && opensWithTradeName(name, locale);
    return OPENING_NAME_ENDS.test(after) || isSetOffByTrade || opensWithTrade ? { name, source: 'leading' } : undefined;
  },
  // "Please make a website for Lakeside Lodge, a holiday cottage …": the request names what the site is for
  (text) => {
    for (const match of text.matchAll(/(?<![\p{L}])(?:web\s?site|site|landing page|home\s?page|page)\s+for\s+/giu)) {
      const rest = text.slice(match.index + match[0].length);
      const name = runAt(rest);
      if (name === undefined || !isPlausible(name) || NOT_A_NAME_START.has(firstWordOf(name)) || isPlaceName(name)) continue;
      if (!/\s/u.test(name) && isCommonWord(name, 'en')) continue;
      if (closesPresentedName(rest.slice(rest.indexOf(name) + name.length))) return { name, source: 'request' };
    }
    return undefined;
  },
  // "Il nostro negozio Fiori di Campo vende …", "Nuestra tienda, La Tienda de Pepa, vende …"
  nameAfterOwnNoun,
  // "Our bakery, Crumbs, bakes …": a name set off by commas after what the business is
  (text) => {
    for (const match of text.matchAll(/(?<![\p{L}])(?:[Oo]ur|[Mm]y)\s+(?:[\p{Ll}'’-]+\s+){0,2}([\p{Ll}'’-]+),\s+(?=\p{Lu})/gu)) {
      // "our bakery, Crumbs," — not "our range, Candles, Soaps and Oils"
      if (!isWholeTradeWord(match[1] ?? '') && !BUSINESS_NOUNS.test(match[1] ?? '')) continue;
      const rest = text.slice(match.index + match[0].length);
      const name = runAt(rest);
      if (name === undefined || !isPlausible(name) || NOT_A_NAME_START.has(firstWordOf(name)) || isPlaceName(name) || isPersonOnly(name)) continue;
      if (!/\s/u.test(name) && COMMON_WORDS.has(name.toLowerCase())) continue;
      if (/^\s*,/u.test(rest.slice(rest.indexOf(name) + name.length))) return { name, source: 'apposition' };
    }
    return undefined;
  },
  // Mid-sentence: "Dr. Amir Khan and the team at Smile Studio offer …", "two friends opened Hopscotch, a board game
  // cafe", "Two sisters baking in Bath — that's Sugar & Spice."
  (text, locale) => nameInMidSentence(text, locale),
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
    // The person's own name, as written: "Sam Lee", not "Sam Lee Photography" — a word they did not write.
    return ROLE_SUFFIX[role] === undefined ? undefined : { name: person, source: 'person', person };
  },
  // "Iron Forge Gym, a 24/7 …", "Riverside Animal Hospital. Open 24/7", not "Bottle shop with 400 beers"
  (text, locale) => {
    const first = splitSentences(text)[0] ?? '';
    const opening = locale === 'en' ? first : withoutLeadingFunctionWords(first, locale);
    const name = runAt(opening);
    if (!name || !isPlausible(name) || (NOT_A_NAME_START.has(firstWordOf(name)) && !isDefinedAsBusiness(name, opening)) || opensWithImperative(name)) return undefined;
    const after = opening.slice(opening.indexOf(name) + name.length);
    const isSingleWord = !/\s/.test(name);
    if (isSingleWord && (isWholeTradeWord(name) || opening !== first)) return undefined;
    // "Gas Safe registered, …", "NICEIC approved": a scheme the business belongs to, not its name
    if (ACCREDITED.test(after) || ACCREDITED.test(` ${name.split(/\s+/).pop() ?? ''}`)) return undefined;
    // "Shine window cleaning covers Derby": a word that describes nothing, the trade in lower case, then a verb
    if (isSingleWord && locale === 'en' && isNamedBeforeTrade(name, after)) return { name, source: 'leading' };
    // "Salt & Pepper Indian takeaway, …": a describing word between a name and its trade is the trade's
    const describing = locale === 'en' && !isSingleWord && startsWithTradeWord(after) ? /\s+(\p{Lu}\p{Ll}+)$/u.exec(name) : null;
    // — a word of what it is ("Indian", "Organic", "Mobile"), not a name's own adjective ("Snap Happy photo booth hire")
    if (describing !== null && isKindWord(describing[1] ?? '') && !isOnlyGenericWords(name.slice(0, describing.index))) return { name: name.slice(0, describing.index), source: 'leading' };
    if (locale === 'en' && opensNounPhrase(name, after)) return undefined;
    // "Custom cakes for birthdays", "Professional Dog Training.", "Best Tacos in Town!": what it is, not what it is called.
    if (isSingleWord && locale === 'en' && isDictionaryWord(name) && startsWithTradeWord(after)) return undefined;
    // "Petit salon de coiffure à Lyon", "Pequeña tienda de barrio …": the Romance languages write a name after its
    // trade ("Salon Lumière"), so one word before a trade in lower case is the sentence's adjective
    if (isSingleWord && ROMANCE.has(locale) && /^\s+\p{Ll}/u.test(after) && startsWithTradeWord(after)) return undefined;
    if (isOnlyGenericWords(name) || (RUNS_A_BUSINESS.test(after) && isOnlyPerson(name, locale))) return undefined;
    if (isSingleWord && !startsWithTradeWord(after) && !isFollowedByCue(after, locale, true)) return undefined;
    if (isPlaceName(name) && !isStreetNamedBusiness(name, after, locale)) return undefined;
    // "Jaguar Land Rover specialists. … Moon River, Leeds.": capitals before words in lower case, not presented by a
    // verb, give way to a name that signs the text off
    if (locale === 'en' && /^\s+\p{Ll}/u.test(after) && !isFollowedByCue(after, locale, isSingleWord)) {
      const signed = signedOff(text);
      if (signed !== undefined && signed !== name && !name.includes(signed)) return undefined;
    }
    return { name, source: 'leading' };
  },
  // "… The Groom Room, Harrogate." at the end, like a signature; "Visit us: The Copper Kettle, Whitby."
  (text, locale) => {
    for (const sentence of splitSentences(text)) {
      // "Stitch Perfect, unit 4 Riverside Industrial Estate, Chesterfield.": a name, then its address
      const named = runAt(sentence);
      const isThenAddress = named !== undefined && /^,\s+(?:(?:unit|units|suite|shop|studio|flat|floor|no\.?)\s+)?\d/iu.test(sentence.slice(sentence.indexOf(named) + named.length));
      if (isThenAddress && /\s/u.test(named) && isPlausible(named) && !NOT_A_NAME_START.has(firstWordOf(named)) && !isPlaceName(named) && !isOnlyPerson(named, locale)) return { name: named, source: 'signature' };
      const signed = sentence.slice(Math.max(sentence.lastIndexOf(': ') + 1, lastDash(sentence))).trim();
      const match = SIGNATURE.exec(signed);
      const name = match?.[1] === undefined ? undefined : runAt(match[1]);
      if (name === undefined || name !== match?.[1]?.replace(/\.$/u, '') || !/\s/.test(name)) continue;
      if (isPlausible(name) && !NOT_A_NAME_START.has(firstWordOf(name)) && !isPlaceName(name) && !isPersonOnly(name)) return { name, source: 'signature' };
    }
    // "your local bike shop in Kendal — Lakeland Cycles. repairs …": a name alone after a dash ends the first sentence
    const firstSentence = splitSentences(text)[0] ?? '';
    const dashAt = lastDash(firstSentence);
    const afterDash = dashAt > 0 ? firstSentence.slice(dashAt).trim().replace(/[.!]$/u, '') : '';
    if (afterDash !== '' && /^\p{Ll}/u.test(firstSentence) && runAt(afterDash) === afterDash && /\s/u.test(afterDash) && isPlausible(afterDash)) {
      if (!NOT_A_NAME_START.has(firstWordOf(afterDash)) && !isPlaceName(afterDash) && !isPersonOnly(afterDash)) return { name: afterDash, source: 'signature' };
    }
    // "… stitched by hand in our Yorkshire workshop.⏎River & Rover": the name alone as the last line, joined by "&"
    const sentences = splitSentences(text);
    const lastSentence = sentences.length > 1 ? (sentences[sentences.length - 1] ?? '').replace(/[.!]$/u, '') : '';
    if (lastSentence !== '' && runAt(lastSentence) === lastSentence && /\s(?:&|\+|n['’])\s/u.test(lastSentence) && isPlausible(lastSentence)) {
      if (!NOT_A_NAME_START.has(firstWordOf(lastSentence)) && !isPlaceName(lastSentence) && !isPersonOnly(lastSentence)) return { name: lastSentence, source: 'signature' };
    }
    // "… for small firms in Kent. — Ledger Lane Accounts": the name alone after a dash at the very end
    const last = text.slice(lastDash(text)).trim();
    const name = lastDash(text) > 0 ? runAt(last) : undefined;
    if (name !== undefined && name === last.replace(/[.!]$/u, '') && /\s/u.test(name) && isPlausible(name) && !NOT_A_NAME_START.has(firstWordOf(name))) {
      if (!isPlaceName(name) && !isPersonOnly(name)) return { name, source: 'signature' };
    }
    return undefined;
  },
  // "… in Peckham. Mama Tee's Kitchen x", "Book your MOT at Hendry's Garage, 14 Mill Road"
  signedName,
  nameAtVenue,
  // "Book Marvo Magic for your next party!"
  invitedName,
  // "Honey Bee on Facebook for offers"
  nameOnPlatform,
  // "… trials available (Bridal Bliss)."
  bracketedName,
  // "… bath bombs 🛁 Little Suds 🛁 Shipping UK-wide"
  setOffName,
  // "… in the heart of Hay-on-Wye — Purl Shop, open Tuesday to Saturday."
  nameAfterDash,
  // "Join the Blue Heron family"
  familyName,
  // "down to earth organics delivers veg boxes around bristol"
  lowerCaseNameBeforeVerb,
  // "kiln & co is a small pottery studio", "northwind analytics — dashboards for shops"
  (text) => {
    const read = LOWER_CASE_NAME.exec(text.trimStart())?.[1];
    // "honey bee in leeds - dog grooming": the town is where it is, not its name
    const town = read === undefined ? undefined : /^(.+?\s.+?)\s+in\s+(\p{Ll}[\p{Ll}-]*(?:\s\p{Ll}[\p{Ll}-]*)?)$/u.exec(read);
    const name = town !== undefined && town !== null && lookupCity(town[2] ?? '') !== undefined ? town[1] : read;
    if (name === undefined || NOT_A_NAME_START.has(firstWordOf(name))) return undefined;
    const words = name.split(/\s+/).filter((word) => /\p{L}/u.test(word));
    // "fresh start is a cleaning company", "good vibes is a yoga studio": words everyone uses make a name when the
    // sentence says what business it is — not a sentence's own words, nor only the trade
    const afterName = text.trimStart().slice(name.length);
    // … or set off by a dash or a colon before the trade: "good vibes - yoga and pilates in leeds"
    const tradeAfter = /^(?:\s[-–—|·•]\s|:\s)\s*((?:[\p{Ll}&'’-]+\s+){0,3}[\p{Ll}&'’-]+)/u.exec(afterName)?.[1];
    const isSetOffTrade = tradeAfter !== undefined && (startsWithTradeWord(tradeAfter) || opensWithTradeName(tradeAfter, 'en'));
    const isDefined = (/^\s+(?:is|are)\s+(?:a|an)\s/u.test(afterName) || isSetOffTrade) && words.length >= 2 && words.length <= 4;
    if (isDefined && !words.some((word) => SENTENCE_WORDS_IN_LOWER_CASE.has(word) || DAY_OR_MONTH.test(word)) && words.some((word) => !isWholeTradeWord(word) && !isDescribingWord(word) && !COMMON_TRADE_MODIFIERS.has(word))) return { name, source: 'lower-case' };
    if (!isPlausible(name)) return undefined;
    if (words.every((word) => COMMON_WORDS.has(word) || isWholeTradeWord(word)) || !words.some((word) => isNounLike(word) && !isWholeTradeWord(word) && !COMMON_TRADE_MODIFIERS.has(word))) return undefined;
    return { name, source: 'lower-case' };
  },
  // "we're tidy paws, a mobile dog grooming van": a lower-case name after "we're", set off by an apposition
  (text) => {
    const match = /^(?:we['’]re|we are)\s+([\p{Ll}][\p{L}\p{M}\p{N}'’&+.-]*(?:\s+[\p{L}\p{M}\p{N}'’&+.-]+){0,2}),\s+(?:a|an|the|your)\s/iu.exec(text.trimStart());
    const name = match?.[1];
    if (name === undefined || !isPlausible(name)) return undefined;
    const words = name.split(/\s+/);
    if (words.some((word) => COMMON_WORDS.has(word) || LOWER_CASE_STOPS.has(word)) || words.every((word) => isWholeTradeWord(word))) return undefined;
    return isNounLike(words[words.length - 1] ?? '') ? { name, source: 'lower-case' } : undefined;
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
  // "welcome to sunny side cafe!", "le food truck Chez Momo sert …"
  lowerCasePresentedName,
  nameAfterTrade,
  // "Electrician services by Volt Bros."
  (text) => {
    for (const match of text.matchAll(/\b(?:services|service|work|made|run|owned|brought to you)\s+by\s+/giu)) {
      const name = runAt(text.slice(match.index + match[0].length));
      if (name && isPlausible(name) && !isPersonOnly(name)) return { name, source: 'by' };
    }
    // "Kitchen renovations in Toronto by Maple Leaf Kitchens Inc.": work by a firm whose name ends in its trade or its legal form
    for (const match of text.matchAll(/\p{Ll}\s+by\s+(?=\p{Lu})/gu)) {
      const rest = text.slice(match.index + match[0].length);
      const name = runAt(rest);
      if (name === undefined || !/\s/u.test(name) || !isPlausible(name) || isPersonOnly(name) || isPlaceName(name)) continue;
      const isFirm = isWholeTradeWord((name.split(/\s+/).pop() ?? '').toLowerCase()) || withoutLegalForm(rest.slice(0, name.length + 8).split(/[.,;:!?](?:\s|$)/u)[0] ?? '') !== (rest.slice(0, name.length + 8).split(/[.,;:!?](?:\s|$)/u)[0] ?? '');
      // "Dog walking in Leeds by Muddy Mutts.": a business (no person, no place) that ends the sentence
      const endsSentence = /^\s*(?:[.!](?:\s|$)|$)/u.test(rest.slice(name.length)) && !isOnlyGenericWords(name) && !isOnlyPerson(name, 'en');
      if (isFirm || endsSentence) return { name, source: 'by' };
    }
    return undefined;
  },
  // "welcome to green thumb garden services!!", "fresh start cleaning ltd does …": a name in lower case, ending in its trade
  lowerCaseBusinessName,
  // "Cantinho do sabor, restaurante caseiro em Braga": a name in sentence case
  sentenceCaseName,
  // "mobile dog grooming around leeds, Blue Heron, all breeds"
  capitalisedInLowerCase,
  // "I'm Lena, a wedding photographer …", "Je m'appelle Claire Petit, photographe …": a sole trader's own name
  selfIntroducedName,
  // "Padaria Pão Quente: …" when the words before the colon are not one capitalised run; not "Wir backen nur mit Zeit: …"
  (text, locale) => {
    // "Bloom | florist | Leeds", "Nomad • coffee • brunch", "Hair by Jade (mobile hairdresser) — …"
    const match = /^([^:.!?|•·]{2,60}?)\s*(?::|\s[-–—/|•·]\s)/u.exec(text);
    if (!match || !/\p{Lu}/u.test(match[1] ?? '')) return undefined;
    // "Garde d'enfants à domicile à Versailles : Petits Loups Services, nounous …": what it is, then what it is called
    const named = nameAfterDescribingPrefix(match[1] ?? '', text.slice(match[0].length), locale);
    if (named !== undefined) return { name: named, source: 'prefix' };
    const prefix = cleanFragment((match[1] ?? '').replace(/\s*\([^()]*\)\s*$/u, '').replace(/\s+(?:in|at|from|em|en|im|bei|à|a|no|na|nel|op)\s.*$/iu, ''));
    const name = locale === 'en' ? withoutTradeAfter(prefix) : prefix;
    const words = name.split(/\s+/);
    // German and Dutch write every noun with a capital: one word before a colon is a heading ("Dachdeckerei im Raum Kassel:").
    if (words.length === 1 && (locale === 'de' || locale === 'nl')) return undefined;
    // "ROOFING • GUTTERS • CHIMNEYS": a heading of trades, not a name
    if (words.length === 1 && isWholeTradeWord(name.toLowerCase())) return undefined;
    const lowerCaseWords = words.filter((word) => /^\p{Ll}{4,}/u.test(word));
    // "Peluquería canina en Valencia: …": in another language one capital and then words in lower case describe, they
    // do not name (English names are often written in sentence case: "Muddy paws: dog grooming")
    if (locale !== 'en' && words.length > 1 && lowerCaseWords.length > 0 && words.slice(1).every((word) => !/^[\p{Lu}\p{N}]/u.test(word))) return undefined;
    if (words.length > 6 || lowerCaseWords.length > 1 || NOT_A_NAME_START.has(firstWordOf(name)) || !isPlausible(name)) return undefined;
    // "Cheers, Tom — …", "Jane Doe — …": a sign-off or a person, not the business; "Beauty salon in Glasgow: …" says what
    if (name.includes(',') || isPersonOnly(name) || isOnlyGenericWords(name)) return undefined;
    return { name, source: 'prefix' };
  },
];

export function extractName(written: string, locale: ComposerLocale = detectLocale(written).locale): NameGuess | undefined {
  const text = withoutDecoration(written);
  const ruled = ruleGuess(text, locale);
  if (ruled !== undefined) return ruled.guess;
  // Where no rule reads a name, the candidate spans are weighed by a learnt model, "no name" among them.
  const chosen = chooseName(nameCandidates(text, locale));
  return chosen === '' ? undefined : { name: chosen, source: 'ranked', person: extractPerson(text) };
}

/** What the rules read, and the candidate spans the model would weigh (for scripts/train-name-ranker.ts). */
export function readNameCandidates(written: string, locale: ComposerLocale): { ruled: NameGuess | undefined; candidates: NameCandidate[] } {
  const text = withoutDecoration(written);
  return { ruled: ruleGuess(text, locale)?.guess, candidates: nameCandidates(text, locale) };
}

/**
 * "🌸 Petal Pushers 🌸 is a flower truck": pictographs around a name are decoration. "**Sunny Paws** — …",
 * "# Sunny Paws⏎…", "~ Sunny Paws ~": markdown and marks around a name are decoration too.
 */
function withoutDecoration(written: string): string {
  const pictographs = /(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u{FE0F}|\u{200D})+/gu;
  return written
    // "🌸 petal & co 🌸 seasonal flowers": a pictograph after a name opening the text, with more words after it, ends it
    .replace(new RegExp(`^[ \\t]*${pictographs.source}[ \\t]*([^\\n]{2,40}?)[ \\t]*${pictographs.source}[ \\t]*(?=\\p{Ll})`, 'u'), '$1 — ')
    // "Yoga 🧘 Meditation 🌿 Sound baths": a pictograph between words parts them, like a bar or a bullet
    .replace(new RegExp(`(?<=[\\p{L}\\p{N}])[ \\t]*${pictographs.source}[ \\t]*(?=[\\p{L}\\p{N}])`, 'gu'), ' · ')
    .replace(pictographs, ' ')
    .replace(/^[ \t]*#{1,6}[ \t]+/gmu, '')
    // "- Blue Heron⏎- dog grooming": a bullet opening a line is decoration too
    .replace(/^[ \t]*[-•·][ \t]+(?=\S)/gmu, '')
    .replace(/[*~[\]]+/gu, ' ')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** The rules' answer: the first strategy that finds a plausible name, and its place in the cascade. */
function ruleGuess(text: string, locale: ComposerLocale): { guess: NameGuess; rule: number } | undefined {
  for (const [rule, strategy] of strategies.entries()) {
    const read = strategy(text, locale);
    if (read === undefined) continue;
    // "Tickets at Picture House, Hebden Bridge.": what is had there, before "at", is the sentence's
    const found = read.source === 'person' ? read : { ...read, name: extendedName(withoutPluralOpening(read.name), text, locale) };
    const guess = shownGuess(found, text, locale);
    // "Mountain bike tours in Moab …", "Bookkeeping and VAT returns …": one word, or words the language knows, opening
    // the text is the weakest reading; a name shaped like a business's later on comes first
    // "I'm Hannah, and Hannah Rose Photography captures …": a person's own name gives way to the business they name
    // "✂️ Fades • Beards • Kids cuts ✂️⏎Kings & Queens Barbers": one word before a bullet is as weak
    // "Voted Best Cafe 2023 — Brew Crew, Leeds", "Leeds Mobile Mechanic | Spanner Man | …": a heading in words everyone
    // uses, not ending in what the business is, gives way to a name set off later
    const standsAlone = /^\s*(?:[.!:|·•]|\s[-–—]\s)/u.test(text.slice(text.indexOf(guess.name) + guess.name.length));
    const isHeading = ['leading', 'prefix'].includes(found.source) && /\s/u.test(guess.name) && text.includes(guess.name) && standsAlone && ((isOnlyWordsOfTheLanguage(guess.name) && !endsLikeBusiness(guess.name) && isClaim(guess.name)) || isHeadingWithPlace(guess.name));
    // … but "Green Door sourdough and pastries …" names the business before its trade, in words of its own
    const isNamedBeforeTrade = startsWithTradeWord(text.slice(text.indexOf(guess.name) + guess.name.length)) && guess.name.split(/\s+/).some((word) => !isTradeVocabularyWord(word) && !/^(?:&|and|of|the|[\p{Lu}\p{N}]{2,5}s?)$/u.test(word));
    // "CHIMNEY SWEEPING — NO MESS GUARANTEED": a flyer's heading shouted in everyday words
    const isShoutedWords = guess.name === guess.name.toUpperCase() && /\p{Lu}{3}/u.test(guess.name) && isOnlyWordsOfTheLanguage(guess.name.toLowerCase());
    const isOnlyKnownWords = isOnlyDictionaryWords(guess.name) || isShoutedWords;
    const isWeak = (['leading', 'prefix'].includes(found.source) && (!/\s/u.test(guess.name) || (isOnlyKnownWords && !isNamedBeforeTrade))) || found.source === 'person' || isHeading;
    if (locale === 'en' && isWeak) {
      const setOff = found.source === 'person' ? 'none' : isHeading ? 'dash or sentence' : !/\s/u.test(guess.name) ? 'dash' : 'none';
      // … and a shouted heading, to a name the text presents in passing ("Call Tom at Black Cat Sweeps")
      const later = isShoutedWords
        ? [nameInMidSentence(text, locale)?.name, businessShapedRun(text, locale, { setOff: 'none', except: guess.name })]
        : [businessShapedRun(text, locale, { setOff, except: guess.name }), ...(isHeading ? [nameAfterDash(text, locale)?.name, setOffName(text, locale)?.name] : [])];
      const isOther = (shaped: string) => shaped !== guess.name && !guess.name.includes(shaped) && (found.source === 'person' || (/\s/u.test(guess.name) ? !shaped.includes(guess.name) : !shaped.startsWith(guess.name)));
      const shaped = later.find((name) => name !== undefined && isOther(name));
      if (shaped !== undefined) return { guess: shownGuess({ name: shaped, source: 'shaped' }, text, locale), rule };
    }
    return { guess, rule };
  }
  const shaped = businessShapedRun(text, locale, { setOff: 'dash or sentence' });
  return shaped === undefined ? undefined : { guess: shownGuess({ name: shaped, source: 'shaped' }, text, locale), rule: strategies.length };
}

/** A strategy's guess as the site shows it: without a leading article in another language, without the legal form. */
function shownGuess(guess: NameGuess, text: string, locale: ComposerLocale): NameGuess {
  // In another language a leading article or preposition belongs to the sentence ("La Fundación Olla Común
  // sirve…"); English names keep theirs ("The Glasshouse", "In Bloom").
  // "Zur Alten Mühle", "Zum Goldenen Hirsch": an inn's name opens with its preposition
  const isInnName = (locale === 'de' && /^Zu[mr]\s+\p{Lu}/u.test(guess.name)) || opensWithFrenchNamePreposition(guess.name, locale);
  const trimmed = locale === 'en' || isInnName ? guess.name : guess.name.replace(LEADING_FUNCTION_WORDS[locale], '');
  const name = trimmed !== guess.name && /^\p{Lu}/u.test(trimmed) && trimmed.includes(' ') ? trimmed : guess.name;
  const shown = withoutHeadingTail(withoutPossessive(withoutVenue(withoutGenericHead(withoutLegalForm(name))), text, locale));
  return { ...guess, name: withQuestionMark(shown, text), person: guess.person ?? extractPerson(text) };
}

/**
 * "Fern Hill's sourdough is …", "Blue Heron's kayak tours run …": a name of two words or more, in the possessive before
 * what it has, which a verb follows. Not "Tiny Acorn's is a cafe" (the name is a possessive), "Big Al's burgers and
 * shakes in Austin" (what the business is, no verb: "Big Al's" is its name) nor "Bob's" (one word, most often the name).
 */
function withoutPossessive(name: string, text: string, locale: ComposerLocale): string {
  const bare = /^(.+\s.+?)['’]s$/u.exec(name)?.[1];
  if (bare === undefined || locale !== 'en') return name;
  const after = text.slice(text.indexOf(name) + name.length);
  // "… at Mother Hubbard's for lunch": a small word after it, the possessive is the place's name
  if (!/^\s+\p{Ll}/u.test(after) || /^\s+(?:for|in|on|at|and|or|with|to|from|by|near|since|until|today|now|x+)(?![\p{L}])/u.test(after) || POSSESSIVE_NAME_VERB.test(after)) return name;
  // what it has, in one to three words, then what that does
  const had = /^((?:\s+\p{Ll}[\p{L}'’-]*){1,3}?)(?=\s+(?:is|are|was|were|has|have|comes?|runs?|goes|go|wins?|won|sells? out|uses?|makes?|starts?|opens?)(?![\p{L}]))/u.exec(after);
  return had !== null && !/[.,;:!?]/u.test(had[1] ?? '') ? bare : name;
}

/** What a name that is a possessive does: "Tiny Acorn's is a cafe", "Mother Hubbard's serves …". */
const POSSESSIVE_NAME_VERB = /^\s+(?:also\s+)?(?:is|are|was|were|has|have|had|offers|sells|serves|makes|bakes|opened|does|will|can|started|began|welcomes|provides|delivers|specialises|specializes|stocks)(?![\p{L}])/u;

/**
 * "Blue Heron Bakery Est 1990", "Fern Hill Cafe Open Daily", "Moon River Yoga Tel …": a heading in capitals that runs
 * on from a name ending in its trade to what a sign says next — when it opened, when it is open, how to call, the town.
 */
function withoutHeadingTail(name: string): string {
  const words = name.split(/\s+/);
  for (let end = 2; end < words.length; end += 1) {
    const head = words.slice(0, end).join(' ');
    // "Blue Heron Est 1990", "Fern Hill Tel …": when it opened or how to call ends any name
    if (HEADING_TAIL.test(words[end] ?? '') && (endsLikeBusiness(head) || /^(?:Est\.?|Established|Tel\.?|Telephone)$/u.test(words[end] ?? ''))) return head;
  }
  // "Honey Bee Grooming Leeds", "Copper Kettle Bakery Bristol": a known town after a name ending in its trade
  const town = words[words.length - 1] ?? '';
  const head = words.slice(0, -1);
  if (head.length >= 3 && lookupCity(town) !== undefined && endsLikeBusiness(head.join(' ')) && !head.some((word) => lookupCity(word) !== undefined)) return head.join(' ');
  return name;
}

/** The first word of what a sign says after a business's name. */
const HEADING_TAIL = /^(?:Est\.?|Established|Since|Open|Opening|Opens|Now|Tel\.?|Telephone|Call|Email|Free|Mon(?:day)?(?:-\p{L}+)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:rs|rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?|Daily|UK|Gluten|Wifi|WiFi|Parking)$/u;

/** "Dog Grooming by Blue Heron": what is done, in words anyone would use, then by whom — the business. */
function withoutGenericHead(name: string): string {
  const match = /^(.+?)\s+by\s+(\p{Lu}.*\s.*)$/u.exec(name);
  if (match === null) return name;
  const [, head = '', business = ''] = match;
  return isOnlyGenericWords(head) && !isOnlyPerson(business, 'en') ? business : name;
}

/** "Why Not? is a gift shop", "Fancy a Brew? serves …": a name that asks keeps its question mark. */
function withQuestionMark(name: string, text: string): string {
  const at = text.indexOf(`${name}?`);
  return at >= 0 && /^\s+(?:is|are|has|have|offers?|sells?|serves?|makes?|runs?|opened|was)(?![\p{L}])/u.test(text.slice(at + name.length + 1)) ? `${name}?` : name;
}

/** "Award-Winning …", "Voted Best …", "Quality … at Fair Prices": a heading that praises, opening with a describing word. */
function isClaim(name: string): boolean {
  const first = name.split(/\s+/)[0] ?? '';
  return isDescribingWord(first) || /^\p{L}+ed$/u.test(first) || first.split('-').some((part) => isDescribingWord(part));
}

/** "Leeds Mobile Mechanic", "Bristol Dog Grooming": a town and words English or the trades know — a heading. */
function isHeadingWithPlace(name: string): boolean {
  const words = name.split(/\s+/);
  const town = words.findIndex((word) => isPlaceName(word));
  const rest = words.filter((_, index) => index !== town);
  return town >= 0 && rest.length >= 2 && isOnlyWordsOfTheLanguage(rest.join(' '));
}

/** "Paper Moon at the Corn Exchange", "Bean There at Kirkgate Market": where a business trades, not its name. */
function withoutVenue(name: string): string {
  const match = /^(.+?)\s+at\s+(?:the\s+)?(\p{Lu}.*\s(?:Exchange|Hall|Market|Centre|Center|Arcade|Mall|Station|Quay|Wharf|Square|Street|Road|Lane|Yard|Precinct|Park))$/u.exec(name);
  return match === null || !/\s/u.test(match[1] ?? '') ? name : (match[1] ?? name);
}

/** "Professional Dog Walking", "Affordable Garden Maintenance": words English or the trades know, no coined one. */
function isOnlyWordsOfTheLanguage(name: string): boolean {
  return name.split(/\s+/).every((word) => /^(?:&|\+|and|of|the|at|for|in|on|to|with|from|by|a|\p{N}+)$/iu.test(word) || word.split('-').every((part) => isDictionaryWord(part) || isCommonEnglishWord(part) || isTradeVocabularyWord(part)));
}

/** "Bramble and Birch florist": in English, the trade in lower case after a capitalised name is what it is, not its name. */
function withoutTradeAfter(prefix: string): string {
  const head = /^(\p{Lu}.*?)(?:\s+\p{Ll}[\p{Ll}-]*){1,2}$/u.exec(prefix)?.[1];
  if (head === undefined || !/\s/u.test(head) || runAt(head) !== head) return prefix;
  return prefix.slice(head.length).trim().split(/\s+/u).every((word) => isWholeTradeWord(word)) ? head : prefix;
}

/**
 * "Ivy Lane small batch bakery.", "Bramble Lane flowers, …": a name shaped like a street, opening the text, then its
 * trade in lower case before the clause ends — not a town ("Leeds dog grooming"), nor a street someone is on.
 */
function isStreetNamedBusiness(name: string, after: string, locale: ComposerLocale): boolean {
  if (locale !== 'en' || !/\s/u.test(name) || lookupCity(name) !== undefined || isPlaceName(name.split(/\s+/).slice(0, -1).join(' '))) return false;
  // "Open Road driving lessons in Bolton": the trade's words, then where or the clause's end
  const clause = /^\s+((?:[\p{Ll}&-]+\s+){0,3}?[\p{Ll}&-]+)(?=\s*(?:[.,;:!]|\s[-–—]\s|$)|\s+(?:in|at|on|near|across|around|for|from)\s)/u.exec(after)?.[1];
  return clause !== undefined && clause.split(/\s+/).some((word) => isWholeTradeWord(word));
}

/** A word that says what kind of business it is: where its food is from, or a word of the trade's describing ("Organic"). */
function isKindWord(word: string): boolean {
  return COMMON_WORDS.has(word.toLowerCase()) || isDemonym(word);
}

/** A person introducing themselves, then what they do: "I'm …", "je m'appelle …", "me llamo …", "ich bin …". */
const SELF_INTRODUCTION = /(?:^|[.!?,]\s+)(?:I['’]m|I am|[Mm]eet|[Jj]e m['’]appelle|[Jj]e suis|[Mm]e llamo|[Ss]oy|[Mm]i chiamo|[Ss]ono|[Cc]hamo-me|[Ee]u sou|[Ss]ou|[Ii]ch bin|[Ii]ch hei(?:ß|ss)e|[Ii]k ben|[Ii]k heet)\s+/gu;
/** What says what the person does, after their name: ", a wedding photographer", ", photographe de mariage". */
const THEN_WHAT_THEY_DO = /^,?\s+(?!(?:our|my|the|your|their|his|her|nosso|nossa|notre|nuestr[oa]|nostr[oa]|unser\p{L}*|onze|mijn)\s)(?:(?:a|an|un|une|um|uma|una|ein|eine|een)\s+)?(?:\p{Ll}[\p{L}\p{M}-]+|\p{Lu}\p{Ll}+(?=\s+(?:aus|in|im|uit|from|de|en)\s))/u;
/** …but not who they work for: "I'm Jo, owner of Little Feet", "I'm Sam from Bloom". */
const WORKS_FOR = /^,?\s+(?:(?:the|a|an)\s+)?(?:\p{Ll}+\s+){0,2}(?:of|at|from|for|with|de|da|do|du|chez|bei|von|van|di|da)\s+\p{Lu}/u;

/** "I'm Lena, a wedding and elopement photographer": the sole trader's name is the business's name. */
function selfIntroducedName(text: string, locale: ComposerLocale): NameGuess | undefined {
  for (const match of text.matchAll(SELF_INTRODUCTION)) {
    const rest = text.slice(match.index + match[0].length);
    const run = runAt(rest);
    if (run === undefined || run.split(/\s+/).length > 3 || !isPlausible(run) || isPlaceName(run) || (!/\s/u.test(run) && isCommonWord(run, locale) && !isPersonName(run))) continue;
    if (run.split(/\s+/).some((word) => COMMON_WORDS.has(word.toLowerCase()) || isWholeTradeWord(word.toLowerCase()))) continue;
    const after = rest.slice(rest.indexOf(run) + run.length);
    // "I'm Jane and I started Copper Kettle in my kitchen": the business they name, not the person
    const business = businessTheyRun(after, locale);
    if (business !== undefined) return { name: business, source: 'sentence', person: run };
    if (THEN_WHAT_THEY_DO.test(after) && !WORKS_FOR.test(after)) return { name: run, source: 'person', person: run };
  }
  return undefined;
}

/** Where the text's last spaced dash ends: "… in Kent. — Ledger Lane Accounts" (0 when there is none). */
function lastDash(text: string): number {
  const match = /\s[-–—·|]\s(?!.*\s[-–—·|]\s)/su.exec(text);
  return match === null ? 0 : match.index + match[0].length;
}

/** A name of several words after a heading in words ("Wedding photographer in Cornwall: Salt & Light Photography, …"). */
function nameAfterDescribingPrefix(prefix: string, after: string, locale: ComposerLocale): string | undefined {
  if (!prefix.split(/\s+/).some((word) => /^\p{Ll}{3,}/u.test(word.replace(/^[dl]['’]/u, '')))) return undefined;
  const opening = locale === 'en' ? after.trimStart() : withoutLeadingFunctionWords(after.trimStart(), locale);
  const run = runAt(opening);
  if (run === undefined || !/\s/u.test(run) || !isPlausible(run) || NOT_A_NAME_START.has(firstWordOf(run))) return undefined;
  if (isPlaceName(run) || isOnlyPerson(run, locale) || isOnlyGenericWords(run)) return undefined;
  return /^\s*(?:[,.;!]|\s[-–—]\s|$)/u.test(opening.slice(opening.indexOf(run) + run.length)) ? run : undefined;
}

/** What a person says they run, after their name: "and I run", "et je tiens", "y tengo", "und führe". */
const AND_I_RUN = /^,?\s+(?:(?:and|et|y|e|und|en)\s+(?:my|our|mon|ma|notre|mi|nuestr[oa]|meu|minha|nosso|nossa|mein|meine|unser|unsere|mijn|onze)\s+(?:business|company|shop|studio|brand|entreprise|boutique|société|salon|atelier|negocio|empresa|tienda|negócio|loja|firma|geschäft|laden|betrieb|bedrijf|zaak)\s+(?:is(?:\s+called)?|c['’]est|est|s['’]appelle|es|se\s+llama|é|se\s+chama|ist|hei(?:ß|ss)t|heet)|(?:and|&)\s+(?:I|we)\s+(?:run|own|have|manage|opened|started|founded)|et\s+(?:je|nous)\s+(?:tiens|tenons|dirige|dirigeons|gère|gérons|ai\s+(?:ouvert|créé|fondé)|avons\s+(?:ouvert|créé|fondé))|y\s+(?:tengo|dirijo|llevo|regento|abrí|fundé)|e\s+(?:tenho|dirijo|gerencio|abri|fundei|gestisco|ho\s+aperto|dirigo)|und\s+(?:ich\s+)?(?:führe|betreibe|habe|leite|eröffnete)|en\s+(?:ik\s+)?(?:run|heb|beheer|leid))\s+/iu;

function businessTheyRun(after: string, locale: ComposerLocale): string | undefined {
  const cue = AND_I_RUN.exec(after)?.[0];
  if (cue === undefined) return undefined;
  const rest = after.slice(cue.length);
  const opening = locale === 'en' ? rest : withoutLeadingFunctionWords(rest, locale);
  const run = longNameAt(opening) ?? runAt(opening);
  // "… et mon entreprise c'est Julie Coiffure": named as the business, a person's name in it is the business's
  const isNamedBusiness = !/^,?\s+(?:and|&)\s+(?:I|we)\s/iu.test(cue);
  if (run === undefined || !isPlausible(run) || NOT_A_NAME_START.has(firstWordOf(run)) || isPlaceName(run) || (!isNamedBusiness && isOnlyPerson(run, locale))) return undefined;
  // "Henna by Priya": a word and whose it is
  const byPerson = /^\s+by\s+\p{Lu}[\p{L}'’-]+(?![\p{L}])/u.exec(opening.slice(opening.indexOf(run) + run.length))?.[0] ?? '';
  return `${run}${byPerson}`;
}

/** A person the description names with a title: "Dr. Ana Souza". */
export function extractPerson(text: string): string | undefined {
  const match = /\b(Dr|Doctor|Prof)\.?\s+([\p{Lu}][\p{L}\p{M}'’-]+(?:\s+[\p{Lu}][\p{L}\p{M}'’-]+)?)/u.exec(text);
  if (match === null) return undefined;
  const title = match[1] === 'Doctor' ? 'Dr.' : `${match[1]}.`;
  const words = (match[2] ?? '').split(/\s+/).filter((word) => !/^(?:Family|Dental|Dentistry|Clinic|Practice|Medical)$/.test(word));
  return words.length > 0 ? `${title} ${words.join(' ')}` : undefined;
}

/** What may follow a name that opens the text: a colon, a bar, a dash, an apposition, a place after a comma, the line's end. */
const OPENING_NAME_ENDS = /^(?:\s*(?:[:|•·]|$|[.!]\s*$)|\s+[-–—/]\s|,\s+(?:a|an|the|our|your)\s|,\s+\p{Lu}|\.\s*$)/u;

/** Up to three lower-case trade words ("window cleaning"), then what follows them. */
function afterTradeWords(text: string): string | undefined {
  let rest = text;
  for (let count = 0; count < 3; count += 1) {
    const word = /^\s+(\p{Ll}[\p{L}-]*)/u.exec(rest);
    if (word === null || !isWholeTradeWord(word[1] ?? '')) break;
    rest = rest.slice(word[0].length);
  }
  return rest === text ? undefined : rest;
}

/** "Shine window cleaning covers …", "Sparkle — …": a word that is neither a trade nor a description, named before its trade. */
function isNamedBeforeTrade(word: string, after: string): boolean {
  const rest = afterTradeWords(after);
  if (rest === undefined || COMMON_WORDS.has(word.toLowerCase()) || isDescribingWord(word) || isPlaceName(word) || isPersonName(word)) return false;
  return /^\s*(?::|[-–—]\s)/u.test(rest) || isFollowedByCue(rest, 'en', false);
}

/** "a coffee roastery called bean there." — a name in lower case after "called", up to the sentence's end. */
function lowerCaseCalled(before: string, after: string): string | undefined {
  // "we're called out at night", "it's called sourdough": after a pronoun or a form of "be", only a name of two words
  // or more ("its called the nail nook", "my bakery is called crumbs and co")
  const isAfterBe = /(?:^|\s)(?:is|are|was|were|be|been|being|get|gets|got|getting|we['’]re|i['’]m|it['’]?s|often|also|sometimes)\s*$/iu.test(before);
  if (isAfterBe && /(?:^|\s)(?:get|gets|got|getting|often|also|sometimes)\s*$/iu.test(before)) return undefined;
  // "my shop is called odds and ends, we sell …": the words up to the punctuation, when no place is among them; else
  // the shortest name before where it is or what it does ("called crumbs and co in leeds")
  const closed = /^((?:the\s+)?[\p{Ll}][\p{L}\p{M}\p{N}'’&+-]*(?:\s+[\p{L}\p{M}\p{N}'’&+-]+){0,3})(?=\s*(?:[.,;!?]|$))/u.exec(after)?.[1];
  const match = /^((?:the\s+)?[\p{Ll}][\p{L}\p{M}\p{N}'’&+-]*(?:\s+[\p{L}\p{M}\p{N}'’&+-]+){0,3}?)(?=\s*(?:[.,;!?]|$)|\s+(?:in|at|on|near|from|for|with|based|located)\s)/u.exec(after);
  const name = closed !== undefined && !/\s(?:in|at|on|near|from|based|located)\s/u.test(closed) ? closed : match?.[1];
  if (name === undefined) return undefined;
  const words = name.split(/\s+/);
  // "our sourdough is called the mother loaf" names a product: after "is", only the business is called
  const isBusinessCalled = /(?:it['’]?s|we['’]re|we are|(?:business|shop|company|place|store|brand|salon|studio|bakery|caf[eé]|restaurant|bar|pub|van|truck|stall|practice|clinic|gym|farm|kitchen) is)\s*$/iu.test(before);
  if (isAfterBe && (words.length < 2 || !isBusinessCalled)) return undefined;
  // "the crag", "pampered pooches mobile grooming": a describing word may sit inside a name, not open it
  const inner = words[0] === 'the' ? words.slice(1) : words;
  // "walkies with wendy", "cakes by carol": whose it is may end a name
  const isWhose = (word: string, index: number) => /^(?:by|with)$/u.test(word) && index === inner.length - 2 && index > 0 && isPersonName(inner[index + 1] ?? '');
  if (inner.some((word, index) => LOWER_CASE_STOPS.has(word) && !isWhose(word, index)) || COMMON_WORDS.has(inner[0] ?? '') || inner.every((word) => isWholeTradeWord(word) || COMMON_WORDS.has(word))) return undefined;
  return name;
}

/** Words that say how or for whom a trade is done, not whose it is: "mobile dog grooming", "home cleaning", "same day". */
const COMMON_TRADE_MODIFIERS = new Set(['mobile', 'home', 'domestic', 'commercial', 'local', 'private', 'professional', 'family', 'kids', 'children', 'pet', 'dog', 'cat', 'wedding', 'event', 'events', 'party', 'garden', 'house', 'office', 'online', 'personal', 'group', 'luxury', 'budget', 'emergency', 'vintage', 'organic', 'vegan', 'handmade', 'bespoke', 'custom',
  // … and what an offer promises: "same day", "free quotes", "next day delivery"
  'same', 'next', 'day', 'days', 'night', 'week', 'weekly', 'hour', 'hours', 'time', 'price', 'prices', 'quote', 'quotes', 'service', 'services', 'delivery', 'fast', 'free', 'cheap', 'quality', 'low', 'cost']);

/** Words of a sentence, never of a lower-case name opening the text: "our bakery is a …", "this shop is a …". */
const SENTENCE_WORDS_IN_LOWER_CASE = new Set(['we', 'i', 'you', 'it', 'this', 'that', 'these', 'those', 'our', 'my', 'your', 'their', 'his', 'her', 'a', 'an', 'there', 'here', 'what', 'which', 'who', 'website', 'site', 'page', 'business', 'company', 'shop', 'store']);

/** Small words that show lower-case words after "called" are a sentence, not a name ("called out to emergencies"). */
const LOWER_CASE_STOPS = new Set(['out', 'in', 'to', 'for', 'on', 'up', 'back', 'off', 'by', 'from', 'with', 'a', 'an', 'the', 'us', 'you', 'me', 'them', 'him', 'her', 'it', 'that', 'this', 'when', 'if', 'or', 'so', 'because', 'anytime', 'again']);
