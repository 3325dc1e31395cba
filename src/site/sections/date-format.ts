// Dates and times as a page's language writes them, for the sections that show them (hours, blog posts).
// Making an Intl.DateTimeFormat costs about a third of a millisecond — more than rendering the rest of an hours
// table — and a site needs a handful, so each is made once; past MAX_FORMATTERS (odd locales) they are made afresh.

const FORMATS = {
  weekdayLong: { weekday: 'long' },
  weekdayShort: { weekday: 'short' },
  time: { hour: 'numeric', minute: '2-digit' },
  date: { year: 'numeric', month: 'long', day: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateFormat = keyof typeof FORMATS;

const MAX_FORMATTERS = 64;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The formatter of `format` in `locale` (English when the runtime doesn't know the locale), in UTC. */
export function dateFormatter(locale: string, format: DateFormat): Intl.DateTimeFormat {
  const key = `${format} ${locale}`;
  let made = formatters.get(key);
  if (made === undefined) {
    const options: Intl.DateTimeFormatOptions = { ...FORMATS[format], timeZone: 'UTC' };
    try {
      made = new Intl.DateTimeFormat(locale, options);
    } catch {
      made = new Intl.DateTimeFormat('en', options);
    }
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    formatters.set(key, made);
  }
  return made;
}
