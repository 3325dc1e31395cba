// The intent, editor and generator roles answered by a provider model through the `ai` SDK: one structured-output
// call each (the generator streams), no retries of its own (the pipelines retry through withProviderRetries), every
// failure turned into ProviderError or InvalidModelOutputError.
import { generateObject, jsonSchema, streamObject, zodSchema, type FlexibleSchema, type LanguageModel } from 'ai';
import { Intent } from '../intent-schema.ts';
import { editorMessages, generatorMessages, intentMessages, translatorMessages, type ModelMessages } from '../prompts.ts';
import { EditProposal, Translation, type EditorRole, type GeneratorRole, type IntentRole, type RoleAnswer, type Usage } from '../roles.ts';
import { SiteShape } from '../../site/index.ts';
import type { ProviderModelSpec } from './model-spec.ts';
import { toRoleError, usageFrom } from './provider-errors.ts';

export interface ProviderCall {
  spec: ProviderModelSpec;
  model: LanguageModel;
  /** Each call is abandoned after this long, even when the caller's signal never fires. */
  timeoutMs: number;
  /** Least time between two onPartial calls while the generator streams. */
  partialIntervalMs: number;
}

type ProviderOptions = Record<string, Record<string, string | boolean>>;

/** The generator's output schema without validation: the pipeline validates (and reports) the document itself. */
const SITE_SCHEMA = jsonSchema<unknown>(() => zodSchema(SiteShape).jsonSchema);

export function providerIntentRole(call: ProviderCall): IntentRole {
  return {
    provider: call.spec.provider,
    model: call.spec.model,
    classify: (request, signal) => generateJson(call, { schema: Intent, name: 'intent', messages: intentMessages(request), providerOptions: {} }, signal),
  };
}

export function providerEditorRole(call: ProviderCall): EditorRole {
  return {
    provider: call.spec.provider,
    model: call.spec.model,
    propose: async (request, signal) => {
      // Patch values are any JSON (a recursive schema) which Gemini's response schema cannot express: JSON mode only.
      const providerOptions = call.spec.provider === 'google' ? { google: { structuredOutputs: false } } : openSchemaOptions(call.spec);
      const answer = await generateJson(call, { schema: EditProposal, name: 'edit_proposal', messages: editorMessages(request), providerOptions }, signal);
      return answer as RoleAnswer<EditProposal>;
    },
    translate: (request, signal) => generateJson(call, { schema: Translation, name: 'translation', messages: translatorMessages(request), providerOptions: {} }, signal),
  };
}

export function providerGeneratorRole(call: ProviderCall): GeneratorRole {
  return {
    provider: call.spec.provider,
    model: call.spec.model,
    async generate(request, signal) {
      const callSignal = withTimeout(signal, call.timeoutMs);
      const { system, prompt } = generatorMessages(request);
      const reportPartial = throttle(request.onPartial, call.partialIntervalMs);
      try {
        const result = streamObject({
          model: call.model,
          schema: SITE_SCHEMA,
          schemaName: 'site',
          system,
          prompt,
          abortSignal: callSignal,
          maxRetries: 0,
          providerOptions: openSchemaOptions(call.spec),
          onError: () => {}, // reported through the stream below
        });
        let usage: Usage = { inputTokens: 0, outputTokens: 0 };
        for await (const part of result.fullStream) {
          if (part.type === 'object') reportPartial(part.object);
          else if (part.type === 'error') throw part.error;
          else if (part.type === 'finish') usage = usageFrom(part.usage);
        }
        return { value: await result.object, usage };
      } catch (error) {
        throw toRoleError(error, call.spec, callSignal);
      }
    },
  };
}

interface JsonRequest<T> {
  schema: FlexibleSchema<T>;
  /** Names the output for the provider (OpenAI's json_schema name). */
  name: string;
  messages: ModelMessages;
  providerOptions: ProviderOptions;
}

async function generateJson<T>(call: ProviderCall, request: JsonRequest<T>, signal?: AbortSignal): Promise<RoleAnswer<T>> {
  const callSignal = withTimeout(signal, call.timeoutMs);
  try {
    const result = await generateObject({
      model: call.model,
      schema: request.schema,
      schemaName: request.name,
      system: request.messages.system,
      prompt: request.messages.prompt,
      abortSignal: callSignal,
      maxRetries: 0,
      providerOptions: request.providerOptions,
    });
    return { value: result.object as T, usage: usageFrom(result.usage) };
  } catch (error) {
    throw toRoleError(error, call.spec, callSignal);
  }
}

/**
 * Options for schemas with free-form parts (patch values, localized text maps): strict modes would reject them
 * (OpenAI) or close every open object (Anthropic's native output format), so these go as a loose schema or a tool.
 */
function openSchemaOptions(spec: ProviderModelSpec): ProviderOptions {
  switch (spec.provider) {
    case 'anthropic':
      return { anthropic: { structuredOutputMode: 'jsonTool' } };
    case 'openai':
      return { openai: { strictJsonSchema: false } };
    case 'openai-compatible':
      return { openaiCompatible: { strictJsonSchema: false } }; // the SDK's option key for every compatible server
    case 'google':
      return {};
  }
}

function withTimeout(signal: AbortSignal | undefined, timeoutMs: number): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  return signal ? AbortSignal.any([signal, timeout]) : timeout;
}

/** Calls `report` at most once per `intervalMs`; partials in between are dropped (the final document is returned). */
function throttle(report: ((partial: unknown) => void) | undefined, intervalMs: number): (partial: unknown) => void {
  if (!report) return () => {};
  let lastReportAt = Number.NEGATIVE_INFINITY;
  return (partial) => {
    const now = Date.now();
    if (now - lastReportAt < intervalMs) return;
    lastReportAt = now;
    report(partial);
  };
}
