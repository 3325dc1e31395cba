// The image role answered by a provider's image model through the `ai` SDK's generateImage: one picture per call,
// no retries of its own (the image pipeline retries through withProviderRetries), failures turned into ProviderError
// or InvalidModelOutputError. The bytes come back unchecked: the pipeline sniffs and limits them before storing.
import { generateImage, NoImageGeneratedError, type ImageModel } from 'ai';
import { InvalidModelOutputError, type ImageRequest, type ImageRole } from '../roles.ts';
import type { ProviderModelSpec } from './model-spec.ts';
import { toRoleError } from './provider-errors.ts';

/** Making a picture takes longer than answering in JSON: each image call may take this many times the text timeout. */
export const IMAGE_TIMEOUT_FACTOR = 4;

export interface ImageCall {
  spec: ProviderModelSpec;
  model: ImageModel;
  /** Each call is abandoned after this long, even when the caller's signal never fires. */
  timeoutMs: number;
}

export function providerImageRole(call: ImageCall): ImageRole {
  return {
    provider: call.spec.provider,
    model: call.spec.model,
    isAvailable: true,
    async generate(request, signal) {
      const timeout = AbortSignal.timeout(call.timeoutMs);
      const callSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
      try {
        const result = await generateImage({ model: call.model, prompt: request.prompt, n: 1, ...shapeOptions(call.spec, request.shape), abortSignal: callSignal, maxRetries: 0 });
        const revised = (result.providerMetadata.openai?.images[0] as { revisedPrompt?: unknown } | undefined)?.revisedPrompt;
        return {
          value: { bytes: result.image.uint8Array, mediaType: result.image.mediaType, ...(typeof revised === 'string' ? { revisedPrompt: revised } : {}) },
          usage: { inputTokens: result.usage.inputTokens ?? 0, outputTokens: result.usage.outputTokens ?? 0, images: result.images.length },
        };
      } catch (error) {
        if (NoImageGeneratedError.isInstance(error) && !callSignal.aborted) {
          // Imagen answers `raiFilteredReason` instead of a picture when its safety filter declines the description.
          throw new InvalidModelOutputError(`${call.spec.provider} (${call.spec.model}) answered without a picture: ${error.message}`, [{ path: '', message: 'No picture in the answer' }], undefined, { cause: error });
        }
        throw toRoleError(error, call.spec, callSignal);
      }
    },
  };
}

/** OpenAI's Images API takes a size (fixed per model family); Imagen takes an aspect ratio. */
function shapeOptions(spec: ProviderModelSpec, shape: ImageRequest['shape']): { size?: `${number}x${number}`; aspectRatio?: `${number}:${number}` } {
  if (spec.provider === 'google') return { aspectRatio: shape === 'landscape' ? '16:9' : '1:1' };
  if (shape === 'square' || spec.model.startsWith('dall-e-2')) return { size: '1024x1024' };
  return { size: spec.model.startsWith('dall-e-3') ? '1792x1024' : '1536x1024' };
}
