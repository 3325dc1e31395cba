import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, callUrl } from './contract.ts';

/** Answers every fetch with `body` and records what was sent. */
function answering(status: number, body: unknown) {
  const fetch = vi.fn(async (_url: string, _init: RequestInit) => new Response(status === 204 ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetch);
  return () => fetch.mock.calls.map(([url, init]) => ({ url, method: init.method, body: init.body }));
}

afterEach(() => vi.unstubAllGlobals());

describe('callUrl', () => {
  it('fills path parameters, encoded', () => {
    expect(callUrl('/api/sites/{id}/branches/{name}/merge', { path: { id: 'a/b c', name: 'draft' } })).toBe('/api/sites/a%2Fb%20c/branches/draft/merge');
  });

  it('adds the query parameters that are set, in their order, and nothing when none is', () => {
    expect(callUrl('/api/sites/{id}/commits', { path: { id: 's1' }, query: { branch: 'main', limit: 20, cursor: undefined } })).toBe('/api/sites/s1/commits?branch=main&limit=20');
    expect(callUrl('/api/sites/{id}', { path: { id: 's1' }, query: { branch: undefined } })).toBe('/api/sites/s1');
    expect(callUrl('/api/sites/{id}/diff', { path: { id: 's1' }, query: { from: 'a&b', to: 'c d' } })).toBe('/api/sites/s1/diff?from=a%26b&to=c%20d');
  });
});

describe('api', () => {
  it('sends GET without a body and answers the JSON', async () => {
    const sent = answering(200, { sites: [] });
    expect(await api.get('/api/sites')).toEqual({ sites: [] });
    expect(sent()).toEqual([{ url: '/api/sites', method: 'GET', body: undefined }]);
  });

  it('sends a POST body as JSON, and {} when the operation takes none', async () => {
    const sent = answering(200, { commit: { id: 'c2' } });
    await api.post('/api/sites/{id}/undo', { path: { id: 's1' }, body: { branch: 'draft' } });
    await api.post('/api/sites/{id}/deployments/{deployId}/activate', { path: { id: 's1', deployId: 'd1' } });
    await api.post('/api/auth/sign-out');
    expect(sent()).toEqual([
      { url: '/api/sites/s1/undo', method: 'POST', body: '{"branch":"draft"}' },
      { url: '/api/sites/s1/deployments/d1/activate', method: 'POST', body: '{}' },
      { url: '/api/auth/sign-out', method: 'POST', body: '{}' },
    ]);
  });

  it('sends PATCH with its body and DELETE without one; 204 answers undefined', async () => {
    const sent = answering(204, null);
    expect(await api.delete('/api/sites/{id}/members/{userId}', { path: { id: 's1', userId: 'u1' } })).toBeUndefined();
    await api.patch('/api/sites/{id}/members/{userId}', { path: { id: 's1', userId: 'u1' }, body: { role: 'viewer' } });
    expect(sent()).toEqual([
      { url: '/api/sites/s1/members/u1', method: 'DELETE', body: undefined },
      { url: '/api/sites/s1/members/u1', method: 'PATCH', body: '{"role":"viewer"}' },
    ]);
  });

  it('is typed by the OpenAPI document: unknown paths, missing parameters and wrong bodies do not compile', () => {
    // Checked by `tsc --noEmit` (the calls are never made): each line below must stay an error.
    const neverCalled = () => {
      // @ts-expect-error — no such path
      void api.get('/api/sites/{id}/nothing-here', { path: { id: 's1' } });
      // @ts-expect-error — the path parameter is required
      void api.get('/api/sites/{id}');
      // @ts-expect-error — a role the server does not know
      void api.patch('/api/sites/{id}/members/{userId}', { path: { id: 's1', userId: 'u1' }, body: { role: 'admin' } });
      // @ts-expect-error — GET /api/sites/{id}/diff needs `from` and `to`
      void api.get('/api/sites/{id}/diff', { path: { id: 's1' }, query: { from: 'a' } });
    };
    expect(neverCalled).toBeTypeOf('function');
  });
});
