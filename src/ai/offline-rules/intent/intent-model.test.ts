import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editFixtureSite } from '../../../../test/support/edit-site.ts';
import { siteOutline } from '../../site-outline.ts';
import { classifyByRules, classifyPrompt } from './classify-prompt.ts';
import { featuresOf } from './intent-features.ts';
import { decodeIntentModel, INTENT_MODEL_FILE, intentModel, intentModelOf, type StoredIntentModel } from './intent-model.ts';
import { trainingSourceHash } from './intent-training.ts';
import { decide } from './model-decision.ts';
import { readPrompt } from './prompt-reading.ts';

const outline = siteOutline(editFixtureSite());
const stored = JSON.parse(readFileSync(INTENT_MODEL_FILE, 'utf8')) as StoredIntentModel;

describe('the trained intent model', () => {
  it('was trained on today\'s development prompts and training code (else: npm run train:intent)', () => {
    expect(stored.sourceHash).toBe(trainingSourceHash());
  });

  it('stays small and loads fast', () => {
    expect(readFileSync(INTENT_MODEL_FILE).length).toBeLessThan(1024 * 1024);
    const started = performance.now();
    decodeIntentModel(stored).guess('warm up');
    // A guard against a model that takes seconds to decode, not a benchmark: a busy CI machine is slow.
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('reads intents from words it was never shown together, slips included', () => {
    expect(intentModel().guess('pls translte the hole site to german').intent).toBe('translate');
    expect(intentModel().guess('the form thingy is broken, nothing sends').intent).toBe('fix_bug');
    expect(intentModel().guess('hmm').intent).toBe('needs_clarification');
  });

  it('reads quoted wording as new text, not as the request', () => {
    expect(featuresOf('change the headline to "remove the faq"')).toEqual(featuresOf('change the headline to "Fresh bread"'));
  });
});

describe('rules and model together', () => {
  // A model that is sure of one intent for every prompt: what it may change shows plainly.
  const sureOf = (intent: 'remove_page' | 'update_styles' | 'fix_bug') => intentModelOf(['needs_clarification', intent], [new Float32Array(1 << 14), new Float32Array(1 << 14).fill(1)]);

  it('keeps an answer a rule claimed, however sure the model is', () => {
    const prompt = 'move the faq above the pricing';
    expect(classifyPrompt(prompt, outline, sureOf('remove_page'))).toMatchObject({ intent_type: 'update_layout', target: 'faq' });
  });

  it('answers a question the rules would ask when it is sure and the prompt names a fitting target', () => {
    const prompt = 'the map is just a grey box';
    expect(classifyByRules(prompt, outline).intent_type).toBe('needs_clarification');
    expect(classifyPrompt(prompt, outline, sureOf('fix_bug'))).toMatchObject({ intent_type: 'fix_bug', target: 'location', risk: 'low' });
  });

  it('still asks when the prompt names nothing the model\'s intent could act on', () => {
    expect(classifyPrompt('hmm not sure about this', outline, sureOf('remove_page'))).toMatchObject({ intent_type: 'needs_clarification', target: null });
    // A look is never guessed: a style needs the style rule's own reading.
    expect(classifyPrompt('make it nicer', outline, sureOf('update_styles'))).toMatchObject({ intent_type: 'needs_clarification' });
  });

  it('does not answer when the model is unsure', () => {
    const prompt = 'the map is just a grey box';
    const unsure = { intent: 'fix_bug' as const, probability: 0.4, probabilities: new Map([['fix_bug' as const, 0.4]]) };
    expect(decide(classifyByRules(prompt, outline), readPrompt(prompt, outline), unsure).intent_type).toBe('needs_clarification');
  });
});
