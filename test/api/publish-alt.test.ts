// Publishing refuses pictures without a description: 409 ALT_TEXT_MISSING naming each one with the pointer of its
// `alt`, nothing published — no confirmation skips it; once described, the site publishes. The browser side (the
// publish screen asks for each description) is in test/web/pictures.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.ts';
import { apiRequest, openTestApp, signUp, type TestApp } from '../support/test-app.ts';

describe.each(backends)('publishing pictures without a description on $name', (backend) => {
  let harness: TestApp;
  let cookie = '';
  let siteId = '';

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await harness.app.request(apiRequest(path, { method, cookie, ...(body === undefined ? {} : { body }) }));
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: (await response.json()) as Record<string, any> };
  };
  const head = async () => (await call('GET', `/api/sites/${siteId}`)).body;
  const commit = async (patch: unknown[]) => {
    const { head: current } = await head();
    return call('POST', `/api/sites/${siteId}/commits`, { branch: 'main', base: current.id, patch });
  };

  beforeAll(async () => {
    harness = await openTestApp(backend);
    cookie = (await signUp(harness.app, 'owner@example.com')).cookie;
    siteId = (await call('POST', '/api/sites', { subdomain: 'alt-check', name: 'Crumb & Co bakery' })).body.id as string;
  }, 120_000);
  afterAll(() => harness?.close());

  it('answers 409 naming each picture and where its description goes, publishes nothing, and takes no confirmation instead', async () => {
    const { document } = await head();
    const sectionIndex = document.pages[0].sections.findIndex((section: { type: string }) => section.type === 'hero');
    const imagePath = `/pages/0/sections/${sectionIndex}/props/image`;
    expect((await commit([{ op: 'add', path: imagePath, value: { src: 'https://images.example.com/loaf.jpg', alt: '', width: 1200, height: 800 } }])).status).toBe(201);

    for (const body of [{}, { confirmSamples: true }]) {
      const answer = await call('POST', `/api/sites/${siteId}/publish`, body);
      expect(answer.status).toBe(409);
      expect(answer.type).toContain('application/problem+json');
      expect(answer.body.code).toBe('ALT_TEXT_MISSING');
      expect(answer.body.pictures).toEqual([
        expect.objectContaining({ pageId: document.pages[0].id, sectionId: document.pages[0].sections[sectionIndex].id, sectionLabel: 'Hero', path: `${imagePath}/alt`, src: 'https://images.example.com/loaf.jpg' }),
      ]);
    }
    expect((await call('GET', `/api/sites/${siteId}/deployments`)).body.deployments).toEqual([]);

    const blank = await commit([{ op: 'replace', path: `${imagePath}/alt`, value: '   ' }]);
    expect(blank.status).toBe(201);
    expect((await call('POST', `/api/sites/${siteId}/publish`, { confirmSamples: true })).body.code).toBe('ALT_TEXT_MISSING');
  });

  it('publishes once every picture is described', async () => {
    const pictures = (await call('POST', `/api/sites/${siteId}/publish`, {})).body.pictures as { path: string }[];
    expect((await commit(pictures.map((picture) => ({ op: 'replace', path: picture.path, value: 'A sourdough loaf on a floury board' })))).status).toBe(201);
    const answer = await call('POST', `/api/sites/${siteId}/publish`, { confirmSamples: true });
    expect(answer.status).toBe(200);
    expect(answer.body.channel).toBe('production');
  });
});
