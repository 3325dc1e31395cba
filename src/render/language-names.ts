/**
 * Each language's name in its own language, for the language switcher ("Español", not "Spanish"). A fixed table
 * rather than `Intl.DisplayNames`, so the output is the same bytes on every runtime.
 */
const OWN_NAMES: Record<string, string> = {
  ar: 'العربية',
  bg: 'Български',
  ca: 'Català',
  cs: 'Čeština',
  da: 'Dansk',
  de: 'Deutsch',
  el: 'Ελληνικά',
  en: 'English',
  es: 'Español',
  et: 'Eesti',
  eu: 'Euskara',
  fa: 'فارسی',
  fi: 'Suomi',
  fr: 'Français',
  ga: 'Gaeilge',
  gl: 'Galego',
  he: 'עברית',
  hi: 'हिन्दी',
  hr: 'Hrvatski',
  hu: 'Magyar',
  id: 'Bahasa Indonesia',
  is: 'Íslenska',
  it: 'Italiano',
  ja: '日本語',
  ko: '한국어',
  lt: 'Lietuvių',
  lv: 'Latviešu',
  ms: 'Bahasa Melayu',
  nb: 'Norsk bokmål',
  nl: 'Nederlands',
  no: 'Norsk',
  pl: 'Polski',
  pt: 'Português',
  ro: 'Română',
  ru: 'Русский',
  sk: 'Slovenčina',
  sl: 'Slovenščina',
  sr: 'Српски',
  sv: 'Svenska',
  th: 'ไทย',
  tl: 'Tagalog',
  tr: 'Türkçe',
  uk: 'Українська',
  ur: 'اردو',
  vi: 'Tiếng Việt',
  zh: '中文',
};

/** Regional variants people expect spelled out; other regions show their code: "English (IE)". */
const REGIONAL_NAMES: Record<string, string> = {
  'en-GB': 'English (UK)',
  'en-US': 'English (US)',
  'es-ES': 'Español (España)',
  'es-MX': 'Español (México)',
  'fr-CA': 'Français (Canada)',
  'pt-BR': 'Português (Brasil)',
  'pt-PT': 'Português (Portugal)',
  'zh-CN': '简体中文',
  'zh-TW': '繁體中文',
  'zh-HK': '繁體中文 (香港)',
};

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

/** "Español" for `es`, "Português (Brasil)" for `pt-BR`, the code itself for a language we do not know. */
export function languageName(locale: string): string {
  const regional = REGIONAL_NAMES[locale];
  if (regional) return regional;
  const [language = locale, region] = locale.split('-');
  const name = OWN_NAMES[language];
  if (!name) return locale;
  return region ? `${name} (${region})` : name;
}

/** Whether the locale's script runs right to left, so its pages need `dir="rtl"`. */
export function isRightToLeft(locale: string): boolean {
  return RIGHT_TO_LEFT.has(locale.split('-')[0] ?? locale);
}
