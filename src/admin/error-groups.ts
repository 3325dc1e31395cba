// What the operator's Errors screen reads from the error log: the groups (one per fingerprint) seen most recently
// first, filtered by kind (server error, failed job, failed AI edit) and by when they were last seen, keyset-
// paginated; each with its latest occurrence (request id, the ids and codes recorded — a failed AI edit's intent,
// attempts and model calls — and what failed validation). And one group's occurrences, newest first.
import { sql } from 'kysely';
import type { Db } from '../store/index.ts';
import type { ErrorGroup } from './error-log.ts';
import type { ErrorSource } from './metrics.ts';

export interface ErrorOccurrence {
  id: number;
  at: Date;
  requestId: string | null;
  route: string | null;
  message: string;
  /** Ids and codes only (error-log.ts safeContext): siteId, userId, code, intent, attempts, calls, queue… */
  context: Record<string, string | number | boolean | null>;
  validationErrors: { path: string; message: string }[] | null;
}

export interface ErrorGroupListing extends ErrorGroup {
  latest: ErrorOccurrence | null;
}

export interface ErrorGroupFilter {
  source?: ErrorSource | undefined;
  /** Groups last seen at or after this. */
  since?: Date | undefined;
  cursor?: string | undefined;
  limit?: number;
}

const asDate = (value: Date | string) => (value instanceof Date ? value : new Date(value));
const asJson = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

/** A cursor is the last group's `lastSeen|fingerprint`. */
export function errorGroupCursor(group: Pick<ErrorGroup, 'lastSeen' | 'fingerprint'>): string {
  return `${group.lastSeen.toISOString()}|${group.fingerprint}`;
}

function parseCursor(cursor: string | undefined): { at: Date; fingerprint: string } | null {
  if (!cursor) return null;
  const [at, fingerprint] = cursor.split('|');
  const date = new Date(at ?? '');
  return Number.isNaN(date.getTime()) || !fingerprint ? null : { at: date, fingerprint };
}

type GroupRow = { fingerprint: string; source: ErrorSource; name: string; message: string; route: string | null; stack: string; count: number; first_seen: Date | string; last_seen: Date | string; last_request_id: string | null };
type EventRow = { id: number | string; fingerprint: string; at: Date | string; request_id: string | null; route: string | null; message: string; context: unknown; validation_errors: unknown };

const toGroup = (row: GroupRow): ErrorGroup => ({
  fingerprint: row.fingerprint, source: row.source, name: row.name, message: row.message, route: row.route, stack: row.stack,
  count: Number(row.count), firstSeen: asDate(row.first_seen), lastSeen: asDate(row.last_seen), lastRequestId: row.last_request_id,
});

const toOccurrence = (row: EventRow): ErrorOccurrence => ({
  id: Number(row.id), at: asDate(row.at), requestId: row.request_id, route: row.route, message: row.message,
  context: asJson<ErrorOccurrence['context']>(row.context) ?? {}, validationErrors: asJson<ErrorOccurrence['validationErrors']>(row.validation_errors) ?? null,
});

export async function listErrorGroups(db: Db, { source, since, cursor, limit = 50 }: ErrorGroupFilter = {}): Promise<{ groups: ErrorGroupListing[]; nextCursor: string | null }> {
  const after = parseCursor(cursor);
  const { rows } = await sql<GroupRow>`
    SELECT * FROM error_groups
    WHERE TRUE
      ${source ? sql`AND source = ${source}` : sql``}
      ${since ? sql`AND last_seen >= ${since}` : sql``}
      ${after ? sql`AND (last_seen, fingerprint) < (${after.at}, ${after.fingerprint})` : sql``}
    ORDER BY last_seen DESC, fingerprint DESC
    LIMIT ${limit + 1}`.execute(db);
  const groups = rows.slice(0, limit).map(toGroup);
  const fingerprints = groups.map((group) => group.fingerprint);
  const latest = new Map<string, ErrorOccurrence>();
  if (fingerprints.length > 0) {
    const events = await sql<EventRow>`
      SELECT DISTINCT ON (fingerprint) * FROM error_events
      WHERE fingerprint IN (${sql.join(fingerprints)})
      ORDER BY fingerprint, at DESC, id DESC`.execute(db);
    for (const row of events.rows) latest.set(row.fingerprint, toOccurrence(row));
  }
  return { groups: groups.map((group) => ({ ...group, latest: latest.get(group.fingerprint) ?? null })), nextCursor: rows.length > limit ? errorGroupCursor(groups.at(-1)!) : null };
}

/** One group and its latest occurrences (newest first), or null when there is no such group. */
export async function errorGroupDetail(db: Db, fingerprint: string, { limit = 50 }: { limit?: number } = {}): Promise<{ group: ErrorGroup; occurrences: ErrorOccurrence[] } | null> {
  const group = await db.selectFrom('error_groups').selectAll().where('fingerprint', '=', fingerprint).executeTakeFirst();
  if (!group) return null;
  const events = await db.selectFrom('error_events').selectAll().where('fingerprint', '=', fingerprint).orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return { group: toGroup(group), occurrences: events.map((row) => toOccurrence(row as EventRow)) };
}
