// Reading a Site by JSON Pointer, and finding the prop a piece of preview text came from. The operations the
// editor sends are the named document operations of src/patch (addSection, setField…).
import { formatPointer, getAt, parsePointer, type JsonValue } from '../../../src/patch/index.ts';
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
