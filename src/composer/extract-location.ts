import { cleanFragment } from './clean-text.ts';
import { lookupCity, lookupRegion } from './gazetteer.ts';

// Where the business is: "in Austin TX", "in Portland, Oregon", "Boston's North End", "Serving Tampa Bay",
// "based in Vancouver", "em Belo Horizonte", and a street address when one is written out.

export interface LocationFacts {
  city: string | undefined;
  region: string | undefined;
  country: string | undefined;
  /** A neighbourhood or area: "North End", "Downtown". */
  area: string | undefined;
  street: string | undefined;
  postalCode: string | undefined;
}

const PLACE_WORD = String.raw`[\p{Lu}][\p{L}\p{M}'’.-]*`;
const PLACE = `${PLACE_WORD}(?:\\s+(?:(?:de|do|da|del|la|upon|on|sur|am)\\s+)?${PLACE_WORD}){0,3}`;

/** Triggers, strongest first. Keywords match any case; the place itself must be capitalised. */
const TRIGGERS = [
  /\b(?:based|located|situated|headquartered)\s+(?:in|on|at|near)\s+(?:the\s+)?/giu,
  /\b(?:serving|serve|serves|covering|covers)\s+(?:the\s+)?(?:greater\s+|all of\s+)?/giu,
  /(?<![\p{L}])(?:in|em|en|near|à|no|na)\s+(?:the\s+)?(?:heart of\s+|cent(?:er|re) of\s+|downtown\s+)?/giu,
];

const NOT_PLACES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'english', 'spanish', 'french', 'italian', 'portuguese',
  'german', 'chinese', 'japanese', 'person', 'the', 'a', 'an', 'our', 'your', 'my', 'saas', 'business', 'town', 'total', 'style',
  'black', 'white', 'blue', 'green', 'red', 'pink', 'gold', 'orange', 'purple', 'yellow', 'brown', 'grey', 'gray', 'instagram',
  'facebook', 'google', 'hd', 'i', 'we', 'it',
]);

const STREET = /\b(\d{1,5}\s+(?:[\p{Lu}][\p{L}\p{M}'’.-]*\s+){1,4}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Way|Drive|Dr|Square|Sq|Place|Pl|Court|Ct|Terrace|Parkway|Pkwy|Highway|Hwy|Row|Market)\b\.?)/u;
const POSTAL_CODES = [
  /\b[A-Z]{2}\s+(\d{5}(?:-\d{4})?)\b/u, // US: "TX 78701"
  /\b([A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})\b/u, // UK: "LS1 4AP"
  /\b([A-Z]\d[A-Z]\s?\d[A-Z]\d)\b/u, // Canada: "M5V 2T6"
];

export function extractLocation(text: string, businessName = ''): LocationFacts {
  const facts: LocationFacts = { city: undefined, region: undefined, country: undefined, area: undefined, street: undefined, postalCode: undefined };
  const found = findPlace(text, businessName);
  if (found !== undefined) Object.assign(facts, found);
  if (facts.area === undefined) {
    const area = /\b(downtown|uptown|midtown|city cent(?:er|re)|old town)\b/iu.exec(text)?.[1];
    if (area !== undefined) facts.area = area.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase());
  }
  facts.street = STREET.exec(text)?.[1]?.replace(/\.$/, '');
  for (const pattern of POSTAL_CODES) {
    const code = pattern.exec(text)?.[1];
    if (code !== undefined) {
      facts.postalCode = code;
      break;
    }
  }
  return facts;
}

function findPlace(text: string, businessName: string): Partial<LocationFacts> | undefined {
  const nameWords = new Set(businessName.toLowerCase().split(/\s+/));
  for (const trigger of TRIGGERS) {
    for (const match of text.matchAll(trigger)) {
      const start = match.index + match[0].length;
      const raw = new RegExp(`^${PLACE}`, 'u').exec(text.slice(start))?.[0];
      if (raw === undefined) continue;
      const place = trimPlace(raw);
      const words = place.split(/\s+/);
      if (place === '' || NOT_PLACES.has(words[0]?.toLowerCase() ?? '') || words.every((word) => nameWords.has(word.toLowerCase()))) continue;
      return describePlace(place, text.slice(start + raw.length));
    }
  }
  return undefined;
}

/** Cuts a place at a sentence end ("Brooklyn. Playful" → "Brooklyn"). */
function trimPlace(raw: string): string {
  const kept: string[] = [];
  for (const token of raw.split(/\s+/)) {
    if (token.endsWith('.') && !/^(?:St|Mt|Ft)\.$/.test(token)) {
      kept.push(token.slice(0, -1));
      break;
    }
    kept.push(token);
  }
  return cleanFragment(kept.join(' '), 50);
}

function describePlace(place: string, after: string): Partial<LocationFacts> {
  let words = place.split(/\s+/);
  let region: string | undefined;
  let country: string | undefined;
  let area: string | undefined;
  // "Austin TX": a trailing state or province code.
  const last = words[words.length - 1] ?? '';
  if (words.length > 1 && /^[A-Z]{2}$/.test(last) && lookupRegion(last) !== undefined) {
    ({ region, country } = lookupRegion(last)!);
    words = words.slice(0, -1);
  }
  // "Boston's North End": a city and a neighbourhood.
  const possessive = words.findIndex((word) => /['’]s$/.test(word));
  if (possessive >= 0 && possessive < words.length - 1) {
    area = words.slice(possessive + 1).join(' ');
    words = [...words.slice(0, possessive), (words[possessive] ?? '').replace(/['’]s$/, '')];
  }
  let city: string | undefined = words.join(' ').replace(/['’]s$/, '');
  // "Portland, Oregon" / "Leeds, UK": a region or country after a comma.
  if (region === undefined) {
    const next = new RegExp(`^,\\s*(${PLACE})`, 'u').exec(after)?.[1] ?? /^\s+([A-Z]{2})\b/u.exec(after)?.[1];
    const known = next !== undefined ? lookupRegion(trimPlace(next)) : undefined;
    if (known !== undefined) ({ region, country } = known);
  }
  // A place that is itself a region or a country ("in Texas", "in Portugal").
  const itself = lookupRegion(city);
  if (itself !== undefined && lookupCity(city) === undefined) {
    return { region: itself.region || undefined, country: itself.country, area };
  }
  const known = lookupCity(city);
  if (known !== undefined) {
    region ??= known.region || undefined;
    country ??= known.country;
  }
  if (city === '') city = undefined;
  return { city, region, country, area };
}
