// An OpenTelemetry span exporter that keeps what it is given, for tests that start tracing in-process.
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace';

export function recordingSpanExporter(): { exporter: SpanExporter; exported: ReadableSpan[] } {
  const exported: ReadableSpan[] = [];
  const exporter: SpanExporter = {
    export: (spans, done) => {
      exported.push(...spans);
      done({ code: 0 }); // ExportResultCode.SUCCESS
    },
    shutdown: async () => {},
  };
  return { exporter, exported };
}
