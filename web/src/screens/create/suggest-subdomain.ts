// The subdomain the create form suggests: the business name the offline composer reads from the description
// ("… a mobile car detailing service called Shine" → `shine`), else the description's opening words; whole words
// only, at most SUGGESTED_SUBDOMAIN_LENGTH characters. The composer's rules are large: the form loads this file
// in its own chunk (use-subdomain-suggestion.ts).
import { extractName } from '../../../../src/composer/index.ts';
import { subdomainFromWords, wholeWordsSubdomain } from './subdomain-from-words.ts';

export { SUGGESTED_SUBDOMAIN_LENGTH } from './subdomain-from-words.ts';

/** A subdomain suggested by a business description: `Crumb & Co, a bakery` → `crumb-co`. */
export function suggestSubdomain(description: string): string {
  const text = description.trim();
  if (text === '') return '';
  const name = extractName(text)?.name;
  const fromName = name === undefined ? '' : wholeWordsSubdomain(name);
  return fromName !== '' ? fromName : subdomainFromWords(text);
}
