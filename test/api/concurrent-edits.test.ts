// Several people editing one site over HTTP, on both backends: a commit based on an older head is rebased when
// it changes other fields (201, `rebased: true`), refused with 409 EDIT_CONFLICT and both values when it
// changes the same one, refused when its base is not on the branch; 50 writers at once on different fields
// all land in a linear history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.ts';
import { sampleSite, sampleSiteInput } from '../support/sample-site.ts';
import { apiRequest, openTestApp, signUp, type TestApp } from '../support/test-app.ts';

/** Every text prop of every section of the sample site: fields that take any short text. */
const TEXT_FIELDS = sampleSite().pages.flatMap((page, pageIndex) =>
  page.sections.flatMap((section, sectionIndex) =>
    Object.entries(section.props)
      .filter(([key, value]) => typeof value === 'string' && key !== 'variant')
      .map(([key]) => ({ path: `/pages/${pageIndex}/sections/${sectionIndex}/props/${key}`, pageIndex, sectionIndex, key })),
  ),
);

describe.each(backends)('concurrent edits over HTTP on $name', (backend) => {
  let harness: TestApp;
  let owner: { cookie: string; userId: string };

  const call = async (method: string, path: string, body?: unknown, cookie = owner.cookie) => {
    const response = await harness.app.request(apiRequest(path, { method, ...(body === undefined ? {} : { body }), cookie }));
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : {}) as Record<string, any> };
  };
  const newSite = async (subdomain: string) => (await call('POST', '/api/sites', { subdomain, document: sampleSiteInput() })).body as { id: string; head: string };
  const commit = (siteId: string, base: string, path: string, value: unknown, branch = 'main') => call('POST', `/api/sites/${siteId}/commits`, { branch, base, patch: [{ op: 'replace', path, value }], summary: `set ${path}` });
  const countCommits = async () => Number((await harness.database.db.selectFrom('commits').select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow()).count);

  beforeAll(async () => {
    harness = await openTestApp(backend);
    owner = await signUp(harness.app, 'owner@example.com');
  }, 60_000);
  afterAll(() => harness?.close());

  it('rebases a stale commit that changes another field: 201, rebased, on the head, with both changes', async () => {
    const site = await newSite('rebase-disjoint');
    const first = await commit(site.id, site.head, '/business/tagline', 'Fresh every morning');
    expect(first).toMatchObject({ status: 201, body: { rebased: false } });
    const second = await commit(site.id, site.head, '/business/phone', '(512) 555-0199');
    expect(second.status).toBe(201);
    expect(second.body.rebased).toBe(true);
    expect(second.body.commit).toMatchObject({ parents: [first.body.commit.id], summary: 'set /business/phone', patch: [{ op: 'replace', path: '/business/phone', value: '(512) 555-0199' }] });
    expect(second.body.commit).not.toHaveProperty('rebasedFrom');
    const now = await call('GET', `/api/sites/${site.id}`);
    expect(now.body.head.id).toBe(second.body.commit.id);
    expect(now.body.document.business).toMatchObject({ tagline: 'Fresh every morning', phone: '(512) 555-0199' });
  });

  it('refuses a stale commit that changes the same field: 409 EDIT_CONFLICT with the head, the value now and the one wanted; nothing stored', async () => {
    const site = await newSite('rebase-overlap');
    const first = await commit(site.id, site.head, '/pages/0/sections/0/props/heading', 'Bread at dawn');
    const before = await countCommits();
    const stale = await commit(site.id, site.head, '/pages/0/sections/0/props/heading', 'Cakes all day');
    expect(stale.status).toBe(409);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    expect(stale.body).toMatchObject({ code: 'EDIT_CONFLICT', title: 'Someone else changed the same thing', head: first.body.commit.id });
    expect(stale.body.detail).not.toMatch(/EDIT_CONFLICT|[A-Z]{3,}_[A-Z]/);
    expect(stale.body.conflicts).toEqual([
      { path: '/pages/0/sections/0/props/heading', part: expect.stringContaining('heading'), message: expect.stringContaining('Someone else changed'), current: 'Bread at dawn', yours: 'Cakes all day' },
    ]);
    expect(await countCommits()).toBe(before);
    expect((await call('GET', `/api/sites/${site.id}`)).body.document.pages[0].sections[0].props.heading).toBe('Bread at dawn');
  });

  it('refuses a base from another branch (409 with the head) and an unknown base (404)', async () => {
    const site = await newSite('rebase-foreign');
    expect((await call('POST', `/api/sites/${site.id}/branches`, { name: 'draft', from: site.head })).status).toBe(201);
    const onDraft = await commit(site.id, site.head, '/business/tagline', 'Draft tagline', 'draft');
    expect(onDraft.status).toBe(201);
    const before = await countCommits();
    const foreign = await commit(site.id, onDraft.body.commit.id, '/business/phone', '(512) 555-0111');
    expect(foreign).toMatchObject({ status: 409, body: { code: 'CONFLICT', head: site.head, reason: 'base-not-on-branch' } });
    const unknown = await commit(site.id, '9z-nope', '/business/phone', '(512) 555-0111');
    expect(unknown.status).toBe(404);
    expect(await countCommits()).toBe(before);
  });

  it('lands 50 writers at once on different fields: 50 one-parent commits and every change in the document', async () => {
    const site = await newSite('rebase-fifty');
    const fields = TEXT_FIELDS.slice(0, 50);
    expect(fields).toHaveLength(50);
    const answers = await Promise.all(fields.map((field, index) => commit(site.id, site.head, field.path, `Writer ${index}`)));
    expect(answers.map((answer) => answer.status)).toEqual(fields.map(() => 201));
    expect(answers.filter((answer) => answer.body.rebased === true).length).toBeGreaterThanOrEqual(49);
    const log = await call('GET', `/api/sites/${site.id}/commits?branch=main&limit=100`);
    expect(log.body.commits).toHaveLength(51);
    for (const entry of log.body.commits.slice(0, 50)) expect(entry.parents).toHaveLength(1);
    const document = (await call('GET', `/api/sites/${site.id}`)).body.document;
    fields.forEach((field, index) => expect(document.pages[field.pageIndex].sections[field.sectionIndex].props[field.key]).toBe(`Writer ${index}`));
  }, 180_000);
});
