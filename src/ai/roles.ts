// The model roles of ../shared/DESIGN.md "AI". Each role is one interface with two kinds of implementation: a
// provider model through the `ai` SDK (src/ai/providers) and the offline rules (src/ai/offline-rules).
// The pipelines see only these interfaces, so they never ask which kind they hold.
import { z } from 'zod';
import { PatchOperationSchema, type PatchOperation } from '../patch/index.ts';
import type { ComposeNote } from '../composer/index.ts';
import type { FieldError } from '../errors.ts';
import type { EditContext } from './edit-context.ts';
import type { Intent } from './intent.ts';
import type { SiteOutline } from './site-outline.ts';

export const ROLE_NAMES = ['intent', 'editor', 'generator', 'image'] as const;
export type RoleName = (typeof ROLE_NAMES)[number];

export interface Usage {
  inputTokens: number;
  outputTokens: number;
  /** Pictures made (the image role), each charged at its model's price per image. */
  images?: number;
}

/** One answer of a role, with what the call cost. Offline roles report zero tokens. */
export interface RoleAnswer<T> {
  value: T;
  usage: Usage;
}

/** Who answers a role: `offline`, or a provider and its model id. */
export interface RoleIdentity {
  readonly provider: string;
  readonly model: string;
}

export interface IntentRequest {
  prompt: string;
  outline: SiteOutline;
  /** What was wrong with the previous answer, when retrying. */
  feedback: readonly FieldError[];
}

export interface EditRequest {
  prompt: string;
  intent: Intent;
  context: EditContext;
  feedback: readonly FieldError[];
}

/** Texts to translate, keyed by short ids the pipeline maps back to their places in the document. */
export interface TranslateRequest {
  /** The locale code to translate into (`es`, `pt-BR`) and the language's English name. */
  locale: string;
  language: string;
  /** The source locale of `texts`. */
  from: string;
  texts: { key: string; text: string }[];
  feedback: readonly FieldError[];
}

export const Translation = z.object({
  translations: z.array(z.object({ key: z.string().max(20), text: z.string().max(20_000) })).max(500),
});
export type Translation = z.infer<typeof Translation>;

export interface GenerateRequest {
  /** The sanitized business description. */
  prompt: string;
  feedback: readonly FieldError[];
  /** Called with partial documents while a streaming model writes (best effort; may never be called). */
  onPartial?: (partial: unknown) => void;
}

/** The editor's answer: JSON Patch operations on the selected paths, or one question for the person. */
export const EditProposal = z.object({
  summary: z.string().max(300).describe('One line on what the operations change, e.g. "Hero headline → Fresh bread every morning"'),
  operations: z.array(PatchOperationSchema).max(100),
  question: z.string().max(500).nullable().describe('Only when the request cannot be done without more information; operations is then empty'),
});
export type EditProposal = { summary: string; operations: PatchOperation[]; question: string | null };

export interface IntentRole extends RoleIdentity {
  classify(request: IntentRequest, signal?: AbortSignal): Promise<RoleAnswer<Intent>>;
}

export interface EditorRole extends RoleIdentity {
  propose(request: EditRequest, signal?: AbortSignal): Promise<RoleAnswer<EditProposal>>;
  /** Every text translated, same keys; markup and the `[label](link)` of rich text kept as they are. */
  translate(request: TranslateRequest, signal?: AbortSignal): Promise<RoleAnswer<Translation>>;
}

/** What the generator assumed or invented, for the person to check: the offline composer's notes. */
export type GenerationNote = ComposeNote;

export interface GeneratorRole extends RoleIdentity {
  /** An unvalidated Site document (the pipeline validates and moderates it), with the generator's notes if any. */
  generate(request: GenerateRequest, signal?: AbortSignal): Promise<RoleAnswer<unknown> & { notes?: readonly GenerationNote[] }>;
}

/** One picture to make: a plain-prose description and the shape of the place it goes. */
export interface ImageRequest {
  prompt: string;
  /** Landscape for banners, square otherwise. */
  shape: 'landscape' | 'square';
}

/** What the image model sent back: unchecked bytes (the image pipeline sniffs and limits them before storing). */
export interface GeneratedImage {
  bytes: Uint8Array;
  /** The type the provider claimed or the SDK guessed; never trusted. */
  mediaType: string;
  /** OpenAI's rewording of the prompt, when it sends one (for the log). */
  revisedPrompt?: string;
}

export interface ImageRole extends RoleIdentity {
  /** False for the offline rules: the pipeline refuses before counting the request against the person's allowance. */
  readonly isAvailable: boolean;
  /** One picture; usage counts it in `images`. Offline, throws ModelRequiredError. */
  generate(request: ImageRequest, signal?: AbortSignal): Promise<RoleAnswer<GeneratedImage>>;
}

export interface ModelRoles {
  intent: IntentRole;
  editor: EditorRole;
  generator: GeneratorRole;
  image: ImageRole;
}

/**
 * A role cannot do this request (the offline rules for translations, images, style judgements). Two audiences:
 * `forPerson` is the product sentence the person reads ("Rewriting copy needs the AI assistant, which isn't
 * switched on here — you can edit the text directly."); `message` is the operator's hint, for the server log only
 * ("… set PAGEHUB_MODEL_EDITOR (for example anthropic:claude-sonnet-4-5) and restart").
 */
export class ModelRequiredError extends Error {
  override name = 'ModelRequiredError';
  constructor(
    message: string,
    readonly variable: string,
    /** What was asked, as the person would say it: "Rewriting copy", "Translating the site into Italian". */
    readonly task = 'This',
    /** What the person can do instead, without a model. */
    readonly instead = 'you can make this change yourself in the editor',
  ) {
    super(message);
  }

  get forPerson(): string {
    return `${this.task} needs the AI assistant, which isn't switched on here — ${this.instead}.`;
  }
}

/** The provider failed to answer (network, 429, 5xx, timeout): worth retrying with backoff. */
export class ProviderError extends Error {
  override name = 'ProviderError';
  constructor(
    message: string,
    readonly status: number | undefined,
    readonly isRetryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The model answered, but not with what was asked (malformed JSON, wrong shape): retried with the errors fed back. */
export class InvalidModelOutputError extends Error {
  override name = 'InvalidModelOutputError';
  constructor(
    message: string,
    readonly errors: FieldError[],
    readonly usage: Usage = { inputTokens: 0, outputTokens: 0 },
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
