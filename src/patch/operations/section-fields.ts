// The content of a section: one field's value, and the items of a list field (quotes, features, menu items…).
// `path` is a JSON Pointer inside the section's props: `/heading`, `/primaryAction/label`, `/items/2/quote`.
import type { Site } from '../../site/index.ts';
import type { JsonValue, PatchOperation } from '../json-patch.ts';
import { checkIndex, DocumentOperationError, fieldValue, locateSection } from './locate.ts';
import { setText, setValue } from './set-value.ts';

function propsPath(site: Site, sectionId: string, path: string): string {
  if (path !== '' && !path.startsWith('/')) throw new DocumentOperationError(`"${path}" is not a JSON Pointer inside the section's props (it must start with /)`);
  return `${locateSection(site, sectionId).path}/props${path}`;
}

/**
 * Sets a field of a section to `value` (`undefined` removes it). Text replaces the default locale's entry of a
 * translated text; an emptied value the schema refuses is removed when it may be.
 */
export function setField(site: Site, sectionId: string, path: string, value: unknown): PatchOperation[] {
  const target = propsPath(site, sectionId, path);
  const operations = typeof value === 'string' ? setText(site, target, value) : setValue(site, target, value);
  const sample = operations.length > 0 ? enclosingSample(site, sectionId, path) : undefined;
  return sample === undefined ? operations : [...operations, ...keepSample(site, sectionId, sample)];
}

/**
 * Makes a sample item (`sample: true`, see Sample in src/site) the person's own: the flag goes, the item stays.
 * `itemPath` is the item's pointer inside the section's props (`/items/1`); `[]` when it is no sample.
 */
export function keepSample(site: Site, sectionId: string, itemPath: string): PatchOperation[] {
  const item = fieldValue(site, sectionId, itemPath);
  if (item === null || typeof item !== 'object' || (item as Record<string, unknown>).sample !== true) return [];
  return [{ op: 'remove', path: `${propsPath(site, sectionId, itemPath)}/sample` }];
}

/** The sample item a field belongs to (its pointer inside the props), if it belongs to one. */
function enclosingSample(site: Site, sectionId: string, path: string): string | undefined {
  const segments = path.split('/');
  for (let length = segments.length - 1; length > 1; length -= 1) {
    const itemPath = segments.slice(0, length).join('/');
    if (keepSample(site, sectionId, itemPath).length > 0) return itemPath;
  }
  return undefined;
}

function listAt(site: Site, sectionId: string, listPath: string): JsonValue[] {
  const list = fieldValue(site, sectionId, listPath);
  if (!Array.isArray(list)) throw new DocumentOperationError(`"${listPath}" is not a list in section "${sectionId}"`);
  return list as JsonValue[];
}

/** Appends a copy of the list's last item (so it starts valid); `[]` for an empty list, which has nothing to copy. */
export function addListItem(site: Site, sectionId: string, listPath: string): PatchOperation[] {
  const last = listAt(site, sectionId, listPath).at(-1);
  if (last === undefined) return [];
  return [{ op: 'add', path: `${propsPath(site, sectionId, listPath)}/-`, value: structuredClone(last) }];
}

/** Moves item `from` of a list to `to` (`[]` when they are the same). */
export function moveListItem(site: Site, sectionId: string, listPath: string, from: number, to: number): PatchOperation[] {
  const list = listAt(site, sectionId, listPath);
  checkIndex(from, list.length, 'Item');
  checkIndex(to, list.length, 'Position');
  if (from === to) return [];
  const path = propsPath(site, sectionId, listPath);
  return [{ op: 'move', from: `${path}/${from}`, path: `${path}/${to}` }];
}

export function removeListItem(site: Site, sectionId: string, listPath: string, index: number): PatchOperation[] {
  checkIndex(index, listAt(site, sectionId, listPath).length, 'Item');
  return [{ op: 'remove', path: `${propsPath(site, sectionId, listPath)}/${index}` }];
}
