// The tie-breaker behind the rules: a small naive-Bayes model over the words of a prompt, trained at module load on
// the hand-written everyday phrasings (./phrasings.jsonl, ./everyday.jsonl — never the evaluation's prompts). It is
// asked only when no rule claims a prompt that names a part or a page ("nobody reads the faq, get rid"), and only
// for the intent: the target is still the part or page the prompt names. The parts and pages are read as
// placeholders, so it learns how people ask (verbs, particles, word order), not which part they asked about.
import { readFileSync } from 'node:fs';
import type { IntentType } from '../../intent.ts';
import type { PromptReading } from './prompt-reading.ts';

interface Example {
  prompt: string;
  intent: string;
}

/** Intents whose target is the part a prompt names, and those whose target is the page it names. */
export const SECTION_INTENTS: ReadonlySet<string> = new Set(['update_layout', 'remove_section', 'add_section', 'content_edit', 'update_styles', 'fix_bug', 'generate_image']);
export const PAGE_INTENTS: ReadonlySet<string> = new Set(['remove_page', 'rename_page', 'update_seo', 'add_page']);

const TRAINING_FILES = ['./phrasings.jsonl', './everyday.jsonl'];
/** Words that say nothing of the intent. */
const STOP = new Set(['the', 'a', 'an', 'our', 'my', 'your', 'please', 'pls', 'we', 'i', 'you', 'it', 'can', 'could', 'would', 'of', 'and', 'on', 'in', 'is', 'are', 'to', 'for', 'just', 'so', 'that', 'this', 'be']);

/** The tokens of a reading: words and word pairs, each named part «part» and each named page «page». */
export function tokensOf(reading: PromptReading): string[] {
  const spans = [...reading.sections.map((mention) => ({ ...mention, token: ' zzpart ' })), ...reading.pages.map((mention) => ({ ...mention, token: ' zzpage ' }))]
    .sort((first, second) => second.start - first.start);
  let text = reading.instruction;
  let last = Infinity;
  for (const span of spans) {
    if (span.end > last) continue;
    text = text.slice(0, span.start) + span.token + text.slice(span.end);
    last = span.start;
  }
  const words = (text.match(/[\p{L}']+|«\d+»|\d+/gu) ?? []).map((word) => (/^«\d+»$/.test(word) ? 'zzquoted' : /^\d+$/.test(word) ? 'zznumber' : word)).filter((word) => !STOP.has(word));
  return [...words, ...words.slice(1).map((word, index) => `${words[index]} ${word}`)];
}

interface Model {
  intents: string[];
  priors: Map<string, number>;
  counts: Map<string, Map<string, number>>;
  totals: Map<string, number>;
  vocabulary: number;
}

let model: Model | undefined;

function train(read: (prompt: string) => PromptReading): Model {
  const examples = TRAINING_FILES.flatMap((file) =>
    readFileSync(new URL(file, import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Example),
  ).filter((example) => SECTION_INTENTS.has(example.intent) || PAGE_INTENTS.has(example.intent));
  const counts = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  const priors = new Map<string, number>();
  const vocabulary = new Set<string>();
  for (const example of examples) {
    priors.set(example.intent, (priors.get(example.intent) ?? 0) + 1);
    const bag = counts.get(example.intent) ?? new Map<string, number>();
    counts.set(example.intent, bag);
    for (const token of tokensOf(read(example.prompt))) {
      bag.set(token, (bag.get(token) ?? 0) + 1);
      totals.set(example.intent, (totals.get(example.intent) ?? 0) + 1);
      vocabulary.add(token);
    }
  }
  for (const [intent, count] of priors) priors.set(intent, Math.log(count / examples.length));
  return { intents: [...priors.keys()], priors, counts, totals, vocabulary: vocabulary.size };
}

/** The most likely intent among `allowed` for a reading, with its share of the probability, or undefined. */
export function scoreIntent(reading: PromptReading, read: (prompt: string) => PromptReading, allowed: (intent: string) => boolean): { intent: IntentType; share: number } | undefined {
  model ??= train(read);
  const tokens = tokensOf(reading).filter((token) => model!.intents.some((intent) => model!.counts.get(intent)!.has(token)));
  if (tokens.length === 0) return undefined;
  const scores = model.intents.filter(allowed).map((intent) => {
    const bag = model!.counts.get(intent)!;
    const total = model!.totals.get(intent)! + model!.vocabulary;
    return { intent, score: model!.priors.get(intent)! + tokens.reduce((sum, token) => sum + Math.log(((bag.get(token) ?? 0) + 1) / total), 0) };
  });
  if (scores.length === 0) return undefined;
  const best = Math.max(...scores.map((entry) => entry.score));
  const sum = scores.reduce((total, entry) => total + Math.exp(entry.score - best), 0);
  const top = scores.find((entry) => entry.score === best)!;
  return { intent: top.intent as IntentType, share: 1 / sum };
}
