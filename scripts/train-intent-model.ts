// `npm run train:intent`: trains the offline intent model on the development prompts and writes
// src/ai/offline-rules/intent/intent-model.json. `npm run train:intent -- --kfold` instead measures, by 5-fold
// cross-validation over the same prompts, the rules alone against the rules with the model (the figures of
// docs/decisions/2026-12-03-trained-intent.md), for a few choices of the decision's thresholds.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { IntentType } from '../src/ai/intent.ts';
import { INTENT_TYPES } from '../src/ai/intents/index.ts';
import { classifyByRules } from '../src/ai/offline-rules/intent/classify-prompt.ts';
import { INTENT_MODEL_FILE, intentModelOf } from '../src/ai/offline-rules/intent/intent-model.ts';
import { augmented, developmentPrompts, storedModel, TRAINING, trainingSourceHash, trainWeights, type LabelledPrompt } from '../src/ai/offline-rules/intent/intent-training.ts';
import { decide, THRESHOLDS, type DecisionThresholds } from '../src/ai/offline-rules/intent/model-decision.ts';
import { readPrompt } from '../src/ai/offline-rules/intent/prompt-reading.ts';
import { siteOutline } from '../src/ai/site-outline.ts';
import { editFixtureSite } from '../test/support/edit-site.ts';

const intents: IntentType[] = [...INTENT_TYPES];
const prompts = developmentPrompts();

if (process.argv.includes('--kfold')) {
  const FOLDS = 5;
  const outline = siteOutline(editFixtureSite());
  const foldOf = (prompt: string) => createHash('sha256').update(prompt).digest()[1]! % FOLDS;
  const rows = prompts.map((entry) => ({ entry, rules: classifyByRules(entry.prompt, outline), reading: readPrompt(entry.prompt, outline), guess: undefined as ReturnType<ReturnType<typeof intentModelOf>['guess']> | undefined }));
  for (let fold = 0; fold < FOLDS; fold++) {
    const started = performance.now();
    const model = intentModelOf(intents, trainWeights(augmented(prompts.filter((entry) => foldOf(entry.prompt) !== fold)), intents, process.env.TRAINING ? { ...TRAINING, ...JSON.parse(process.env.TRAINING) } : TRAINING));
    for (const row of rows) if (foldOf(row.entry.prompt) === fold) row.guess = model.guess(row.entry.prompt);
    console.error(`fold ${fold + 1}/${FOLDS} trained in ${Math.round(performance.now() - started)} ms`);
  }
  const isRight = (entry: LabelledPrompt, answer: { intent_type: string; target: string | null }) => answer.intent_type === entry.intent && answer.target === entry.target;
  const figure = (label: string, answer: (row: (typeof rows)[number]) => { intent_type: string; target: string | null }) => {
    const bySource = new Map<string, [number, number, number]>();
    for (const row of rows) {
      const got = answer(row);
      for (const source of ['all', row.entry.source!]) {
        const [right, intentRight, total] = bySource.get(source) ?? [0, 0, 0];
        bySource.set(source, [right + (isRight(row.entry, got) ? 1 : 0), intentRight + (got.intent_type === row.entry.intent ? 1 : 0), total + 1]);
      }
    }
    const parts = [...bySource].map(([source, [right, intentRight, total]]) => `${source} ${((100 * right) / total).toFixed(1)} (intent ${((100 * intentRight) / total).toFixed(1)}, n=${total})`);
    console.log(`${label.padEnd(44)} ${parts.join(' · ')}`);
  };
  figure('rules alone', (row) => row.rules);
  figure('model alone (intent only)', (row) => ({ intent_type: row.guess!.intent, target: row.entry.target }));
  const variants: DecisionThresholds[] = [THRESHOLDS];
  for (const answersQuestion of [0.5, 0.7, 0.9]) for (const [overrules, doubtsRule] of [[2, 0], [0.9, 0.02], [0.95, 0.01], [0.98, 0.005]] as const) variants.push({ answersQuestion, overrules, doubtsRule });
  for (const thresholds of variants) figure(`rules+model ${JSON.stringify(thresholds)}`, (row) => decide(row.rules, row.reading, row.guess!, thresholds));
} else {
  const started = performance.now();
  const examples = augmented(prompts);
  const weights = trainWeights(examples, intents);
  const stored = storedModel(weights, intents, prompts.length, trainingSourceHash());
  const text = `${JSON.stringify(stored)}\n`;
  writeFileSync(INTENT_MODEL_FILE, text);
  console.log(`trained on ${prompts.length} prompts (${examples.length} with variants) in ${Math.round(performance.now() - started)} ms; ${INTENT_MODEL_FILE.pathname} is ${Math.round(text.length / 1024)} KB`);
}
