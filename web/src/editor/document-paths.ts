// Reading a Site by JSON Pointer and building the operations the editor sends: set a value (add when it is
// missing, remove when it is emptied and optional), and find the prop a piece of preview text came from.
import { formatPointer, getAt, parsePointer, type JsonValue, type PatchOperation } from '../../../src/patch/index.ts';
import type { Site } from '../../../src/site/index.ts';

/** `['pages', 0, 'title']` → `/pages/0/title`; a dotted field path (`primaryAction.label`) is split. */
export function pointer(...segments: (string | number)[]): string {
  return formatPointer(segments.flatMap((segment) => (typeof segment === 'string' ? segment.split('.') : [String(segment)])));
}

export function valueAt(site: Site, path: string): unknown {
  try {
    return getAt(site as unknown as JsonValue, parsePointer(path));
  } catch {
    return undefined;
  }
}

/** The operation that makes `path` hold `value` (`undefined` removes it). */
export function setOperation(site: Site, path: string, value: unknown): PatchOperation[] {
  const current = valueAt(site, path);
  if (value === undefined) return current === undefined ? [] : [{ op: 'remove', path }];
  if (current === undefined) return [{ op: 'add', path, value: value as JsonValue }];
  return [{ op: 'replace', path, value: value as JsonValue }];
}

/** The plain text of a localized string in the site's default locale. */
export function plainText(value: unknown, locale: string): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object') {
    const texts = value as Record<string, unknown>;
    const text = texts[locale] ?? Object.values(texts)[0];
    return typeof text === 'string' ? text : '';
  }
  return '';
}

/** Where a text lives: a plain string, or the default locale's entry of a localized one. */
export function textPointer(value: unknown, path: string, locale: string): string {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? `${path}/${locale}` : path;
}

/** The pointer (under `root`) of the string prop whose text is `text`, searching nested objects and lists. */
export function findTextPath(value: unknown, text: string, root: string, locale: string): string | null {
  if (typeof value === 'string') return value.trim() === text ? root : null;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = findTextPath(value[index], text, `${root}/${index}`, locale);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length > 0 && entries.every(([key]) => /^[a-z]{2,3}(-[A-Z]{2})?$/.test(key))) {
      const localizedText = (value as Record<string, unknown>)[locale];
      if (typeof localizedText === 'string' && localizedText.trim() === text) return `${root}/${locale}`;
    }
    for (const [key, child] of entries) {
      const found = findTextPath(child, text, `${root}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, locale);
      if (found) return found;
    }
  }
  return null;
}

/** A fresh id for a copy or a new section: `<base>-<n>` not used anywhere in the site. */
export function uniqueSectionId(site: Site, base: string): string {
  const used = new Set(site.pages.flatMap((page) => page.sections.map((section) => section.id)));
  const stem = base.replace(/-\d+$/, '').slice(0, 56) || 'section';
  if (!used.has(stem)) return stem;
  for (let number = 2; ; number += 1) {
    const candidate = `${stem}-${number}`;
    if (!used.has(candidate)) return candidate;
  }
}
