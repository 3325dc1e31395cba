import { ModelRequiredError } from '../../roles.ts';

// What the offline editor cannot do, said honestly: translations, images, bug hunts and judgements of taste need
// a model, and the error names the variable that configures one.

const EXAMPLES: Readonly<Record<string, string>> = {
  PAGEHUB_MODEL_EDITOR: 'anthropic:claude-sonnet-4-5 or openai:gpt-5-mini',
  PAGEHUB_MODEL_IMAGE: 'openai:gpt-image-1',
};

/** What the person can do instead, by the kind of work refused. */
export const INSTEAD = {
  text: 'you can edit the text directly',
  design: 'you can change colours, fonts and corners yourself in the Theme panel',
  images: 'you can upload a photo of your own instead, from the picture library',
  bug: 'you can describe what you see to your site administrator, or change the part yourself in the editor',
  translation: 'you can add the language and write its texts yourself in the editor',
  change: 'you can make this change yourself in the editor',
} as const;

/** What the person reads offline: "Making pictures needs the AI assistant, which isn't switched on here — …". */
export const IMAGE_TASK = 'Making pictures';

/** The refusal: `task` and `instead` for the person, the variable and an example model for the operator's log. */
export function modelRequired(task: string, variable = 'PAGEHUB_MODEL_EDITOR', instead: string = INSTEAD.change): ModelRequiredError {
  return new ModelRequiredError(`${task} needs an AI model: set ${variable} (for example ${EXAMPLES[variable] ?? 'anthropic:claude-sonnet-4-5'}) and restart.`, variable, task, instead);
}

export const LOGO_QUESTION = 'Upload the logo image in the editor first (Theme → Logo), then ask me again or pick it there. I cannot take images from the chat yet.';
