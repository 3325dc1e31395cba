// needs_clarification: the prompt cannot be placed yet; the intent carries the one question to ask. Nothing is
// selected or edited. The offline classifier asks when no rule claims a prompt (clarificationRule), and rules ask
// when they recognise the kind of change but miss what it is about.
import { ask } from '../offline-rules/editor/proposal.ts';
import type { Intent } from '../intent.ts';
import { removesContent, type IntentModule } from './intent-module.ts';

const questionOf = (intent: Intent): string => intent.question ?? 'What would you like to change?';

declare module '../intent.ts' {
  interface IntentTypeNames {
    needs_clarification: true;
  }
}

export const needsClarification: IntentModule<'needs_clarification'> = {
  type: 'needs_clarification',
  target: 'null',
  risk: 'low',
  describeRisk: removesContent,
  selectContext: (draft) => draft.ask(questionOf(draft.intent)),
  offlineEdit: ({ intent }) => ask(questionOf(intent)),
  /** The classifier's fallback, not a rule in the order: see classifyPrompt. */
  offlineRule: null,
};
