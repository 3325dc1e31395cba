// How to read a recorded request of each wire format: where the system prompt, the model id, the API key and the
// stream flag travel for Anthropic, OpenAI (and compatible servers) and Google.
import type { RecordedRequest } from './scenarios.ts';

export interface ProviderCase {
  spec: string;
  model: string;
  /** The header that carried the API key, and its value. */
  keyHeader: [name: string, value: string];
  systemPrompt(request: RecordedRequest): string;
  sentModel(request: RecordedRequest): string;
  isStream(request: RecordedRequest): boolean;
}

const openAiWire = {
  systemPrompt: (request: RecordedRequest) => request.body.messages.find((message: any) => message.role === 'system' || message.role === 'developer')?.content,
  sentModel: (request: RecordedRequest) => request.body.model,
  isStream: (request: RecordedRequest) => request.body.stream === true && request.body.stream_options?.include_usage === true,
};

/** One case per provider the roles can use, each read the way its wire format puts things. */
export function providerCases(apiKey: string): ProviderCase[] {
  return [
    {
      spec: 'anthropic:claude-sonnet-4-5',
      model: 'claude-sonnet-4-5',
      keyHeader: ['x-api-key', apiKey],
      systemPrompt: (request) => request.body.system[0].text,
      sentModel: (request) => request.body.model,
      isStream: (request) => request.body.stream === true,
    },
    { spec: 'openai:gpt-5-mini', model: 'gpt-5-mini', keyHeader: ['authorization', `Bearer ${apiKey}`], ...openAiWire },
    { spec: 'openai-compatible:qwen3-32b', model: 'qwen3-32b', keyHeader: ['authorization', `Bearer ${apiKey}`], ...openAiWire },
    {
      spec: 'google:gemini-2.5-flash',
      model: 'gemini-2.5-flash',
      keyHeader: ['x-goog-api-key', apiKey],
      systemPrompt: (request) => request.body.systemInstruction.parts[0].text,
      sentModel: (request) => /\/models\/([^:]+):/.exec(request.path)![1]!,
      isStream: (request) => request.path.endsWith(':streamGenerateContent?alt=sse'),
    },
  ];
}
