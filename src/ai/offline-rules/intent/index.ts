// The offline intent role: classifies a chat prompt with rules over the vocabulary (../vocabulary), with two small
// trained models as a second opinion on the intent and the target (./intent-model.ts, ./target-model.ts,
// ./model-decision.ts), no language model. Deterministic and
// instant; what it cannot place becomes a needs_clarification intent with a helpful question.
import type { IntentRole } from '../../roles.ts';
import { classifyPrompt } from './classify-prompt.ts';

export const offlineIntentRole: IntentRole = {
  provider: 'offline',
  model: 'rules',
  async classify({ prompt, outline }) {
    return { value: classifyPrompt(prompt, outline), usage: { inputTokens: 0, outputTokens: 0 } };
  },
};

export { classifyPrompt };
