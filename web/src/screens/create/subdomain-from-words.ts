// A subdomain made of a text's opening words: whole words only, at most SUGGESTED_SUBDOMAIN_LENGTH characters, never
// a word cut in two. Small and free of the composer, so the templates dialog uses it without loading the name rules.

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

/** As many of the text's words as fit in the suggestion's length, joined by hyphens: `Petal & Stem` → `petal-stem`. */
export function wholeWordsSubdomain(text: string): string {
  const words = slugWords(text);
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
const OPENING_ARTICLE = /^\s*(?:a|an)\s+(?=\S)/i;

/** The opening phrase of a description (up to the first punctuation that ends one), as a subdomain. */
export function subdomainFromWords(text: string): string {
  const phrase = wholeWordsSubdomain((text.split(/[,.:;!?\n(—–]/)[0] ?? '').replace(OPENING_ARTICLE, ''));
  return phrase !== '' ? phrase : wholeWordsSubdomain(text.replace(OPENING_ARTICLE, ''));
}
