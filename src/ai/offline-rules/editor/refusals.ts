import { ModelRequiredError } from '../../roles.ts';

// What the offline editor cannot do, said honestly: translations, images, bug hunts and judgements of taste need
// a model, and the error names the variable that configures one.

const EXAMPLES: Readonly<Record<string, string>> = {
  PAGEHUB_MODEL_EDITOR: 'anthropic:claude-sonnet-4-5 or openai:gpt-5-mini',
  PAGEHUB_MODEL_IMAGE: 'openai:gpt-image-1',
};

export function modelRequired(task: string, variable = 'PAGEHUB_MODEL_EDITOR'): ModelRequiredError {
  return new ModelRequiredError(`${task} needs an AI model: set ${variable} (for example ${EXAMPLES[variable] ?? 'anthropic:claude-sonnet-4-5'}) and restart.`, variable);
}

export const LOGO_QUESTION = 'Upload the logo image in the editor first (Theme → Logo), then ask me again or pick it there. I cannot take images from the chat yet.';
