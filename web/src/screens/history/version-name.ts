// Versions in words: a version is named by when it was made and the name people gave it ("the version of 3 Dec,
// 14:02 — Before launch"), never by its commit id; a rollback reads "Rolled back to the version of …".
import type { CommitEntry } from '../../api/index.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "3 Dec, 14:02" in the reader's time zone; the year too when it is not this year's. */
export function versionTime(iso: string, now = new Date()): string {
  const date = new Date(iso);
  const clock = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  const year = date.getFullYear() === now.getFullYear() ? '' : ` ${date.getFullYear()}`;
  return `${date.getDate()} ${MONTHS[date.getMonth()]}${year}, ${clock}`;
}

/** "the version of 3 Dec, 14:02 — Before launch" (names joined with "and"), or without the names when it has none. */
export function versionName(commit: Pick<CommitEntry, 'createdAt'>, names: readonly string[] = [], now = new Date()): string {
  const named = names.length > 0 ? ` — ${names.join(' and ')}` : '';
  return `the version of ${versionTime(commit.createdAt, now)}${named}`;
}

/** Rollback summaries written before summaries left ids out: "Roll back to 1f-abc123: Rename to Harbor Bistro". */
const OLD_ROLLBACK = /^Roll back to ([0-9a-z]{1,11}-[0-9a-z]{1,32}): (.*)$/s;
const EMBEDDED_ROLLBACK = /Roll back to [0-9a-z]{1,11}-[0-9a-z]{1,32}: /g;

export interface VersionLookup {
  /** A commit of the loaded history by id, if loaded. */
  commit(id: string): Pick<CommitEntry, 'createdAt'> | undefined;
  /** The names (display names of tags) of a version. */
  names(id: string): readonly string[];
}

/** The line a person reads for a commit: its summary, with a rollback named by the version it went back to. */
export function commitHeadline(commit: Pick<CommitEntry, 'summary' | 'source' | 'reverts'>, lookup: VersionLookup, now = new Date()): string {
  const old = OLD_ROLLBACK.exec(commit.summary);
  if (commit.source === 'rollback') {
    const targetId = commit.reverts ?? old?.[1];
    const target = targetId ? lookup.commit(targetId) : undefined;
    if (target && targetId) return `Rolled back to ${versionName(target, lookup.names(targetId), now)}`;
    if (old) return `Rolled back to “${old[2]}”`;
  }
  return commit.summary.replace(EMBEDDED_ROLLBACK, 'Rolled back to ') || 'Change';
}
