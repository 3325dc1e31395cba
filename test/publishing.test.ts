// Publishing and the site server over real HTTP, on the embedded database and on PostgreSQL: the real server
// (startServer on a free port) is asked by Host, as a browser asks `bakery.localhost:8080`. Publish → the
// rendered pages with their headers; edit → publish → new content; activate an older deployment → old content on
// the very next request; branch previews; unpublish and unknown hosts → the platform's 404; hostile paths → 400.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from './support/throwaway-postgres.ts';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { notifyHostsChanged } from '../src/publish/index.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { signUpAndConfirm } from './support/api-client.ts';
import { createOutbox } from './support/outbox.ts';
import { sampleSiteInput } from './support/sample-site.ts';
import { siteRequest, type SiteResponse } from './support/site-request.ts';

const workspace = await mkdtemp(join(tmpdir(), 'pagehub-publishing-'));
afterAll(() => rm(workspace, { recursive: true, force: true }));

const CSP = "default-src 'self'; img-src 'self' data: https:; style-src 'self'; script-src 'self'; form-action 'self'; base-uri 'self'; frame-ancestors 'none'";
/** A page's CSP: CSP with the hash of the page's one inline style (the site's stylesheet) in style-src. */
function pageCsp(page: string): string {
  const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] as string);
  expect(styles).toHaveLength(1);
  expect(page.indexOf('<style>')).toBeLessThan(page.indexOf('</head>'));
  return CSP.replace("style-src 'self'", `style-src 'self' 'sha256-${createHash('sha256').update(styles[0] as string).digest('base64')}'`);
}
const PLATFORM_404 = 'There is no website at this address';
const SITE_404 = 'We could not find that page';

const BACKENDS = [
  { name: 'pglite', environment: async (dataDir: string) => ({ DATA_DIR: dataDir }) },
  { name: 'postgres', environment: async (dataDir: string) => ({ DATA_DIR: dataDir, DATABASE_URL: (await createDatabase(inject('postgresUrl'), 'pagehub_publish')).url, AUTH_SECRET: randomBytes(32).toString('hex') }) },
];

/** An API client that keeps the session cookie, as the editor does. */
function apiClient(url: string) {
  let cookie = '';
  return async (method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> => {
    const response = await fetch(`${url}${path}`, {
      method,
      redirect: 'manual', // a confirmation link's 302 carries the session cookie
      headers: { origin: url, ...(cookie ? { cookie } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = response.headers.getSetCookie().map((entry) => entry.split(';')[0]).join('; ');
    if (setCookie) cookie = setCookie;
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : {} };
  };
}

const heading = (text: string) => [{ op: 'replace', path: '/pages/0/sections/0/props/heading', value: text }];

async function eventually(probe: () => Promise<boolean>, timeoutMs: number, what: string): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await probe()) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.each(BACKENDS)('publishing and the site server ($name)', ({ environment }) => {
  let server: RunningServer;
  let api: ReturnType<typeof apiClient>;
  const outbox = createOutbox();
  let siteId = '';
  let head = '';
  let firstDeployment = '';
  const variables: Record<string, string> = {};
  const host = () => `bakery.localhost:${server.port}`;
  const get = (path: string, options: Parameters<typeof siteRequest>[3] = {}, onHost = host()) => siteRequest(server.port, onHost, path, options);

  const commit = async (text: string, branch = 'main') => {
    const base = branch === 'main' ? head : (await api('GET', `/api/sites/${siteId}?branch=${branch}`)).body.head.id;
    const answer = await api('POST', `/api/sites/${siteId}/commits`, { branch, base, patch: heading(text) });
    expect(answer.status).toBe(201);
    if (branch === 'main') head = answer.body.commit.id;
    return answer.body.commit.id as string;
  };

  beforeAll(async () => {
    Object.assign(variables, await environment(join(workspace, randomBytes(4).toString('hex'))));
    server = await startServer(loadConfig({ ...variables, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }), { logger: createLogger('silent'), mailer: outbox });
    api = apiClient(server.url);
    await signUpAndConfirm(api, { name: 'Owner', email: 'owner@example.com', password: 'correct horse battery' }, (email) => outbox.latestLink(email, '/api/auth/verify-email'));
    const site = await api('POST', '/api/sites', { subdomain: 'bakery', document: sampleSiteInput() });
    expect(site.status).toBe(201);
    siteId = site.body.id;
    head = site.body.head;
  }, 60_000);
  afterAll(() => server?.close());

  it('answers the platform 404 for a site that was never published, and the API on the app host', async () => {
    const offline = await get('/');
    expect(offline.status).toBe(404);
    expect(offline.text).toContain(PLATFORM_404);
    expect(offline.headers['content-security-policy']).not.toContain('unsafe-inline');
    const health = await siteRequest(server.port, `localhost:${server.port}`, '/api/health');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.text).status).toBe('ok');
  });

  it('publishes main and serves its pages by Host with the right headers', async () => {
    const published = await api('POST', `/api/sites/${siteId}/publish`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ channel: 'production', url: `http://bakery.localhost:${server.port}`, isReused: false, deployment: { commit: head, branch: 'main', files: 18 } });
    firstDeployment = published.body.deployment.id;

    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.headers['cache-control']).toBe('no-cache');
    expect(home.headers['content-security-policy']).toBe(pageCsp(home.text));
    expect(home.headers['x-content-type-options']).toBe('nosniff');
    expect(home.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(home.headers['strict-transport-security']).toBeUndefined();
    expect(home.headers.etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(home.headers['content-encoding']).toBeUndefined();
    expect(home.text).toMatch(/^<!DOCTYPE html>/);
    expect(home.text).toContain('Sample Bakery');
    expect(home.text).toContain(`<link rel="canonical" href="http://bakery.localhost:${server.port}/"`);

    const about = await get('/about/');
    expect(about.status).toBe(200);
    expect(about.text).toContain('About page 1');
    const post = await get('/blog/first-post/');
    expect(post.text).toContain('Our first loaf');

    // The stylesheet is in every head, none is linked: a phone paints the page from the first response.
    expect(home.text).not.toContain('rel="stylesheet"');
    const css = { text: /<style>([\s\S]*?)<\/style>/.exec(home.text)?.[1] ?? '' };
    expect(css.text).toMatch(/^@font-face\{/);
    expect(css.text).toContain(':root{');
    for (const [path, type] of [['/favicon.svg', 'image/svg+xml'], ['/sitemap.xml', 'application/xml; charset=utf-8'], ['/robots.txt', 'text/plain; charset=utf-8']]) {
      const file = await get(path as string);
      expect([path, file.status, file.headers['content-type'], file.headers['cache-control']]).toEqual([path, 200, type, 'no-cache']);
    }
    expect((await get('/sitemap.xml')).text).toContain(`http://bakery.localhost:${server.port}/about/`);

    // The web fonts travel with the deployment: the heading face preloaded, every face at a fingerprinted path.
    const preload = /<link rel="preload" href="(\/fonts\/eb-garamond-latin-700\.[0-9a-f]{20}\.woff2)" as="font" type="font\/woff2" crossorigin>/.exec(home.text)?.[1];
    expect(preload).toBeDefined();
    const faces = [...home.text.matchAll(/url\("(\/fonts\/[^"]+)"\)/g)].map((match) => match[1] as string);
    expect(faces.map((face) => face.replace(/\.[0-9a-f]{20}\.woff2$/, '')).sort()).toEqual(['/fonts/eb-garamond-latin-700', '/fonts/eb-garamond-latin-ext-700', '/fonts/source-sans-3-latin-400', '/fonts/source-sans-3-latin-700', '/fonts/source-sans-3-latin-ext-400', '/fonts/source-sans-3-latin-ext-700']);
    expect(faces).toContain(preload);
    const font = await get(preload as string, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect([font.status, font.headers['content-type'], font.headers['cache-control'], font.headers['content-encoding']]).toEqual([200, 'font/woff2', 'public, max-age=31536000, immutable', undefined]);
    expect(font.raw.subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect((await get((preload as string).replace(/[0-9a-f]{20}/, '0'.repeat(20)))).status).toBe(404);
  });

  it('sends brotli or gzip by Accept-Encoding, each decoding to the same bytes, and 304 for a matching ETag', async () => {
    const identity = await get('/');
    const brotli = await get('/', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    const gzip = await get('/', { headers: { 'accept-encoding': 'gzip, deflate' } });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    for (const response of [identity, brotli, gzip]) expect(response.headers.vary).toBe('Accept-Encoding');
    expect(brotli.text).toBe(identity.text);
    expect(gzip.text).toBe(identity.text);
    expect(brotli.raw.length).toBeLessThan(identity.raw.length / 3);
    expect(Number(brotli.headers['content-length'])).toBe(brotli.raw.length);

    const etag = identity.headers.etag as string;
    for (const tag of [etag, brotli.headers.etag as string, `W/${etag}`, `"other", ${etag}`]) {
      const revalidated = await get('/', { headers: { 'if-none-match': tag, 'accept-encoding': 'br' } });
      expect(revalidated.status).toBe(304);
      expect(revalidated.raw.length).toBe(0);
      expect(revalidated.headers['cache-control']).toBe('no-cache');
    }
    expect((await get('/', { headers: { 'if-none-match': '"something-else"' } })).status).toBe(200);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const full = await get('/about/', { headers: { 'accept-encoding': 'br' } });
    const head = await get('/about/', { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
    expect(head.status).toBe(200);
    expect(head.raw.length).toBe(0);
    for (const name of ['content-type', 'content-length', 'etag', 'content-encoding', 'cache-control', 'content-security-policy']) expect(head.headers[name]).toBe(full.headers[name]);
    expect((await get('/missing/', { method: 'HEAD' })).status).toBe(404);
  });

  it('counts visitors’ responses, bytes sent and file-cache lookups in /metrics, read from this machine without a token', async () => {
    const metric = (text: string, line: string) => Number(new RegExp(`^${line.replace(/[{}"]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1] ?? 0);
    const scrape = async () => {
      const answer = await siteRequest(server.port, `localhost:${server.port}`, '/metrics');
      expect(answer.status).toBe(200);
      return answer.text;
    };
    const before = await scrape();
    const page = await get('/about/');
    expect(page.status).toBe(200);
    expect((await get('/no-such-page/')).status).toBe(404);
    const after = await scrape();
    expect(metric(after, 'pagehub_site_responses_total{status="200"}')).toBe(metric(before, 'pagehub_site_responses_total{status="200"}') + 1);
    expect(metric(after, 'pagehub_site_responses_total{status="404"}')).toBe(metric(before, 'pagehub_site_responses_total{status="404"}') + 1);
    expect(metric(after, 'pagehub_site_sent_bytes_total') - metric(before, 'pagehub_site_sent_bytes_total')).toBeGreaterThanOrEqual(page.raw.length);
    const lookups = (text: string) => metric(text, 'pagehub_site_file_cache_lookups_total{result="hit"}') + metric(text, 'pagehub_site_file_cache_lookups_total{result="miss"}');
    expect(lookups(after)).toBe(lookups(before) + 2);
    // The server's queue is counted too: every queue and state, zeros included.
    expect(after).toMatch(/^pagehub_jobs\{queue="site-generation",state="created"\} \d+$/m);
    expect(after).toMatch(/^pagehub_job_dead_letters\{queue="site-generation-abandoned"\} 0$/m);
    // Through the proxy (a forwarded request from loopback), /metrics is not there.
    expect((await siteRequest(server.port, `localhost:${server.port}`, '/metrics', { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(404);
  });

  it('redirects clean URLs, answers the site’s own 404 page, and refuses hostile paths with 400', async () => {
    const redirect = await get('/about?from=nav');
    expect(redirect.status).toBe(301);
    expect(redirect.headers.location).toBe('/about/?from=nav');
    const missing = await get('/no-such-page/');
    expect(missing.status).toBe(404);
    expect(missing.text).toContain(SITE_404);
    expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(missing.headers['content-security-policy']).toBe(pageCsp(missing.text));
    for (const path of ['/../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/about/%2E%2E/%2E%2E/secret', '/..%5c..%5cwindows', '/a\\b', '/%00', '/index.html%00.css', '/%zz', '/%C0%AE%C0%AE/']) {
      const refused = await get(path);
      expect([path, refused.status]).toEqual([path, 400]);
      expect(refused.headers['x-content-type-options']).toBe('nosniff');
    }
    const put = await get('/', { method: 'PUT', body: 'x' });
    expect(put.status).toBe(405);
    expect(put.headers.allow).toBe('GET, HEAD');
  });

  it('sends HSTS only when the local proxy says the request came over TLS', async () => {
    expect((await get('/', { headers: { 'x-forwarded-proto': 'https' } })).headers['strict-transport-security']).toBe('max-age=31536000');
    expect((await get('/', { headers: { 'x-forwarded-proto': 'http' } })).headers['strict-transport-security']).toBeUndefined();
  });

  it('hands visitors’ form posts on a site host to the API', async () => {
    const posted = await get(`/api/forms/${siteId}/no-such-form`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'name=Ann' });
    expect(posted.status).not.toBe(405);
    expect(posted.headers['x-request-id']).toBeTruthy();
    expect(posted.text).not.toContain(PLATFORM_404);
  });

  it('edit → publish serves the new content; the same commit twice reuses its deployment', async () => {
    await commit('Fresh sourdough every morning');
    const published = await api('POST', `/api/sites/${siteId}/publish`, {});
    expect(published.status).toBe(200);
    expect(published.body.deployment.id).not.toBe(firstDeployment);
    expect(published.body.deployment.commit).toBe(head);
    expect((await get('/')).text).toContain('Fresh sourdough every morning');

    const again = await api('POST', `/api/sites/${siteId}/publish`, { commit: head });
    expect(again.status).toBe(200);
    expect(again.body.isReused).toBe(true);
    expect(again.body.deployment.id).toBe(published.body.deployment.id);

    const listed = await api('GET', `/api/sites/${siteId}/deployments`);
    expect(listed.status).toBe(200);
    expect(listed.body.deployments.map((deployment: { id: string }) => deployment.id)).toEqual([published.body.deployment.id, firstDeployment]);
    expect(listed.body.deployments[0].live).toEqual(['production']);
    expect(listed.body.deployments[1].live).toEqual([]);
    expect(listed.body.live).toEqual({ production: published.body.deployment.id });
    expect(listed.body.url).toBe(`http://bakery.localhost:${server.port}`);
  });

  it('activating an older deployment serves its content on the very next request (instant rollback)', async () => {
    const newer = (await get('/')).headers.etag;
    const activated = await api('POST', `/api/sites/${siteId}/deployments/${firstDeployment}/activate`);
    expect(activated.status).toBe(200);
    expect(activated.body.deployment.id).toBe(firstDeployment);
    const home = await get('/');
    expect(home.text).not.toContain('Fresh sourdough every morning');
    expect(home.headers.etag).not.toBe(newer);
    expect((await get('/', { headers: { 'if-none-match': newer as string } })).status).toBe(200);
    expect((await api('GET', `/api/sites/${siteId}/deployments`)).body.live).toEqual({ production: firstDeployment });
    expect((await api('POST', `/api/sites/${siteId}/deployments/not-a-deployment/activate`)).status).toBe(404);

    const forward = await api('POST', `/api/sites/${siteId}/publish`);
    expect(forward.body.isReused).toBe(true);
    expect((await get('/')).text).toContain('Fresh sourdough every morning');
  });

  it('publishes a branch to its preview host, leaving production as it was', async () => {
    expect((await api('POST', `/api/sites/${siteId}/branches`, { name: 'spring-sale', from: head })).status).toBe(201);
    await commit('Spring sale: two loaves for one', 'spring-sale');
    const preview = await api('POST', `/api/sites/${siteId}/publish`, { branch: 'spring-sale' });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ channel: 'branch:spring-sale', url: `http://spring-sale--bakery.localhost:${server.port}` });
    const previewHost = `spring-sale--bakery.localhost:${server.port}`;
    expect((await get('/', {}, previewHost)).text).toContain('Spring sale: two loaves for one');
    const previewHome = await get('/', {}, previewHost);
    expect(previewHome.headers['content-security-policy']).toBe(pageCsp(previewHome.text));
    expect((await get('/', {}, previewHost)).headers['x-robots-tag']).toBe('noindex');
    expect((await get('/')).headers['x-robots-tag']).toBeUndefined();
    expect((await get('/')).text).toContain('Fresh sourdough every morning');
    expect((await get('/', {}, `other-branch--bakery.localhost:${server.port}`)).text).toContain(PLATFORM_404);
    const listed = await api('GET', `/api/sites/${siteId}/deployments`);
    expect(listed.body.live['branch:spring-sale']).toBe(preview.body.deployment.id);
    expect(listed.body.deployments[0].live).toEqual(['branch:spring-sale']);
  });

  it('serves a verified custom domain, redirects its www. to it, and ignores a pending one', async () => {
    const { db } = server.database;
    await db.insertInto('domains').values([
      { hostname: 'bakery.example', site_id: siteId, token: 't1', status: 'verified', verified_at: new Date() },
      { hostname: 'www.bakery.example', site_id: siteId, token: 't2', status: 'verified', verified_at: new Date() },
      { hostname: 'pending.example', site_id: siteId, token: 't3', status: 'pending' },
    ]).execute();
    await notifyHostsChanged(db, siteId);
    await eventually(async () => (await get('/', {}, 'bakery.example')).status === 200, 5_000, 'the custom domain');
    expect((await get('/', {}, 'bakery.example')).text).toContain('Fresh sourdough every morning');
    const www = await get('/about/?x=1', { headers: { 'x-forwarded-proto': 'https' } }, 'www.bakery.example');
    expect(www.status).toBe(301);
    expect(www.headers.location).toBe('https://bakery.example/about/?x=1');
    expect(www.headers['strict-transport-security']).toBe('max-age=31536000');
    const pending = await get('/api/health', {}, 'pending.example');
    expect(pending.status).toBe(200); // not ours yet: the API answers, no site is served
    expect(pending.text).not.toContain('Sample Bakery');
  });

  it('unpublish answers the platform 404 on every production host; previews stay', async () => {
    const unpublished = await api('POST', `/api/sites/${siteId}/unpublish`);
    expect(unpublished.status).toBe(200);
    expect(unpublished.body).toEqual({ wasLive: true });
    for (const onHost of [host(), 'bakery.example']) {
      const offline = await get('/', { headers: { 'accept-encoding': 'br' } }, onHost);
      expect(offline.status).toBe(404);
      expect(offline.text).toContain(PLATFORM_404);
      expect(offline.headers['content-encoding']).toBe('br');
    }
    expect((await get('/', {}, `spring-sale--bakery.localhost:${server.port}`)).status).toBe(200);
    expect((await api('POST', `/api/sites/${siteId}/unpublish`)).body).toEqual({ wasLive: false });
    expect((await api('POST', `/api/sites/${siteId}/publish`)).status).toBe(200);
    expect((await get('/')).status).toBe(200);
  });

  it('records every publish, activation and unpublish in the audit log', async () => {
    const entries = await server.database.db.selectFrom('audit_log').select(['action', 'target', 'actor_id']).where('site_id', '=', siteId).where('action', 'in', ['site.publish', 'deployment.activate', 'site.unpublish']).orderBy('id').execute();
    expect(entries.map((entry) => entry.action)).toEqual(['site.publish', 'site.publish', 'site.publish', 'deployment.activate', 'site.publish', 'site.publish', 'site.unpublish', 'site.unpublish', 'site.publish']);
    expect(entries.find((entry) => entry.action === 'deployment.activate')?.target).toBe(firstDeployment);
    expect(new Set(entries.map((entry) => entry.actor_id)).size).toBe(1);
  });

  it('answers the platform 404 for unknown hosts under the platform domain', async () => {
    for (const onHost of [`nosuchsite.localhost:${server.port}`, `a.b.localhost:${server.port}`, `spring-sale--nosuchsite.localhost:${server.port}`]) {
      const unknown: SiteResponse = await get('/', {}, onHost);
      expect([onHost, unknown.status]).toEqual([onHost, 404]);
      expect(unknown.text).toContain(PLATFORM_404);
      expect(unknown.headers['content-type']).toBe('text/html; charset=utf-8');
    }
  });

  it('stops serving every host of a deleted site at once', async () => {
    const deleted = await api('DELETE', `/api/sites/${siteId}`);
    expect(deleted.status).toBe(204);
    expect((await get('/')).text).toContain(PLATFORM_404);
    expect((await get('/', {}, `spring-sale--bakery.localhost:${server.port}`)).text).toContain(PLATFORM_404);
    expect((await get('/', {}, 'bakery.example')).text).not.toContain('Sample Bakery');
  });
});

describe('two processes on one PostgreSQL', () => {
  it('a publish on one process is live on the other within a second (LISTEN/NOTIFY)', async () => {
    const variables = { DATA_DIR: join(workspace, 'shared'), DATABASE_URL: (await createDatabase(inject('postgresUrl'), 'pagehub_publish')).url, AUTH_SECRET: randomBytes(32).toString('hex'), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' };
    const outbox = createOutbox();
    const first = await startServer(loadConfig(variables), { logger: createLogger('silent'), mailer: outbox });
    const second = await startServer(loadConfig(variables), { logger: createLogger('silent') });
    try {
      const api = apiClient(first.url);
      await signUpAndConfirm(api, { name: 'Owner', email: 'owner@example.com', password: 'correct horse battery' }, (email) => outbox.latestLink(email, '/api/auth/verify-email'));
      const site = await api('POST', '/api/sites', { subdomain: 'florist', document: sampleSiteInput() });
      const onSecond = (path = '/') => siteRequest(second.port, 'florist.localhost', path);
      expect((await onSecond()).status).toBe(404);
      expect((await api('POST', `/api/sites/${site.body.id}/publish`)).status).toBe(200);
      const waited = await eventually(async () => (await onSecond()).status === 200, 1_000, 'the publish to reach the second process');
      expect(waited).toBeLessThan(1_000);

      const edit = await api('POST', `/api/sites/${site.body.id}/commits`, { branch: 'main', base: site.body.head, patch: heading('Peonies are in') });
      expect(edit.status).toBe(201);
      const published = await api('POST', `/api/sites/${site.body.id}/publish`);
      await eventually(async () => (await onSecond()).text.includes('Peonies are in'), 1_000, 'the second publish');
      const older = (await api('GET', `/api/sites/${site.body.id}/deployments`)).body.deployments[1].id as string;
      expect(older).not.toBe(published.body.deployment.id);
      expect((await api('POST', `/api/sites/${site.body.id}/deployments/${older}/activate`)).status).toBe(200);
      await eventually(async () => !(await onSecond()).text.includes('Peonies are in'), 1_000, 'the rollback');
      expect((await api('POST', `/api/sites/${site.body.id}/unpublish`)).status).toBe(200);
      await eventually(async () => (await onSecond()).status === 404, 1_000, 'the unpublish');
    } finally {
      await second.close();
      await first.close();
    }
  }, 60_000);
});
