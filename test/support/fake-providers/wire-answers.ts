// Each provider's answer to a scenario in its own wire format, from the recorded fixtures. What the request asked
// for decides the shape: a stream or one body, and for Anthropic a `json` tool call or text.
import { fill, readFixture, splitText, streamEvents } from './fixtures.ts';
import { TRUNCATED_JSON, type FakeProviderName, type Scenario, type WireAnswer } from './scenarios.ts';

interface FixtureNames {
  body: string;
  stream: string;
}

const FIXTURE_NAMES: Record<FakeProviderName, FixtureNames & { truncatedBody: string }> = {
  anthropic: { body: 'message-text', truncatedBody: 'message-truncated', stream: 'stream-text' },
  openai: { body: 'chat-completion', truncatedBody: 'chat-completion-truncated', stream: 'chat-completion-chunks' },
  google: { body: 'generate-content', truncatedBody: 'generate-content-truncated', stream: 'stream-generate-content' },
};

/** Anthropic's answers when the SDK asked for structured output as a forced `json` tool instead of text. */
const ANTHROPIC_TOOL_NAMES: FixtureNames = { body: 'message-tool-use', stream: 'stream-tool-use' };

export interface ProviderRequest {
  provider: FakeProviderName;
  model: string;
  isStreaming: boolean;
  /** OpenAI's images/generations or Imagen's :predict. */
  isImage?: boolean;
  body: any;
}

/** The image endpoints' bodies: OpenAI's Images API and Imagen's predictions. */
const IMAGE_FIXTURES: Partial<Record<FakeProviderName, { image: string; filtered: unknown }>> = {
  openai: { image: 'image-generation', filtered: { created: 1764751200, data: [] } },
  google: { image: 'predict', filtered: 'predict-filtered' },
};

export function wireAnswer(scenario: Scenario, request: ProviderRequest): WireAnswer {
  const { provider } = request;
  switch (scenario.kind) {
    case 'hang':
      return { kind: 'hang' };
    case 'image':
    case 'image-filtered': {
      const fixtures = IMAGE_FIXTURES[provider];
      if (!request.isImage || !fixtures) throw new Error(`an image scenario reached ${provider}'s non-image endpoint`);
      if (scenario.kind === 'image-filtered') return { kind: 'json', status: 200, headers: {}, body: typeof fixtures.filtered === 'string' ? readFixture(provider, fixtures.filtered) : fixtures.filtered };
      const values = { '{{image-base64}}': Buffer.from(scenario.bytes).toString('base64'), '{{revised-prompt}}': scenario.revisedPrompt };
      return { kind: 'json', status: 200, headers: {}, body: fill(readFixture(provider, fixtures.image), values) };
    }
    case 'rate-limited':
    case 'server-error': {
      const fixture = readFixture(provider, scenario.kind === 'rate-limited' ? 'error-429' : 'error-500');
      return { kind: 'json', status: fixture.status, headers: fixture.headers, body: fixture.body };
    }
    case 'answer':
    case 'malformed': {
      if (request.isImage) throw new Error(`a ${scenario.kind} scenario reached ${provider}'s image endpoint; queue an image scenario`);
      const usesJsonTool = provider === 'anthropic' && Array.isArray(request.body.tools) && request.body.tools.some((tool: { name?: string }) => tool.name === 'json');
      const names = usesJsonTool ? ANTHROPIC_TOOL_NAMES : FIXTURE_NAMES[provider];
      const text = scenario.kind === 'answer' ? JSON.stringify(scenario.value) : (scenario.text ?? TRUNCATED_JSON);
      const values = { '{{model}}': request.model, '{{answer-text}}': text, '{{answer-value}}': scenario.kind === 'answer' ? scenario.value : undefined };
      if (request.isStreaming) {
        // A stream that breaks off has no stop reason of its own here: the malformed text simply ends early.
        const pieces = splitText(text, scenario.kind === 'answer' ? (scenario.chunks ?? 4) : 3);
        const template = readFixture(provider, scenario.kind === 'malformed' && usesJsonTool ? FIXTURE_NAMES.anthropic.stream : names.stream);
        return { kind: 'events', events: streamEvents(template.events, pieces, values), delayMs: scenario.kind === 'answer' ? (scenario.chunkDelayMs ?? 0) : 0 };
      }
      // A model asked for a tool that answers in text instead is how Anthropic's malformed output looks.
      const fixture = scenario.kind === 'malformed' ? FIXTURE_NAMES[provider].truncatedBody : names.body;
      return { kind: 'json', status: 200, headers: {}, body: fill(readFixture(provider, fixture), values) };
    }
  }
}
