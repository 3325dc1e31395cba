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

/** Chinese is written in two scripts, so its regional variants always say which one they use. */
const SCRIPT_NAMES: Record<string, string> = {
  'zh-CN': '简体中文',
  'zh-SG': '简体中文',
  'zh-TW': '繁體中文',
  'zh-HK': '繁體中文',
};

/** Regions people expect spelled out when a site has two variants of one language; others show their code. */
const REGION_NAMES: Record<string, Record<string, string>> = {
  en: { GB: 'UK', US: 'US' },
  es: { ES: 'España', MX: 'México', AR: 'Argentina' },
  fr: { FR: 'France', CA: 'Canada', BE: 'Belgique', CH: 'Suisse' },
  pt: { BR: 'Brasil', PT: 'Portugal' },
  de: { DE: 'Deutschland', AT: 'Österreich', CH: 'Schweiz' },
};

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur']);

const languageOf = (locale: string) => locale.split('-')[0] ?? locale;

/**
 * The locale's language in its own words: "Español" for `es`. A regional variant (`pt-BR`) says its region —
 * "Português (Brasil)" — only when `siteLocales` hold another variant of the same language; an unknown language
 * shows its code.
 */
export function languageName(locale: string, siteLocales: readonly string[] = []): string {
  const script = SCRIPT_NAMES[locale];
  if (script) return script;
  const [language = locale, region] = locale.split('-');
  const name = OWN_NAMES[language];
  if (!name) return locale;
  const isAmbiguous = siteLocales.some((other) => other !== locale && languageOf(other) === language);
  return region && isAmbiguous ? `${name} (${REGION_NAMES[language]?.[region] ?? region})` : name;
}

/** The short code a compact switcher shows: `ES`; `PT-BR` only when the site also has another Portuguese. */
export function languageCode(locale: string, siteLocales: readonly string[] = []): string {
  const language = languageOf(locale);
  const isAmbiguous = siteLocales.some((other) => other !== locale && languageOf(other) === language);
  return (isAmbiguous ? locale : language).toUpperCase();
}

/** Whether the locale's script runs right to left, so its pages need `dir="rtl"`. */
export function isRightToLeft(locale: string): boolean {
  return RIGHT_TO_LEFT.has(languageOf(locale));
}
