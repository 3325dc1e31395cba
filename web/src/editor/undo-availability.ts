// Whether the Undo and Redo buttons can act, and why not: from the server's answer for the head the editor
// shows, and the edits not sent yet (Undo sends them first, so there is something to undo; they end any redo).
import type { SaveState } from './use-site-editor.ts';

export interface UndoStateAnswer {
  head: string;
  canUndo: boolean;
  canRedo: boolean;
  undoSummary: string | null;
  redoSummary: string | null;
}

export interface UndoAvailability {
  canUndo: boolean;
  canRedo: boolean;
  /** The buttons' tooltips: what each would do, or why it can do nothing. */
  undoHint: string;
  redoHint: string;
}

export function undoAvailability(answer: UndoStateAnswer | undefined, head: string, saveState: SaveState): UndoAvailability {
  const hasUnsent = saveState !== 'saved';
  // An answer for an older head (the new one is on its way) says nothing sure about redo; undo stays as it was.
  const isCurrent = answer?.head === head;
  const canUndo = hasUnsent || (answer?.canUndo ?? false);
  const canRedo = !hasUnsent && isCurrent && (answer?.canRedo ?? false);
  return {
    canUndo,
    canRedo,
    undoHint: canUndo ? (!hasUnsent && answer?.undoSummary ? `Undo: ${answer.undoSummary}` : 'Undo the last change') : 'Nothing to undo',
    redoHint: canRedo ? (answer?.redoSummary ? `Redo: ${answer.redoSummary}` : 'Redo') : 'Nothing to redo',
  };
}
