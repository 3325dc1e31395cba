import { describe, expect, it } from 'vitest';
import { backends } from '../../../test/support/backends.ts';
import { AUTHOR, historyRowCounts, historySuite, setHeading, SITE_ID } from '../../../test/support/history.ts';
import { sampleSite } from '../../../test/support/sample-site.ts';
import { HistoryExistsError, HistoryNotFoundError, InvalidPatchError, type Commit } from './index.ts';

describe.each(backends)('history on $name', (backend) => {
  const start = historySuite(backend);

  it('initializes with a root snapshot on main, once', async () => {
    const { history, root } = await start();
    expect(root).toMatchObject({ siteId: SITE_ID, seq: 1, parents: [], author: AUTHOR, action: 'change', isSnapshot: true, patch: [] });
    const head = await history.head(SITE_ID, 'main');
    expect(head.commit.id).toBe(root.id);
    expect(head.document).toEqual(sampleSite());
    expect(await history.listBranches(SITE_ID)).toEqual([{ name: 'main', displayName: 'main', head: root.id, updatedAt: expect.any(Date) }]);
    await expect(history.initialize(SITE_ID, sampleSite(), AUTHOR)).rejects.toBeInstanceOf(HistoryExistsError);
  });

  it('commits a change, moves the head and keeps the inverse', async () => {
    const { history, root } = await start();
    const commit = await history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: setHeading('Fresh bread daily'), summary: 'New headline', author: AUTHOR, source: 'editor' });
    expect(commit).toMatchObject({ seq: 2, parents: [root.id], summary: 'New headline', source: 'editor', action: 'change', isSnapshot: false });
    expect(commit.inverse).toEqual(setHeading('A headline that says what you do'));
    const head = await history.head(SITE_ID);
    expect(head.commit.id).toBe(commit.id);
    expect(head.document.pages[0]!.sections[0]!.props).toMatchObject({ heading: 'Fresh bread daily' });
    expect(await history.getDocument(SITE_ID, root.id)).toEqual(sampleSite());
    expect(await history.getCommit(SITE_ID, commit.id)).toEqual(commit);
  });

  it('summarizes a change when no summary is given', async () => {
    const { history, root } = await start();
    const commit = await history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: setHeading('Fresh bread daily'), author: AUTHOR, source: 'api' });
    expect(commit.summary.length).toBeGreaterThan(0);
  });

  it('reads documents from a fresh process (no caches) the same as the writer saw them', async () => {
    const { history, database: opened, root } = await start();
    let base = root.id;
    const expected = new Map<string, unknown>();
    for (let index = 0; index < 5; index += 1) {
      base = (await history.commit({ siteId: SITE_ID, branch: 'main', base, patch: setHeading(`Heading ${index}`, index % 4), summary: `edit ${index}`, author: AUTHOR, source: 'editor' })).id;
      expected.set(base, await history.getDocument(SITE_ID, base));
    }
    const { createHistory } = await import('./index.ts');
    const fresh = createHistory(opened);
    for (const [id, document] of expected) expect(await fresh.getDocument(SITE_ID, id)).toEqual(document);
    expect((await fresh.head(SITE_ID)).commit.id).toBe(base);
  });

  it('logs newest first with cursor pagination', async () => {
    const { history, root } = await start();
    const ids = [root.id];
    for (let index = 0; index < 6; index += 1) {
      ids.push((await history.commit({ siteId: SITE_ID, branch: 'main', base: ids.at(-1)!, patch: setHeading(`Heading ${index}`), summary: `edit ${index}`, author: AUTHOR, source: 'editor' })).id);
    }
    const seen: Commit[] = [];
    let cursor: string | null = null;
    const sizes: number[] = [];
    do {
      const page: { commits: Commit[]; nextCursor: string | null } = await history.log(SITE_ID, { branch: 'main', cursor, limit: 3 });
      sizes.push(page.commits.length);
      seen.push(...page.commits);
      cursor = page.nextCursor;
    } while (cursor);
    expect(sizes).toEqual([3, 3, 1]);
    expect(seen.map((commit) => commit.id)).toEqual([...ids].reverse());
    expect(seen.map((commit) => commit.summary).slice(0, 2)).toEqual(['edit 5', 'edit 4']);
  });

  it('refuses a patch that makes the document invalid, with paths, and stores nothing', async () => {
    const { history, database: opened, root } = await start();
    const before = await historyRowCounts(opened);
    const invalid = await history
      .commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: [{ op: 'replace', path: '/theme/colors/primary', value: 'green' }], summary: 'green', author: AUTHOR, source: 'editor' })
      .catch((caught: unknown) => caught);
    expect(invalid).toBeInstanceOf(InvalidPatchError);
    expect((invalid as InvalidPatchError).status).toBe(422);
    expect((invalid as InvalidPatchError).errors).toEqual([{ path: 'theme/colors/primary', message: expect.stringMatching(/hex/) }]);

    const missing = await history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: [{ op: 'remove', path: '/pages/9' }], summary: 'x', author: AUTHOR, source: 'editor' }).catch((caught: unknown) => caught);
    expect((missing as InvalidPatchError).errors).toEqual([{ path: 'patch/0', message: expect.stringContaining('/pages/9') }]);

    const malformed = await history.commit({ siteId: SITE_ID, branch: 'main', base: root.id, patch: [], summary: 'x', author: AUTHOR, source: 'editor' }).catch((caught: unknown) => caught);
    expect(malformed).toBeInstanceOf(InvalidPatchError);
    expect(await historyRowCounts(opened)).toEqual(before);
    expect((await history.head(SITE_ID)).commit.id).toBe(root.id);
  });

  // A stale base is rebased, or refused when it overlaps: rebase.test.ts.

  it('answers not found for unknown commits and branches, and for another site\'s commits', async () => {
    const { history, database: opened, root } = await start();
    await expect(history.getCommit(SITE_ID, '9z-nope')).rejects.toBeInstanceOf(HistoryNotFoundError);
    await expect(history.getCommit(SITE_ID, 'not an id')).rejects.toBeInstanceOf(HistoryNotFoundError);
    await expect(history.head(SITE_ID, 'nope')).rejects.toBeInstanceOf(HistoryNotFoundError);
    await opened.db.insertInto('sites').values({ id: 'site-other', subdomain: 'other', name: 'Other', created_by: AUTHOR }).execute();
    await expect(history.getCommit('site-other', root.id)).rejects.toBeInstanceOf(HistoryNotFoundError);
    await expect(history.getDocument('site-other', root.id)).rejects.toBeInstanceOf(HistoryNotFoundError);
  });

  it('hands out copies: changing a returned document changes nothing stored', async () => {
    const { history, root } = await start();
    const document = await history.getDocument(SITE_ID, root.id);
    document.name = 'Changed in place';
    expect((await history.getDocument(SITE_ID, root.id)).name).toBe('Sample Bakery');
  });
});
