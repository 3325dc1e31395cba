// Which layout family a description gets. Two readers vote: the trade reader over the OpenStreetMap taxonomy
// (./trades) and the industry profiles' keyword scores (./detect-industry.ts). A family's template is used only
// where the taxonomy allows it and the readers are sure:
// - a trade whose family it is, when the keywords choose that family too, or when the trade is sure and named
//   outright, plainly (and the keywords don't strongly choose another family);
// - a sure trade the family covers when the description says so (a candle maker's shop);
// - an unsure trade of the family that both readers say firmly;
// - for a family the taxonomy has no trade of (a software product, a general builder), a strong keyword score.
// Anything else gets the general layout: the neutral layout is never another business's site, so a veterinary
// clinic does not inherit a dog daycare's prices, nor a scheduling app "for restaurants" a menu. The keywords never
// choose on their own a family the taxonomy could have named. And a family's template must fit what the business
// does: a restaurant's "Book a table" is not for a takeaway, a shop's "Shop the collection" not for a studio that only
// teaches. Figures: docs/evaluation.md.
import { detectIndustry } from './detect-industry.ts';
import type { ComposerLocale } from './detect-locale.ts';
import { GENERAL_INDUSTRY, industryById, type IndustryProfile } from './industries/index.ts';
import { detectTrade, familyMayCover, familyOf, isBeyondTaxonomy, type TradeMatch, type TradeOptions } from './trades/index.ts';

/**
 * A keyword score that says the family firmly: enough alone for a family beyond the taxonomy, enough to confirm an
 * unsure trade of the family, and enough to cast doubt on a sure trade of another family.
 */
const STRONG_KEYWORDS = 5;
/** Keyword score that outweighs an unsure taxonomy answer of a trade no family covers. */
const OUTWEIGHS_UNSURE_TRADE = 12;
/** Below this score an answer of the trade reader found by search terms only is a hint, not a trade. */
const WEAK_TRADE = 3;
/** The trade reader's score of a sure answer (its HIGH_SCORE): what an unsure trade needs to make a family. */
const FIRM_TRADE = 3;
/**
 * An unsure trade scoring this much is said plainly, its doubt only a close neighbour ("coffee shop" names the café
 * and the coffee store, "photography studio" sits beside "design"): any keyword support then decides.
 */
const PLAIN_TRADE = 5;
/** A sure trade named outright scoring this much stands without the keywords ("pizzeria", "veterinary clinic"). */
const VERY_PLAIN_TRADE = 7;

export interface FamilyChoice {
  profile: IndustryProfile;
  /** The keyword score of the chosen family; 0 for the general layout. */
  score: number;
  trade: TradeMatch | undefined;
}

export function chooseFamily(text: string, locale: ComposerLocale, options: TradeOptions = {}): FamilyChoice {
  const choice = familyFor(text, locale, options);
  // A family whose template promises what the business doesn't do: a table to a takeaway, a shop to a studio that teaches.
  return choice.profile.id !== GENERAL_INDUSTRY.id && DOES_NOT_FIT[choice.profile.id]?.(text) === true ? { profile: GENERAL_INDUSTRY, score: 0, trade: choice.trade } : choice;
}

/** What the description must not say, or must say, for a family's template to fit it. */
const DOES_NOT_FIT: Readonly<Partial<Record<string, (text: string) => boolean>>> = {
  // "Book a table", "a table waiting for you": not for a takeaway, a slice counter or a food truck with no seats
  restaurant: (text) => TAKEAWAY.test(text) && !DINE_IN.test(text),
  // "Shop the collection", "shipped with care": only for a business that sells what it makes
  shop: (text) => !SELLS.test(text),
};
const TAKEAWAY = /(?<![\p{L}])(?:take-?aways?|take away|take-?outs?|to go|by the slice|al taglio|[àa] emporter|para llevar|para (?:viagem|levar)|d[a'] ?asporto|zum mitnehmen|afhaal\p{L}*|delivery only|street food|food (?:truck|van|trailer|cart)s?)(?![\p{L}])/iu;
const DINE_IN = /(?<![\p{L}])(?:dine[- ]in|eat[- ]in|sit[- ]down|tables?|seats?|seating|covers|reservations?|restaurants?|restaurante|ristorante|terrace|terrasse|terraza|esplanada|sur place|mesas?|tavol[oi]|tische?|zitplaatsen)(?![\p{L}])/iu;
const SELLS = /(?<![\p{L}])(?:sell\p{L}*|sold|shops?|shopping|stores?|buy|order\p{L}*|online|products?|collections?|stock(?:s|ed|ing|ists?)?|range|boutiques?|gifts?|etsy|ship\p{L}*|deliver\p{L}*|post(?:age|ed)?|markets?|stockists?|vend\p{L}*|loja|tienda|laden|negozio|winkel|verkauf\p{L}*|verkoop\p{L}*|venta|vente)(?![\p{L}])/iu;

function familyFor(text: string, locale: ComposerLocale, options: TradeOptions): FamilyChoice {
  const found = detectTrade(text, locale, options);
  // "A restaurant booking app", "plumbing supply store": the trade's name describes another thing the business is.
  const trade = found !== undefined && namesAnotherThing(text, found) ? undefined : found;
  const keywords = detectIndustry(text);
  const general = { profile: GENERAL_INDUSTRY, score: 0, trade };
  const keywordFamily = keywords.profile.id;
  const isStrong = keywords.score >= STRONG_KEYWORDS;
  if (trade?.family) {
    // Two readers that firmly disagree: one of them is wrong, and the neutral layout is never wrong.
    if (keywordFamily !== trade.family && keywordFamily !== GENERAL_INDUSTRY.id && isStrong) return general;
    // Without the keywords' word for it, the taxonomy alone must be sure: the trade named outright, and plainly.
    const isPlainlyNamed = trade.confidence === 'high' && trade.named && trade.score >= VERY_PLAIN_TRADE;
    if (keywordFamily !== trade.family && !isPlainlyNamed) return general;
    return { profile: industryById(trade.family), score: keywordFamily === trade.family ? keywords.score : 0, trade };
  }
  if (keywordFamily === GENERAL_INDUSTRY.id) return general;
  const isSure = isBeyondTaxonomy(keywordFamily) ? keywordsSuffice(text, keywordFamily, trade, keywords.score) : tradeConfirmed(text, trade, keywordFamily, keywords.score);
  return isSure ? { ...keywords, trade } : general;
}

/** For a family the taxonomy has no trade of: strong keywords, unless the taxonomy names some other trade. */
function keywordsSuffice(text: string, family: string, trade: TradeMatch | undefined, keywordScore: number): boolean {
  if (keywordScore < STRONG_KEYWORDS || SPECIALISTS[family]?.test(text) === true) return false;
  if (trade === undefined || isHint(trade)) return true;
  return trade.confidence === 'low' && familyOf(trade.preset) === null && keywordScore >= OUTWEIGHS_UNSURE_TRADE;
}

/** For a family the taxonomy knows: the taxonomy must point to a trade of it, and the two readers agree firmly. */
function tradeConfirmed(text: string, trade: TradeMatch | undefined, family: string, keywordScore: number): boolean {
  if (trade === undefined || !familyMayCover(family, trade.preset)) return false;
  const isStrong = keywordScore >= STRONG_KEYWORDS;
  // A sure trade, or a faint hint from a search term or two ("dental" in a dentist's description), of the family.
  if (trade.confidence === 'high') return true;
  if (isHint(trade)) return isStrong && SPECIALISTS[family]?.test(text) !== true;
  if (familyOf(trade.preset) !== family) return false;
  // An unsure trade of the family: both readers must say it firmly, or the taxonomy very plainly, or the keywords
  // strongly of the only trade the description names ("we fix bikes": "bike" is only a search term of the
  // rental). A name said in passing ("an app for restaurants", "no café of our own") scores low however many
  // keywords agree.
  if (trade.score >= PLAIN_TRADE) return true;
  if (!isStrong || SPECIALISTS[family]?.test(text) === true) return false;
  return trade.score >= FIRM_TRADE || (trade.named && !trade.hasNamedRival);
}

/**
 * Specialists a family's words also name, whom its template does not fit: where the taxonomy is unsure, a
 * description that names one gets the neutral layout (a window cleaner does no deep cleans, a nail bar no colour).
 */
const SPECIALISTS: Readonly<Partial<Record<string, RegExp>>> = {
  cleaning: /\b(?:windows?|carpets?|upholstery|chimneys?|gutters?|drains?|pressure|ovens?|cars?|pools?|dry)[ -]clean/i,
  salon: /\b(?:nails?|lash(?:es)?|brows?|tanning|tattoo|wigs?)\b/i,
  plants: /\b(?:landscap\w*|tree surgeon|arborist|lawns?|florists?)\b/i,
  photography: /\b(?:video\w*|films?|drone)\b/i,
  tutoring: /\b(?:music|piano|guitar|language|driving|swim\w*|dance|dancing)\b/i,
  spa: /\b(?:float\w*|sauna|chairs?)\b/i,
  petcare: /\b(?:veterinar\w*|vets?|training|trainers?)\b/i,
  auto: /\b(?:valet\w*|car wash\w*|dealers?\w*|dealerships?)\b/i,
  // Cleaning what a builder builds is not building: a window cleaner's "roofs" and "gutters" are cleared, not fitted.
  contractor: /\b(?:windows?|gutters?|roofs?|carpets?|ovens?|driveways?|patios?|drains?|chimneys?)\s+(?:clean\w*|clear\w*|wash\w*|sweep\w*)/i,
};

/** Only a weak hint from a search term or two ("SaaS tool" read as a tool shop): the taxonomy names no trade. */
function isHint(trade: TradeMatch): boolean {
  return !trade.named && trade.score < WEAK_TRADE;
}

/**
 * Heads that make a trade's name a modifier of something else the business is or sells: software, supplies,
 * equipment, furniture, listings, a lab, training in the trade. Right after the name ("restaurant booking app",
 * "plumbing supply store") or inside it ("massage chair shop").
 */
const OTHER_HEADS = String.raw`(?:apps?|software|platforms?|plataforma|plateforme|saas|marketplace|directory|suppl(?:y|ies)|equipment|wholesal\w*|machines?|chairs?|furniture|listings?|magazine|podcast|recruit\w*|insurance|labs?|laborator\w*|training|courses?|college|academy|cloth\w*|apparel|merchants?|showrooms?|hire|rentals?)`;
/** A trade right before these is what they are of ("real estate photography"). */
const FOLLOWING_HEADS = String.raw`(?:photograph\w*|videograph\w*)`;

const ANIMALS = String.raw`(?:dogs?|cats?|pets?|animals?|horses?|c[aã]es|gatos|perros|animales|chiens|chats|animaux|cani|gatti|animali|hunde|katzen|tiere|pferde|honden|katten|dieren|paarden)(?![\p{L}])`;
/** A trade's name with an animal before it, written as one word or two ("Hundepension", "dog hotel", "hondenhotel"). */
const ANIMAL_COMPOUND = /^(?:dog|cat|pet|hunde|hund|katzen|tier|pferde|honden|hond|katten|dieren)[\s-]?\p{L}/iu;

/** A trade's name that does not name the business: the modifier of another head, or whom the business serves. */
function namesAnotherThing(text: string, trade: TradeMatch): boolean {
  const written = trade.written?.trim() ?? '';
  if (written === '') return false;
  if (new RegExp(String.raw`^\S+\s.*\b${OTHER_HEADS}\b`, 'iu').test(written)) return true;
  const escaped = written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // "Hundepension", "hotel for dogs": a trade for animals is no family's but pet care's.
  if (!familyMayCover('petcare', trade.preset) && (ANIMAL_COMPOUND.test(written) || new RegExp(String.raw`${escaped}\s+(?:for|para|pour|per|für|voor)\s+(?:[\p{L}]+\s+)?${ANIMALS}`, 'iu').test(text))) return true;
  // "Crowns for dentists", "wholesale to cafes": the trade is whom the business serves.
  if (new RegExp(String.raw`(?<![\p{L}])(?:for|to)\s+(?:[\p{L}-]+\s+)?${escaped}(?![\p{L}])`, 'iu').test(text)) return true;
  if (new RegExp(String.raw`${escaped}['’]?s?['’]?\s+${FOLLOWING_HEADS}`, 'iu').test(text)) return true;
  return new RegExp(String.raw`${escaped}(?:['’]s)?(?:\s+[\p{L}-]+)?\s+${OTHER_HEADS}(?![\p{L}])`, 'iu').test(text);
}
