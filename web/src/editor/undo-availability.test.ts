import { describe, expect, it } from 'vitest';
import { undoAvailability } from './undo-availability.ts';

const answer = (canUndo: boolean, canRedo: boolean, head = 'h2') => ({ head, canUndo, canRedo, undoSummary: canUndo ? 'Add a section' : null, redoSummary: canRedo ? 'Delete a section' : null });

describe('undoAvailability', () => {
  it("follows the server's answer for the head shown, naming what each button would do", () => {
    expect(undoAvailability(answer(true, true), 'h2', 'saved')).toEqual({ canUndo: true, canRedo: true, undoHint: 'Undo: Add a section', redoHint: 'Redo: Delete a section' });
    expect(undoAvailability(answer(false, false), 'h2', 'saved')).toEqual({ canUndo: false, canRedo: false, undoHint: 'Nothing to undo', redoHint: 'Nothing to redo' });
  });

  it('enables nothing before the server has answered', () => {
    expect(undoAvailability(undefined, 'h2', 'saved')).toMatchObject({ canUndo: false, canRedo: false });
  });

  it('lets an unsent change be undone and ends redo while it is on its way', () => {
    expect(undoAvailability(answer(false, true), 'h2', 'pending')).toMatchObject({ canUndo: true, canRedo: false, undoHint: 'Undo the last change', redoHint: 'Nothing to redo' });
    expect(undoAvailability(answer(false, true), 'h2', 'saving')).toMatchObject({ canUndo: true, canRedo: false });
  });

  it('does not offer redo from an answer about an older head', () => {
    expect(undoAvailability(answer(true, true, 'h1'), 'h2', 'saved')).toMatchObject({ canUndo: true, canRedo: false });
  });
});
