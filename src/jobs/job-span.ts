import { contextFromTraceparent, currentTraceparent, inSpan, SpanKind } from '../tracing.ts';
import { context } from '@opentelemetry/api';

/** The key under which a job's data carries the trace of the request that sent it (W3C `traceparent`). */
export const TRACEPARENT_KEY = 'traceparent';

/** `data` with the active span's traceparent, when work is being traced; else `data` itself. */
export function withTraceparent<Data extends object>(data: Data): Data {
  const traceparent = currentTraceparent();
  return traceparent ? { ...data, [TRACEPARENT_KEY]: traceparent } : data;
}

/** A job's data without the traceparent send() added, and that traceparent. */
export function splitTraceparent(data: unknown): { data: Record<string, unknown>; traceparent: string | undefined } {
  const { [TRACEPARENT_KEY]: traceparent, ...rest } = (data ?? {}) as Record<string, unknown>;
  return { data: rest, traceparent: typeof traceparent === 'string' ? traceparent : undefined };
}

/**
 * Runs one job inside a consumer span `job <queue>`: a child of the request that sent it when `traceparent` is
 * given (the job runs later, maybe in another process), else of whatever is active (an in-process job).
 */
export function inJobSpan<T>(queue: string, { attempt, traceparent }: { attempt?: number; traceparent?: string | undefined }, work: () => Promise<T>): Promise<T> {
  const parent = traceparent ? contextFromTraceparent(traceparent) : context.active();
  const attributes = { 'messaging.system': 'pg-boss', 'messaging.destination.name': queue, 'messaging.operation.type': 'process', ...(attempt === undefined ? {} : { 'pagehub.job.attempt': attempt }) };
  return inSpan(`job ${queue}`, { kind: SpanKind.CONSUMER, attributes, parent }, () => work());
}
