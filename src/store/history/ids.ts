// Commit ids and ref names. A commit id is `<seq in base 36>-<random suffix>`: the sequence number says where
// the commit is stored (a loose row with that seq, or the pack whose seq range holds it) without a lookup
// table, and the suffix keeps ids of different histories apart (a restored backup, a re-created site), so a
// stale id is never mistaken for a new commit with the same seq. Ids are unique per site, not globally.
import { randomInt } from 'node:crypto';
import { InvalidRefNameError } from './errors.ts';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const ID_PATTERN = /^([0-9a-z]{1,11})-([0-9a-z]{1,32})$/;
const REF_NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;

/** The default suffix: 6 random base-36 characters (31 bits). */
export function randomSuffix(): string {
  let suffix = '';
  for (let index = 0; index < 6; index += 1) suffix += ALPHABET[randomInt(36)];
  return suffix;
}

export function formatCommitId(seq: number, suffix: string): string {
  return `${seq.toString(36)}-${suffix}`;
}

/** The seq encoded in a commit id, or undefined when the string is not a commit id. */
export function seqOf(id: string): number | undefined {
  const match = ID_PATTERN.exec(id);
  if (!match) return undefined;
  const seq = Number.parseInt(match[1]!, 36);
  return Number.isSafeInteger(seq) && seq > 0 ? seq : undefined;
}

export function suffixOf(id: string): string {
  return id.slice(id.indexOf('-') + 1);
}

/** Branch and tag names: `^[a-z0-9][a-z0-9._-]{0,62}$`, and not `head` (reserved, as in git). */
export function assertRefName(name: string): void {
  if (!REF_NAME.test(name) || name.toLowerCase() === 'head') throw new InvalidRefNameError(name);
}

const MAX_REF_NAME = 63;

/**
 * The ref-safe name for a name a person typed: "Before launch" → `before-launch`, "Été 2026" → `ete-2026`.
 * Accents are dropped, other runs of characters become one "-"; `fallback` when nothing usable is left (a name
 * in another script). A name already ref-safe stays as it is.
 */
export function refNameFrom(displayName: string, fallback: string): string {
  const slug = displayName
    .normalize('NFKD')
    .replaceAll(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replaceAll(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, MAX_REF_NAME)
    .replace(/[-._]+$/, '');
  if (slug === '') return fallback;
  return slug === 'head' ? 'head-1' : slug;
}
