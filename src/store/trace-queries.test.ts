// A span per statement, on the embedded database with tracing started over an exporter that keeps what it gets:
// Kysely's promise calls and pg-pool's callback calls (pg-boss's), nested under the span that asked, a failure
// marked with the database's error code and never its message (which quotes the refused value), and nothing
// at all outside a span.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadableSpan } from '@opentelemetry/sdk-trace';
import { recordingSpanExporter } from '../../test/support/recording-span-exporter.ts';
import { startTracing, type Tracing } from '../admin/index.ts';
import { inSpan } from '../tracing.ts';
import { openPglite, type Database } from './database.ts';
import { sqlOperation } from './trace-queries.ts';

const { exporter, exported } = recordingSpanExporter();

let tracing: Tracing;
let database: Database;
beforeAll(async () => {
  tracing = startTracing({ endpoint: 'http://127.0.0.1:9', serviceName: 'trace-queries-test', exporter, scheduledDelayMillis: 10 });
  database = await openPglite('memory://', { traceQueries: true });
  await sql`CREATE TABLE traced_things (email text PRIMARY KEY)`.execute(database.db);
});
afterAll(async () => {
  await database.close();
  await tracing.shutdown();
});

async function spansOf(work: () => Promise<unknown>): Promise<ReadableSpan[]> {
  await new Promise((resolve) => setTimeout(resolve, 30));
  exported.length = 0;
  await work().catch(() => {});
  await new Promise((resolve) => setTimeout(resolve, 50));
  return [...exported];
}

describe('statement spans', () => {
  it('names each statement by its operation', () => {
    expect(sqlOperation('select 1')).toBe('SELECT');
    expect(sqlOperation('\n  INSERT INTO pgboss.job (id) VALUES ($1)')).toBe('INSERT');
    expect(sqlOperation('/* kysely */ update "refs" set x = $1')).toBe('UPDATE');
    expect(sqlOperation('WITH recent AS (SELECT * FROM (SELECT 1) AS one) DELETE FROM t')).toBe('DELETE');
    expect(sqlOperation('-- pg-boss\nwith next as (select id from j) update j set state = $1 from next')).toBe('UPDATE');
    expect(sqlOperation('')).toBe('QUERY');
  });

  it('traces a Kysely query and a pool.query callback under the span that asked, with placeholders and no values', async () => {
    const spans = await spansOf(() =>
      inSpan('request', {}, async () => {
        await database.db.insertInto('traced_things' as never).values({ email: 'ann@example.com' } as never).execute();
        await database.pool.query('SELECT email FROM traced_things WHERE email = $1', ['ann@example.com']);
      }),
    );
    const request = spans.find((span) => span.name === 'request')!;
    const statements = spans.filter((span) => span.name !== 'request');
    expect(statements.map((span) => span.name)).toEqual(['INSERT', 'SELECT']);
    for (const statement of statements) {
      expect(statement.parentSpanContext?.spanId).toBe(request.spanContext().spanId);
      expect(statement.attributes).toMatchObject({ 'db.system': 'postgresql', 'db.system.name': 'postgresql', 'pagehub.database': 'pglite', 'db.response.returned_rows': 1 });
      expect(String(statement.attributes['db.query.text'])).toContain('$1');
    }
    expect(JSON.stringify(spans.map((span) => span.attributes))).not.toContain('ann@example.com');
  });

  it('keeps a pool.query that waited for the one connection under its own span, not the one that released it', async () => {
    const spans = await spansOf(async () => {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const first = inSpan('first', {}, () =>
        database.db.transaction().execute(async (transaction) => {
          await sql`SELECT 1 AS one`.execute(transaction);
          await held;
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
      const second = inSpan('second', {}, () => database.pool.query('SELECT 2 AS two'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      release();
      await Promise.all([first, second]);
    });
    const second = spans.find((span) => span.name === 'second')!;
    const waited = spans.find((span) => span.attributes['db.query.text'] === 'SELECT 2 AS two')!;
    expect(waited.parentSpanContext?.spanId).toBe(second.spanContext().spanId);
  });

  it('marks a failed statement with the error code, never the message that quotes the value', async () => {
    const spans = await spansOf(() => inSpan('request', {}, () => database.db.insertInto('traced_things' as never).values({ email: 'ann@example.com' } as never).execute()));
    const failed = spans.find((span) => span.name === 'INSERT')!;
    expect(failed.status).toEqual({ code: 2, message: '23505' });
    expect(failed.attributes['error.type']).toBe('23505');
    expect(JSON.stringify(spans.map((span) => [span.attributes, span.status, span.events]))).not.toContain('ann@example.com');
  });

  it('makes no span for a statement outside any span (pg-boss polling)', async () => {
    const spans = await spansOf(() => database.pool.query('SELECT 1'));
    expect(spans).toEqual([]);
  });
});
