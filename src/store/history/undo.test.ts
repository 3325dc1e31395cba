import { describe, expect, it } from 'vitest';
import { backends } from '../../../test/support/backends.ts';
import { AUTHOR, historySuite, setHeading, SITE_ID } from '../../../test/support/history.ts';
import { sampleSite } from '../../../test/support/sample-site.ts';
import { compressJson } from './codec.ts';
import { createHistory, NoChangesError, NothingToRedoError, NothingToUndoError, StaleBaseError } from './index.ts';

const ORIGINAL = 'A headline that says what you do';

describe.each(backends)('undo, redo and rollback on $name', (backend) => {
  const openSuite = historySuite(backend);

  async function start() {
    const { history, root } = await openSuite();
    const heading = async () => (await history.head(SITE_ID)).document.pages[0]!.sections[0]!.props as { heading: string };
    const change = async (text: string) => {
      const head = await history.head(SITE_ID);
      return history.commit({ siteId: SITE_ID, branch: 'main', base: head.commit.id, patch: setHeading(text), summary: `heading ${text}`, author: AUTHOR, source: 'editor' });
    };
    return { history, root, change, heading: async () => (await heading()).heading };
  }

  it('says whether undo and redo would do something, as the undo and redo themselves decide', async () => {
    const { history, change } = await start();
    const state = () => history.undoState(SITE_ID, 'main');
    /** The state answered for the head now; the undos and redos below check that the real ones agree. */
    const expectAgreement = async (canUndo: boolean, canRedo: boolean) => {
      const now = await state();
      expect({ canUndo: now.canUndo, canRedo: now.canRedo }).toEqual({ canUndo, canRedo });
      expect(now.head).toBe((await history.head(SITE_ID)).commit.id);
    };
    await expectAgreement(false, false);
    await change('A');
    await expectAgreement(true, false);
    expect((await state()).undoSummary).toBe('heading A');
    await change('B');
    await history.undo(SITE_ID, 'main', AUTHOR);
    await expectAgreement(true, true);
    expect(await state()).toMatchObject({ undoSummary: 'heading A', redoSummary: 'heading B' });
    await history.undo(SITE_ID, 'main', AUTHOR);
    await expectAgreement(false, true);
    await expect(history.undo(SITE_ID, 'main', AUTHOR)).rejects.toBeInstanceOf(NothingToUndoError);
    await history.redo(SITE_ID, 'main', AUTHOR);
    await history.redo(SITE_ID, 'main', AUTHOR);
    await expectAgreement(true, false);
    await expect(history.redo(SITE_ID, 'main', AUTHOR)).rejects.toBeInstanceOf(NothingToRedoError);
    await history.undo(SITE_ID, 'main', AUTHOR);
    await expectAgreement(true, true);
    // A new change after an undo ends the chance to redo.
    await change('C');
    await expectAgreement(true, false);
    await expect(history.redo(SITE_ID, 'main', AUTHOR)).rejects.toBeInstanceOf(NothingToRedoError);
    await expect(history.undoState(SITE_ID, 'no-such-branch')).rejects.toThrow();
  });

  it('replays change A, change B, undo, undo, redo, redo, then a new change ends redo', async () => {
    const { history, root, change, heading } = await start();
    await expect(history.undo(SITE_ID, 'main', AUTHOR)).rejects.toBeInstanceOf(NothingToUndoError);
    await expect(history.redo(SITE_ID, 'main', AUTHOR)).rejects.toBeInstanceOf(NothingToRedoError);

    const a = await change('A');
    const b = await change('B');
    await expect(history.redo(SITE_ID, 'main', AUTHOR)).rejects.toBeInstanceOf(NothingToRedoError);

    const undoB = await history.undo(SITE_ID, 'main', AUTHOR);
    expect(undoB).toMatchObject({ action: 'undo', reverts: b.id, parents: [b.id], summary: 'Undo: heading B' });
    expect(await heading()).toBe('A');
    const undoA = await history.undo(SITE_ID, 'main', AUTHOR);
    expect(undoA).toMatchObject({ action: 'undo', reverts: a.id });
    expect(await heading()).toBe(ORIGINAL);
    expect(await history.getDocument(SITE_ID, undoA.id)).toEqual(await history.getDocument(SITE_ID, root.id));
    await expect(history.undo(SITE_ID, 'main', AUTHOR)).rejects.toBeInstanceOf(NothingToUndoError);

    const redoA = await history.redo(SITE_ID, 'main', AUTHOR);
    expect(redoA).toMatchObject({ action: 'redo', reverts: undoA.id, summary: 'Redo: heading A' });
    expect(await heading()).toBe('A');
    const redoB = await history.redo(SITE_ID, 'main', AUTHOR);
    expect(redoB).toMatchObject({ action: 'redo', reverts: undoB.id });
    expect(await heading()).toBe('B');
    await expect(history.redo(SITE_ID, 'main', AUTHOR)).rejects.toBeInstanceOf(NothingToRedoError);

    // Undo after redo takes back the redone change; a new change then ends redo for good.
    await history.undo(SITE_ID, 'main', AUTHOR);
    expect(await heading()).toBe('A');
    await change('C');
    await expect(history.redo(SITE_ID, 'main', AUTHOR)).rejects.toBeInstanceOf(NothingToRedoError);
    await history.undo(SITE_ID, 'main', AUTHOR);
    expect(await heading()).toBe('A');
    await history.undo(SITE_ID, 'main', AUTHOR);
    expect(await heading()).toBe(ORIGINAL);
    await expect(history.undo(SITE_ID, 'main', AUTHOR)).rejects.toBeInstanceOf(NothingToUndoError);
    const log = await history.log(SITE_ID, { limit: 100 });
    expect(log.commits.map((commit) => commit.action)).toEqual(['undo', 'undo', 'change', 'undo', 'redo', 'redo', 'undo', 'undo', 'change', 'change', 'change']);
  });

  it('rolls back to an earlier version with a snapshot commit, itself undoable', async () => {
    const { history, root, change, heading } = await start();
    const a = await change('A');
    await change('B');
    await change('C');
    const rollback = await history.rollback(SITE_ID, 'main', a.id, AUTHOR);
    expect(rollback).toMatchObject({ source: 'rollback', action: 'change', isSnapshot: true });
    expect(rollback.patch).toEqual(setHeading('A'));
    expect(await history.getDocument(SITE_ID, rollback.id)).toEqual(await history.getDocument(SITE_ID, a.id));
    expect(await heading()).toBe('A');
    await expect(history.rollback(SITE_ID, 'main', a.id, AUTHOR)).rejects.toBeInstanceOf(NoChangesError);

    await history.undo(SITE_ID, 'main', AUTHOR);
    expect(await heading()).toBe('C');
    await history.rollback(SITE_ID, 'main', root.id, AUTHOR);
    expect((await history.head(SITE_ID)).document).toEqual(sampleSite());
  });

  it('undoes once when two undos race: the other finds a stale base or nothing left to undo', async () => {
    const { history, root, change, heading } = await start();
    await change('A');
    const results = await Promise.allSettled([history.undo(SITE_ID, 'main', AUTHOR), history.undo(SITE_ID, 'main', AUTHOR)]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((result): result is PromiseRejectedResult => result.status === 'rejected')!;
    expect(rejected.reason instanceof StaleBaseError || rejected.reason instanceof NothingToUndoError).toBe(true);
    expect(await heading()).toBe(ORIGINAL);
    const log = await history.log(SITE_ID);
    expect(log.commits.map((commit) => commit.action)).toEqual(['undo', 'change', 'change']);
    expect(log.commits.at(-1)!.id).toBe(root.id);
  });

  it('stores what validation made of a change, so its undo applies: an unknown key dropped, a colour lowercased', async () => {
    const { history, database } = await openSuite();
    const head = await history.head(SITE_ID);
    const before = head.document;
    const commit = await history.commit({
      siteId: SITE_ID, branch: 'main', base: head.commit.id, author: AUTHOR, source: 'api',
      patch: [{ op: 'add', path: '/business/unknownField', value: 'dropped' }, { op: 'replace', path: '/theme/colors/primary', value: '#ABCDEF' }],
    });
    expect(commit.patch).toEqual([{ op: 'replace', path: '/theme/colors/primary', value: '#abcdef' }]);
    // Another process (no cache) rebuilds the same document from what was stored.
    const cold = createHistory(database);
    expect((await cold.head(SITE_ID)).document.theme.colors.primary).toBe('#abcdef');
    const undo = await history.undo(SITE_ID, 'main', AUTHOR);
    expect(await history.getDocument(SITE_ID, undo.id)).toEqual(before);
  });

  it('still replays and undoes a commit stored before reserved keys were refused (its "__proto__" operation is dropped)', async () => {
    const { history, database } = await openSuite();
    const commit = await history.commit({ siteId: SITE_ID, branch: 'main', base: (await history.head(SITE_ID)).commit.id, patch: setHeading('Before the fix'), author: AUTHOR, source: 'api' });
    const legacy = {
      patch: [{ op: 'add', path: '/business/socials/__proto__', value: { polluted: true } }, ...commit.patch],
      inverse: [...commit.inverse, { op: 'remove', path: '/business/socials/__proto__' }],
    };
    await database.db.updateTable('commits').set({ body: compressJson(legacy) }).where('site_id', '=', SITE_ID).where('id', '=', commit.id).execute();
    const cold = createHistory(database);
    expect(((await cold.head(SITE_ID)).document.pages[0]!.sections[0]!.props as { heading: string }).heading).toBe('Before the fix');
    const undo = await cold.undo(SITE_ID, 'main', AUTHOR);
    expect(undo.action).toBe('undo');
    expect(((await cold.head(SITE_ID)).document.pages[0]!.sections[0]!.props as { heading: string }).heading).toBe(ORIGINAL);
  });
});

