// Which strings of a Site a visitor reads in a language — found by the schema itself, not a list of field names:
// every string is offered as a localized `{ <default locale>: text }` and the Site schema says where that is
// not allowed (ids, links, colours, enums, emails, the business name…). What it accepts is translatable.
import { formatPointer, parsePointer, type JsonValue } from '../patch/index.ts';
import { issuesToErrors, LocaleCode, SiteShape, type Site } from '../site/index.ts';

export interface TranslatableText {
  /** JSON Pointer of the localized string (a plain string, or an object of translations). */
  path: string;
  /** The text in the site's default locale. */
  text: string;
}

/**
 * Strings that are certainly not prose — links, colours, times, emails, phone numbers, and single lowercase tokens
 * (ids, slugs, enum values) — are not offered at all: the schema would refuse them anyway, and each refusal costs
 * a parse.
 */
const NOT_PROSE = /^(page:|https?:|mailto:|tel:|asset:|#|\/)|^#[0-9a-f]{6}$|^[a-z0-9]+(-[a-z0-9]+)*$|^\d{2}:\d{2}$|^[^\s@]+@[^\s@]+$|^[+0-9 ().-]+$/;

export function translatableTexts(site: Site): TranslatableText[] {
  const locale = site.locales.default;
  const candidates = new Map<string, TranslatableText>();
  const visit = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      if (value.trim() !== '' && !NOT_PROSE.test(value)) candidates.set(formatPointer(path), { path: formatPointer(path), text: value });
    } else if (Array.isArray(value)) {
      value.forEach((child, index) => visit(child, [...path, index]));
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      const isLocalized = entries.length > 0 && entries.every(([key, child]) => LocaleCode.safeParse(key).success && typeof child === 'string');
      if (isLocalized && typeof (value as Record<string, unknown>)[locale] === 'string') {
        const text = (value as Record<string, string>)[locale]!;
        if (text.trim() !== '') candidates.set(formatPointer(path), { path: formatPointer(path), text });
        return;
      }
      for (const [key, child] of entries) visit(child, [...path, key]);
    }
  };
  visit(site, []);

  // Offer every candidate as localized text; drop those the schema refuses, until it accepts the rest.
  for (let round = 0; round < 8 && candidates.size > 0; round += 1) {
    const trial = structuredClone(site) as unknown as JsonValue;
    for (const { path, text } of candidates.values()) setAt(trial, path, { [locale]: text });
    // The shape without the document-wide checks (ids, links), which an id offered as text would trip elsewhere.
    const result = SiteShape.safeParse(trial);
    if (result.success) break;
    let dropped = 0;
    for (const error of issuesToErrors(result.error.issues)) {
      const pointer = `/${error.path}`;
      const related = (path: string, at: string) => path === at || path.startsWith(`${at}/`) || at.startsWith(`${path}/`);
      let matched = [...candidates.keys()].filter((path) => related(path, pointer));
      // A union reports its own branch's field (`hours/monday/closed` for an offered `…/open`): drop the siblings.
      if (matched.length === 0) matched = [...candidates.keys()].filter((path) => path.startsWith(`${pointer.slice(0, pointer.lastIndexOf('/'))}/`));
      for (const path of matched) dropped += Number(candidates.delete(path));
    }
    if (dropped === 0) return []; // the document itself is invalid: translate nothing rather than guess
  }
  return [...candidates.values()];
}

function setAt(document: JsonValue, pointer: string, value: JsonValue): void {
  const segments = parsePointer(pointer);
  let parent = document as Record<string, JsonValue>;
  for (const segment of segments.slice(0, -1)) parent = parent[segment] as Record<string, JsonValue>;
  parent[segments.at(-1)!] = value;
}
