// Carrying the person's unsent edits onto a newer version of the site: a three-way merge at field level (the same
// merge the server uses for stale commits) of what they had (`saved`), what the server now has (`server`) and what
// they see (`local`). Where both changed the same field, the person chooses (resolveEdits).
import { type Conflict, mergeSites } from '../../../src/patch/index.ts';
import type { Site } from '../../../src/site/index.ts';

export type CarriedEdits = { ok: true; site: Site } | { ok: false; conflicts: Conflict[] };

export function carryEdits(saved: Site, local: Site, server: Site): CarriedEdits {
  if (local === saved) return { ok: true, site: server };
  const merged = mergeSites(saved, server, local, { granularity: 'field' });
  return merged.ok ? { ok: true, site: merged.site } : { ok: false, conflicts: merged.conflicts };
}

/** Merges as carryEdits does, settling every conflict one way: the person's values (`mine`) or the server's. */
export function resolveEdits(saved: Site, local: Site, server: Site, keep: 'mine' | 'theirs'): Site | null {
  const merged = mergeSites(saved, server, local, { granularity: 'field', prefer: keep === 'mine' ? 'theirs' : 'ours' });
  return merged.ok ? merged.site : null;
}
