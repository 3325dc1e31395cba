// Which layout family a description gets. Two readers vote: the trade reader over the OpenStreetMap taxonomy
// (./trades) and the industry profiles' keyword scores (./detect-industry.ts). A family's template is used only
// where the taxonomy allows it — a sure, named trade whose family it is, or a trade that belongs to the family (or
// that the family covers when the description says so) — or, where the taxonomy names no trade of its own, on a
// strong keyword score. Anything else gets the general layout, so a veterinary clinic no longer inherits a dog
// daycare's prices. Figures: docs/evaluation.md.
import { detectIndustry } from './detect-industry.ts';
import type { ComposerLocale } from './detect-locale.ts';
import { GENERAL_INDUSTRY, industryById, type IndustryProfile } from './industries/index.ts';
import { detectTrade, familyMayCover, familyOf, type TradeMatch, type TradeOptions } from './trades/index.ts';

/**
 * Keyword score that stands alone when the taxonomy names no trade: nothing found, or only a weak hint from a search
 * term or two ("SaaS tool" read as a tool shop, "kitchen and bathroom remodels" as an appliance store).
 */
const STRONG_KEYWORDS = 5;
/** Keyword score that outweighs an unsure taxonomy answer of a trade no family covers. */
const OUTWEIGHS_UNSURE_TRADE = 12;
/** Below this score an answer of the trade reader found by search terms only is a hint, not a trade. */
const WEAK_TRADE = 3;

export interface FamilyChoice {
  profile: IndustryProfile;
  /** The keyword score of the chosen family; 0 for the general layout. */
  score: number;
  trade: TradeMatch | undefined;
}

export function chooseFamily(text: string, locale: ComposerLocale, options: TradeOptions = {}): FamilyChoice {
  const trade = detectTrade(text, locale, options);
  const keywords = detectIndustry(text);
  const keywordFamily = keywords.profile.id;
  const general = { profile: GENERAL_INDUSTRY, score: 0, trade };
  if (trade?.family) return { profile: industryById(trade.family), score: keywordFamily === trade.family ? keywords.score : 0, trade };
  if (keywordFamily === GENERAL_INDUSTRY.id) return general;
  const chosen = { ...keywords, trade };
  const strong = keywords.score >= STRONG_KEYWORDS;
  if (trade === undefined) return strong ? chosen : general;
  // The trade is the family's; or the family covers it when the description says so, and the reader is sure of it.
  if (familyOf(trade.preset) === keywordFamily) return chosen;
  if (trade.confidence === 'high') return familyMayCover(keywordFamily, trade.preset) ? chosen : general;
  // Only a weak hint from a search term or two ("SaaS tool" read as a tool shop): the taxonomy names no trade.
  if (strong && !trade.named && trade.score < WEAK_TRADE) return chosen;
  return familyOf(trade.preset) === null && keywords.score >= OUTWEIGHS_UNSURE_TRADE ? chosen : general;
}
