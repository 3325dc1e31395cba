// The curated font files, read from the @fontsource packages in node_modules (their location is the server's
// business: the catalogue in src/site/fonts.ts names families and files, never paths). Each file is read once and
// kept with its sha-256, so publishing and the editor's font route hash nothing twice.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { hashBytes } from '../assets/index.ts';
import { FONT_SUBSETS, fontFileName, WEB_FONTS, type FontSubset, type WebFontId } from '../site/index.ts';

export interface FontFile {
  bytes: Buffer;
  /** sha-256 of the bytes, hex. */
  hash: string;
}

export interface FontFiles {
  /** A curated file by its @fontsource name (`inter-latin-400-normal.woff2`), or undefined for any other name. */
  read(name: string): Promise<FontFile | undefined>;
}

/** Every file name the catalogue can ask for: each family, subset and offered weight. */
const CURATED = new Map<string, WebFontId>(
  (Object.keys(WEB_FONTS) as WebFontId[]).flatMap((id) => (Object.keys(FONT_SUBSETS) as FontSubset[]).flatMap((subset) => WEB_FONTS[id].weights.map((weight) => [fontFileName(id, subset, weight), id] as const))),
);

export function isCuratedFontFile(name: string): boolean {
  return CURATED.has(name);
}

/** Reads from `@fontsource/<family>/files/`, resolved from this module (or from `resolveFrom`, a file URL). */
export function createFontFiles(resolveFrom: string = import.meta.url): FontFiles {
  const require = createRequire(resolveFrom);
  const cache = new Map<string, Promise<FontFile>>();
  return {
    read(name) {
      const family = CURATED.get(name);
      if (family === undefined) return Promise.resolve(undefined);
      let file = cache.get(name);
      if (!file) {
        const path = join(dirname(require.resolve(`@fontsource/${family}/package.json`)), 'files', name);
        file = readFile(path).then((bytes) => ({ bytes, hash: hashBytes(bytes) }));
        file.catch(() => cache.delete(name));
        cache.set(name, file);
      }
      return file;
    },
  };
}
