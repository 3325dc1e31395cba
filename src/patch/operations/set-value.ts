// Setting one value: what every field of the editor does. A value is added where it is missing, replaced where it
// is present and removed when it becomes undefined; an emptied value the schema refuses (an optional link, an
// email) is removed instead when removing is allowed. Text follows the site's languages: where the text is
// translated (`{ en: …, pt: … }`), the default locale's entry is set.
import type { Site } from '../../site/index.ts';
import { formatPointer, type JsonValue, type PatchOperation } from '../json-patch.ts';
import { applySitePatch } from '../site-patch.ts';
import { readAt } from './locate.ts';

/** The operations that make `path` hold `value` (`undefined` removes it; nothing to do gives `[]`). */
export function setValue(site: Site, path: string, value: unknown): PatchOperation[] {
  const current = readAt(site, path);
  if (value === undefined) return current === undefined ? [] : [{ op: 'remove', path }];
  if (current === undefined) return [{ op: 'add', path, value: value as JsonValue }];
  const replacement: PatchOperation[] = [{ op: 'replace', path, value: value as JsonValue }];
  if (value === '') {
    const removal: PatchOperation[] = [{ op: 'remove', path }];
    if (!applySitePatch(site, replacement).ok && applySitePatch(site, removal).ok) return removal;
  }
  return replacement;
}

/** Whether `value` is translated text: an object of locale codes to strings. */
function isLocalizedText(value: unknown): value is Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, text]) => /^[a-z]{2,3}(-[A-Z]{2})?$/.test(key) && typeof text === 'string');
}

/** Sets text at `path`; translated text gets its default locale's entry set. */
export function setText(site: Site, path: string, text: string | undefined): PatchOperation[] {
  const current = readAt(site, path);
  return setValue(site, isLocalizedText(current) ? `${path}${formatPointer([site.locales.default])}` : path, text);
}
