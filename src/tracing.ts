// Spans for OpenTelemetry traces, through @opentelemetry/api only: until the process starts the SDK
// (src/admin/start-tracing.ts, when OTEL_EXPORTER_OTLP_ENDPOINT is set) every tracer here is the API's no-op one,
// so a span costs a function call and records nothing. What a span may carry: route templates, SQL text with its
// placeholders, model names, token counts, queue names — never a parameter value, a prompt, an address or a token,
// and never an error's message (a database's message can quote the value it refused); an error's type stands in.
import { context, type Context, ROOT_CONTEXT, type Attributes, type Span, SpanKind, SpanStatusCode, trace, TraceFlags } from '@opentelemetry/api';

export { SpanKind, type Attributes, type Span };

const TRACER_NAME = 'pagehub';

export function tracer() {
  return trace.getTracer(TRACER_NAME);
}

/** True inside a span that is being recorded (tracing is on and this work belongs to a trace). */
export function isInRecordedSpan(): boolean {
  return trace.getActiveSpan()?.isRecording() ?? false;
}

/** The kind of error, for a span's status and `error.type`: its class name or code, never its message. */
export function errorType(error: unknown): string {
  if (error && typeof error === 'object') {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && /^[\w.-]{1,64}$/.test(code)) return code;
    const name = (error as { name?: unknown }).name;
    if (typeof name === 'string' && name) return name;
  }
  return typeof error;
}

/** Marks `span` failed with `error`'s type (not its message). */
export function failSpan(span: Span, error: unknown): void {
  const type = errorType(error);
  span.setAttribute('error.type', type);
  span.setStatus({ code: SpanStatusCode.ERROR, message: type });
}

export interface SpanOptions {
  kind?: SpanKind;
  attributes?: Attributes;
  /** The parent; default the active context. */
  parent?: Context;
}

/** Runs `work` inside a new active span named `name`, ended when it settles; a throw marks it failed and is rethrown. */
export async function inSpan<T>(name: string, { kind = SpanKind.INTERNAL, attributes, parent = context.active() }: SpanOptions, work: (span: Span) => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(name, { kind, ...(attributes ? { attributes } : {}) }, parent, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      failSpan(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/**
 * The context a W3C `traceparent` header continues (https://www.w3.org/TR/trace-context/#traceparent-header),
 * or the root context for a missing or malformed one (all-zero ids are invalid).
 */
export function contextFromTraceparent(header: string | undefined | null): Context {
  const match = header ? TRACEPARENT.exec(header.trim().toLowerCase()) : null;
  if (!match || /^0+$/.test(match[1]!) || /^0+$/.test(match[2]!)) return ROOT_CONTEXT;
  return trace.setSpanContext(ROOT_CONTEXT, { traceId: match[1]!, spanId: match[2]!, traceFlags: Number.parseInt(match[3]!, 16) & TraceFlags.SAMPLED, isRemote: true });
}

/** The active recorded span as a `traceparent` value (to hand to a job), or undefined outside one. */
export function currentTraceparent(): string | undefined {
  const span = trace.getActiveSpan();
  if (!span?.isRecording()) return undefined;
  const { traceId, spanId, traceFlags } = span.spanContext();
  return `00-${traceId}-${spanId}-0${(traceFlags & TraceFlags.SAMPLED).toString(16)}`;
}
