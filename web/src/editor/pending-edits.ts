// Edits the server has not confirmed yet, kept in the browser (localStorage) with the commit they were made on, so
// a reload or a closed tab loses nothing: when the editor opens again it carries them onto the newest version and
// sends them (use-site-editor.ts).
//
// Each tab keeps its own entry (its id lives in sessionStorage, which a reload keeps), so two tabs of one site
// never overwrite each other's. A tab that opens takes its own entry back; failing that, the newest entry a tab
// left behind — closed with edits unsent (marked on `pagehide`), or silent for a minute (a crash).
import type { PatchOperation } from '../../../src/patch/index.ts';

export interface PendingEdits {
  /** The commit whose document `patch` applies to. */
  base: string;
  patch: PatchOperation[];
  savedAt: string;
  /** Set when the tab went away with these edits unsent. */
  leftAt?: string;
}

const PREFIX = 'pagehub:pending-edits:';
const TAB_KEY = 'pagehub:tab-id';
/** An entry unchanged for this long belongs to a tab that is gone. */
export const ABANDONED_AFTER_MS = 60_000;

/** The browser's storage of that kind, or undefined where it is unavailable (private modes, storage disabled). */
export function browserStorage(kind: 'localStorage' | 'sessionStorage' = 'localStorage'): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window[kind];
  } catch {
    return undefined;
  }
}

/** This tab's id: kept across reloads by sessionStorage; random per tab. */
export function tabId(session: Storage | undefined): string {
  try {
    const known = session?.getItem(TAB_KEY);
    if (known) return known;
    const fresh = Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, '0')).join('');
    session?.setItem(TAB_KEY, fresh);
    return fresh;
  } catch {
    return 'tab';
  }
}

function parse(stored: string | null): PendingEdits | null {
  if (!stored) return null;
  try {
    const value: unknown = JSON.parse(stored);
    if (typeof value !== 'object' || value === null) return null;
    const candidate = value as Record<string, unknown>;
    const isValid =
      typeof candidate.base === 'string' &&
      typeof candidate.savedAt === 'string' &&
      Array.isArray(candidate.patch) &&
      candidate.patch.length > 0 &&
      candidate.patch.every((operation) => typeof operation === 'object' && operation !== null && typeof (operation as { op?: unknown }).op === 'string');
    return isValid ? (candidate as unknown as PendingEdits) : null;
  } catch {
    return null;
  }
}

export interface PendingEditsStore {
  /** Stores this tab's unsent edits, or clears them (null or an empty patch). */
  save(edits: Pick<PendingEdits, 'base' | 'patch'> | null, now?: Date): void;
  /** Marks this tab's entry as left behind (the page is going away), so the next tab to open takes it at once. */
  leave(now?: Date): void;
  /** On opening: this tab's entry, else the newest one another tab left behind — removed from its old place. */
  takeOnOpen(now?: Date): PendingEdits | null;
}

/** A full or unavailable storage is never an error: saving to the server goes on; only the safety net is missing. */
export function pendingEditsStore(storage: Storage | undefined, tab: string, siteId: string, branch: string): PendingEditsStore {
  const scope = `${PREFIX}${siteId}:${branch}:`;
  const own = `${scope}${tab}`;
  const attempt = (action: () => void) => {
    try {
      action();
    } catch {
      // Quota exceeded or storage disabled.
    }
  };
  return {
    save(edits, now = new Date()) {
      attempt(() => {
        if (edits === null || edits.patch.length === 0) storage?.removeItem(own);
        else storage?.setItem(own, JSON.stringify({ base: edits.base, patch: edits.patch, savedAt: now.toISOString() }));
      });
    },
    leave(now = new Date()) {
      attempt(() => {
        const mine = parse(storage?.getItem(own) ?? null);
        if (mine) storage?.setItem(own, JSON.stringify({ ...mine, leftAt: now.toISOString() }));
      });
    },
    takeOnOpen(now = new Date()) {
      if (!storage) return null;
      try {
        const mine = parse(storage.getItem(own));
        if (mine) return mine;
        let newest: { key: string; edits: PendingEdits } | null = null;
        for (let index = 0; index < storage.length; index++) {
          const key = storage.key(index);
          if (!key?.startsWith(scope) || key === own) continue;
          const edits = parse(storage.getItem(key));
          if (!edits) continue;
          const isLeft = edits.leftAt !== undefined || now.getTime() - Date.parse(edits.savedAt) > ABANDONED_AFTER_MS;
          if (isLeft && (!newest || edits.savedAt > newest.edits.savedAt)) newest = { key, edits };
        }
        if (newest) storage.removeItem(newest.key);
        return newest?.edits ?? null;
      } catch {
        return null;
      }
    },
  };
}
