// What the fake provider server answers to the next request, and what it recorded of each request.
import type { IncomingHttpHeaders } from 'node:http';

export type FakeProviderName = 'anthropic' | 'openai' | 'google';

export type Scenario =
  /** Success: the model answers `value` as JSON (a schema-violating value makes the schema-violating case). Streamed in `chunks` pieces, `chunkDelayMs` apart, when the request asks for a stream. */
  | { kind: 'answer'; value: unknown; chunks?: number; chunkDelayMs?: number; /** Waits this long before answering at all (a slow model). */ delayMs?: number }
  /** The model stops mid-document (max tokens): `text`, by default a truncated intent, is not valid JSON. */
  | { kind: 'malformed'; text?: string }
  /** HTTP 429 with the provider's error body and rate-limit headers. */
  | { kind: 'rate-limited' }
  /** HTTP 500 with the provider's error body. */
  | { kind: 'server-error' }
  /** Accepts the request and never answers. */
  | { kind: 'hang' }
  /** An image endpoint's success: `bytes` base64-encoded in the provider's body (OpenAI's b64_json, Imagen's bytesBase64Encoded), whatever they are. */
  | { kind: 'image'; bytes: Uint8Array; revisedPrompt?: string }
  /** An image endpoint's answer without a picture: Imagen's safety filter (`raiFilteredReason`), OpenAI's empty `data`. */
  | { kind: 'image-filtered' };

export const TRUNCATED_JSON = '{"intent_type":"content_edit","target":"hero","scope":{"page":"home","sections":["he';

export interface RecordedRequest {
  provider: FakeProviderName;
  path: string;
  headers: IncomingHttpHeaders;
  body: any;
}

export interface ServerSentEvent {
  event?: string;
  /** Sent as JSON, or as is when a string (`[DONE]`). */
  data: unknown;
}

export type WireAnswer =
  | { kind: 'json'; status: number; headers: Record<string, string>; body: unknown }
  | { kind: 'events'; events: ServerSentEvent[]; delayMs: number }
  | { kind: 'hang' };
