import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';

/** Writes rendered files under `directory`, refusing any path that would land outside it. */
export async function writeDirectory(directory: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const root = resolve(directory);
  for (const [path, content] of files) {
    const target = resolve(root, path);
    if (!target.startsWith(root + sep)) throw new Error(`Refusing to write outside ${root}: ${path}`);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, content);
  }
}
