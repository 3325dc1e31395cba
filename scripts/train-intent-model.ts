// `npm run train:intent`: trains the offline intent model and target model on the development prompts and writes
// src/ai/offline-rules/intent/intent-model.json and target-model.json. `npm run train:intent -- --kfold` instead
// measures, by 5-fold cross-validation over the same prompts, the rules alone against the rules with the models (the
// figures of docs/decisions/2026-12-03-trained-intent.md and 2026-12-04-target-model.md), for a few choices of the
// decision's thresholds. `--without FILE` leaves one development set out (to measure on it as unseen).
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { IntentType } from '../src/ai/intent.ts';
import { INTENT_TYPES } from '../src/ai/intents/index.ts';
import { classifyByRules } from '../src/ai/offline-rules/intent/classify-prompt.ts';
import { INTENT_MODEL_FILE, intentModelOf } from '../src/ai/offline-rules/intent/intent-model.ts';
import { augmented, developmentPrompts, storedModel, storedTargetModel, targetLabels, TRAINING, trainingSourceHash, trainTargetWeights, trainWeights, type LabelledPrompt } from '../src/ai/offline-rules/intent/intent-training.ts';
import { decide, THRESHOLDS, type DecisionThresholds } from '../src/ai/offline-rules/intent/model-decision.ts';
import { readPrompt } from '../src/ai/offline-rules/intent/prompt-reading.ts';
import { TARGET_MODEL_FILE, targetModelOf, type TargetModel } from '../src/ai/offline-rules/intent/target-model.ts';
import { siteOutline } from '../src/ai/site-outline.ts';
import { editFixtureSite } from '../test/support/edit-site.ts';

const intents: IntentType[] = [...INTENT_TYPES];
const without = process.argv.includes('--without') ? process.argv[process.argv.indexOf('--without') + 1] : undefined;
const prompts = developmentPrompts().filter((entry) => entry.source !== without);
const options = process.env.TRAINING ? { ...TRAINING, ...JSON.parse(process.env.TRAINING) } : TRAINING;

if (process.argv.includes('--kfold')) {
  const FOLDS = 5;
  const outline = siteOutline(editFixtureSite());
  const foldOf = (prompt: string) => createHash('sha256').update(prompt).digest()[1]! % FOLDS;
  const rows = prompts.map((entry) => ({ entry, rules: classifyByRules(entry.prompt, outline), reading: readPrompt(entry.prompt, outline), guess: undefined as ReturnType<ReturnType<typeof intentModelOf>['guess']> | undefined, targets: undefined as TargetModel | undefined }));
  for (let fold = 0; fold < FOLDS; fold++) {
    const started = performance.now();
    const training = augmented(prompts.filter((entry) => foldOf(entry.prompt) !== fold));
    const model = intentModelOf(intents, trainWeights(training, intents, options));
    const labels = targetLabels(training);
    const targets = targetModelOf(labels.targets, labels.targetsByIntent, trainTargetWeights(training, labels.targets, options));
    for (const row of rows) if (foldOf(row.entry.prompt) === fold) Object.assign(row, { guess: model.guess(row.entry.prompt), targets });
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
  figure('target model alone (given the intent)', (row) => ({ intent_type: row.entry.intent, target: row.targets!.guess(row.entry.prompt, row.entry.intent, () => true)?.target ?? row.entry.target }));
  // The chosen thresholds, the target model off, then its thresholds around the chosen ones.
  const variants: DecisionThresholds[] = [THRESHOLDS, { ...THRESHOLDS, namesTarget: 2 }];
  for (const namesTarget of [0.3, 0.5, 0.7]) for (const targetLift of [0, 2]) variants.push({ ...THRESHOLDS, namesTarget, targetLift });
  for (const thresholds of variants) figure(`rules+models ${JSON.stringify(thresholds)}`, (row) => decide(row.rules, row.reading, row.guess!, thresholds, row.targets));
} else {
  const started = performance.now();
  const examples = augmented(prompts);
  const sourceHash = trainingSourceHash();
  const intentText = `${JSON.stringify(storedModel(trainWeights(examples, intents, options), intents, prompts.length, sourceHash))}\n`;
  writeFileSync(INTENT_MODEL_FILE, intentText);
  const labels = targetLabels(examples);
  const targetText = `${JSON.stringify(storedTargetModel(trainTargetWeights(examples, labels.targets, options), labels, prompts.length, sourceHash))}\n`;
  writeFileSync(TARGET_MODEL_FILE, targetText);
  console.log(`trained on ${prompts.length} prompts (${examples.length} with variants)${without ? ` without ${without}` : ''} in ${Math.round(performance.now() - started)} ms; intent model ${Math.round(intentText.length / 1024)} KB, target model ${labels.targets.length} targets, ${Math.round(targetText.length / 1024)} KB`);
}
