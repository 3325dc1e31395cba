import nlp from 'compromise';
import { splitSentences } from '../clean-text.ts';
import { isWholeTradeWord } from '../detect-industry.ts';
import type { ComposerLocale } from '../detect-locale.ts';
import { isOnlyGenericWords, isOnlyPerson, isPlaceAfterAll } from './name-checks.ts';
import { COMMON_WORDS, DAY_OR_MONTH, firstWordOf, isPlausible, NOT_A_NAME_START, RUN, trimRun, withNumberAfter } from './name-words.ts';
import { isDictionaryWord } from './proper-nouns.ts';

// A name shaped like a business's, wherever the description puts it: capitalised words that end in what the
// business is or its company form ("Oakleaf Tree Care", "Red Rock Trail Co.", "Launchpad Academy"), led in by a word
// that points at a business ("with", "at", "as", "by") or opening a sentence or a clause.

/** Words that end a business's name and say what kind of place it is. */
const BUSINESS_HEADS = new Set([
  'co', 'co.', 'company', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'group', 'studio', 'studios', 'academy', 'school', 'shop', 'store', 'works',
  'workshop', 'collective', 'centre', 'center', 'clinic', 'practice', 'agency', 'services', 'service', 'solutions', 'care', 'house',
  'kitchen', 'lab', 'labs', 'bar', 'club', 'cafe', 'café', 'bakery', 'gallery', 'hub', 'supply', 'supplies', 'partners', 'associates',
  'doctor', 'doctors', 'medic', 'experts', 'pros', 'specialists', 'masters', 'brothers', 'bros', 'bros.', 'sons', 'daughters',
  'build', 'builds', 'building', 'construction', 'homes', 'design', 'designs', 'media', 'digital', 'creative', 'events', 'travel',
  'tours', 'foods', 'kitchens', 'eats', 'bites', 'goods', 'crafts', 'trust', 'foundation', 'network', 'project', 'systems', 'tech',
  'technologies', 'consulting', 'consultancy', 'it', 'barn', 'farm', 'cottage', 'cottages', 'lodge', 'inn', 'hall', 'manor', 'retreat',
  'distillery', 'brewery', 'winery', 'vineyard', 'roastery', 'roasters', 'bakehouse', 'creamery', 'dairy', 'nursery', 'forge', 'mill',
  'hardware', 'ironmongers', 'emporium', 'outfitters', 'provisions', 'pantry', 'larder', 'parlour', 'parlor', 'yard', 'depot', 'warehouse',
]);

/** What leads in to a name in running text: "arborists at Oakleaf Tree Care", "sold online as Clay Path Pottery", "Coach Marcus runs Iron Will Fitness". */
const LEAD_IN = /(?:^|[.!?]\s+|,\s+|(?:^|\s)(?:at|with|by|from|as|to|for|is|and|visit|call|choose|try|join|through|via|runs|owns|manages|opened|founded|started|knows?|loves?|trusts?|recommends?)\s+)$/iu;

const RUNS = new RegExp(RUN, 'gu');
/** Words that open no name even in the middle of a sentence: pronouns and articles. */
const OPENS_NO_NAME = new Set(['a', 'an', 'i', "i'm", 'i’m', 'we', "we're", 'we’re', 'our', 'my', 'this', 'it', 'its', 'here', 'there', 'please']);

/** The word of an invitation that opens a sentence before a name. */
const INVITATION = /^(?:(?:Visit|Call|Book|Try|Contact|Ask|Email|Find|Join|Choose|Ring|Phone|Text|Message|Meet|Give|Hire|Follow|Support|Search(?:\s+for)?|Look\s+(?:up|for)|Google)\s+|(?:Stay|Eat|Dine|Drink|Shop|Play|Train|Learn|Relax|Work)\s+at\s+)(?=\p{Lu})/u;

/** True when the run's last word says it is a business: a trade ("Pottery", "Physio") or a company word ("Co."). */
export function endsLikeBusiness(run: string): boolean {
  // "Noodle Bar 88": the word before its number
  const last = (run.replace(/\s+\p{N}{1,3}$/u, '').split(/\s+/).pop() ?? '').toLowerCase();
  // "Careful Movers", "Top Notch Tutors": people who do the work, in the plural
  // "Mobile Motor Medics": a business word in the plural too
  return BUSINESS_HEADS.has(last) || BUSINESS_HEADS.has(last.replace(/s$/u, '')) || isWholeTradeWord(last.replace(/\.$/u, '')) || /^\p{L}{3,}(?:ers|ors|ists|ians)$/u.test(last);
}

/** "Paper & Lace", "Smith & Daughters": two names joined by "&" are how a business is named. */
function isJoinedName(run: string): boolean {
  return /^\S+(?:\s+\S+)?\s+(?:&|\+)\s+\S+(?:\s+\S+)?$/u.test(run);
}

/** The capitalised runs of a text, and what follows " at " inside one ("Saturday at Seven Hills Distillery"). */
function runsIn(text: string): { 0: string; index: number }[] {
  return [...text.matchAll(RUNS)].flatMap((match) => {
    const at = match[0].lastIndexOf(' at ');
    const place = match[0].slice(at + 4);
    // not a hall, a church or a park someone meets at ("Choir practice every Thursday at St Anne's Hall")
    const isVenue = VENUES.test((place.split(/\s+/).pop() ?? '').replace(/[.,;:!?]+$/u, ''));
    // "Ask for Rhys at Mobile Motor Medics": what follows "at" first, then the whole run ("Hair at No. 9")
    return at > 0 && !isVenue ? [{ 0: place, index: match.index + at + 4 }, match] : [match];
  });
}

/** Places people meet at that are rarely the business: "St Anne's Hall", "Victoria Park". */
const VENUES = /^(?:hall|halls|church|chapel|centre|center|park|library|school|college|university|pavilion|stadium|arena|market|square)$/iu;

/** "Covering Worthing and Lancing": a sentence that opens with what is done, not a name. */
function opensWithGerund(run: string): boolean {
  return /^\p{Lu}\p{Ll}+ing$/u.test(run.split(/\s+/)[0] ?? '') && nlp(run).terms().first().has('#Gerund');
}

/** The first business-shaped run of several words the text leads in to (or one set off as a name), if any. */
export function businessShapedRun(text: string, locale: ComposerLocale, { setOff = 'none', except }: { setOff?: SetOff; except?: string } = {}): string | undefined {
  const sentences = splitSentences(text);
  for (const [index, sentence] of sentences.entries()) {
    const run = shapedRunIn(sentence, locale, setOff, index > 0, except);
    if (run !== undefined) return run;
  }
  return undefined;
}

/**
 * A run set off as a name needs no business word: alone after a dash to the sentence's end ("… in Swindon — PC
 * Rescue."), or opening a later sentence before a comma or its end ("… in Brighton. Ink & Iris, by appointment only.").
 */
function isSetOff(before: string, after: string, setOff: SetOff, isLaterSentence: boolean): boolean {
  if (setOff === 'none') return false;
  if (/\s[-–—]\s+$/u.test(before)) return /^\s*[.!]?\s*$/u.test(after);
  return setOff === 'dash or sentence' && isLaterSentence && before.trim() === '' && /^\s*(?:,|[.!]?\s*$)/u.test(after);
}

/** Which runs set off as a name count: none, only one after a dash, or one opening a later sentence too. */
export type SetOff = 'none' | 'dash' | 'dash or sentence';

function shapedRunIn(text: string, locale: ComposerLocale, setOff: SetOff, isLaterSentence: boolean, except: string | undefined): string | undefined {
  for (const match of runsIn(text)) {
    // "Visit Northlight Gallery on Dundas Street", "Stay at Rose Cottage": the invitation is not the name's
    const invitation = INVITATION.exec(match[0])?.[0] ?? '';
    const trimmed = trimRun(match[0].slice(invitation.length));
    const run = trimmed === match[0].slice(invitation.length) ? withNumberAfter(trimmed, text.slice(match.index + match[0].length)) : trimmed;
    // the heading a caller weighs against a later name is not that name
    if (run === except) continue;
    const index = match.index + invitation.length;
    const words = run.split(/\s+/);
    const before = text.slice(0, index);
    const after = text.slice(index + run.length);
    const isLedIn = invitation !== '' || LEAD_IN.test(before);
    const isShaped = (endsLikeBusiness(run) || isJoinedName(run)) && isLedIn;
    if (words.length < 2 || words.length > 6 || !(isShaped || isSetOff(before, after, setOff, isLaterSentence)) || !isPlausible(run)) continue;
    // "… swimming lessons with Make Waves Swim School": after a word that leads in to a name, only a pronoun or an
    // article can't open one ("Make", "Let", "Here" open a request or a sentence elsewhere)
    const isMidSentence = isLedIn && /\p{Ll}\s+$/u.test(before);
    const cannotOpen = isMidSentence ? OPENS_NO_NAME.has(firstWordOf(run)) : NOT_A_NAME_START.has(firstWordOf(run));
    if (cannotOpen || words.some((word) => DAY_OR_MONTH.test(word) || /^\p{L}+ly$/u.test(word)) || opensWithGerund(run)) continue;
    if (isOnlyGenericWords(run) || isOnlyPerson(run, locale) || isPlaceAfterAll(run, after)) continue;
    // at least one word that says which business, not what kind: "Oakleaf", "Launchpad", "Red Rock"
    if (words.every((word) => COMMON_WORDS.has(word.toLowerCase()) || isWholeTradeWord(word.toLowerCase()) || BUSINESS_HEADS.has(word.toLowerCase()))) continue;
    return run;
  }
  return undefined;
}

/** A guess made only of words the language knows ("Bookkeeping and VAT", "Mountain"): what it is, not a name. */
export function isOnlyDictionaryWords(name: string): boolean {
  // "Sri Lankan home cooking …": where people come from says what the food is, not whose business it is
  const terms = nlp(name).terms();
  if (terms.length > 0 && terms.length === terms.filter((term) => term.has('#Demonym') || term.has('#Adjective')).length) return true;
  // "Affordable MOTs": an acronym, in the plural too, is a word the language knows
  return name.split(/\s+/).every((word) => /^(?:&|\+|and|of|the|at|for|in|on|to|with|from|by|a|[\p{Lu}\p{N}]{2,5}s?)$/u.test(word) || word.split('-').every((part) => isDictionaryWord(part.toLowerCase())));
}
