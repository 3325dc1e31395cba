// The generate pipeline: a (sanitized) business description → a whole Site. The generator role proposes a
// document; it is validated against the Site schema and moderated; a document that fails either is sent back with
// the errors as feedback, up to two more times. Provider failures are retried with backoff underneath each answer.
import { AppError, type FieldError } from '../errors.ts';
import { validateSite, type Site } from '../site/index.ts';
import { findUnsafeContent } from './moderation.ts';
import { DEFAULT_RETRY, withProviderRetries, type RetryPolicy } from './retry.ts';
import { InvalidModelOutputError, type GenerationNote, type ModelRoles } from './roles.ts';

/** Answers the generator may give in all: the first and two corrections. */
export const GENERATOR_ANSWERS = 3;

export type GenerationStage = 'generating' | 'validating' | 'correcting';

export interface GenerateSiteInput {
  /** The sanitized description (src/ai/sanitize-prompt.ts). */
  prompt: string;
  roles: Pick<ModelRoles, 'generator'>;
  retry?: RetryPolicy;
  /** Where the work is, for a progress bar: `progress` runs from 0 to 0.85 here (saving is the caller's). */
  onProgress?: (stage: GenerationStage, progress: number) => void;
  /** Partial documents while a streaming model writes (unvalidated; for a preview only). */
  onPartial?: (document: unknown) => void;
  signal?: AbortSignal;
}

/** The site, and what its generator assumed or invented (the offline composer says; a model doesn't). */
export interface GeneratedSite {
  site: Site;
  notes: readonly GenerationNote[];
}

/** Progress at the start of `stage` during answer `answer` (0-based). */
function progressAt(stage: GenerationStage, answer: number): number {
  const base = 0.05 + answer * 0.27;
  return Math.round((stage === 'validating' ? base + 0.2 : base) * 100) / 100;
}

/** The errors that keep `output` from being stored: schema problems first, then unsafe content. */
export function checkGeneratedSite(output: unknown): { site: Site; errors: [] } | { site?: undefined; errors: FieldError[] } {
  const validation = validateSite(output);
  const unsafe = findUnsafeContent(validation.ok ? validation.site : output);
  if (validation.ok && unsafe.length === 0) return { site: validation.site, errors: [] };
  return { errors: [...(validation.ok ? [] : validation.errors), ...unsafe] };
}

/**
 * A valid, moderated Site for `prompt`. Throws AppError AI_GENERATION_REJECTED (with the last answer's errors) when all
 * three answers fail; ModelRequiredError and ProviderError (after the provider retries) go to the caller as they are.
 */
export async function generateSite({ prompt, roles, retry = DEFAULT_RETRY, onProgress, onPartial, signal }: GenerateSiteInput): Promise<GeneratedSite> {
  let feedback: FieldError[] = [];
  for (let answer = 0; answer < GENERATOR_ANSWERS; answer += 1) {
    signal?.throwIfAborted();
    onProgress?.(answer === 0 ? 'generating' : 'correcting', progressAt('generating', answer));
    let output: unknown;
    let notes: readonly GenerationNote[] = [];
    try {
      const request = { prompt, feedback, ...(onPartial ? { onPartial } : {}) };
      const result = await withProviderRetries((attemptSignal) => roles.generator.generate(request, signal ? AbortSignal.any([signal, attemptSignal]) : attemptSignal), retry);
      output = result.value;
      notes = result.notes ?? [];
    } catch (error) {
      if (!(error instanceof InvalidModelOutputError)) throw error;
      feedback = error.errors.length > 0 ? error.errors : [{ path: '', message: error.message }];
      continue;
    }
    signal?.throwIfAborted();
    onProgress?.('validating', progressAt('validating', answer));
    const checked = checkGeneratedSite(output);
    if (checked.site) return { site: checked.site, notes };
    feedback = checked.errors;
  }
  throw new AppError('AI_GENERATION_REJECTED', {
    detail: `The AI model's site failed validation ${GENERATOR_ANSWERS} times, so nothing was created. Try again, or rephrase the description; \`errors\` lists what was wrong with the last attempt.`,
    errors: feedback.slice(0, 50),
  });
}
