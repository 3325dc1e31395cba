// How members hear of visitors' messages: each owner or editor chooses instant mail, one digest a day, or none
// (owners start at instant, editors at none; viewers never receive visitors' messages). The instant mail is sent
// by the form route; the daily digest by `sendLeadDigests`, which the housekeeping timer runs.
import { sql } from 'kysely';
import type { Mail, Mailer } from '../auth/index.ts';
import type { Logger } from '../logger.ts';
import type { Db } from '../store/index.ts';

export const LEAD_MAIL_MODES = ['instant', 'daily', 'off'] as const;
export type LeadMail = (typeof LEAD_MAIL_MODES)[number];

type MemberRole = 'owner' | 'editor' | 'viewer';

/** What a member receives until they choose: owners every message, editors nothing, viewers never anything. */
export function defaultLeadMail(role: MemberRole): LeadMail {
  return role === 'owner' ? 'instant' : 'off';
}

/** A member's setting as it applies now: viewers are always off, whatever was stored while they were editors. */
function effectiveLeadMail(role: MemberRole, stored: LeadMail | null): LeadMail {
  if (role === 'viewer') return 'off';
  return stored ?? defaultLeadMail(role);
}

/** The member's setting on the site; null when they are not a member. */
export async function leadMailOf(db: Db, siteId: string, userId: string): Promise<{ leadMail: LeadMail; isDefault: boolean } | null> {
  const row = await db.selectFrom('site_members').select(['role', 'lead_mail']).where('site_id', '=', siteId).where('user_id', '=', userId).executeTakeFirst();
  if (!row) return null;
  return { leadMail: effectiveLeadMail(row.role, row.lead_mail), isDefault: row.lead_mail === null };
}

/** Stores the member's choice. A member who moves to daily gets their first digest for the day that is under way. */
export async function setLeadMail(db: Db, siteId: string, userId: string, leadMail: LeadMail, now: Date): Promise<void> {
  const today = startOfUtcDay(now);
  await db
    .updateTable('site_members')
    .set({
      lead_mail: leadMail,
      lead_digest_through: leadMail === 'daily' ? sql<Date | null>`CASE WHEN lead_mail IS DISTINCT FROM 'daily' THEN ${today}::timestamptz ELSE lead_digest_through END` : sql<Date | null>`lead_digest_through`,
    })
    .where('site_id', '=', siteId)
    .where('user_id', '=', userId)
    .execute();
}

/** The addresses that get a mail for each new message of the site, now. */
export async function instantLeadRecipients(db: Db, siteId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('site_members')
    .innerJoin('user', 'user.id', 'site_members.user_id')
    .select(['user.email', 'site_members.role', 'site_members.lead_mail'])
    .where('site_members.site_id', '=', siteId)
    .where('site_members.role', 'in', ['owner', 'editor'])
    .execute();
  return rows.filter((row) => effectiveLeadMail(row.role, row.lead_mail) === 'instant').map((row) => row.email);
}

const DAY_MS = 86_400_000;

export function startOfUtcDay(moment: Date): Date {
  return new Date(Math.floor(moment.getTime() / DAY_MS) * DAY_MS);
}

/** Where a member's messages are read in the app. */
export function inboxUrl(publicUrl: string, siteId: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/sites/${encodeURIComponent(siteId)}/inbox`;
}

/** A field name as a person reads it: `first_name` → "First name". */
function fieldLabel(name: string): string {
  const words = name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

interface DigestEntry {
  data: Record<string, string>;
  createdAt: Date;
}

/** The day's digest: every message still unread, oldest first, each field on its own line. */
export function leadDigestMail({ to, siteName, day, entries, link }: { to: string; siteName: string; day: Date; entries: readonly DigestEntry[]; link: string }): Mail {
  const dayText = day.toISOString().slice(0, 10);
  const blocks = entries.map((entry, index) => {
    const lines = Object.entries(entry.data).map(([name, value]) => (value.includes('\n') ? `${fieldLabel(name)}:\n${value.split('\n').map((line) => `    ${line}`).join('\n')}` : `${fieldLabel(name)}: ${value}`));
    return [`${index + 1}. Received ${entry.createdAt.toISOString().replace('T', ' ').slice(0, 16)} UTC`, ...lines].join('\n');
  });
  const count = entries.length === 1 ? 'one message' : `${entries.length} messages`;
  const text = [
    `Visitors sent ${siteName} ${count} on ${dayText} that nobody has read yet:`,
    '',
    blocks.join('\n\n'),
    '',
    `Read and answer them in PageHub: ${link}`,
    `You receive this once a day because you asked for a daily summary of messages to ${siteName}. To change that, go to Messages in PageHub.`,
    '',
  ].join('\n');
  return { to, subject: `${siteName}: ${count} from visitors on ${dayText}`, text, actionUrl: link };
}

export interface LeadDigestDeps {
  db: Db;
  mailer: Mailer;
  publicUrl: string;
  logger?: Logger | undefined;
}

/**
 * Sends each member who chose the daily digest one mail covering the UTC day (or days) since their last one: the
 * messages received then that are still unread. A digest is due once the day it covers has ended; running this
 * again the same day sends nothing more. Several processes may run it at once: each member's day is claimed by a
 * conditional UPDATE, so only one of them sends it. A mail that fails gives the claim back for the next run.
 * Returns how many digests were sent.
 */
export async function sendLeadDigests({ db, mailer, publicUrl, logger }: LeadDigestDeps, now: Date): Promise<number> {
  const today = startOfUtcDay(now);
  const due = await db
    .selectFrom('site_members')
    .innerJoin('user', 'user.id', 'site_members.user_id')
    .innerJoin('sites', 'sites.id', 'site_members.site_id')
    .select(['site_members.site_id as siteId', 'site_members.user_id as userId', 'site_members.lead_digest_through as through', 'user.email', 'sites.name as siteName'])
    .where('site_members.lead_mail', '=', 'daily')
    .where('site_members.role', 'in', ['owner', 'editor'])
    .where((eb) => eb.or([eb('site_members.lead_digest_through', 'is', null), eb('site_members.lead_digest_through', '<', today)]))
    .execute();
  let sent = 0;
  for (const member of due) {
    const from = member.through ?? new Date(today.getTime() - DAY_MS);
    const claimed = await db
      .updateTable('site_members')
      .set({ lead_digest_through: today })
      .where('site_id', '=', member.siteId)
      .where('user_id', '=', member.userId)
      .where('lead_digest_through', member.through === null ? 'is' : '=', member.through)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    const unread = await db
      .selectFrom('form_submissions')
      .select(['data', 'created_at'])
      .where('site_id', '=', member.siteId)
      .where('read_at', 'is', null)
      .where('created_at', '>=', from)
      .where('created_at', '<', today)
      .orderBy('id')
      .limit(200)
      .execute();
    if (unread.length === 0) continue;
    const mail = leadDigestMail({
      to: member.email,
      siteName: member.siteName,
      day: new Date(today.getTime() - DAY_MS),
      entries: unread.map((row) => ({ data: row.data, createdAt: row.created_at })),
      link: inboxUrl(publicUrl, member.siteId),
    });
    try {
      await mailer.send(mail);
      sent += 1;
    } catch (error) {
      await db.updateTable('site_members').set({ lead_digest_through: member.through }).where('site_id', '=', member.siteId).where('user_id', '=', member.userId).where('lead_digest_through', '=', today).execute();
      logger?.warn({ err: error, siteId: member.siteId }, `Could not mail the daily summary of visitors' messages to ${member.email}; the next run tries again`);
    }
  }
  return sent;
}
