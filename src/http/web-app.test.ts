import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import type { AppEnv } from './app-env.ts';
import { webApp } from './web-app.ts';

const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-1a2b3c.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('x'.repeat(4000))});`;

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'pagehub-web-app-'));
  await mkdir(join(directory, 'dist', 'assets'), { recursive: true });
  await writeFile(join(directory, 'dist', 'index.html'), INDEX);
  await writeFile(join(directory, 'dist', 'assets', 'index-1a2b3c.js'), SCRIPT);
  await writeFile(join(directory, 'dist', 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(directory, 'secret.txt'), 'outside the build');
});
afterAll(() => rm(directory, { recursive: true, force: true }));

function appOver(build: string, environment: Record<string, string> = {}) {
  const app = new Hono<AppEnv>();
  app.use(webApp({ config: loadConfig({ PLATFORM_DOMAIN: 'pagehub.test', PUBLIC_URL: 'https://studio.example.com', ...environment }), directory: build }));
  app.all('*', (c) => c.text('next', 404));
  return app;
}

const get = (app: Hono<AppEnv>, path: string, host = 'localhost:8080', headers: Record<string, string> = {}) =>
  app.request(new Request(`http://${host}${path}`, { headers: { host, ...headers } }));

describe('webApp', () => {
  it('answers index.html for / and every client-side route, revalidated, with a CSP that allows no inline script', async () => {
    const app = appOver(join(directory, 'dist'));
    for (const path of ['/', '/sign-in', '/sites/abc/settings']) {
      const response = await get(app, path);
      expect(response.status, path).toBe(200);
      expect(await response.text()).toBe(INDEX);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self';/);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('serves hashed assets for a year, gzipped when asked, with ETag revalidation', async () => {
    const app = appOver(join(directory, 'dist'));
    const plain = await get(app, '/assets/index-1a2b3c.js');
    expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await plain.text()).toBe(SCRIPT);
    const zipped = await get(app, '/assets/index-1a2b3c.js', 'localhost:8080', { 'accept-encoding': 'gzip, br' });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString()).toBe(SCRIPT);
    const again = await get(app, '/assets/index-1a2b3c.js', 'localhost:8080', { 'if-none-match': plain.headers.get('etag') ?? '' });
    expect(again.status).toBe(304);
    expect((await get(app, '/favicon.svg')).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers on the app hosts only, and never for /api or outside the build', async () => {
    const app = appOver(join(directory, 'dist'));
    for (const host of ['localhost:8080', '127.0.0.1:9999', 'app.pagehub.test', 'studio.example.com']) expect((await get(app, '/', host)).status, host).toBe(200);
    for (const host of ['bakery.pagehub.test', 'pagehub.test', 'shop.example.org']) expect(await (await get(app, '/', host)).text(), host).toBe('next');
    expect(await (await get(app, '/api/sites')).text()).toBe('next');
    expect(await (await get(app, '/assets/missing.js')).text()).toBe('next');
    expect(await (await get(app, '/..%2Fsecret.txt')).text()).toBe('next');
    expect(await (await get(app, '/%2e%2e/secret.txt')).text()).toBe('next');
  });

  it('without a build, says how to make one (503) and leaves the API alone', async () => {
    const app = appOver(join(directory, 'no-build'));
    const page = await get(app, '/');
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('npm run build:web');
    expect(await (await get(app, '/api/health')).text()).toBe('next');
  });
});
