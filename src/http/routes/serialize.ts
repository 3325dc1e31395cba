import type { Commit } from '../../store/index.ts';

/** A commit as JSON: dates as ISO strings. */
export function serializeCommit(commit: Commit) {
  return { ...commit, createdAt: commit.createdAt.toISOString() };
}
