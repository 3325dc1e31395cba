// The editor's chat conversation over HTTP, on both backends: every turn the AI edit route answers — a commit, a
// question, an error, a deletion waiting for a confirmation — is stored per site and branch and listed in pages
// (newest page first, oldest first within a page), readable by viewers, hidden from strangers; a turn that cannot
// be stored does not fail the edit.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.ts';
import { editFixtureSite } from '../support/edit-site.ts';
import { addMember } from '../support/members.ts';
import { apiRequest, openTestApp, signUp, type TestApp } from '../support/test-app.ts';

type Answer = { status: number; body: Record<string, any> };

function caller(harness: TestApp, cookie?: string) {
  return async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const response = await harness.app.request(apiRequest(path, { method, ...(body === undefined ? {} : { body }), ...(cookie ? { cookie } : {}) }));
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as Record<string, any> };
  };
}

describe.each(backends)('the chat conversation on $name', (backend) => {
  let harness: TestApp;
  let owner: ReturnType<typeof caller>;
  let ownerId: string;
  let ownerCookie: string;

  beforeAll(async () => {
    harness = await openTestApp(backend);
    const account = await signUp(harness.app, 'ana@example.com');
    owner = caller(harness, account.cookie);
    ownerId = account.userId;
    ownerCookie = account.cookie;
  }, 60_000);
  afterAll(() => harness?.close());

  async function newSite(subdomain: string): Promise<{ id: string; head: string }> {
    const created = await owner('POST', '/api/sites', { subdomain, document: editFixtureSite() });
    expect(created.status).toBe(201);
    return created.body as { id: string; head: string };
  }

  const chatOf = async (siteId: string, query = '') => owner('GET', `/api/sites/${siteId}/chat${query}`);

  it('stores a commit, a question, an error and a confirmation, and lists them in order with the commit id', async () => {
    const site = await newSite('chat-log-kinds');
    const committed = await owner('POST', `/api/sites/${site.id}/edit`, { prompt: 'make the primary color green', base: site.head });
    expect(committed.status).toBe(201);
    const head = committed.body.commit.id as string;
    expect((await owner('POST', `/api/sites/${site.id}/edit`, { prompt: 'make it better', base: head })).status).toBe(200);
    const refused = await owner('POST', `/api/sites/${site.id}/edit`, { prompt: 'Translate the site to Spanish', base: head });
    expect(refused.status).toBe(422);
    expect((await owner('POST', `/api/sites/${site.id}/edit`, { prompt: 'Delete the terms page', base: head })).status).toBe(409);

    const chat = await chatOf(site.id);
    expect(chat.status).toBe(200);
    expect(chat.body.hasMore).toBe(false);
    const turns = chat.body.turns as Record<string, any>[];
    expect(turns.map((turn) => [turn.prompt, turn.outcome, turn.errorCode, turn.commitId])).toEqual([
      ['make the primary color green', 'commit', null, head],
      ['make it better', 'question', null, null],
      ['Translate the site to Spanish', 'error', 'AI_MODEL_REQUIRED', null],
      ['Delete the terms page', 'confirm', 'AI_CONFIRMATION_REQUIRED', null],
    ]);
    expect(turns[0]).toMatchObject({ reply: committed.body.summary, author: { id: ownerId, name: 'ana' }, createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(turns[1]?.reply).toMatch(/\?/);
    // What the person read, and nothing an operator would set.
    expect(turns[2]?.reply).toBe(refused.body.detail);
    expect(JSON.stringify(turns)).not.toMatch(/PAGEHUB_|_API_KEY/);
    expect(turns[3]?.reply).toMatch(/confirm|deletes/i);
  });

  it('keeps each branch its own conversation', async () => {
    const site = await newSite('chat-log-branches');
    expect((await owner('POST', '/api/sites/' + site.id + '/branches', { name: 'draft', from: site.head })).status).toBe(201);
    expect((await owner('POST', `/api/sites/${site.id}/edit`, { prompt: 'dark mode please', base: site.head, branch: 'draft' })).status).toBe(201);
    expect((await owner('POST', `/api/sites/${site.id}/edit`, { prompt: 'make it better', base: site.head })).status).toBe(200);
    expect(((await chatOf(site.id, '?branch=draft')).body.turns as { prompt: string }[]).map((turn) => turn.prompt)).toEqual(['dark mode please']);
    expect(((await chatOf(site.id)).body.turns as { prompt: string }[]).map((turn) => turn.prompt)).toEqual(['make it better']);
    expect((await chatOf(site.id, '?branch=nobody-asked')).body).toEqual({ turns: [], hasMore: false });
  });

  it('pages from the newest turns back to the first, oldest first within a page', async () => {
    const site = await newSite('chat-log-pages');
    const languages = ['Spanish', 'German', 'French', 'Italian', 'Portuguese'];
    for (const language of languages) expect((await owner('POST', `/api/sites/${site.id}/edit`, { prompt: `Translate the site to ${language}`, base: site.head })).status).toBe(422);
    const newest = await chatOf(site.id, '?limit=2');
    expect(newest.body.turns.map((turn: { prompt: string }) => turn.prompt)).toEqual(['Translate the site to Italian', 'Translate the site to Portuguese']);
    expect(newest.body.hasMore).toBe(true);
    const middle = await chatOf(site.id, `?limit=2&before=${newest.body.turns[0].id}`);
    expect(middle.body.turns.map((turn: { prompt: string }) => turn.prompt)).toEqual(['Translate the site to German', 'Translate the site to French']);
    expect(middle.body.hasMore).toBe(true);
    const first = await chatOf(site.id, `?limit=2&before=${middle.body.turns[0].id}`);
    expect(first.body).toMatchObject({ turns: [{ prompt: 'Translate the site to Spanish' }], hasMore: false });

    // A cursor from another site's conversation, or not a number, is refused with the field named.
    const other = await newSite('chat-log-pages-other');
    expect((await owner('POST', `/api/sites/${other.id}/edit`, { prompt: 'make it better', base: other.head })).status).toBe(200);
    const foreign = await chatOf(site.id, `?before=${(await chatOf(other.id)).body.turns[0].id}`);
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toEqual([{ path: 'query/before', message: expect.any(String) }]);
    expect((await chatOf(site.id, '?before=abc')).status).toBe(400);
    expect((await chatOf(site.id, '?limit=0')).status).toBe(400);
  });

  it('shows a viewer the conversation with who asked; strangers get 404 and anonymous callers 401', async () => {
    const site = await newSite('chat-log-roles');
    expect((await owner('POST', `/api/sites/${site.id}/edit`, { prompt: 'make it better', base: site.head })).status).toBe(200);
    const viewer = await signUp(harness.app, 'vera@example.com');
    const stranger = await signUp(harness.app, 'stan@example.com');
    await addMember(harness, site.id, ownerCookie, { email: 'vera@example.com', cookie: viewer.cookie }, 'viewer');
    const seen = await caller(harness, viewer.cookie)('GET', `/api/sites/${site.id}/chat`);
    expect(seen.status).toBe(200);
    expect(seen.body.turns).toMatchObject([{ prompt: 'make it better', author: { id: ownerId, name: 'ana' } }]);
    const hidden = await caller(harness, stranger.cookie)('GET', `/api/sites/${site.id}/chat`);
    expect(hidden.status).toBe(404);
    expect(JSON.stringify(hidden.body)).not.toContain('make it better');
    expect((await caller(harness)('GET', `/api/sites/${site.id}/chat`)).status).toBe(401);
    // The viewer may read the conversation but not add to it, and a refused viewer's request is no turn.
    expect((await caller(harness, viewer.cookie)('POST', `/api/sites/${site.id}/edit`, { prompt: 'viewer wish', base: site.head })).status).toBe(403);
    expect((await chatOf(site.id)).body.turns).toHaveLength(1);
  });

  it('forgets the conversation with the site', async () => {
    const site = await newSite('chat-log-deleted');
    expect((await owner('POST', `/api/sites/${site.id}/edit`, { prompt: 'make it better', base: site.head })).status).toBe(200);
    expect((await owner('DELETE', `/api/sites/${site.id}`)).status).toBe(204);
    const left = await harness.database.db.selectFrom('chat_turns').select('id').where('site_id', '=', site.id).execute();
    expect(left).toEqual([]);
  });

  it('answers the edit when its turn cannot be stored, and logs why', async () => {
    const site = await newSite('chat-log-broken');
    await sql`ALTER TABLE chat_turns ADD CONSTRAINT chat_turns_refuse_all CHECK (false) NOT VALID`.execute(harness.database.db);
    try {
      const committed = await owner('POST', `/api/sites/${site.id}/edit`, { prompt: 'make the primary color green', base: site.head });
      expect(committed.status).toBe(201);
      expect((await owner('GET', `/api/sites/${site.id}`)).body.head.id).toBe(committed.body.commit.id);
      const refused = await owner('POST', `/api/sites/${site.id}/edit`, { prompt: 'Translate the site to Spanish', base: committed.body.commit.id });
      expect(refused.body.code).toBe('AI_MODEL_REQUIRED');
    } finally {
      await sql`ALTER TABLE chat_turns DROP CONSTRAINT chat_turns_refuse_all`.execute(harness.database.db);
    }
    expect(harness.logs.filter((line) => line.msg === 'chat: recording a turn failed')).toHaveLength(2);
    expect((await chatOf(site.id)).body.turns).toEqual([]);
  });
});
