import { isStopword, stem, words } from '../trades/text.ts';

/** The English stems of a text's words, function words left out: what drawings' tags and trades' names are compared by. */
export function artWords(text: string): string[] {
  return words(text)
    .filter((word) => word.length > 1 && !isStopword(word, 'en'))
    .map((word) => stem(word, 'en'));
}
