// Phrase books of the languages PageHub composes sites in besides English (see ./phrase-book.ts).
import { german } from './de.ts';
import { spanish } from './es.ts';
import { french } from './fr.ts';
import { italian } from './it.ts';
import { dutch } from './nl.ts';
import type { PhraseBook, PhraseLocale } from './phrase-book.ts';
import { portuguese } from './pt.ts';

export type { LegalSection, PhraseBook, PhraseLocale } from './phrase-book.ts';
export { listedItems } from './listed-items.ts';

export const PHRASE_BOOKS: Readonly<Record<PhraseLocale, PhraseBook>> = { pt: portuguese, es: spanish, fr: french, de: german, it: italian, nl: dutch };

/** "{name} fica{inPlace}." with the values given; a token without a value is left out. */
export function say(template: string, values: Readonly<Record<string, string>>): string {
  return template
    .replace(/\{(\w+)\}/g, (_token, key: string) => values[key] ?? '')
    .replace(/ {2,}/g, ' ')
    .replace(/ ([.,])/g, '$1')
    .trim();
}
