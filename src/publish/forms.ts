// Visitors' form submissions: checking one against the live form it was sent to, storing it, listing and
// deleting stored ones, marking them read, and the plain-text mail that tells the site's members. HTTP concerns (reading the body,
// answering browsers) live in src/http/routes/forms.ts.
import type { FieldError } from '../errors.ts';
import { unsafeTextReason } from '../input-text.ts';
import type { Mail } from '../auth/index.ts';
import type { Db } from '../store/index.ts';
import type { LiveForm, LiveFormField } from './live-forms.ts';

/** Longest value accepted in one field, and in all fields together (characters). */
export const MAX_FIELD_CHARS = 5_000;
export const MAX_SUBMISSION_CHARS = 20_000;
/** The hidden field real people leave empty (contact-form.ts renders it). */
export const HONEYPOT_FIELD = '_hp';

/** One value of the request body; multipart bodies may carry files, which forms never accept. */
export type SubmittedValue = string | { isFile: true };

export type SubmissionCheck =
  | { kind: 'valid'; data: Record<string, string> }
  /** The honeypot was filled: answer as if received, keep nothing. */
  | { kind: 'spam' }
  | { kind: 'invalid'; errors: FieldError[] };

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Control characters other than tab and line feed never belong in what a person typed (NUL is refused before).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

function isRealDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

/** What is wrong with `value` for `field`, or null. `value` is already trimmed and non-empty. */
function problemWith(field: LiveFormField, value: string): string | null {
  if (value.length > MAX_FIELD_CHARS) return `Keep this under ${MAX_FIELD_CHARS.toLocaleString('en')} characters (it has ${value.length.toLocaleString('en')}).`;
  switch (field.kind) {
    case 'email':
      return value.length <= 254 && EMAIL.test(value) ? null : 'Enter an email address such as name@example.com.';
    case 'tel':
      return value.length <= 50 && (value.match(/\d/g)?.length ?? 0) >= 3 && /^[\d\s+().\-/#*x]+$/i.test(value) ? null : 'Enter a phone number, such as +1 555 010 0199.';
    case 'number':
      return NUMBER.test(value) && Number.isFinite(Number(value)) ? null : 'Enter a number.';
    case 'date':
      return isRealDate(value) ? null : 'Enter a date as YYYY-MM-DD.';
    case 'select':
      return field.options.includes(value) ? null : `Choose one of: ${field.options.join(', ')}.`;
    case 'text':
      return value.includes('\n') ? 'Use a single line here.' : null;
    default:
      return null;
  }
}

/**
 * Checks a submission against the form: keeps only the form's own field names (anything else is dropped),
 * requires the required ones, and checks each value against its field's kind and the size limits. A name the
 * form uses for several fields takes that many values, in order.
 */
export function checkSubmission(form: LiveForm, entries: readonly (readonly [string, SubmittedValue])[]): SubmissionCheck {
  const honeypot = entries.find(([name]) => name === HONEYPOT_FIELD)?.[1];
  if (honeypot !== undefined && (typeof honeypot !== 'string' || honeypot.trim() !== '')) return { kind: 'spam' };

  const valuesByName = new Map<string, SubmittedValue[]>();
  for (const [name, value] of entries) {
    if (!form.fields.some((field) => field.name === name)) continue;
    valuesByName.set(name, [...(valuesByName.get(name) ?? []), value]);
  }

  const errors: FieldError[] = [];
  const collected = new Map<string, string[]>();
  const seen = new Map<string, number>();
  for (const field of form.fields) {
    const position = seen.get(field.name) ?? 0;
    seen.set(field.name, position + 1);
    const raw = valuesByName.get(field.name)?.[position];
    const path = `body/${field.name}`;
    if (raw !== undefined && typeof raw !== 'string') {
      errors.push({ path, message: `${field.label}: send text here, not a file.` });
      continue;
    }
    const unsafe = raw === undefined ? null : unsafeTextReason(raw, field.label);
    if (unsafe) {
      errors.push({ path, message: unsafe });
      continue;
    }
    const value = (raw ?? '').replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
    if (value === '') {
      if (field.required) errors.push({ path, message: `${field.label}: this field is required.` });
      continue;
    }
    const problem = problemWith(field, value);
    if (problem) errors.push({ path, message: `${field.label}: ${problem}` });
    else collected.set(field.name, [...(collected.get(field.name) ?? []), value]);
  }
  if (errors.length > 0) return { kind: 'invalid', errors };

  const data = Object.fromEntries([...collected].map(([name, values]) => [name, values.join('\n')]));
  const total = Object.values(data).reduce((sum, value) => sum + value.length, 0);
  if (total > MAX_SUBMISSION_CHARS) {
    return { kind: 'invalid', errors: [{ path: 'body', message: `The message is too long: keep all fields together under ${MAX_SUBMISSION_CHARS.toLocaleString('en')} characters (they have ${total.toLocaleString('en')}).` }] };
  }
  return { kind: 'valid', data };
}

export interface NewSubmission {
  siteId: string;
  formId: string;
  data: Record<string, string>;
  ip: string | null;
  userAgent: string | null;
}

export interface StoredSubmission {
  id: string;
  formId: string;
  data: Record<string, string>;
  ip: string | null;
  userAgent: string | null;
  createdAt: Date;
  /** When a member marked it read; null while unread. */
  readAt: Date | null;
}

type SubmissionRow = { id: number; form_id: string; data: Record<string, string>; ip: string | null; user_agent: string | null; created_at: Date; read_at: Date | null };

function fromRow(row: SubmissionRow): StoredSubmission {
  return { id: String(row.id), formId: row.form_id, data: row.data, ip: row.ip, userAgent: row.user_agent, createdAt: row.created_at, readAt: row.read_at };
}

export async function storeSubmission(db: Db, submission: NewSubmission): Promise<StoredSubmission> {
  const row = await db
    .insertInto('form_submissions')
    .values({ site_id: submission.siteId, form_id: submission.formId, data: JSON.stringify(submission.data), ip: submission.ip, user_agent: submission.userAgent?.slice(0, 500) ?? null })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
  return { id: String(row.id), formId: submission.formId, data: submission.data, ip: submission.ip, userAgent: submission.userAgent, createdAt: row.created_at, readAt: null };
}

export interface SubmissionPage {
  submissions: StoredSubmission[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/** A site's submissions, newest first, `limit` at a time; callers check the reader's membership first. */
export async function listSubmissions(db: Db, siteId: string, { formId, cursor, limit }: { formId?: string | undefined; cursor?: string | undefined; limit: number }): Promise<SubmissionPage> {
  let query = db.selectFrom('form_submissions').selectAll().where('site_id', '=', siteId);
  if (formId !== undefined) query = query.where('form_id', '=', formId);
  if (cursor !== undefined) query = query.where('id', '<', Number(cursor));
  const rows = await query.orderBy('id', 'desc').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  return {
    submissions: page.map(fromRow),
    nextCursor: rows.length > limit ? String(page.at(-1)?.id) : null,
  };
}

/** Most submissions one export holds (newest first); older ones stay listed in the inbox. */
export const MAX_EXPORTED_SUBMISSIONS = 50_000;

/** Every submission of the site, newest first, for an export. */
export async function exportSubmissions(db: Db, siteId: string): Promise<StoredSubmission[]> {
  const rows = await db.selectFrom('form_submissions').selectAll().where('site_id', '=', siteId).orderBy('id', 'desc').limit(MAX_EXPORTED_SUBMISSIONS).execute();
  return rows.map(fromRow);
}

/** Marks one submission of the site read (at `now`) or unread; the submission as it is now, or null when the site has no such submission. */
export async function markSubmission(db: Db, siteId: string, submissionId: string, isRead: boolean, now: Date): Promise<StoredSubmission | null> {
  const row = await db
    .updateTable('form_submissions')
    // Marking read twice keeps the first time it was read.
    .set((eb) => ({ read_at: isRead ? eb.fn.coalesce('read_at', eb.val(now)) : null }))
    .where('site_id', '=', siteId)
    .where('id', '=', Number(submissionId))
    .returningAll()
    .executeTakeFirst();
  return row ? fromRow(row) : null;
}

/** Deletes one submission of the site; returns what was deleted, or null when the site has no such submission. */
export async function deleteSubmission(db: Db, siteId: string, submissionId: string): Promise<{ formId: string } | null> {
  const row = await db.deleteFrom('form_submissions').where('site_id', '=', siteId).where('id', '=', Number(submissionId)).returning('form_id').executeTakeFirst();
  return row ? { formId: row.form_id } : null;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

/** The plain-text mail an owner (or an editor who asked for it) receives for one submission. */
export function submissionMail(form: LiveForm, submission: StoredSubmission, to: string, { pageUrl, dashboardUrl, inboxUrl }: { pageUrl: string | null; dashboardUrl: string; inboxUrl?: string }): Mail {
  const lines = form.fields
    .filter((field, index) => form.fields.findIndex((other) => other.name === field.name) === index)
    .map((field) => {
      const value = submission.data[field.name];
      if (value === undefined) return `${field.label}: (empty)`;
      return value.includes('\n') ? `${field.label}:\n${indent(value)}` : `${field.label}: ${value}`;
    });
  const replyTo = form.fields.find((field) => field.kind === 'email' && submission.data[field.name])?.name;
  const text = [
    `A visitor sent the form "${form.heading}" on ${form.siteName}${pageUrl ? ` (${pageUrl})` : ''}.`,
    '',
    ...lines,
    '',
    ...(replyTo ? [`To answer, write to ${submission.data[replyTo]}.`, ''] : []),
    `Received ${submission.createdAt.toISOString().replace('T', ' ').slice(0, 16)} UTC; every message is kept in PageHub: ${inboxUrl ?? dashboardUrl}`,
    `You receive a mail for each message to ${form.siteName}. To get one summary a day, or no mail, change it under Messages in PageHub.`,
    '',
  ].join('\n');
  return { to, subject: `New message from your site ${form.siteName}: ${form.heading}`, text };
}
