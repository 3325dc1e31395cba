// The editor's state: the document as the person sees it (changed at once, optimistically), the document the
// server holds at `head`, and the commits between them. Every change is a JSON Patch validated by applySitePatch;
// changes are sent as one commit per pause (typing waits 400 ms, or the field's blur); a stale base reloads the
// head and says so; undo and redo are commits made by the server.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, commitPatch, errorMessage, loadHead, redoChange, type SiteDetail, undoChange } from '../api/index.ts';
import { applySitePatch, diffSites, type PatchOperation } from '../../../src/patch/index.ts';
import type { Site, ValidationError } from '../../../src/site/index.ts';

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

export const CONFLICT_NOTICE = 'Someone else changed this site; we loaded the latest version.';
const TYPING_PAUSE_MS = 400;

export interface ChangeOptions {
  /** Typing: wait for a pause before committing. */
  isTyping?: boolean;
}

export interface SiteEditor {
  siteId: string;
  document: Site;
  head: string;
  branch: string;
  saveState: SaveState;
  saveError: string | null;
  notice: string | null;
  /** Applies operations locally at once (or returns why they are invalid) and schedules their commit. */
  change: (operations: PatchOperation[], summary: string, options?: ChangeOptions) => ValidationError[] | null;
  /** Sends waiting changes now (a field's blur). */
  flush: () => void;
  retry: () => void;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  /** Loads the head again (after a chat edit committed on the server). */
  reload: () => Promise<void>;
  dismissNotice: () => void;
}

export function useSiteEditor(siteId: string, initial: SiteDetail): SiteEditor {
  const branch = initial.branch;
  const [document, setDocumentState] = useState<Site>(initial.document);
  const [head, setHeadState] = useState(initial.head.id);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const local = useRef(initial.document);
  const saved = useRef(initial.document);
  const headRef = useRef(initial.head.id);
  const summaries = useRef<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);

  const setDocument = (site: Site) => {
    local.current = site;
    setDocumentState(site);
  };
  const setHead = (id: string) => {
    headRef.current = id;
    setHeadState(id);
  };
  const adopt = useCallback((detail: SiteDetail) => {
    saved.current = detail.document;
    summaries.current = [];
    setDocument(detail.document);
    setHead(detail.head.id);
    setSaveState('saved');
    setSaveError(null);
  }, []);

  const reload = useCallback(async () => adopt(await loadHead(siteId, branch)), [adopt, siteId, branch]);

  const send = useCallback(async (): Promise<void> => {
    const snapshot = local.current;
    const { patch, summary: described } = diffSites(saved.current, snapshot);
    if (patch.length === 0) {
      setSaveState('saved');
      return;
    }
    const summary = summaries.current.length === 1 ? (summaries.current[0] ?? described) : described;
    summaries.current = [];
    setSaveState('saving');
    try {
      const { commit } = await commitPatch(siteId, { branch, base: headRef.current, patch, summary });
      saved.current = snapshot;
      setHead(commit.id);
      if (local.current !== snapshot) return await send();
      setSaveState('saved');
      setSaveError(null);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        await reload().catch(() => undefined);
        setNotice(CONFLICT_NOTICE);
        return;
      }
      setSaveState('failed');
      setSaveError(errorMessage(error));
    }
  }, [siteId, branch, reload]);

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
      const result = applySitePatch(local.current, operations);
      if (!result.ok) return result.errors;
      setDocument(result.site);
      if (!summaries.current.includes(summary)) summaries.current.push(summary);
      setSaveState((state) => (state === 'saving' ? state : 'pending'));
      if (timer.current) clearTimeout(timer.current);
      if (options.isTyping) timer.current = setTimeout(flush, TYPING_PAUSE_MS);
      else flush();
      return null;
    },
    [flush],
  );

  const travel = useCallback(
    async (direction: 'undo' | 'redo') => {
      await settle();
      try {
        await (direction === 'undo' ? undoChange : redoChange)(siteId, branch);
        await reload();
      } catch (error) {
        setNotice(error instanceof ApiError && error.status === 409 ? `Nothing to ${direction}.` : errorMessage(error));
      }
    },
    [settle, siteId, branch, reload],
  );

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  return {
    siteId,
    document,
    head,
    branch,
    saveState,
    saveError,
    notice,
    change,
    flush,
    retry: flush,
    undo: () => travel('undo'),
    redo: () => travel('redo'),
    reload: async () => {
      await settle();
      await reload();
    },
    dismissNotice: () => setNotice(null),
  };
}
