// The editor's state: the document as the person sees it (changed at once, optimistically), the document the
// server holds at `head`, and the edits between them. Every change is a JSON Patch validated by applySitePatch;
// changes are sent as one commit per pause (typing waits 400 ms, or the field's blur). Nothing typed is lost:
// - unsent edits are kept in the browser with their base (pending-edits.ts) and carried onto the newest version
//   when the editor opens again;
// - a commit on a stale base is rebased by the server; a newer head announced by the live stream is merged into
//   what the person sees (merge-edits.ts);
// - where someone else changed the same field, the person is shown both values and chooses (`conflict`).
// A viewer's editor changes nothing. Undo and redo are commits made by the server.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, commitPatch, errorMessage, loadCommitDocument, loadHead, redoChange, type SiteDetail, undoChange } from '../api/index.ts';
import { applySitePatch, type Conflict, diffSites, getAt, parsePointer, type PatchOperation } from '../../../src/patch/index.ts';
import type { Site, ValidationError } from '../../../src/site/index.ts';
import { conflictPlace } from './conflict-place.ts';
import { carryEdits, resolveEdits } from './merge-edits.ts';
import { browserStorage, pendingEditsStore, tabId } from './pending-edits.ts';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';
export type SiteRole = SiteDetail['site']['role'];

export const CONFLICT_NOTICE = 'Someone else changed this site; we loaded the latest version.';
export const RESTORED_NOTICE = 'Changes you had not saved when you last left this page are back, and being saved.';
export const READ_ONLY_REASON = 'You can view this site but not change it.';
const TYPING_PAUSE_MS = 400;

export interface ChangeOptions {
  /** Typing: wait for a pause before committing. */
  isTyping?: boolean;
}

/** One place both the person and someone else changed: its value on the server now, and the person's. */
export interface ConflictingValue {
  path: string;
  /** Where it is, in words (conflict-place.ts). */
  part: string;
  current: unknown;
  yours: unknown;
}

export interface SiteEditor {
  siteId: string;
  document: Site;
  head: string;
  branch: string;
  role: SiteRole;
  canEdit: boolean;
  saveState: SaveState;
  saveError: string | null;
  notice: string | null;
  /** Set while the person must choose between their values and someone else's; nothing is sent meanwhile. */
  conflict: ConflictingValue[] | null;
  /** Applies operations locally at once (or returns why they are invalid) and schedules their commit. */
  change: (operations: PatchOperation[], summary: string, options?: ChangeOptions) => ValidationError[] | null;
  /** Sends waiting changes now (a field's blur). */
  flush: () => void;
  retry: () => void;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** Loads the head again (after a chat edit committed on the server). */
  reload: () => Promise<void>;
  /** A newer head of the branch (the live stream's): shown at once, keeping the person's unsent edits. */
  absorbHead: (commitId: string) => Promise<void>;
  resolveConflict: (keep: 'mine' | 'theirs') => Promise<void>;
  dismissNotice: () => void;
}

/** A conflict of the merge (ours = the server's document, theirs = the person's) as the person is shown it. */
function conflictingValues(conflicts: Conflict[], server: Site, local: Site): ConflictingValue[] {
  const valueAt = (site: Site, path: string): unknown => {
    try {
      return getAt(site, parsePointer(path));
    } catch {
      return undefined;
    }
  };
  return conflicts.map((conflict) => ({ path: conflict.path, part: conflictPlace(server, conflict.path), current: conflict.ours ?? valueAt(server, conflict.path), yours: conflict.theirs ?? valueAt(local, conflict.path) }));
}

export function useSiteEditor(siteId: string, initial: SiteDetail): SiteEditor {
  const branch = initial.branch;
  const role = initial.site.role;
  const canEdit = role !== 'viewer';
  const [document, setDocumentState] = useState<Site>(initial.document);
  const [head, setHeadState] = useState(initial.head.id);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictingValue[] | null>(null);
  const local = useRef(initial.document);
  const saved = useRef(initial.document);
  const headRef = useRef(initial.head.id);
  const summaries = useRef<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  /** The server's version waiting for the person's choice, while `conflict` is shown. */
  const conflictWith = useRef<{ document: Site; head: string } | null>(null);
  const [pendingEdits] = useState(() => pendingEditsStore(browserStorage(), tabId(browserStorage('sessionStorage')), siteId, initial.branch));

  const setDocument = (site: Site) => {
    local.current = site;
    setDocumentState(site);
  };
  const setHead = (id: string) => {
    headRef.current = id;
    setHeadState(id);
  };
  /** Keeps the unsent edits (saved → local) in the browser, or clears them when there are none. */
  const remember = useCallback(() => {
    if (!canEdit) return;
    const patch = local.current === saved.current ? [] : diffSites(saved.current, local.current).patch;
    pendingEdits.save(patch.length > 0 ? { base: headRef.current, patch } : null);
  }, [canEdit, pendingEdits]);

  const adopt = useCallback((detail: SiteDetail) => {
    saved.current = detail.document;
    summaries.current = [];
    setDocument(detail.document);
    setHead(detail.head.id);
    setSaveState('saved');
    setSaveError(null);
    pendingEdits.save(null);
  }, [pendingEdits]);

  const reload = useCallback(async () => adopt(await loadHead(siteId, branch)), [adopt, siteId, branch]);

  /**
   * Moves onto the server's `document` at `headId`, carrying the unsent edits; where they clash with it, opens the
   * choice instead. Returns whether there are edits left to send.
   */
  const moveOnto = useCallback((server: Site, headId: string): boolean => {
    const carried = carryEdits(saved.current, local.current, server);
    if (!carried.ok) {
      conflictWith.current = { document: server, head: headId };
      setConflict(conflictingValues(carried.conflicts, server, local.current));
      return false;
    }
    saved.current = server;
    setHead(headId);
    setDocument(carried.site);
    remember();
    return carried.site !== server;
  }, [remember]);

  const send = useCallback(async (): Promise<void> => {
    if (conflictWith.current) return;
    const snapshot = local.current;
    const { patch, summary: described } = diffSites(saved.current, snapshot);
    if (patch.length === 0) {
      setSaveState('saved');
      remember();
      return;
    }
    const summary = summaries.current.length === 1 ? (summaries.current[0] ?? described) : described;
    summaries.current = [];
    setSaveState('saving');
    try {
      const { commit, rebased } = await commitPatch(siteId, { branch, base: headRef.current, patch, summary });
      if (rebased) {
        // Someone else committed meanwhile; the server merged this change onto theirs. Show the merged version.
        const detail = await loadHead(siteId, branch);
        saved.current = snapshot;
        moveOnto(detail.document, detail.head.id);
      } else {
        saved.current = snapshot;
        setHead(commit.id);
        remember();
      }
      if (conflictWith.current) return;
      if (local.current !== saved.current) return await send();
      setSaveState('saved');
      setSaveError(null);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409 && error.code === 'EDIT_CONFLICT') {
        const detail = await loadHead(siteId, branch).catch(() => null);
        const hasEdits = detail ? moveOnto(detail.document, detail.head.id) : false;
        if (detail && !conflictWith.current) {
          if (hasEdits) return await send();
          setSaveState('saved');
          return;
        }
        setSaveState('pending');
        return;
      }
      if (error instanceof ApiError && error.status === 409) {
        await reload().catch(() => undefined);
        setNotice(CONFLICT_NOTICE);
        return;
      }
      setSaveState('failed');
      setSaveError(errorMessage(error));
    }
  }, [siteId, branch, reload, remember, moveOnto]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) return; // the running send picks up newer changes when it ends
    inFlight.current = send().finally(() => {
      inFlight.current = null;
    });
  }, [send]);

  /** Waits until nothing is waiting to be sent. */
  const settle = useCallback(async () => {
    flush();
    while (inFlight.current) await inFlight.current;
  }, [flush]);

  const change = useCallback<SiteEditor['change']>(
    (operations, summary, options = {}) => {
      if (!canEdit) return [{ path: '', message: READ_ONLY_REASON }];
      const result = applySitePatch(local.current, operations);
      if (!result.ok) return result.errors;
      setDocument(result.site);
      remember();
      if (!summaries.current.includes(summary)) summaries.current.push(summary);
      setSaveState((state) => (state === 'saving' ? state : 'pending'));
      if (timer.current) clearTimeout(timer.current);
      if (options.isTyping) timer.current = setTimeout(flush, TYPING_PAUSE_MS);
      else flush();
      return null;
    },
    [canEdit, flush, remember],
  );

  const absorbHead = useCallback(async (commitId: string) => {
    while (inFlight.current) await inFlight.current;
    if (commitId === headRef.current || conflictWith.current) return;
    const detail = await loadHead(siteId, branch);
    while (inFlight.current) await inFlight.current;
    if (detail.head.id === headRef.current || conflictWith.current) return;
    if (moveOnto(detail.document, detail.head.id)) flush();
  }, [siteId, branch, moveOnto, flush]);

  const resolveConflict = useCallback(async (keep: 'mine' | 'theirs') => {
    const server = conflictWith.current;
    if (!server) return;
    // A choice that would make the site invalid (rare: a link to a page the other person removed) falls back to
    // the chosen side as a whole.
    const resolved = resolveEdits(saved.current, local.current, server.document, keep) ?? (keep === 'mine' ? local.current : server.document);
    conflictWith.current = null;
    setConflict(null);
    saved.current = server.document;
    setHead(server.head);
    setDocument(resolved);
    remember();
    flush();
  }, [remember, flush]);

  const travel = useCallback(
    async (direction: 'undo' | 'redo') => {
      if (!canEdit) return;
      await settle();
      try {
        await (direction === 'undo' ? undoChange : redoChange)(siteId, branch);
        await reload();
      } catch (error) {
        setNotice(error instanceof ApiError && error.status === 409 ? `Nothing to ${direction}.` : errorMessage(error));
      }
    },
    [canEdit, settle, siteId, branch, reload],
  );

  // Edits kept from an earlier visit: carried onto the version opened now, then sent.
  useEffect(() => {
    const pending = canEdit ? pendingEdits.takeOnOpen() : null;
    if (!pending) return;
    let isCurrent = true;
    void (async () => {
      const base = pending.base === initial.head.id ? initial.document : await loadCommitDocument(siteId, pending.base).catch(() => null);
      const edited = base ? applySitePatch(base, pending.patch) : null;
      if (!isCurrent) return;
      if (!base || !edited?.ok) {
        pendingEdits.save(null);
        return;
      }
      saved.current = base;
      local.current = edited.site;
      headRef.current = pending.base;
      const hasEdits = moveOnto(initial.document, initial.head.id);
      if (hasEdits || conflictWith.current) setNotice(RESTORED_NOTICE);
      if (hasEdits) {
        setSaveState('pending');
        flush();
      }
    })();
    return () => {
      isCurrent = false;
    };
    // Once per opened editor: `initial` is the version this visit started from.
  }, []);

  // Leaving while something is unsaved: the browser asks first (the edits are kept in any case).
  useEffect(() => {
    const isUnsaved = saveState === 'pending' || saveState === 'saving' || conflict !== null;
    if (!isUnsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      remember();
      event.preventDefault();
      event.returnValue = '';
    };
    // Gone with edits unsent: the next tab to open this site takes them at once.
    const leave = () => {
      remember();
      pendingEdits.leave();
    };
    window.addEventListener('beforeunload', warn);
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('beforeunload', warn);
      window.removeEventListener('pagehide', leave);
    };
  }, [saveState, conflict, remember, pendingEdits]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  return {
    siteId,
    document,
    head,
    branch,
    role,
    canEdit,
    saveState,
    saveError,
    notice,
    conflict,
    change,
    flush,
    retry: flush,
    undo: () => travel('undo'),
    redo: () => travel('redo'),
    reload: async () => {
      await settle();
      await reload();
    },
    absorbHead,
    resolveConflict,
    dismissNotice: () => setNotice(null),
  };
}
