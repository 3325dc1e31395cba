// Edits the server has not confirmed yet, kept in the browser (localStorage) with the commit they were made on, so
// a reload or a closed tab loses nothing: when the editor opens again it carries them onto the newest version and
// sends them (use-site-editor.ts). One entry per site and branch; cleared once everything is saved.
import type { PatchOperation } from '../../../src/patch/index.ts';

export interface PendingEdits {
  /** The commit whose document `patch` applies to. */
  base: string;
  patch: PatchOperation[];
  savedAt: string;
}

const keyOf = (siteId: string, branch: string) => `pagehub:pending-edits:${siteId}:${branch}`;

/** The browser's localStorage, or undefined where it is unavailable (private modes, storage disabled). */
export function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

function isPendingEdits(value: unknown): value is PendingEdits {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.base === 'string' && typeof candidate.savedAt === 'string' && Array.isArray(candidate.patch) && candidate.patch.every((operation) => typeof operation === 'object' && operation !== null && typeof (operation as { op?: unknown }).op === 'string');
}

export function readPendingEdits(storage: Storage | undefined, siteId: string, branch: string): PendingEdits | null {
  try {
    const stored = storage?.getItem(keyOf(siteId, branch));
    if (!stored) return null;
    const parsed: unknown = JSON.parse(stored);
    return isPendingEdits(parsed) && parsed.patch.length > 0 ? parsed : null;
  } catch {
    return null;
  }
}

/** Stores `edits` (or clears the entry for null). A full or unavailable storage is not an error: saving goes on. */
export function writePendingEdits(storage: Storage | undefined, siteId: string, branch: string, edits: Omit<PendingEdits, 'savedAt'> | null, now = new Date()): void {
  try {
    if (edits === null || edits.patch.length === 0) storage?.removeItem(keyOf(siteId, branch));
    else storage?.setItem(keyOf(siteId, branch), JSON.stringify({ ...edits, savedAt: now.toISOString() }));
  } catch {
    // Quota exceeded or storage disabled: the edit is still being sent; only the safety net is missing.
  }
}
