// One `ai` SDK language model per provider spec, each speaking one wire format: Anthropic Messages, OpenAI Chat
// Completions (also for OpenAI-compatible servers), Google generateContent.
import { createAnthropic } from '@ai-sdk/anthropic';
import { createGoogleGenerativeAI } from '@ai-sdk/google';
import { createOpenAI } from '@ai-sdk/openai';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import type { LanguageModel } from 'ai';
import type { ModelConfig, ProviderModelSpec } from './model-spec.ts';

/** The provider name the openai-compatible models report, and the key of their provider options. */
export const OPENAI_COMPATIBLE_NAME = 'openai-compatible';

export interface LanguageModelOptions {
  /** Replaces the global fetch for every request (tests, proxies). */
  fetch?: typeof globalThis.fetch;
}

export function createLanguageModel(spec: ProviderModelSpec, config: ModelConfig, options: LanguageModelOptions = {}): LanguageModel {
  const { fetch } = options;
  switch (spec.provider) {
    case 'anthropic':
      return createAnthropic({ apiKey: config.ANTHROPIC_API_KEY, baseURL: config.ANTHROPIC_BASE_URL, fetch }).messages(spec.model);
    case 'openai':
      // The Chat Completions API rather than Responses, so OpenAI and compatible servers share one wire format.
      return createOpenAI({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, fetch }).chat(spec.model);
    case 'openai-compatible':
      if (!config.OPENAI_BASE_URL) throw new Error('openai-compatible models need OPENAI_BASE_URL (checkModelConfig reports this at start-up)');
      return createOpenAICompatible({
        name: OPENAI_COMPATIBLE_NAME,
        baseURL: config.OPENAI_BASE_URL,
        apiKey: config.OPENAI_API_KEY || undefined,
        fetch,
        includeUsage: true,
        // vLLM, Ollama and llama.cpp all accept `response_format: {type: "json_schema"}`.
        supportsStructuredOutputs: true,
      }).chatModel(spec.model);
    case 'google':
      return createGoogleGenerativeAI({ apiKey: config.GOOGLE_GENERATIVE_AI_API_KEY, baseURL: config.GOOGLE_GENERATIVE_AI_BASE_URL, fetch }).languageModel(spec.model);
  }
}
