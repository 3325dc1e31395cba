import { describe, expect, it } from 'vitest';
import { backends } from '../../../test/support/backends.ts';
import { AUTHOR, historyRowCounts, historySuite, setHeading, SITE_ID } from '../../../test/support/history.ts';
import { sampleSite } from '../../../test/support/sample-site.ts';
import type { PatchOperation } from '../../patch/index.ts';
import { BaseNotOnBranchError, EditConflictError, HistoryNotFoundError, InvalidPatchError, type Commit } from './index.ts';

const OTHER_AUTHOR = 'user-bo';

/** Every text prop of every section of the sample site (52 of them): fields that take any short text. */
const TEXT_FIELDS = sampleSite().pages.flatMap((page, pageIndex) =>
  page.sections.flatMap((section, sectionIndex) =>
    Object.entries(section.props)
      .filter(([key, value]) => typeof value === 'string' && key !== 'variant')
      .map(([key]) => ({ path: `/pages/${pageIndex}/sections/${sectionIndex}/props/${key}`, pageIndex, sectionIndex, key })),
  ),
);

const setText = (path: string, value: string): PatchOperation[] => [{ op: 'replace', path, value }];
const propsOf = (document: { pages: { sections: { props: unknown }[] }[] }, pageIndex: number, sectionIndex: number) => document.pages[pageIndex]!.sections[sectionIndex]!.props as Record<string, unknown>;

describe.each(backends)('rebasing stale changes on $name', (backend) => {
  const start = historySuite(backend);

  it('rebases a stale change to another field onto the head: one parent, the caller\'s summary, a patch relative to the head', async () => {
    const { history, root } = await start();
    const first = await history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: setHeading('One'), summary: 'one', author: AUTHOR, source: 'editor' });
    expect(first.rebasedFrom).toBeUndefined();
    const second = await history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: setHeading('Two', 1, 0), summary: 'two', author: OTHER_AUTHOR, source: 'editor' });
    expect(second).toMatchObject({ parents: [first.id], summary: 'two', author: OTHER_AUTHOR, action: 'change', rebasedFrom: root.id });
    expect(second.patch).toEqual(setHeading('Two', 1, 0));
    expect(second.inverse).toEqual(setHeading('About page 1', 1, 0));
    const head = await history.head(SITE_ID);
    expect(head.commit.id).toBe(second.id);
    expect(head.commit.rebasedFrom).toBeUndefined();
    expect(propsOf(head.document, 0, 0).heading).toBe('One');
    expect(propsOf(head.document, 1, 0).heading).toBe('Two');
    expect((await history.log(SITE_ID)).commits.map((commit) => commit.id)).toEqual([second.id, first.id, root.id]);
  });

  it('rebases a change to another prop of the very section that changed since', async () => {
    const { history, root } = await start();
    await history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: setHeading('One'), summary: 'one', author: AUTHOR, source: 'editor' });
    await history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: setText('/pages/0/sections/0/props/subheading', 'Baked at dawn'), author: OTHER_AUTHOR, source: 'editor' });
    expect(propsOf((await history.head(SITE_ID)).document, 0, 0)).toMatchObject({ heading: 'One', subheading: 'Baked at dawn' });
  });

  it('refuses a stale change to the same field with the head and both values, and stores nothing', async () => {
    const { history, database: opened, root } = await start();
    const first = await history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: setHeading('One'), summary: 'one', author: AUTHOR, source: 'editor' });
    const before = await historyRowCounts(opened);
    const error = await history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: setHeading('Two'), summary: 'two', author: OTHER_AUTHOR, source: 'editor' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EditConflictError);
    expect(error).toMatchObject({ head: first.id, status: 409, code: 'EDIT_CONFLICT', title: 'Someone else changed the same thing' });
    expect((error as EditConflictError).conflicts).toEqual([
      { path: '/pages/0/sections/0/props/heading', part: 'heading in section "p0-s0-hero" on page "home"', message: expect.stringContaining('Someone else changed'), current: 'One', yours: 'Two' },
    ]);
    expect(await historyRowCounts(opened)).toEqual(before);
    expect(propsOf((await history.head(SITE_ID)).document, 0, 0).heading).toBe('One');
  });

  it('refuses a stale change to a section that was removed since, with nothing as the current value', async () => {
    const { history, root } = await start();
    await history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: [{ op: 'remove', path: '/pages/2/sections/3' }], author: AUTHOR, source: 'editor' });
    const error = await history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: setHeading('Questions?', 2, 3), author: OTHER_AUTHOR, source: 'editor' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EditConflictError);
    const [conflict] = (error as EditConflictError).conflicts;
    expect(conflict).toMatchObject({ path: '/pages/2/sections/3', message: expect.stringContaining('removed'), yours: { id: 'p2-s2-faq', props: { heading: 'Questions?' } } });
    expect(conflict).not.toHaveProperty('current');
  });

  it('refuses a stale patch that does not apply to its own base as invalid', async () => {
    const { history, root } = await start();
    await history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: setHeading('One'), author: AUTHOR, source: 'editor' });
    const error = await history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: [{ op: 'replace', path: '/theme/colors/primary', value: 'green' }], author: OTHER_AUTHOR, source: 'editor' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidPatchError);
  });

  it('refuses a base that is not on the branch (another branch\'s commit) and one that does not exist', async () => {
    const { history, database: opened, root } = await start();
    await history.createBranch(SITE_ID, 'draft', root.id);
    const onDraft = await history.commit({ siteId: SITE_ID, branch: 'draft', base: root.id, patch: setHeading('Draft'), author: AUTHOR, source: 'editor' });
    const onMain = await history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: setHeading('Main', 1, 0), author: AUTHOR, source: 'editor' });
    const before = await historyRowCounts(opened);
    const foreign = await history.commit({ siteId: SITE_ID, branch: 'main', base: onDraft.id, patch: setHeading('Other', 2, 0), author: AUTHOR, source: 'editor' }).catch((caught: unknown) => caught);
    expect(foreign).toBeInstanceOf(BaseNotOnBranchError);
    expect(foreign).toMatchObject({ status: 409, head: onMain.id, extra: { head: onMain.id, reason: 'base-not-on-branch' } });
    const unknown = await history.commit({ siteId: SITE_ID, branch: 'main', base: '9z-nope', patch: setHeading('Other', 2, 0), author: AUTHOR, source: 'editor' }).catch((caught: unknown) => caught);
    expect(unknown).toBeInstanceOf(HistoryNotFoundError);
    expect(unknown).toMatchObject({ status: 404 });
    expect(await historyRowCounts(opened)).toEqual(before);
  });

  it('lands 50 concurrent writers on disjoint fields of one site: 50 one-parent commits, every change in the final document', async () => {
    const { history, root } = await start();
    const fields = TEXT_FIELDS.slice(0, 50);
    expect(fields).toHaveLength(50);
    const commits = await Promise.all(
      fields.map((field, index) => history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: setText(field.path, `Writer ${index}`), summary: `writer ${index}`, author: `user-${index}`, source: 'api' })),
    );
    expect(new Set(commits.map((commit) => commit.id)).size).toBe(50);
    const log = await history.log(SITE_ID, { branch: 'main', limit: 100 });
    expect(log.commits).toHaveLength(51);
    for (const commit of log.commits.slice(0, 50)) expect(commit.parents).toHaveLength(1);
    expect(log.commits.at(-1)!.id).toBe(root.id);
    expect(new Set(log.commits.slice(0, 50).map((commit) => commit.summary))).toEqual(new Set(fields.map((_field, index) => `writer ${index}`)));
    expect(commits.filter((commit) => commit.rebasedFrom === root.id).length).toBeGreaterThanOrEqual(49);
    const head = await history.head(SITE_ID);
    fields.forEach((field, index) => expect(propsOf(head.document, field.pageIndex, field.sectionIndex)[field.key]).toBe(`Writer ${index}`));
  }, 120_000);

  it('lets exactly one of 50 concurrent writers of the same field win; the others are told of the conflict', async () => {
    const { history, root } = await start();
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, index) => history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: setHeading(`Racer ${index}`), summary: `racer ${index}`, author: AUTHOR, source: 'api' })),
    );
    const wins = results.filter((result): result is PromiseFulfilledResult<Commit> => result.status === 'fulfilled');
    const losses = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
    expect(wins).toHaveLength(1);
    const winner = wins[0]!.value;
    for (const loss of losses) {
      expect(loss.reason).toBeInstanceOf(EditConflictError);
      expect(loss.reason).toMatchObject({ head: winner.id, conflicts: [{ current: winner.summary.replace('racer', 'Racer') }] });
    }
    expect((await history.log(SITE_ID, { limit: 100 })).commits.map((commit) => commit.id)).toEqual([winner.id, root.id]);
  }, 120_000);

  it('undoes a rebased change alone: the change made before it stays, and redo brings it back', async () => {
    const { history, root } = await start();
    // A and B both start from the root; A saves first, B's change is rebased onto A's.
    const byA = await history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: setHeading('From A'), author: AUTHOR, source: 'editor' });
    const byB = await history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: setHeading('From B', 1, 0), author: OTHER_AUTHOR, source: 'editor' });
    expect(byB.rebasedFrom).toBe(root.id);
    const undo = await history.undo(SITE_ID, 'main', OTHER_AUTHOR);
    expect(undo).toMatchObject({ action: 'undo', reverts: byB.id, parents: [byB.id] });
    const afterUndo = (await history.head(SITE_ID)).document;
    expect(afterUndo).toEqual(await history.getDocument(SITE_ID, byA.id));
    expect(propsOf(afterUndo, 0, 0).heading).toBe('From A');
    await history.redo(SITE_ID, 'main', OTHER_AUTHOR);
    expect((await history.head(SITE_ID)).document).toEqual(await history.getDocument(SITE_ID, byB.id));
    // Undoing again, then A's change, leaves the root document.
    await history.undo(SITE_ID, 'main', OTHER_AUTHOR);
    await history.undo(SITE_ID, 'main', AUTHOR);
    expect((await history.head(SITE_ID)).document).toEqual(sampleSite());
  });

  it('undoes a stale change rebased over later edits of the same section without touching them', async () => {
    const { history, root } = await start();
    // A edits the heading twice; B, still on the root, edits the subheading of the same section.
    const first = await history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: setHeading('A1'), author: AUTHOR, source: 'editor' });
    await history.commit({ siteId: SITE_ID, branch: 'main', base: first.id, patch: setHeading('A2'), author: AUTHOR, source: 'editor' });
    await history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: setText('/pages/0/sections/0/props/subheading', 'From B'), author: OTHER_AUTHOR, source: 'editor' });
    await history.undo(SITE_ID, 'main', OTHER_AUTHOR);
    expect(propsOf((await history.head(SITE_ID)).document, 0, 0)).toMatchObject({ heading: 'A2', subheading: propsOf(sampleSite(), 0, 0).subheading });
  });
});
