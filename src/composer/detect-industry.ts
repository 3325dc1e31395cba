import { GENERAL_INDUSTRY, INDUSTRIES, type IndustryProfile } from './industries/index.ts';

// Keyword scoring: each profile lists words with weights; the profile with the highest total wins.
// All matching runs on lower-cased text with case-sensitive regular expressions: a case-insensitive Unicode
// regular expression costs V8 milliseconds to compile, and there is one per industry.

/** A keyword occurring more often than this counts no more (a long list of mugs is still one shop). */
const MAX_COUNT = 3;
/** Below this score the description is not clear enough to pick an industry. */
const MIN_SCORE = 2;

const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

interface CompiledProfile {
  profile: IndustryProfile;
  /** One regular expression per profile; capture group n is keyword n. */
  anyKeyword: RegExp;
  /** The first keyword alone: the trade's own noun ("bakery", "café", "shop"). */
  tradeNoun: RegExp;
}

const compiled: CompiledProfile[] = INDUSTRIES.map((profile) => {
  const alternatives = profile.keywords.map(([pattern]) => `(${pattern})`).join('|') || '(?!)';
  return {
    profile,
    anyKeyword: new RegExp(`${BEFORE}(?:${alternatives})${AFTER}`, 'gu'),
    tradeNoun: new RegExp(`^(?:${profile.keywords[0]?.[0] ?? '(?!)'})$`, 'u'),
  };
});

function scoreOf({ profile, anyKeyword }: CompiledProfile, lowerText: string): number {
  const counts = new Array<number>(profile.keywords.length).fill(0);
  for (const match of lowerText.matchAll(anyKeyword)) {
    const index = match.findIndex((group, position) => position > 0 && group !== undefined) - 1;
    if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
  }
  return profile.keywords.reduce((score, [, weight], index) => score + weight * Math.min(counts[index] ?? 0, MAX_COUNT), 0);
}

export function detectIndustry(text: string): { profile: IndustryProfile; score: number } {
  const lowerText = text.toLowerCase();
  let best: { profile: IndustryProfile; score: number } = { profile: GENERAL_INDUSTRY, score: 0 };
  for (const entry of compiled) {
    const score = scoreOf(entry, lowerText);
    if (score > best.score) best = { profile: entry.profile, score };
  }
  return best.score >= MIN_SCORE ? best : { profile: GENERAL_INDUSTRY, score: 0 };
}

/** A global regular expression matching any of the profile's keywords in lower-cased text. */
export function keywordPattern(profile: IndustryProfile): RegExp {
  const entry = compiled.find((candidate) => candidate.profile === profile);
  return new RegExp(entry?.anyKeyword.source ?? '(?!)', 'gu');
}

/** True when `text` is nothing but the trade's own noun ("cafe" for a café): not a service to list. */
export function isTradeNoun(profile: IndustryProfile, text: string): boolean {
  return compiled.find((entry) => entry.profile === profile)?.tradeNoun.test(text.trim().toLowerCase()) ?? false;
}

const allKeywords = INDUSTRIES.flatMap((profile) => profile.keywords.map(([pattern]) => pattern)).join('|');
const tradeWordAtStart = new RegExp(`^(?:${allKeywords})${AFTER}`, 'u');
const tradeWord = new RegExp(`^(?:${allKeywords})$`, 'u');

/** True when `text` starts with a word that names a trade ("dog walking …", "bakery in …"). */
export function startsWithTradeWord(text: string): boolean {
  return tradeWordAtStart.test(text.trimStart().toLowerCase());
}

/** True when `word` is itself a trade word ("Dog", "Yoga", "Bakery"). */
export function isWholeTradeWord(word: string): boolean {
  return tradeWord.test(word.trim().toLowerCase());
}
