import type { BlobStore } from '../assets/index.ts';
import { usedFontFiles, type FontUrl } from '../render/index.ts';
import type { Site } from '../site/index.ts';
import type { DeploymentManifest } from '../store/index.ts';
import { contentTypeOf } from './content-type.ts';
import type { FontFiles } from './font-files.ts';

/**
 * The web font files a document's stylesheet asks for, as a deployment publishes them: each used face in latin and
 * latin-ext, copied into the blob store once (content-addressed, so every site using Inter shares one blob) and
 * listed at a fingerprinted path (`fonts/inter-latin-400.<hash>.woff2`) that the site server caches as immutable.
 * `fontUrl` gives the renderer those paths. A file missing from node_modules stops the publish with its name.
 */
export async function publishedFonts(fonts: FontFiles, blobs: BlobStore, document: Site): Promise<{ fontUrl: FontUrl; files: DeploymentManifest }> {
  const urls = new Map<string, string>();
  const files: DeploymentManifest = {};
  for (const name of usedFontFiles(document.theme)) {
    const font = await fonts.read(name);
    if (!font) throw new Error(`The font file ${name} is not installed (npm install puts the @fontsource packages in node_modules)`);
    await blobs.put(font.bytes);
    const path = `fonts/${name.replace(/-normal\.woff2$/, '')}.${font.hash.slice(0, 20)}.woff2`;
    files[path] = { hash: font.hash, size: font.bytes.length, type: contentTypeOf(path) };
    urls.set(name, `/${path}`);
  }
  return { fontUrl: (name) => urls.get(name) ?? `/fonts/${name}`, files };
}

/** The font files a rendered directory needs beside its pages, at the renderer's default paths (`fonts/<file>`). */
export async function fontFilesFor(fonts: FontFiles, document: Site): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const name of usedFontFiles(document.theme)) {
    const font = await fonts.read(name);
    if (font) files.set(`fonts/${name}`, font.bytes);
  }
  return files;
}
