import type { Commit } from '../../store/index.ts';

/** A commit as JSON: dates as ISO strings; whether it was rebased is said by the route, not inside the commit. */
export function serializeCommit(commit: Commit) {
  const { rebasedFrom: _rebasedFrom, ...stored } = commit;
  return { ...stored, createdAt: commit.createdAt.toISOString() };
}
