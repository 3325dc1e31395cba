// Determinism without randomness: a stable hash of the prompt picks among equally good options.

/** 32-bit FNV-1a of `text`. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The option `seed` picks; the same seed always picks the same option. */
export function pick<T>(options: readonly T[], seed: string): T {
  if (options.length === 0) throw new Error('pick() needs at least one option');
  return options[hashText(seed) % options.length] as T;
}
