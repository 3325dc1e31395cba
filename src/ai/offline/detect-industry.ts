import { GENERAL_INDUSTRY, INDUSTRIES, type IndustryProfile } from './industries/index.ts';

// Keyword scoring: each profile lists words with weights; the profile with the highest total wins.

/** A keyword occurring more often than this counts no more (a long list of mugs is still one shop). */
const MAX_COUNT = 3;
/** Below this score the description is not clear enough to pick an industry. */
const MIN_SCORE = 2;

const compiled = INDUSTRIES.map((profile) => ({
  profile,
  keywords: profile.keywords.map(([pattern, weight]) => ({
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'giu'),
    weight,
  })),
}));

export function scoreIndustry(text: string, keywords: (typeof compiled)[number]['keywords']): number {
  let score = 0;
  for (const { pattern, weight } of keywords) {
    const count = text.match(pattern)?.length ?? 0;
    score += weight * Math.min(count, MAX_COUNT);
  }
  return score;
}

export function detectIndustry(text: string): { profile: IndustryProfile; score: number } {
  let best: { profile: IndustryProfile; score: number } = { profile: GENERAL_INDUSTRY, score: 0 };
  for (const { profile, keywords } of compiled) {
    const score = scoreIndustry(text, keywords);
    if (score > best.score) best = { profile, score };
  }
  return best.score >= MIN_SCORE ? best : { profile: GENERAL_INDUSTRY, score: 0 };
}

/** The profile's keywords as global regular expressions (for finding where the description names the trade). */
export function keywordPatterns(profile: IndustryProfile): RegExp[] {
  return compiled.find((entry) => entry.profile === profile)?.keywords.map((keyword) => keyword.pattern) ?? [];
}

/** True when `text` is nothing but one of the profile's keywords ("cafe" for a café). */
export function isBareKeyword(profile: IndustryProfile, text: string): boolean {
  return profile.keywords.some(([pattern]) => new RegExp(`^(?:${pattern})$`, 'iu').test(text.trim()));
}

const tradeWordAtStart = new RegExp(`^(?:${INDUSTRIES.flatMap((profile) => profile.keywords.map(([pattern]) => pattern)).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** True when `text` starts with a word that names a trade ("dog walking …", "bakery in …"). */
export function startsWithTradeWord(text: string): boolean {
  return tradeWordAtStart.test(text.trimStart());
}

const tradeWord = new RegExp(`^(?:${INDUSTRIES.flatMap((profile) => profile.keywords.map(([pattern]) => pattern)).join('|')})$`, 'iu');

/** True when `word` is itself a trade word ("Dog", "Yoga", "Bakery"). */
export function isWholeTradeWord(word: string): boolean {
  return tradeWord.test(word.trim());
}
