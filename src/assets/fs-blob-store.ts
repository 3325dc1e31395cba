import { randomBytes } from 'node:crypto';
import { access, constants, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { hashBytes, isBlobHash, type BlobStore } from './blob-store.ts';

async function syncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Blobs as files under `root` (DATA_DIR/blobs by default): `ab/cdef…` for the hash `abcdef…`. A blob is written
 * to a temporary file in its final directory, flushed to disk, then renamed into place (and the directory
 * flushed), so a crash at any moment leaves either no file under the final name or the whole blob — never a
 * partial one. Leftover temporary files (`.tmp-…`) are harmless.
 */
export function createFsBlobStore(root: string): BlobStore {
  const base = resolve(root);
  const knownDirectories = new Set<string>();
  const pathOf = (hash: string) => join(base, hash.slice(0, 2), hash.slice(2));

  async function ensureDirectory(directory: string): Promise<void> {
    if (knownDirectories.has(directory)) return;
    await mkdir(directory, { recursive: true });
    await syncDirectory(base);
    knownDirectories.add(directory);
  }

  async function exists(path: string): Promise<boolean> {
    try {
      await stat(path);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw error;
    }
  }

  return {
    async put(bytes) {
      const hash = hashBytes(bytes);
      const target = pathOf(hash);
      if (await exists(target)) return hash;
      const directory = join(base, hash.slice(0, 2));
      await ensureDirectory(directory);
      const temporary = join(directory, `.tmp-${hash.slice(2, 10)}-${randomBytes(6).toString('hex')}`);
      try {
        const handle = await open(temporary, 'wx');
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(temporary, target);
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
      await syncDirectory(directory);
      return hash;
    },

    async get(hash) {
      if (!isBlobHash(hash)) return undefined;
      try {
        return await readFile(pathOf(hash));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },

    async has(hash) {
      return isBlobHash(hash) && exists(pathOf(hash));
    },

    async delete(hash) {
      if (isBlobHash(hash)) await rm(pathOf(hash), { force: true });
    },

    async check() {
      await mkdir(base, { recursive: true });
      await access(base, constants.W_OK);
    },
  };
}
