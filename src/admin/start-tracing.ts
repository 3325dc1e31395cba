// OpenTelemetry traces, only when OTEL_EXPORTER_OTLP_ENDPOINT is set: a tracer provider whose batch span processor
// sends spans over OTLP/HTTP (JSON) to `{endpoint}/v1/traces`, and the async-hooks context manager, so a span
// started in a request is the parent of the queries, model calls and jobs that request causes. The spans
// themselves are made through @opentelemetry/api (src/tracing.ts), which stays a no-op until this runs.
// The exporter reads OTEL_EXPORTER_OTLP_HEADERS (a collector's API key) and OTEL_EXPORTER_OTLP_TIMEOUT itself.
import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider, type SpanExporter } from '@opentelemetry/sdk-trace';

export interface TracingOptions {
  /** OTEL_EXPORTER_OTLP_ENDPOINT: the collector's base URL; spans go to `/v1/traces` under it. */
  endpoint: string;
  /** OTEL_SERVICE_NAME (default "pagehub"). */
  serviceName: string;
  /** How long spans wait to be sent in a batch (default 5 s); shutdown sends what is left at once. */
  scheduledDelayMillis?: number;
  /** Where spans go instead of the OTLP exporter (tests). */
  exporter?: SpanExporter;
}

export interface Tracing {
  /** Sends the spans still waiting, then stops tracing; the API's no-op tracer is back afterwards. */
  shutdown(): Promise<void>;
}

/** The OTLP/HTTP traces URL of an endpoint, as the OpenTelemetry specification builds it. */
export function tracesUrl(endpoint: string): string {
  return `${endpoint.replace(/\/+$/, '')}/v1/traces`;
}

/** Starts tracing for this process; one at a time (the API's tracer provider and context manager are global). */
export function startTracing({ endpoint, serviceName, scheduledDelayMillis = 5_000, exporter }: TracingOptions): Tracing {
  const contextManager = new AsyncLocalStorageContextManager().enable();
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    // Long SQL (pg-boss's, the migrations') is cut rather than sent whole.
    spanLimits: { attributeValueLengthLimit: 2_048 },
    spanProcessors: [new BatchSpanProcessor({ exporter: exporter ?? new OTLPTraceExporter({ url: tracesUrl(endpoint) }), scheduledDelayMillis })],
  });
  if (!context.setGlobalContextManager(contextManager)) throw new Error('Tracing is already started in this process');
  if (!trace.setGlobalTracerProvider(provider)) {
    context.disable();
    throw new Error('Tracing is already started in this process');
  }
  let stopping: Promise<void> | undefined;
  return {
    shutdown: () =>
      (stopping ??= provider.shutdown().finally(() => {
        trace.disable();
        context.disable();
      })),
  };
}
