// GET /api/fonts/{file}: the curated web font files for the editor's preview and font picker — public, woff2,
// cached for a year; anything that is not a curated file is a 404 problem, and a path never leaves the packages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/backends.ts';
import { openTestApp, type TestApp } from '../support/test-app.ts';

describe.each(backends.slice(0, 1))('GET /api/fonts on $name', (backend) => {
  let harness: TestApp;
  beforeAll(async () => {
    harness = await openTestApp(backend);
  }, 120_000);
  afterAll(() => harness?.close());

  const get = (file: string) => harness.app.request(new Request(`http://localhost:8080/api/fonts/${file}`));

  it('answers a curated file without a session, as woff2 cached as immutable', async () => {
    const response = await get('playfair-display-latin-700-normal.woff2');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('font/woff2');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // The editor's preview frame is sandboxed (origin "null"): fonts load in CORS mode.
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it('answers 404 problem+json for other files, weights, subsets and paths out of the packages', async () => {
    for (const file of ['inter-latin-900-normal.woff2', 'inter-cyrillic-400-normal.woff2', 'inter-latin-400-normal.woff', '..%2F..%2Fpackage.json', '%2E%2E%2Fsecret', 'x'.repeat(101)]) {
      const response = await get(file);
      expect([file, response.status]).toEqual([file, response.status === 400 ? 400 : 404]);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(response.headers.get('content-type')).not.toBe('font/woff2');
    }
    expect((await get('comic-sans-latin-400-normal.woff2')).status).toBe(404);
  });
});
