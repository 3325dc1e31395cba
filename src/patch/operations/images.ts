// Pictures across the whole site: one picture put in another's place everywhere it is shown — every section,
// the logo and the search previews — as one change, so one undo brings the old picture back.
import type { Site } from '../../site/index.ts';
import { formatPointer, type PatchOperation } from '../json-patch.ts';

/** The pixel size of the new picture, so the images that show it keep the right shape. */
export interface ImageSize {
  width: number;
  height: number;
}

type Walked = string | number | boolean | null | undefined | Walked[] | { [key: string]: Walked };

/** The keys that hold a picture's source: an image's `src`, the logo's `src`, a search preview's `image`. */
const SOURCE_KEYS = new Set(['src', 'image']);

/**
 * The operations that show `toSrc` (`asset:<id>`) wherever `fromSrc` is shown now (a `src` or a search preview's
 * `image`). An image object (`{src, alt,
 * width, height}`) that changes also takes `size`, when given; alt text stays. Nothing uses `fromSrc`: `[]`.
 */
export function replaceImageEverywhere(site: Site, fromSrc: string, toSrc: string, size?: ImageSize): PatchOperation[] {
  if (fromSrc === toSrc) return [];
  const operations: PatchOperation[] = [];
  const visit = (value: Walked, path: (string | number)[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
      return;
    }
    if (value === null || typeof value !== 'object') {
      // Text that happens to read "asset:…" (a heading, a caption) is not a picture: only sources change.
      if (value === fromSrc && SOURCE_KEYS.has(String(path.at(-1)))) operations.push({ op: 'replace', path: formatPointer(path), value: toSrc });
      return;
    }
    for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    if (value.src !== fromSrc || size === undefined) return;
    for (const dimension of ['width', 'height'] as const) {
      if (typeof value[dimension] === 'number' && value[dimension] !== size[dimension]) {
        operations.push({ op: 'replace', path: formatPointer([...path, dimension]), value: size[dimension] });
      }
    }
  };
  visit(site as unknown as Walked, []);
  return operations;
}
