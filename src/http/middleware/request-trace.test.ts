// The request span on its own, with tracing started in this test over an exporter that keeps what it is given:
// named by route template once a route matched, failed on a 5xx (the error's type, not its message), continuing a
// well-formed traceparent and starting a new trace for a malformed one.
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadableSpan } from '@opentelemetry/sdk-trace';
import { recordingSpanExporter } from '../../../test/support/recording-span-exporter.ts';
import { startTracing, type Tracing } from '../../admin/index.ts';
import { inSpan } from '../../tracing.ts';
import type { AppEnv } from '../app-env.ts';
import { requestTrace } from './request-trace.ts';

const { exporter, exported } = recordingSpanExporter();

let tracing: Tracing;
beforeAll(() => {
  tracing = startTracing({ endpoint: 'http://127.0.0.1:9', serviceName: 'request-trace-test', exporter, scheduledDelayMillis: 10 });
});
afterAll(() => tracing.shutdown());

function app() {
  const hono = new Hono<AppEnv>();
  hono.use(requestTrace());
  hono.get('/api/sites/:id', (c) => inSpan('inner', {}, async () => c.json({ ok: true })));
  hono.get('/api/boom/:id', () => {
    throw new RangeError('a bug met ann@example.com');
  });
  hono.onError((_error, c) => c.json({ title: 'Internal' }, 500));
  return hono;
}

async function spansAfter(request: () => Response | Promise<Response>): Promise<ReadableSpan[]> {
  exported.length = 0;
  await request();
  await new Promise((resolve) => setTimeout(resolve, 50));
  return [...exported];
}

describe('the request span', () => {
  it('is named by the route template, carries method, route and status, and parents the work of the request', async () => {
    const spans = await spansAfter(() => app().request('/api/sites/site-1234?token=secret-token'));
    const server = spans.find((span) => span.name === 'GET /api/sites/:id')!;
    expect(server.attributes).toEqual({ 'http.request.method': 'GET', 'http.route': '/api/sites/:id', 'http.response.status_code': 200 });
    expect(server.status.code).toBe(0);
    const inner = spans.find((span) => span.name === 'inner')!;
    expect(inner.parentSpanContext?.spanId).toBe(server.spanContext().spanId);
    expect(JSON.stringify(spans.map((span) => span.attributes))).not.toMatch(/site-1234|secret-token/);
  });

  it('fails on a 5xx with the status as the error type, never the error message', async () => {
    const [span] = await spansAfter(() => app().request('/api/boom/site-1234'));
    expect(span!.name).toBe('GET /api/boom/:id');
    expect(span!.status.code).toBe(2);
    expect(span!.attributes).toMatchObject({ 'http.response.status_code': 500, 'error.type': '500' });
    expect(JSON.stringify([span!.attributes, span!.status, span!.events])).not.toContain('ann@example.com');
  });

  it('continues a valid traceparent and ignores a malformed one', async () => {
    const traceId = '0af7651916cd43dd8448eb211c80319c';
    const continued = await spansAfter(() => app().request('/api/sites/x', { headers: { traceparent: `00-${traceId}-b7ad6b7169203331-01` } }));
    const server = continued.find((span) => span.name === 'GET /api/sites/:id')!;
    expect(server.spanContext().traceId).toBe(traceId);
    expect(server.parentSpanContext).toMatchObject({ spanId: 'b7ad6b7169203331', isRemote: true });
    for (const malformed of [`00-${'0'.repeat(32)}-b7ad6b7169203331-01`, `00-${traceId}-b7ad6b71692033-01`, 'garbage']) {
      const spans = await spansAfter(() => app().request('/api/sites/x', { headers: { traceparent: malformed } }));
      const root = spans.find((span) => span.name === 'GET /api/sites/:id')!;
      expect(root.parentSpanContext).toBeUndefined();
      expect(root.spanContext().traceId).not.toBe(traceId);
    }
  });

  it('names a request no route answers `unmatched` under /api, and better-auth’s own `/api/auth/*`', async () => {
    const spans = await spansAfter(() => app().request('/api/nothing/here', { method: 'DELETE' }));
    expect(spans.map((span) => span.name)).toEqual(['DELETE unmatched']);
    expect(spans[0]!.attributes['http.response.status_code']).toBe(404);
    const auth = await spansAfter(() => app().request('/api/auth/verify-email?token=secret-token'));
    expect(auth.map((span) => span.name)).toEqual(['GET /api/auth/*']);
  });
});
