// A span per database statement, for traces (src/tracing.ts): every query of the pool's clients — Kysely's,
// better-auth's, pg-boss's, the rate limits' — gets a client span with `db.system` and the SQL text as sent, whose
// values are placeholders ($1, $2): the values themselves never reach a span. Only work already inside a recorded
// span is traced, so pg-boss's polling between jobs makes no traces of its own.
import type pg from 'pg';
import { context } from '@opentelemetry/api';
import { failSpan, isInRecordedSpan, type Span, SpanKind, tracer } from '../tracing.ts';

type QueryFunction = (...args: unknown[]) => unknown;

const LEADING_COMMENTS = /^\s*(?:\/\*[\s\S]*?\*\/\s*|--[^\n]*\n\s*)*/;
const TOP_LEVEL_STATEMENT = /^(SELECT|INSERT|UPDATE|DELETE|MERGE)\b/i;

/** `SELECT`, `INSERT`, … from a statement's first word; for a `WITH`, the statement after its common table expressions. */
export function sqlOperation(text: string): string {
  const body = text.replace(LEADING_COMMENTS, '');
  const first = /^[a-z]+/i.exec(body)?.[0]?.toUpperCase();
  if (first !== 'WITH') return first ?? 'QUERY';
  let depth = 0;
  for (let at = 4; at < body.length; at += 1) {
    const character = body[at];
    if (character === '(') depth += 1;
    else if (character === ')') depth -= 1;
    else if (depth === 0 && /\s/.test(body[at - 1]!)) {
      const statement = TOP_LEVEL_STATEMENT.exec(body.slice(at))?.[1];
      if (statement) return statement.toUpperCase();
    }
  }
  return 'WITH';
}

function queryText(first: unknown): string | undefined {
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && typeof (first as { text?: unknown }).text === 'string') return (first as { text: string }).text;
  return undefined;
}

function recordRows(span: Span, result: unknown): void {
  const rows = (result as { rowCount?: unknown } | undefined)?.rowCount;
  if (typeof rows === 'number') span.setAttribute('db.response.returned_rows', rows);
}

function tracedQuery(original: QueryFunction, kind: 'pglite' | 'postgres'): QueryFunction {
  return function (this: unknown, ...args: unknown[]) {
    const text = queryText(args[0]);
    // A cursor or stream (an object with submit()), or work outside any trace: as it was.
    if (text === undefined || typeof (args[0] as { submit?: unknown }).submit === 'function' || !isInRecordedSpan()) return original.apply(this, args);
    const operation = sqlOperation(text);
    const span = tracer().startSpan(operation, {
      kind: SpanKind.CLIENT,
      attributes: { 'db.system': 'postgresql', 'db.system.name': 'postgresql', 'db.operation.name': operation, 'db.query.text': text, 'pagehub.database': kind },
    });
    const settle = (error: unknown, result?: unknown) => {
      if (error) failSpan(span, error);
      else recordRows(span, result);
      span.end();
    };
    const callbackAt = args.findIndex((arg) => typeof arg === 'function');
    if (callbackAt >= 0) {
      // Callback style (pg-pool's own query()): the span ends when the callback is called.
      const callback = args[callbackAt] as (error: unknown, result: unknown) => void;
      args[callbackAt] = (error: unknown, result: unknown) => {
        settle(error, result);
        callback(error, result);
      };
    }
    let answer: unknown;
    try {
      answer = original.apply(this, args);
    } catch (error) {
      settle(error);
      throw error;
    }
    if (callbackAt < 0) {
      if (typeof (answer as Promise<unknown> | undefined)?.then === 'function') (answer as Promise<unknown>).then((result) => settle(undefined, result), (error: unknown) => settle(error));
      else span.end();
    }
    return answer;
  };
}

/**
 * Traces the statements of `pool`'s clients. Its connect() keeps the caller's context for a callback that waits
 * for a free client (pg-pool's own query() does), so such a statement nests under the span that asked for it.
 */
export function traceQueries(pool: pg.Pool, kind: 'pglite' | 'postgres'): void {
  pool.on('connect', (client) => {
    client.query = tracedQuery(client.query as QueryFunction, kind) as typeof client.query;
  });
  const connect = pool.connect.bind(pool) as (callback?: (...args: unknown[]) => void) => unknown;
  pool.connect = ((callback?: (...args: unknown[]) => void) => (callback ? connect(context.bind(context.active(), callback)) : connect())) as typeof pool.connect;
}
