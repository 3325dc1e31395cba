// The error log, in house: every server error (5xx), failed job and failed AI edit is stored with a fingerprint
// so that repeats group together (a count, first and last seen) and each occurrence is kept 30 days with its
// request id, route and a context of ids. Nothing personal is stored: the context keeps only ids and codes
// (no prompts, bodies, cookies or emails), and messages and stacks have addresses, emails and secrets masked.
// Recording never throws: a failure to record is logged and the request or job goes on as it would have.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Logger } from '../logger.ts';
import type { Db } from '../store/index.ts';
import type { ErrorSource } from './metrics.ts';

/** Ids and codes only: keys ending in `Id`, or one of CONTEXT_KEYS; values short tokens without spaces or `@`. */
export type ErrorContext = Record<string, string | number | boolean | null | undefined>;

export interface ErrorReport {
  source: ErrorSource;
  error: unknown;
  /** The route template (`POST /api/sites/:id/edit`) or the job's queue (`job site-generation`). */
  route?: string | null;
  requestId?: string | null;
  context?: ErrorContext;
}

export interface ErrorLog {
  record(report: ErrorReport): Promise<void>;
}

export interface ErrorGroup {
  fingerprint: string;
  source: ErrorSource;
  name: string;
  message: string;
  route: string | null;
  stack: string;
  count: number;
  firstSeen: Date;
  lastSeen: Date;
  lastRequestId: string | null;
}

const CONTEXT_KEYS = new Set(['code', 'queue', 'intent', 'attempt', 'attempts', 'calls', 'isLastAttempt', 'method', 'status', 'outcome']);
const MAX_VALIDATION_ERRORS = 20;
const MAX_VALIDATION_MESSAGE = 300;
const SAFE_TOKEN = /^[\w.:-]{1,100}$/;
const TOP_FRAMES = 5;
const MAX_MESSAGE = 1_000;
const MAX_STACK_FRAMES = 20;

/** Emails, credentials in URLs and API keys are masked wherever error text is stored. */
export function maskSecrets(text: string): string {
  return text
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]')
    .replace(/([a-z][\w+.-]*:\/\/)[^/\s:@]+:[^/\s@]+@/gi, '$1[credentials]@')
    .replace(/\b(sk|rk|pk)_(live|test)_\w+|\bwhsec_\w+|\bBearer\s+\S+/g, '[secret]');
}

/** Only ids and codes survive: anything else (a prompt, an email, an object) is dropped. */
export function safeContext(context: ErrorContext = {}): Record<string, string | number | boolean | null> {
  const safe: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(context)) {
    if (!(key.endsWith('Id') || CONTEXT_KEYS.has(key))) continue;
    const isSafe = typeof value === 'string' ? SAFE_TOKEN.test(value) : value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
    if (isSafe && value !== undefined) safe[key] = value;
  }
  return safe;
}

/** Quoted text in a message is what the model (or the person) wrote: it is replaced by `"…"`. */
const withoutQuotedText = (message: string) => message.replace(/"[^"]*"|“[^”]*”/g, '"…"');

/** The `errors: [{path, message}]` an error carries (a refused AI answer's), masked and capped; null when none. */
export function validationErrorsOf(error: unknown): { path: string; message: string }[] | null {
  const errors = typeof error === 'object' && error !== null ? (error as { errors?: unknown }).errors : undefined;
  if (!Array.isArray(errors)) return null;
  const kept = errors
    .filter((entry): entry is { path: string; message: string } => typeof entry === 'object' && entry !== null && typeof entry.path === 'string' && typeof entry.message === 'string')
    .slice(0, MAX_VALIDATION_ERRORS)
    .map((entry) => ({ path: maskSecrets(entry.path).slice(0, 200), message: withoutQuotedText(maskSecrets(entry.message)).slice(0, MAX_VALIDATION_MESSAGE) }));
  return kept.length > 0 ? kept : null;
}

function errorName(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && SAFE_TOKEN.test(code) ? `${error.name} ${code}` : error.name;
}

function stackFrames(error: unknown): string[] {
  const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : '';
  return stack
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .map((line) => line.trim());
}

/** `at planEdit (/srv/pagehub/src/ai/edit.ts:12:5)` → `planEdit (src/ai/edit.ts)`: stable across builds and machines. */
function normalizedFrame(frame: string): string {
  const withoutAt = frame.replace(/^at\s+/, '');
  const relative = withoutAt.replace(/(?:file:\/\/)?[^\s()]*?\/((?:src|web|node_modules)\/[^\s():]+)/g, '$1');
  return relative.replace(/:\d+(:\d+)?(?=\)|$)/g, '');
}

function isAppFrame(frame: string): boolean {
  return /\/(src|web)\//.test(frame) && !frame.includes('node_modules');
}

/** Hash of the error's name, its top frames in our code (without line numbers) and the route. */
export function errorFingerprint(error: unknown, route: string | null | undefined, source: ErrorSource): string {
  const frames = stackFrames(error);
  const appFrames = frames.filter(isAppFrame);
  const top = (appFrames.length > 0 ? appFrames : frames).slice(0, TOP_FRAMES).map(normalizedFrame);
  return createHash('sha256').update([source, errorName(error), route ?? '', ...top].join('\n')).digest('hex').slice(0, 32);
}

function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return maskSecrets(message).slice(0, MAX_MESSAGE);
}

function storedStack(error: unknown): string {
  return maskSecrets(
    stackFrames(error)
      .slice(0, MAX_STACK_FRAMES)
      .map((frame) => frame.replace(/(?:file:\/\/)?[^\s()]*?\/((?:src|web|node_modules)\/)/g, '$1'))
      .join('\n'),
  );
}

export interface ErrorLogDeps {
  db: Db;
  logger: Logger;
  clock?: () => Date;
  /** Told of each recorded error (the metrics count them). */
  onRecorded?: (source: ErrorSource) => void;
}

export function createErrorLog({ db, logger, clock = () => new Date(), onRecorded }: ErrorLogDeps): ErrorLog {
  // An error recorded where it happened (a failed AI edit) reaches the 5xx handler next: it is recorded once.
  const recorded = new WeakSet<object>();
  return {
    async record({ source, error, route = null, requestId = null, context }) {
      if (typeof error === 'object' && error !== null) {
        if (recorded.has(error)) return;
        recorded.add(error);
      }
      const at = clock();
      const fingerprint = errorFingerprint(error, route, source);
      const message = messageOf(error);
      try {
        await db.transaction().execute(async (transaction) => {
          await transaction
            .insertInto('error_groups')
            .values({ fingerprint, source, name: errorName(error), message, route, stack: storedStack(error), count: 1, first_seen: at, last_seen: at, last_request_id: requestId })
            .onConflict((conflict) =>
              conflict.column('fingerprint').doUpdateSet({
                count: sql`error_groups.count + 1`,
                last_seen: sql`greatest(error_groups.last_seen, excluded.last_seen)`,
                message: sql`excluded.message`,
                last_request_id: sql`excluded.last_request_id`,
              }),
            )
            .execute();
          const validationErrors = validationErrorsOf(error);
          await transaction
            .insertInto('error_events')
            .values({ fingerprint, at, request_id: requestId, route, message, context: JSON.stringify(safeContext(context)), validation_errors: validationErrors ? JSON.stringify(validationErrors) : null })
            .execute();
        });
        onRecorded?.(source);
      } catch (recordError) {
        logger.warn({ err: recordError, fingerprint }, 'Could not record an error in the error log');
      }
    },
  };
}

/** The groups seen most recently first (the admin screen's list, later). */
export async function recentErrorGroups(db: Db, limit = 50): Promise<ErrorGroup[]> {
  const rows = await db.selectFrom('error_groups').selectAll().orderBy('last_seen', 'desc').limit(limit).execute();
  return rows.map((row) => ({
    fingerprint: row.fingerprint,
    source: row.source,
    name: row.name,
    message: row.message,
    route: row.route,
    stack: row.stack,
    count: row.count,
    firstSeen: new Date(row.first_seen),
    lastSeen: new Date(row.last_seen),
    lastRequestId: row.last_request_id,
  }));
}

/** Removes occurrences older than `before`, and the groups not seen since; returns how many of each. */
export async function sweepErrorLog(db: Db, before: Date): Promise<{ errorEvents: number; errorGroups: number }> {
  const events = await db.deleteFrom('error_events').where('at', '<', before).executeTakeFirst();
  const groups = await db.deleteFrom('error_groups').where('last_seen', '<', before).executeTakeFirst();
  return { errorEvents: Number(events.numDeletedRows), errorGroups: Number(groups.numDeletedRows) };
}
