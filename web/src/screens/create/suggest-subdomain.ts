// The subdomain the create form suggests: the business name the offline composer reads from the description
// ("… a mobile car detailing service called Shine" → `shine`), else the description's opening words; whole words
// only, at most SUGGESTED_SUBDOMAIN_LENGTH characters, never a word cut in two.
import { extractName } from '../../../../src/composer/index.ts';

/** Longest suggestion, in characters: short enough to read and type, long enough for a name. */
export const SUGGESTED_SUBDOMAIN_LENGTH = 30;

/** The longest a subdomain may be (DNS label); a single word longer than the suggestion keeps to this. */
const MAX_SUBDOMAIN_LENGTH = 63;

/** Words in lower-case ASCII letters and digits: `Café Açaí & Co` → ['cafe', 'acai', 'co']. */
function slugWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** As many whole words as fit in the suggestion's length, joined by hyphens. */
function wholeWords(words: readonly string[]): string {
  let suggestion = '';
  for (const word of words) {
    const longer = suggestion === '' ? word : `${suggestion}-${word}`;
    if (longer.length > SUGGESTED_SUBDOMAIN_LENGTH) break;
    suggestion = longer;
  }
  // One word longer than the suggestion's length: the word whole, as long as a subdomain may be.
  if (suggestion === '' && words[0] !== undefined) return words[0].slice(0, MAX_SUBDOMAIN_LENGTH);
  return suggestion;
}

/** Articles that open a description rather than a name: "A family bakery in Porto" → `family-bakery-in-porto`. */
const OPENING_ARTICLES = new Set(['a', 'an']);

/** A subdomain suggested by a business description: `Crumb & Co, a bakery` → `crumb-co`. */
export function suggestSubdomain(description: string): string {
  const text = description.trim();
  if (text === '') return '';
  const name = extractName(text)?.name;
  const nameWords = name === undefined ? [] : slugWords(name);
  if (nameWords.length > 0) return wholeWords(nameWords);
  // No name found: the opening words, up to the first punctuation that ends a phrase.
  const phrase = slugWords(text.split(/[,.:;!?\n(—–]/)[0] ?? '');
  const opening = phrase.length > 0 ? phrase : slugWords(text);
  const words = opening.length > 1 && OPENING_ARTICLES.has(opening[0]!) ? opening.slice(1) : opening;
  return wholeWords(words);
}
