/** A fast, deterministic, non-cryptographic string hash (cyrb53) as 13 hex digits: for fingerprints and seeds. */
export function hashString(text: string, seed = 0): string {
  let first = 0xdeadbeef ^ seed;
  let second = 0x41c6ce57 ^ seed;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 2654435761);
    second = Math.imul(second ^ code, 1597334677);
  }
  first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
  second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
  return (4294967296 * (2097151 & second) + (first >>> 0)).toString(16).padStart(14, '0');
}

/** A number in [0, 1) derived from a seed and an index: deterministic "randomness" for generated art. */
export function seededUnit(seed: string, index: number): number {
  return Number.parseInt(hashString(seed, index).slice(-8), 16) / 0x100000000;
}
