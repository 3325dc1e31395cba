import { isWholeTradeWord } from '../detect-industry.ts';
import type { ComposerLocale } from '../detect-locale.ts';
import { isFollowedByCue, isFollowedByVerb } from './name-cues.ts';
import { closesPresentedName, isOnlyGenericWords, isOnlyPerson, withoutRole } from './name-checks.ts';
import { LEADING_FUNCTION_WORDS, opensWithImperative } from './presented-name.ts';
import { COMMON_WORDS, isPlausible, NOT_A_NAME_START, RUN, trimRun, withoutLegalForm } from './name-words.ts';
import { isDictionaryWord, isPersonName, isPersonOnly, isPlaceName } from './proper-nouns.ts';

// The spans a description could be naming its business with, each described by what a reader looks at: where it
// stands, its shape, the words that come before and after it, whether it is a place, a person, a trade or a heading.
// Where the rules (extract-name.ts) read no name, `chooseName` weighs these with weights learnt from labelled
// descriptions (scripts/train-name-ranker.ts); "no name" is a candidate too.

export interface NameCandidate {
  /** The name as a site would show it; '' for "the text names nothing". */
  name: string;
  features: Record<string, number>;
}

const RUNS = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’&])${RUN}`, 'gu');

/** Words that present a business just before its name, by kind. */
const BEFORE: Readonly<Record<string, RegExp>> = {
  called: /(?:called|named|known as|chamad[oa]s?|llamad[oa]s?|appel[ée]e?s?|namens|genannt|si chiama|genaamd|heet)\s+["“'‘]?$/iu,
  welcome: /(?:welcome to|introducing|say hello to|bem-vind[oa]s? (?:à|ao|a)|bienvenid[oa]s? (?:a|al)|bienvenue (?:à|chez|au)|willkommen (?:bei|beim|im|zum|zur)|benvenut[io] (?:a|al|alla|da|nel)|welkom (?:bij|in|op))\s+(?:the\s+)?$/iu,
  weAre: /(?:we are|we['’]re|this is|somos(?: (?:a|o))?|nous sommes|wir sind|siamo(?: (?:la|il))?|wij zijn|we zijn)\s+$/iu,
  at: /(?:^|\s)(?:at|chez|bei|bij|da|em|en|no|na)\s+(?:the\s+)?$/iu,
  invite: /(?:with|from|visit|try|call|ring|check out|order from|book with|book at|shop at|meet)\s+(?:the\s+)?$/iu,
  runs: /(?:run|runs|own|owns|opened|founded|started|manage|manages|launched|took over|owner of|founder of)\s+(?:the\s+)?$/iu,
  self: /(?:i['’]m|i am|my name is|me llamo|mi nombre es|je m['’]appelle|je suis|ich bin|ich hei(?:ß|ss)e|mi chiamo|sono|ik ben|ik heet|eu sou|sou|soy|meu nome é)\s+$/iu,
  place: /(?:^|\s)(?:in|on|near|from|around|across|of|off|covering|serving|throughout|between|em|en|à|aux|im|nel|nella|te|uit)\s+$/iu,
  for: /(?:web\s?site|site|page)\s+for\s+$/iu,
  trade: /(?:shop|store|studio|bakery|caf[eé]|restaurant|salon|clinic|firm|agency|company|business|gym|truck|van)\s+$/iu,
  our: /(?:^|\s)(?:our|my|the|a|an)\s+$/iu,
};

/** What follows a name, by kind. */
const AFTER: Readonly<Record<string, RegExp>> = {
  apposition: /^,\s+(?:a|an|the|our|your|um|uma|un|una|une|ein|eine|een|il|la|el|le|o)\s/iu,
  colon: /^\s*:/u,
  dash: /^\s+[-–—|•·/]\s/u,
  stop: /^\s*[.!]/u,
  comma: /^\s*,/u,
  lineEnd: /^[^\S\n]*(?:\n|$)/u,
  where: /^\s+(?:in|on|at|near|em|en|à|im|in|nel|op|te)\s+\p{Lu}/u,
  lowerWord: /^\s+\p{Ll}/u,
  quote: /^["”'’]/u,
  question: /^\s*\?/u,
};

/** A preposition just before a span: "at", "from", "through", "by", "with", "about". */
const PREPOSITION_BEFORE = /(?:^|\s)(?:at|from|through|via|by|with|about|into|to)\s+(?:the\s+)?$/u;

/** Last words of a street, a park or a hall: where a business is, rarely what it is called. */
const STREET_OR_VENUE = /^(?:road|rd|street|st|lane|ln|avenue|ave|way|drive|square|place|park|hall|church|centre|center|mall|market|station|gardens?|green|common|hill|bridge|quay|wharf|close|crescent|terrace|row|strasse|straße|platz|rua|avenida|calle|plaza|rue|via|piazza|straat|plein|weg)$/u;

export function nameCandidates(text: string, locale: ComposerLocale): NameCandidate[] {
  const found = new Map<string, NameCandidate>();
  const firstLineEnd = text.search(/\n/u);
  let order = 0;
  const add = (raw: string, index: number) => {
    const name = shown(raw, locale);
    if (name === '' || !isPlausible(name)) return;
    const known = found.get(name.toLowerCase());
    if (known !== undefined) {
      known.features['repeated'] = 1;
      return;
    }
    found.set(name.toLowerCase(), { name, features: spanFeatures(text, raw, index, locale, order, firstLineEnd) });
    order += 1;
  };
  const runs = new RegExp(RUNS.source, RUNS.flags);
  for (let match = runs.exec(text); match !== null; match = runs.exec(text)) {
    const run = trimRun(match[0]);
    // "… near Oxford. Dogs at Barking Mad get …": a run cut at a sentence's end goes on being read after the cut
    if (run.length < match[0].length) runs.lastIndex = match.index + Math.max(run.length, 1);
    if (run === '') continue;
    // "Try Mama Ngozi for jollof": the inviting verb is the sentence's, only the words after it may name
    if (locale !== 'en' || !opensWithImperative(run)) add(run, match.index);
    // A sentence's capital before a name: "Come and try …" gives "Come"; "From Penzance, Kernow …" no; "Driving Lessons X" → "Lessons X"
    const words = run.split(/\s+/);
    if (words.length > 1 && /^\p{Lu}/u.test(words[1] ?? '')) add(words.slice(1).join(' '), match.index + (words[0]?.length ?? 0) + 1);
  }
  for (const match of text.matchAll(/["“‘]([^"“”‘’\n]{2,60})["”’]/gu)) add(match[1] ?? '', match.index + 1);
  // the one span of several words that is neither a place nor only a person: what else would the text be naming?
  const longSpans = [...found.values()].filter((candidate) => candidate.features['words1'] === undefined && !candidate.features['place'] && !candidate.features['personOnly'] && !candidate.features['genericOnly']);
  if (longSpans.length === 1) longSpans[0]!.features['onlyLongSpan'] = 1;
  const none: NameCandidate = { name: '', features: { none: 1, [`noneRuns${Math.min(found.size, 3)}`]: 1 } };
  if (/^\p{Ll}/u.test(text)) none.features['noneLowerText'] = 1;
  if (locale !== 'en') none.features['noneOtherLanguage'] = 1;
  return [...found.values(), none];
}

/** A span as the site would show it: no legal form, no leading article in the other languages. */
function shown(raw: string, locale: ComposerLocale): string {
  // "Owner Sarah Jones started …": a role before a person is not part of any name
  const person = withoutRole(raw, locale);
  if (person !== raw) return person;
  const isInnName = locale === 'de' && /^Zu[mr]\s+\p{Lu}/u.test(raw);
  const trimmed = locale === 'en' || isInnName ? raw : raw.replace(LEADING_FUNCTION_WORDS[locale], '');
  const name = trimmed !== raw && /^\p{Lu}/u.test(trimmed) && trimmed.includes(' ') ? trimmed : raw;
  return withoutLegalForm(name.trim());
}

function spanFeatures(text: string, run: string, index: number, locale: ComposerLocale, order: number, firstLineEnd: number): Record<string, number> {
  const before = text.slice(Math.max(0, index - 60), index);
  const after = text.slice(index + run.length);
  const words = run.split(/\s+/);
  const first = (words[0] ?? '').toLowerCase();
  const last = (words[words.length - 1] ?? '').toLowerCase().replace(/[.,]$/u, '');
  const isSingle = words.length === 1;
  const features: Record<string, number> = {};
  const set = (key: string, on: boolean | number = true) => {
    if (on) features[key] = typeof on === 'number' ? on : 1;
  };
  set(`words${Math.min(words.length, 5)}`);
  set('textStart', index === 0);
  set('sentenceStart', index > 0 && /(?:^|[.!?]\s+|\n\s*)$/u.test(before));
  set('firstLine', firstLineEnd < 0 || index < firstLineEnd);
  set(`order${Math.min(order, 3)}`);
  set('late', index > text.length / 2);
  for (const [kind, pattern] of Object.entries(BEFORE)) {
    const isBefore = pattern.test(before);
    set(`before_${kind}`, isBefore);
    set(`before_${kind}_single`, isBefore && isSingle);
  }
  for (const [kind, pattern] of Object.entries(AFTER)) set(`after_${kind}`, pattern.test(after));
  set('afterCue', isFollowedByCue(after, locale, isSingle));
  set('afterCue_single', isSingle && isFollowedByCue(after, locale, isSingle));
  set('afterVerb', isFollowedByVerb(after, locale));
  set('closesPresented', closesPresentedName(after));
  set('textEnd', after.trim().replace(/[.!]$/u, '') === '');
  // "… sewn by hand at Thread Count.", "… from Amma's Kitchen.": where something is had or done, ending its sentence
  set('prepThenEnd', !isSingle && PREPOSITION_BEFORE.test(before) && /^\s*(?:[.!,]|$)/u.test(after));
  set('endsTrade', isWholeTradeWord(last));
  set('startsTrade', isWholeTradeWord(first));
  set('hasTrade', words.some((word) => isWholeTradeWord(word.toLowerCase())));
  set('genericOnly', isOnlyGenericWords(run));
  set('place', isPlaceName(run));
  set('streetOrVenue', STREET_OR_VENUE.test(last));
  set('personOnly', isPersonOnly(run) || isOnlyPerson(run, locale));
  set('personFirst', isSingle && isPersonName(run));
  set('startsNotName', NOT_A_NAME_START.has(first));
  set('common', isSingle && COMMON_WORDS.has(first));
  set('dictionary', isSingle && locale === 'en' && isDictionaryWord(first));
  set('allDictionary', !isSingle && locale === 'en' && words.every((word) => /^(?:&|and|of|the)$/iu.test(word) || isDictionaryWord(word)));
  set('the', first === 'the');
  set('ampersand', /&|\+/u.test(run));
  set('possessive', /['’]s(?:\s|$)/u.test(run));
  set('company', /\b(?:Co|Bros|Inc|Ltd|LLC|GmbH)\.?$/u.test(run) || withoutLegalForm(run) !== run);
  set('allCaps', run.length > 3 && run === run.toUpperCase());
  set('digit', /\p{N}/u.test(run));
  set(`lang_${locale}`, locale !== 'en');
  return features;
}
