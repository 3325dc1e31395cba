import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { composeSite } from '../compose-site.ts';
import { words } from '../trades/text.ts';

// The development sets of business names (*-name-cases.jsonl), as their tests read them: a case is right when the
// site's name is the one written or, with none written, is made only of the description's words. A third of each
// set, chosen by a hash of the text, is held back: never trained on, never read for failures.

export interface NameCase {
  lang: string;
  text: string;
  name: string | null;
}

export function readNameCases(file: string): NameCase[] {
  return readFileSync(new URL(`./${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as NameCase);
}

const normalise = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/gu, "'").replace(/[.!,;:]+$/u, '').trim();

export function isNameRight(entry: NameCase): boolean {
  const name = composeSite(entry.text).site.business.name;
  if (entry.name !== null) return normalise(name) === normalise(entry.name);
  const written = new Set(words(entry.text));
  return words(name).every((word) => written.has(word) || ['&', 'and', 'of', 'the'].includes(word));
}

export const isHeldBack = (entry: NameCase) => createHash('sha256').update(entry.text).digest()[0]! % 3 === 0;
export const shareRight = (entries: NameCase[]) => entries.filter(isNameRight).length / entries.length;
