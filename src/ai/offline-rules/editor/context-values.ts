import { formatPointer, getAt, parsePointer, type JsonValue, type PatchOperation } from '../../../patch/index.ts';
import type { EditContext } from '../../edit-context.ts';

// Reading the values the context shows, and writing text so that localized strings keep their other languages.

/** The value at `pointer`, read from the context entry that contains it (undefined when none shows it). */
export function valueAt(context: EditContext, pointer: string): JsonValue | undefined {
  const segments = parsePointer(pointer);
  for (const entry of context.entries) {
    if (entry.note !== undefined && entry.path !== pointer) continue;
    const prefix = parsePointer(entry.path);
    if (prefix.length > segments.length || !prefix.every((segment, index) => segments[index] === segment)) continue;
    const found = getAt(entry.value, segments.slice(prefix.length));
    if (found !== undefined) return found;
  }
  return undefined;
}

export function isRecord(value: unknown): value is { [key: string]: JsonValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Plain text of a localized string in `locale` (or its first translation). */
export function textOf(value: JsonValue | undefined, locale: string): string {
  if (typeof value === 'string') return value;
  if (isRecord(value)) {
    const text = value[locale] ?? Object.values(value)[0];
    return typeof text === 'string' ? text : '';
  }
  return '';
}

/**
 * The operation that sets the text at `pointer`: on a multi-locale string (`{en, pt}`) only the site's default
 * locale changes, since the other languages are translations the person did not ask to touch.
 */
export function writeText(pointer: string, current: JsonValue | undefined, text: string, locale: string): PatchOperation {
  if (isRecord(current)) return { op: 'add', path: formatPointer([...parsePointer(pointer), locale]), value: text };
  return current === undefined ? { op: 'add', path: pointer, value: text } : { op: 'replace', path: pointer, value: text };
}

export function sectionPointer(pageIndex: number, sectionIndex: number, ...rest: (string | number)[]): string {
  return formatPointer(['pages', pageIndex, 'sections', sectionIndex, ...rest]);
}
