import { z } from 'zod';

/** A locale code: `en`, `pt`, `pt-BR`. */
export const LocaleCode = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'Use a locale code such as "en" or "pt-BR"');
export type LocaleCode = z.infer<typeof LocaleCode>;

/**
 * Text a visitor reads: a plain string on single-locale sites, or `{ en: "…", pt: "…" }` once a site has
 * several locales.
 */
export function localized(max: number) {
  const plain = z.string().max(max, `Keep this under ${max} characters`);
  return z.union([plain, z.record(LocaleCode, plain)]);
}

export const ShortText = localized(200);
export const LongText = localized(2_000);
export const RichText = localized(20_000);
export type LocalizedText = z.infer<typeof LongText>;

/** The text for `locale`, falling back to `fallback`, then to any translation present. */
export function resolveText(text: LocalizedText | undefined, locale: string, fallback = locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}
