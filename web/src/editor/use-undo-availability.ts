// Asks the server what Undo and Redo would do whenever the head the editor shows changes (a commit, an undo or
// redo, a reload, someone else's commit), and combines it with the edits not sent yet (undo-availability.ts).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { loadUndoState } from '../api/index.ts';
import { undoAvailability, type UndoAvailability } from './undo-availability.ts';
import type { SiteEditor } from './use-site-editor.ts';

export function useUndoAvailability(editor: Pick<SiteEditor, 'siteId' | 'branch' | 'head' | 'saveState' | 'canEdit'>): UndoAvailability {
  const { siteId, branch, head, saveState, canEdit } = editor;
  const answer = useQuery({
    queryKey: ['sites', siteId, 'undo-state', branch, head],
    queryFn: () => loadUndoState(siteId, branch),
    enabled: canEdit,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  return undoAvailability(answer.data, head, saveState);
}
