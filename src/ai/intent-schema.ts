// The intent role's answer as a schema: what a model's classification is checked against, and what the offline
// classifier's answer is checked against before it leaves. The intent types are the registered modules'.
import { z } from 'zod';
import type { Intent as IntentShape, IntentType } from './intent.ts';
import { INTENT_TYPES } from './intents/index.ts';

export const Intent = z.object({
  intent_type: z.enum(INTENT_TYPES as [IntentType, ...IntentType[]]),
  target: z.string().max(120).nullable(),
  scope: z.object({
    page: z.string().max(120).nullable().describe('Slug of the page the change is about ("home" for the home page), or null'),
    sections: z.array(z.string().max(64)).max(20).describe('The sections the change is about, by type (or type#id where the outline gives one)'),
  }),
  risk: z.enum(['low', 'medium', 'high']).describe('high: deletes a page or much content; medium: removes a section; low: everything else'),
  needs_clarification: z.boolean(),
  question: z.string().max(500).nullable().describe('When needs_clarification: the one question to ask the person'),
}) satisfies z.ZodType<IntentShape>;
export type Intent = IntentShape;
