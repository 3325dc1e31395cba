// The evaluation sets of issue 12, written before the composer and the chat classifier were tuned on them
// (test/fixtures/eval/): business descriptions annotated with the name, trade and facts a faithful site must
// show, and chat prompts with the intent and target they ask for. Each set is split in two halves by a hash of
// the case's id: tune on the `tune` half only; the `test` half is for the figures, never for reading failures.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const EVAL_LANGUAGES = ['en', 'pt', 'es', 'fr', 'de', 'it', 'nl'] as const;

export const DescriptionCase = z.object({
  id: z.string().regex(/^d\d{3,}$/),
  lang: z.enum(EVAL_LANGUAGES),
  text: z.string().min(1),
  /** The business name as written, or null when the description gives none. */
  name: z.string().min(1).nullable(),
  /** The trade as an OpenStreetMap iD preset id ("amenity/veterinary"). */
  trade: z.string().regex(/^[a-z_]+\/[a-z0-9_/-]+$/),
  /** PageHub's layout families whose content would be true for this business; [] when none is. */
  families: z.array(z.string()),
  /** Spans of the text a faithful site shows somewhere. */
  facts: z.array(z.string().min(1)).min(1),
  /** Words only a neighbouring trade's template would bring. */
  mustNot: z.array(z.string().min(1)),
});
export type DescriptionCase = z.infer<typeof DescriptionCase>;

export const ChatCase = z.object({
  id: z.string().regex(/^c\d{3,}$/),
  prompt: z.string().min(1),
  intent: z.string(),
  target: z.string().nullable(),
});
export type ChatCase = z.infer<typeof ChatCase>;

export type Half = 'tune' | 'test';
export const HALVES: readonly Half[] = ['tune', 'test'];

/** The half a case belongs to: a hash of its id, so nobody chooses which cases are held out. */
export function halfOf(id: string): Half {
  return (createHash('sha256').update(id).digest()[0]! & 1) === 0 ? 'tune' : 'test';
}

const FIXTURES = new URL('../fixtures/eval/', import.meta.url);

function readCases<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(new URL(file, FIXTURES), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** One half of a set, as committed: `descriptions-tune.jsonl`, `chat-prompts-test.jsonl`… */
export function descriptionCases(half: Half): DescriptionCase[] {
  return readCases(`descriptions-${half}.jsonl`, DescriptionCase);
}

export function chatCases(half: Half): ChatCase[] {
  return readCases(`chat-prompts-${half}.jsonl`, ChatCase);
}
