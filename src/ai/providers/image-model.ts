// One `ai` SDK image model per provider spec, each speaking its provider's wire format: OpenAI's Images API
// (POST /images/generations, also on OpenAI-compatible servers) and Google's Imagen through the Generative Language
// API (POST /models/{model}:predict). Anthropic makes no pictures: checkModelConfig refuses it for the image role.
import { createGoogleGenerativeAI } from '@ai-sdk/google';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { ImageModel } from 'ai';
import type { LanguageModelOptions } from './language-model.ts';
import { OPENAI_COMPATIBLE_NAME } from './language-model.ts';
import type { ModelConfig, ProviderModelSpec } from './model-spec.ts';

export function createImageModel(spec: ProviderModelSpec, config: ModelConfig, options: LanguageModelOptions = {}): ImageModel {
  const { fetch } = options;
  switch (spec.provider) {
    case 'openai':
      return createOpenAI({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, fetch }).image(spec.model);
    case 'openai-compatible':
      if (!config.OPENAI_BASE_URL) throw new Error('openai-compatible models need OPENAI_BASE_URL (checkModelConfig reports this at start-up)');
      return createOpenAICompatible({ name: OPENAI_COMPATIBLE_NAME, baseURL: config.OPENAI_BASE_URL, apiKey: config.OPENAI_API_KEY || undefined, fetch }).imageModel(spec.model);
    case 'google':
      return createGoogleGenerativeAI({ apiKey: config.GOOGLE_GENERATIVE_AI_API_KEY, baseURL: config.GOOGLE_GENERATIVE_AI_BASE_URL, fetch }).image(spec.model);
    case 'anthropic':
      throw new Error('Anthropic has no image models (checkModelConfig reports this at start-up)');
  }
}
