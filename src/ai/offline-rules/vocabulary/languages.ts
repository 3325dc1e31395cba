// Language names, in English and in the language itself, with the locale code a site uses for each
// ("Spanish", "español" → es). Shared by the offline intent classifier and the offline editor.
import { phrasePattern } from './phrases.ts';

export const LANGUAGES: Readonly<Record<string, string>> = {
  english: 'en', spanish: 'es', 'español': 'es', espanol: 'es', castilian: 'es', portuguese: 'pt', 'português': 'pt', portugues: 'pt',
  'brazilian portuguese': 'pt-BR', brazilian: 'pt-BR', french: 'fr', 'français': 'fr', francais: 'fr', german: 'de', deutsch: 'de',
  italian: 'it', italiano: 'it', dutch: 'nl', nederlands: 'nl', flemish: 'nl', japanese: 'ja', '日本語': 'ja', chinese: 'zh',
  mandarin: 'zh', 'simplified chinese': 'zh', 'traditional chinese': 'zh-Hant', cantonese: 'zh-Hant', '中文': 'zh', korean: 'ko',
  '한국어': 'ko', russian: 'ru', 'русский': 'ru', ukrainian: 'uk', polish: 'pl', polski: 'pl', czech: 'cs', slovak: 'sk',
  hungarian: 'hu', romanian: 'ro', bulgarian: 'bg', greek: 'el', turkish: 'tr', 'türkçe': 'tr', arabic: 'ar', 'العربية': 'ar',
  hebrew: 'he', persian: 'fa', farsi: 'fa', hindi: 'hi', bengali: 'bn', urdu: 'ur', punjabi: 'pa', tamil: 'ta', thai: 'th',
  vietnamese: 'vi', indonesian: 'id', malay: 'ms', filipino: 'fil', tagalog: 'fil', swahili: 'sw', swedish: 'sv', svenska: 'sv',
  norwegian: 'nb', norsk: 'nb', danish: 'da', dansk: 'da', finnish: 'fi', suomi: 'fi', icelandic: 'is', irish: 'ga', welsh: 'cy',
  catalan: 'ca', 'català': 'ca', basque: 'eu', galician: 'gl', croatian: 'hr', serbian: 'sr', slovenian: 'sl', lithuanian: 'lt',
  latvian: 'lv', estonian: 'et', afrikaans: 'af', albanian: 'sq',
};

const LANGUAGE_PATTERN = phrasePattern(Object.keys(LANGUAGES), 'giu');

/** The locale code of a language name ("Portuguese" → pt), or undefined. */
export function localeForLanguage(name: string): string | undefined {
  return LANGUAGES[name.trim().toLowerCase()];
}

/** The locale codes of every language named in `text`, in order, without repeats. */
export function findLanguages(text: string): string[] {
  const codes: string[] = [];
  for (const match of text.matchAll(LANGUAGE_PATTERN)) {
    const code = localeForLanguage(match[0]) ?? localeForLanguage(match[0].replace(/s$/i, ''));
    if (code !== undefined && !codes.includes(code)) codes.push(code);
  }
  return codes;
}
