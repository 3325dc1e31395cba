import type { BusinessFlags } from './facts.ts';

// Smaller facts: the language of the description, who the business serves, the year it was founded, words that
// qualify it ("vegan", "family", "Italian") and yes/no details such as "licensed and insured".

const ENGLISH = new Set([
  'the', 'a', 'an', 'and', 'or', 'for', 'with', 'in', 'of', 'to', 'our', 'we', 'is', 'are', 'my', 'i', 'on', 'at', 'by', 'from',
  'that', 'this', 'your', 'you', 'it', 'as', 'be', 'help', 'helps', 'business', 'services', 'service', 'open', 'small', 'based',
  'located', 'serving', 'offering', 'called', 'named', 'local', 'shop', 'fix', 'fixes', 'make', 'sell', 'sells', 'new', 'best',
  'cheap', 'fast', 'quick', 'website', 'page', 'site', 'create', 'build', 'need', 'want', 'who', 'what', 'every', 'day', 'all',
  'family', 'owned', 'since', 'available', 'online', 'people', 'home', 'homes', 'clean', 'modern', 'friendly', 'store', 'company',
]);
const OTHER_LANGUAGES = new Set([
  'em', 'com', 'de', 'do', 'da', 'dos', 'das', 'e', 'para', 'uma', 'um', 'não', 'nao', 'nosso', 'nossa', 'y', 'con', 'el', 'los',
  'las', 'en', 'del', 'para', 'und', 'der', 'die', 'das', 'mit', 'für', 'ein', 'eine', 'le', 'les', 'des', 'et', 'pour', 'avec',
  'une', 'du', 'au', 'aux', 'het', 'een', 'il', 'di', 'della', 'per', 'che', 'sono', 'est', 'es', 'och', 'och', 'til', 'ist',
]);

/** 'en' when the words read as English, 'other' for another language, 'unknown' when there is too little to tell. */
export function detectLanguage(text: string): 'en' | 'other' | 'unknown' {
  const words = text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? [];
  const english = words.filter((word) => ENGLISH.has(word)).length;
  const other = words.filter((word) => OTHER_LANGUAGES.has(word)).length;
  if (english === 0 && other === 0) return 'unknown';
  if (other > english && english / Math.max(words.length, 1) < 0.12) return 'other';
  return 'en';
}

/** Who the business serves: "for small businesses", "helps e-commerce teams", "for freelancers and small firms". */
export function extractAudience(text: string): string | undefined {
  const patterns = [
    /\b(?:helps?|helping)\s+((?:[\p{Ll}-]+\s+){0,3}(?:teams?|buyers?|businesses|companies|owners?|families|people|students|parents|brands|founders|startups|dwellers|clients|customers|homeowners|freelancers|creators|retailers|shops|nonprofits|organi[sz]ations|kids|children|adults|seniors|athletes|beginners|professionals))\b/iu,
    /\bfor\s+((?:[\p{Ll}-]+\s+){0,3}(?:teams?|buyers?|businesses|companies|owners?|families|people|students|parents|brands|founders|startups|dwellers|clients|customers|homeowners|freelancers|creators|retailers|shops|nonprofits|organi[sz]ations|kids|children|adults|seniors|athletes|beginners|professionals|firms)(?:\s+and\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+s)?)\b/iu,
  ];
  for (const pattern of patterns) {
    const audience = pattern.exec(text)?.[1];
    if (audience !== undefined && !/\b(?:all|every|any)\b/i.test(audience.split(/\s+/)[0] ?? '')) return audience.replace(/\s+/g, ' ').trim();
  }
  return undefined;
}

export function extractFoundedYear(text: string): number | undefined {
  const year = /\b(?:since|established|est\.?|founded(?:\s+in)?|opened(?:\s+in)?|serving\s+\S+\s+since)\s+((?:18|19|20)\d{2})\b/i.exec(text)?.[1];
  return year === undefined ? undefined : Number(year);
}

const QUALIFIERS = [
  'vegan', 'vegetarian', 'plant-based', 'gluten-free', 'organic', 'halal', 'kosher', 'artisan', 'artisanal', 'independent', 'boutique',
  'specialty', 'freelance', 'mobile', 'italian', 'french', 'mexican', 'japanese', 'thai', 'indian', 'chinese', 'greek', 'lebanese',
  'korean', 'vietnamese', 'spanish', 'portuguese', 'mediterranean', 'caribbean', 'ethiopian', 'turkish', 'handmade', 'family',
];
const DIETARY = new Set(['vegan', 'vegetarian', 'plant-based', 'gluten-free', 'organic', 'halal', 'kosher']);

/** Qualifiers in the order written; "family-owned"/"family run" count as "family-owned". */
export function extractQualifiers(text: string): string[] {
  const found: string[] = [];
  const pattern = new RegExp(`(?<![\\p{L}-])(${QUALIFIERS.join('|')})(?:[- ](owned|run))?(?![\\p{L}-])`, 'giu');
  for (const match of text.matchAll(pattern)) {
    const word = (match[1] ?? '').toLowerCase();
    const qualifier = match[2] !== undefined ? `${word}-${match[2].toLowerCase()}` : word;
    if (!found.includes(qualifier)) found.push(qualifier);
  }
  return found.slice(0, 3);
}

export function isDietary(qualifier: string): boolean {
  return DIETARY.has(qualifier);
}

export function extractFlags(text: string): BusinessFlags {
  return {
    isFamilyOwned: /\bfamily[- ](?:owned|run)\b/i.test(text),
    isLicensed: /\blicen[sc]ed\b/i.test(text),
    isInsured: /\binsured\b/i.test(text),
    hasOnline: /\bonline\b|\bvirtual\b|\bremote(?:ly)?\b/i.test(text),
    hasInPerson: /\bin[- ]person\b|\bface[- ]to[- ]face\b/i.test(text),
    hasPickup: /\bpick-?up\b/i.test(text),
    hasDelivery: /\bdeliver(?:y|ies|s)?\b/i.test(text),
    canTravel: /\b(?:available for travel|will travel|travels?\s+(?:anywhere|worldwide|nationwide)|destination)\b/i.test(text),
    hasFreeConsultation: /\bfree (?:consultations?|quotes?|estimates?|assessments?|trials?)\b/i.test(text),
    hasEmergency: /\bemergenc(?:y|ies)\b/i.test(text),
  };
}
