import { describe, expect, it } from 'vitest';
import { backends } from '../../../test/support/backends.ts';
import { AUTHOR, historySuite, setHeading, SITE_ID } from '../../../test/support/history.ts';
import type { PatchOperation } from '../../patch/index.ts';
import { HistoryNotFoundError, InvalidRefNameError, MergeConflictError, NothingToMergeError, ProtectedBranchError, RefExistsError } from './index.ts';

const headingOf = (document: { pages: { sections: { props: unknown }[] }[] }, page: number) => (document.pages[page]!.sections[0]!.props as { heading: string }).heading;

describe.each(backends)('branches, merges and tags on $name', (backend) => {
  const openSuite = historySuite(backend);

  async function start() {
    const { history, root } = await openSuite();
    const change = async (branch: string, patch: PatchOperation[]) => {
      const head = await history.head(SITE_ID, branch);
      return history.commit({ siteId: SITE_ID, branch, base: head.commit.id, patch, summary: `change on ${branch}`, author: AUTHOR, source: 'editor' });
    };
    return { history, root, change };
  }

  it('creates, lists and deletes branches; main stays', async () => {
    const { history, root, change } = await start();
    const branch = await history.createBranch(SITE_ID, 'spring-menu', root.id, AUTHOR);
    expect(branch).toMatchObject({ name: 'spring-menu', displayName: 'spring-menu', head: root.id });
    const commit = await change('spring-menu', setHeading('Spring'));
    expect((await history.listBranches(SITE_ID)).map((listed) => [listed.name, listed.head])).toEqual([
      ['main', root.id],
      ['spring-menu', commit.id],
    ]);
    expect(headingOf((await history.head(SITE_ID, 'main')).document, 0)).toBe('A headline that says what you do');
    await expect(history.createBranch(SITE_ID, 'spring-menu', root.id)).rejects.toBeInstanceOf(RefExistsError);
    for (const name of ['', 'Spring', '-x', 'head', 'HEAD', 'a/b', 'x'.repeat(64)]) {
      await expect(history.createBranch(SITE_ID, name, root.id)).rejects.toBeInstanceOf(InvalidRefNameError);
    }
    await expect(history.createBranch(SITE_ID, 'from-nowhere', '99-zzzz')).rejects.toBeInstanceOf(HistoryNotFoundError);
    await expect(history.deleteBranch(SITE_ID, 'main')).rejects.toBeInstanceOf(ProtectedBranchError);
    await history.deleteBranch(SITE_ID, 'spring-menu');
    await expect(history.deleteBranch(SITE_ID, 'spring-menu')).rejects.toBeInstanceOf(HistoryNotFoundError);
    expect((await history.listBranches(SITE_ID)).map((listed) => listed.name)).toEqual(['main']);
    // The branch's commits remain readable by id.
    expect(headingOf(await history.getDocument(SITE_ID, commit.id), 0)).toBe('Spring');
  });

  it('merges cleanly: a two-parent merge commit with both sides\' changes', async () => {
    const { history, root, change } = await start();
    await history.createBranch(SITE_ID, 'about-copy', root.id);
    const ours = await change('main', setHeading('Main headline', 0));
    const theirs = await change('about-copy', setHeading('About us, rewritten', 1));
    await change('about-copy', setHeading('Services, rewritten', 2));
    const theirsHead = (await history.head(SITE_ID, 'about-copy')).commit;
    const merge = await history.merge(SITE_ID, 'about-copy', 'main', AUTHOR);
    expect(merge).toMatchObject({ source: 'merge', parents: [ours.id, theirsHead.id], isSnapshot: true, action: 'change' });
    const head = await history.head(SITE_ID, 'main');
    expect(head.commit.id).toBe(merge.id);
    expect([0, 1, 2].map((page) => headingOf(head.document, page))).toEqual(['Main headline', 'About us, rewritten', 'Services, rewritten']);
    expect(theirs.parents).toEqual([root.id]);
    await expect(history.merge(SITE_ID, 'about-copy', 'main', AUTHOR)).rejects.toBeInstanceOf(NothingToMergeError);

    // Later changes on the branch merge against the previous merge as their base.
    await change('about-copy', setHeading('About us, third take', 1));
    await history.merge(SITE_ID, 'about-copy', 'main', AUTHOR);
    expect(headingOf((await history.head(SITE_ID, 'main')).document, 1)).toBe('About us, third take');
    // The merge is undoable like any change.
    await history.undo(SITE_ID, 'main', AUTHOR);
    expect(headingOf((await history.head(SITE_ID, 'main')).document, 1)).toBe('About us, rewritten');
  });

  it('records a fast-forward as a merge commit', async () => {
    const { history, root, change } = await start();
    await history.createBranch(SITE_ID, 'draft', root.id);
    const draft = await change('draft', setHeading('Drafted'));
    const merge = await history.merge(SITE_ID, 'draft', 'main', AUTHOR);
    expect(merge.parents).toEqual([root.id, draft.id]);
    expect((await history.head(SITE_ID, 'main')).document).toEqual(await history.getDocument(SITE_ID, draft.id));
  });

  it('reports conflicts and merges nothing', async () => {
    const { history, root, change } = await start();
    await history.createBranch(SITE_ID, 'rival', root.id);
    const ours = await change('main', setHeading('Ours'));
    await change('rival', setHeading('Theirs'));
    const error = await history.merge(SITE_ID, 'rival', 'main', AUTHOR).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MergeConflictError);
    expect((error as MergeConflictError).status).toBe(409);
    expect((error as MergeConflictError).conflicts).toEqual([expect.objectContaining({ path: expect.stringContaining('/pages/0/sections/0') })]);
    expect((await history.head(SITE_ID, 'main')).commit.id).toBe(ours.id);
  });

  it('names versions with tags, unique per site', async () => {
    const { history, root, change } = await start();
    const commit = await change('main', setHeading('Launch'));
    const tag = await history.createTag(SITE_ID, 'v1.0', commit.id, AUTHOR);
    expect(tag).toMatchObject({ name: 'v1.0', commit: commit.id, createdBy: AUTHOR });
    await history.createTag(SITE_ID, 'before-launch', root.id);
    await expect(history.createTag(SITE_ID, 'v1.0', root.id)).rejects.toBeInstanceOf(RefExistsError);
    await expect(history.createTag(SITE_ID, 'HEAD', root.id)).rejects.toBeInstanceOf(InvalidRefNameError);
    await expect(history.createTag(SITE_ID, 'ghost', '5-abcdef')).rejects.toBeInstanceOf(HistoryNotFoundError);
    expect((await history.listTags(SITE_ID)).map((listed) => [listed.name, listed.commit])).toEqual([
      ['before-launch', root.id],
      ['v1.0', commit.id],
    ]);
    // A branch and a tag may share a name: they are different kinds of ref.
    await history.createBranch(SITE_ID, 'v1.0', commit.id);
    await history.deleteTag(SITE_ID, 'before-launch');
    expect((await history.listTags(SITE_ID)).map((listed) => listed.name)).toEqual(['v1.0']);
  });

  it('diffs two commits', async () => {
    const { history, root, change } = await start();
    const commit = await change('main', setHeading('Diffed'));
    const diff = await history.diff(SITE_ID, root.id, commit.id);
    expect(diff.patch).toEqual(setHeading('Diffed'));
    expect(diff.summary.length).toBeGreaterThan(0);
  });
});
