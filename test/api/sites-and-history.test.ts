// Sites and their history over HTTP, on both backends: creation and subdomain rules, commits with overlapping
// stale bases and invalid patches (nothing stored; concurrent-edits.test.ts has the stale bases that rebase), undo/redo, branches and merges, rate limits, and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.ts';
import { sampleSiteInput } from '../support/sample-site.ts';
import { addMember } from '../support/members.ts';
import { apiRequest, openTestApp, signUp, type TestApp } from '../support/test-app.ts';

describe.each(backends)('sites and history API on $name', (backend) => {
  let harness: TestApp;
  let owner: { cookie: string; userId: string };

  const call = async (method: string, path: string, body?: unknown, cookie = owner.cookie) => {
    const response = await harness.app.request(apiRequest(path, { method, ...(body === undefined ? {} : { body }), cookie }));
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : {}) as Record<string, any> };
  };
  const countRows = async (table: 'commits' | 'sites' | 'site_members') => Number((await harness.database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow()).count);

  beforeAll(async () => {
    harness = await openTestApp(backend);
    owner = await signUp(harness.app, 'owner@example.com');
  }, 60_000);
  afterAll(() => harness?.close());

  it('creates sites from a document, a template or a name, and lists them', async () => {
    const fromDocument = await call('POST', '/api/sites', { subdomain: 'from-document', document: sampleSiteInput() });
    expect(fromDocument.status).toBe(201);
    const templates = (await call('GET', '/api/templates')).body.templates as { industry: string }[];
    expect(templates.length).toBeGreaterThanOrEqual(20);
    const fromTemplate = await call('POST', '/api/sites', { subdomain: 'from-template', template: templates[0]!.industry });
    expect(fromTemplate.status).toBe(201);
    const fromName = await call('POST', '/api/sites', { subdomain: 'from-name', name: 'Crumb & Co' });
    const site = await call('GET', `/api/sites/${fromName.body.id}`);
    expect(site.body).toMatchObject({ site: { subdomain: 'from-name', name: 'Crumb & Co', role: 'owner' }, branch: 'main', head: { id: fromName.body.head } });
    expect(site.body.document.name).toBe('Crumb & Co');
    const listed = (await call('GET', '/api/sites')).body.sites as { subdomain: string }[];
    expect(listed.map((entry) => entry.subdomain).sort()).toEqual(['from-document', 'from-name', 'from-template']);
  });

  it.each([
    ['ab', 'Use 3 to 63 characters.'],
    ['Bakery', 'Use only lowercase letters'],
    ['-bakery', 'cannot start or end with a hyphen'],
    ['main--bakery', 'Two hyphens in a row'],
    ['admin', 'reserved'],
  ])('refuses the subdomain %j with a field error', async (subdomain, message) => {
    const before = await countRows('sites');
    const answer = await call('POST', '/api/sites', { subdomain, name: 'X' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ path: 'body/subdomain', message: expect.stringContaining(message) }]);
    expect(await countRows('sites')).toBe(before);
  });

  it('refuses a taken subdomain and an invalid document, storing nothing', async () => {
    await call('POST', '/api/sites', { subdomain: 'taken-name', name: 'First' });
    const before = await countRows('sites');
    expect((await call('POST', '/api/sites', { subdomain: 'taken-name', name: 'Second' })).body.code).toBe('SUBDOMAIN_TAKEN');
    const document = sampleSiteInput();
    document.theme.colors.primary = 'green';
    const invalid = await call('POST', '/api/sites', { subdomain: 'bad-document', document });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toContainEqual({ path: 'body/document/theme/colors/primary', message: expect.any(String) });
    expect(await countRows('sites')).toBe(before);
    const availability = await call('GET', '/api/subdomains/taken-name');
    expect(availability.body).toEqual({ subdomain: 'taken-name', isAvailable: false, problem: expect.any(String) });
  });

  it('records who made a commit: the visual editor says so, anything else is the API', async () => {
    const site = await call('POST', '/api/sites', { subdomain: 'commit-sources', document: sampleSiteInput() });
    const fromEditor = await call('POST', `/api/sites/${site.body.id}/commits`, { base: site.body.head, patch: [{ op: 'replace', path: '/business/tagline', value: 'By hand' }], source: 'editor' });
    expect(fromEditor.body.commit.source).toBe('editor');
    const forged = await call('POST', `/api/sites/${site.body.id}/commits`, { base: fromEditor.body.commit.id, patch: [{ op: 'replace', path: '/business/tagline', value: 'Forged' }], source: 'ai' });
    expect(forged.status).toBe(400);
    expect(forged.body.errors[0].path).toBe('body/source');
  });

  it('commits patches; a stale base changing the same field is 409 with the head, an invalid patch 422 with paths; neither stores anything', async () => {
    const site = await call('POST', '/api/sites', { subdomain: 'commits', document: sampleSiteInput() });
    const base = site.body.head as string;
    const first = await call('POST', `/api/sites/${site.body.id}/commits`, { branch: 'main', base, patch: [{ op: 'replace', path: '/business/tagline', value: 'Fresh every morning' }], summary: 'New tagline' });
    expect(first.status).toBe(201);
    expect(first.body.commit).toMatchObject({ parents: [base], summary: 'New tagline', source: 'api', author: owner.userId });
    const commitsBefore = await countRows('commits');

    const stale = await call('POST', `/api/sites/${site.body.id}/commits`, { branch: 'main', base, patch: [{ op: 'replace', path: '/business/tagline', value: 'Lost?' }] });
    expect(stale.status).toBe(409);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    expect(stale.body).toMatchObject({ code: 'EDIT_CONFLICT', head: first.body.commit.id, conflicts: [{ path: '/business/tagline', current: 'Fresh every morning', yours: 'Lost?' }] });

    const invalid = await call('POST', `/api/sites/${site.body.id}/commits`, { branch: 'main', base: first.body.commit.id, patch: [{ op: 'replace', path: '/theme/colors/primary', value: 'not-a-color' }] });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors).toEqual([{ path: 'theme/colors/primary', message: expect.stringContaining('hex') }]);

    const malformed = await call('POST', `/api/sites/${site.body.id}/commits`, { branch: 'main', base: first.body.commit.id, patch: [{ op: 'explode', path: '/x' }] });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors[0].path).toMatch(/^body\/patch\/0/);
    expect(await countRows('commits')).toBe(commitsBefore);

    const head = await call('GET', `/api/sites/${site.body.id}`);
    expect(head.body.document.business.tagline).toBe('Fresh every morning');
  });

  it('undoes and redoes as commits, rolls back, branches, merges and names versions', async () => {
    const site = await call('POST', '/api/sites', { subdomain: 'versions', document: sampleSiteInput() });
    const id = site.body.id as string;
    const tagline = async () => (await call('GET', `/api/sites/${id}`)).body.document.business.tagline as string;
    let head = site.body.head as string;
    for (const value of ['One', 'Two']) head = (await call('POST', `/api/sites/${id}/commits`, { branch: 'main', base: head, patch: [{ op: 'replace', path: '/business/tagline', value }] })).body.commit.id;
    const undoState = async () => (await call('GET', `/api/sites/${id}/undo-state?branch=main`)).body;
    expect(await undoState()).toEqual({ head, canUndo: true, canRedo: false, undoSummary: expect.any(String), redoSummary: null });
    expect((await call('POST', `/api/sites/${id}/undo`, { branch: 'main' })).body.commit.action).toBe('undo');
    expect(await tagline()).toBe('One');
    expect(await undoState()).toMatchObject({ canUndo: true, canRedo: true });
    await call('POST', `/api/sites/${id}/redo`, { branch: 'main' });
    expect(await tagline()).toBe('Two');
    expect(await undoState()).toMatchObject({ canUndo: true, canRedo: false });
    expect((await call('POST', `/api/sites/${id}/redo`, { branch: 'main' })).status).toBe(409);
    expect((await call('GET', `/api/sites/${id}/undo-state?branch=no-such-branch`)).status).toBe(404);

    const tag = await call('POST', `/api/sites/${id}/tags`, { name: 'v1', commit: site.body.head });
    expect(tag.status).toBe(201);
    await call('POST', `/api/sites/${id}/rollback`, { branch: 'main', to: site.body.head });
    expect(await tagline()).toBe('Bread worth getting up for');

    const mainHead = (await call('GET', `/api/sites/${id}`)).body.head.id as string;
    await call('POST', `/api/sites/${id}/branches`, { name: 'summer', from: mainHead });
    const onBranch = await call('POST', `/api/sites/${id}/commits`, { branch: 'summer', base: mainHead, patch: [{ op: 'replace', path: '/theme/colors/primary', value: '#aa3300' }] });
    expect(onBranch.status).toBe(201);
    expect((await call('GET', `/api/sites/${id}?branch=summer`)).body.document.theme.colors.primary).toBe('#aa3300');
    const merged = await call('POST', `/api/sites/${id}/branches/summer/merge`, { into: 'main' });
    expect(merged.status).toBe(200);
    expect(merged.body.commit.parents).toHaveLength(2);
    expect((await call('GET', `/api/sites/${id}`)).body.document.theme.colors.primary).toBe('#aa3300');

    const log = await call('GET', `/api/sites/${id}/commits?branch=main&limit=3`);
    expect(log.body.commits).toHaveLength(3);
    expect(log.body.nextCursor).toBeTruthy();
    const diff = await call('GET', `/api/sites/${id}/diff?from=${site.body.head}&to=${merged.body.commit.id}`);
    expect(diff.body.patch).toEqual([{ op: 'replace', path: '/theme/colors/primary', value: '#aa3300' }]);
    expect(diff.body.summary).toMatch(/primary/);
  });

  it('takes version and branch names as people type them, keeps a ref-safe name derived from each, and rolls back in words', async () => {
    const site = await call('POST', '/api/sites', { subdomain: 'free-names', document: sampleSiteInput() });
    const id = site.body.id as string;
    const root = site.body.head as string;

    const tag = await call('POST', `/api/sites/${id}/tags`, { name: '  Before launch ', commit: root });
    expect(tag.status).toBe(201);
    expect(tag.body.tag).toMatchObject({ name: 'before-launch', displayName: 'Before launch', commit: root });
    // Another name with the same ref-safe form gets a free one; the same name again (any case) is refused.
    const similar = await call('POST', `/api/sites/${id}/tags`, { name: 'Before launch!', commit: root });
    expect(similar.body.tag).toMatchObject({ name: 'before-launch-2', displayName: 'Before launch!' });
    const again = await call('POST', `/api/sites/${id}/tags`, { name: 'BEFORE LAUNCH', commit: root });
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('"BEFORE LAUNCH"');
    expect((await call('POST', `/api/sites/${id}/tags`, { name: 'Été 2026 — soldes', commit: root })).body.tag).toMatchObject({ name: 'ete-2026-soldes', displayName: 'Été 2026 — soldes' });
    expect((await call('POST', `/api/sites/${id}/tags`, { name: 'Запуск', commit: root })).body.tag).toMatchObject({ name: 'version', displayName: 'Запуск' });
    expect((await call('POST', `/api/sites/${id}/tags`, { name: 'Head', commit: root })).body.tag).toMatchObject({ name: 'head-1', displayName: 'Head' });
    for (const name of ['', '   ', 'x'.repeat(81)]) {
      const refused = await call('POST', `/api/sites/${id}/tags`, { name, commit: root });
      expect(refused.status, JSON.stringify(name)).toBe(400);
      expect(refused.body.errors[0].path).toBe('body/name');
    }
    expect((await call('GET', `/api/sites/${id}/tags`)).body.tags).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'before-launch', displayName: 'Before launch' }), expect.objectContaining({ name: 'head-1', displayName: 'Head' })]),
    );

    const branch = await call('POST', `/api/sites/${id}/branches`, { name: 'Spring menu', from: root });
    expect(branch.status).toBe(201);
    expect(branch.body.branch).toMatchObject({ name: 'spring-menu', displayName: 'Spring menu', head: root });
    const branches = (await call('GET', `/api/sites/${id}/branches`)).body.branches as { name: string; displayName: string }[];
    expect(branches.map((entry) => [entry.name, entry.displayName])).toEqual([
      ['main', 'main'],
      ['spring-menu', 'Spring menu'],
    ]);
    // The ref-safe name is the one paths and `?branch=` use.
    const onBranch = await call('POST', `/api/sites/${id}/commits`, { branch: 'spring-menu', base: root, patch: [{ op: 'replace', path: '/business/tagline', value: 'Spring' }] });
    expect(onBranch.status).toBe(201);
    expect((await call('POST', `/api/sites/${id}/branches`, { name: 'spring MENU', from: root })).status).toBe(409);

    const changed = await call('POST', `/api/sites/${id}/commits`, { branch: 'main', base: root, patch: [{ op: 'replace', path: '/business/tagline', value: 'Later' }] });
    const rolled = await call('POST', `/api/sites/${id}/rollback`, { branch: 'main', to: root });
    expect(rolled.status).toBe(200);
    expect(rolled.body.commit.summary).not.toContain(root);
    expect(rolled.body.commit.summary).toMatch(/^Rolled back to “.+”$/);
    expect(rolled.body.commit).toMatchObject({ source: 'rollback', reverts: root });
    expect(changed.body.commit.id).not.toBe(rolled.body.commit.id);
  });

  it('race: 50 concurrent commits of one field on one base give exactly one 201 and 49 409 EDIT_CONFLICTs, and a linear history', async () => {
    const site = await call('POST', '/api/sites', { subdomain: 'race', document: sampleSiteInput() });
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) => call('POST', `/api/sites/${site.body.id}/commits`, { branch: 'main', base: site.body.head, patch: [{ op: 'replace', path: '/business/tagline', value: `Racer ${index}` }] })),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    const winner = answers.find((answer) => answer.status === 201)!.body.commit;
    for (const loser of answers.filter((answer) => answer.status === 409)) expect(loser.body).toMatchObject({ code: 'EDIT_CONFLICT', head: winner.id });
    const log = await call('GET', `/api/sites/${site.body.id}/commits?branch=main`);
    expect(log.body.commits.map((commit: { id: string }) => commit.id)).toEqual([winner.id, site.body.head]);
    const head = await call('GET', `/api/sites/${site.body.id}`);
    expect(head.body.document.business.tagline).toBe(winner.patch[0].value);
  });

  it('keeps at least one owner, and lets members leave', async () => {
    const site = await call('POST', '/api/sites', { subdomain: 'owners', name: 'Owners' });
    const id = site.body.id as string;
    expect((await call('PATCH', `/api/sites/${id}/members/${owner.userId}`, { role: 'editor' })).body.code).toBe('LAST_OWNER');
    expect((await call('DELETE', `/api/sites/${id}/members/${owner.userId}`)).body.code).toBe('LAST_OWNER');
    const friend = await signUp(harness.app, 'friend@example.com');
    await addMember(harness, id, owner.cookie, { email: 'friend@example.com', cookie: friend.cookie }, 'viewer');
    expect((await call('DELETE', `/api/sites/${id}/members/${friend.userId}`, undefined, friend.cookie)).status).toBe(204);
    expect((await call('GET', `/api/sites/${id}`, undefined, friend.cookie)).status).toBe(404);
  });

  it('audits every mutation with actor, site, action, target, time, IP and request id', async () => {
    const site = await call('POST', '/api/sites', { subdomain: 'audited', name: 'Audited' });
    const commit = await call('POST', `/api/sites/${site.body.id}/commits`, { branch: 'main', base: site.body.head, patch: [{ op: 'replace', path: '/name', value: 'Audited 2' }] });
    const entries = await harness.database.db.selectFrom('audit_log').selectAll().where('site_id', '=', site.body.id).orderBy('id').execute();
    expect(entries.map((entry) => entry.action)).toEqual(['site.create', 'commit.create']);
    expect(entries[1]).toMatchObject({ actor_id: owner.userId, target: commit.body.commit.id, request_id: commit.headers.get('x-request-id') });
    expect(entries[1]!.at).toBeInstanceOf(Date);
  });
});

describe.each(backends)('rate limits on $name', (backend) => {
  let harness: TestApp;
  let user: { cookie: string };
  beforeAll(async () => {
    harness = await openTestApp(backend, {}, { rateLimits: { authPerIp: { points: 4, duration: 60 }, writePerUser: { points: 4, duration: 60 }, writePerIp: { points: 1000, duration: 60 } } });
    user = await signUp(harness.app, 'busy@example.com');
  }, 60_000);
  afterAll(() => harness?.close());

  it('limits writes per user', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 6; index += 1) {
      const response = await harness.app.request(apiRequest('/api/sites', { method: 'POST', body: { subdomain: `busy-${index}`, name: 'Busy' }, cookie: user.cookie }));
      statuses.push(response.status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 429, 429]);
    expect((await harness.app.request(apiRequest('/api/sites', { cookie: user.cookie }))).status).toBe(200);
  });

  it('answers 429 with Retry-After on auth and write routes', async () => {
    const statuses: number[] = [];
    for (let index = 0; index < 5; index += 1) {
      const response = await harness.app.request(apiRequest('/api/auth/sign-in/email', { method: 'POST', body: { email: 'nobody@example.com', password: 'wrong password' } }));
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses.slice(0, 3).every((status) => status !== 429)).toBe(true);
    expect(statuses.slice(3)).toEqual([429, 429]);
  });
});
