// Deployments on both backends, with blobs in memory and the site server's host table kept fresh by NOTIFY
// alone (no in-process refresh), as another process would see them.
import { afterEach, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.ts';
import { AUTHOR, openHistory, setHeading, SITE_ID } from '../../test/support/history.ts';
import { sampleSite } from '../../test/support/sample-site.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../store/index.ts';
import { createMemoryBlobStore, hashBytes } from '../assets/index.ts';
import { createDeployments } from './deployments.ts';
import { startLiveHosts, type LiveHosts } from './live-hosts.ts';

const config = loadConfig({ PORT: '8080', LOG_LEVEL: 'silent' });

describe.each(backends)('deployments on $name', (backend) => {
  let database: Database | undefined;
  let hosts: LiveHosts | undefined;
  afterEach(async () => {
    await hosts?.close();
    await database?.close();
    hosts = undefined;
    database = undefined;
  });

  async function open() {
    const opened = await openHistory(backend);
    database = opened.database;
    await opened.history.initialize(SITE_ID, sampleSite(), AUTHOR);
    const blobs = createMemoryBlobStore();
    const deployments = createDeployments({ db: opened.database.db, history: opened.history, blobs, config });
    return { ...opened, blobs, deployments };
  }

  const waitFor = async (probe: () => boolean, what: string) => {
    for (let attempt = 0; attempt < 200 && !probe(); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 10));
    if (!probe()) throw new Error(`timed out waiting for ${what}`);
  };

  it('stores every rendered file as a blob named by its hash, with its size and type', async () => {
    const { deployments, blobs, history } = await open();
    const result = await deployments.publish({ siteId: SITE_ID, actor: AUTHOR });
    expect(result).toMatchObject({ channel: 'production', url: 'http://bakery.localhost:8080', isReused: false });
    expect(result.deployment.commit).toBe((await history.head(SITE_ID)).commit.id);
    const row = await (database as Database).db.selectFrom('deployments').select('manifest').where('id', '=', result.deployment.id).executeTakeFirstOrThrow();
    expect(Object.keys(row.manifest)).toEqual(expect.arrayContaining(['index.html', 'about/index.html', '404.html', 'favicon.svg', 'sitemap.xml', 'robots.txt']));
    for (const entry of Object.values(row.manifest)) {
      const bytes = await blobs.get(entry.hash);
      expect(bytes?.length).toBe(entry.size);
      expect(hashBytes(bytes as Buffer)).toBe(entry.hash);
    }
    expect(row.manifest['index.html']?.type).toBe('text/html; charset=utf-8');
    expect(result.deployment.files).toBe(Object.keys(row.manifest).length);
  });

  it('reuses the deployment of a commit published before, on any channel', async () => {
    const { deployments, history } = await open();
    const first = await deployments.publish({ siteId: SITE_ID, actor: AUTHOR });
    const again = await deployments.publish({ siteId: SITE_ID, actor: AUTHOR });
    expect(again).toMatchObject({ isReused: true, deployment: { id: first.deployment.id } });
    await history.createBranch(SITE_ID, 'autumn', first.deployment.commit);
    const preview = await deployments.publish({ siteId: SITE_ID, branch: 'autumn', actor: AUTHOR });
    expect(preview).toMatchObject({ isReused: true, channel: 'branch:autumn', url: 'http://autumn--bakery.localhost:8080', deployment: { id: first.deployment.id } });
    const listed = await deployments.list(SITE_ID);
    expect(listed.deployments).toHaveLength(1);
    expect(listed.live).toEqual({ 'branch:autumn': first.deployment.id, production: first.deployment.id });
    expect(listed.deployments[0]?.live).toEqual(['branch:autumn', 'production']);
  });

  it('refuses unknown commits, branches and deployments, and deployments of another site', async () => {
    const { deployments } = await open();
    await expect(deployments.publish({ siteId: SITE_ID, commit: 'no-such-commit', actor: AUTHOR })).rejects.toMatchObject({ status: 404 });
    await expect(deployments.publish({ siteId: SITE_ID, branch: 'no-such-branch', actor: AUTHOR })).rejects.toMatchObject({ status: 404 });
    await expect(deployments.publish({ siteId: 'no-such-site', actor: AUTHOR })).rejects.toMatchObject({ status: 404 });
    await expect(deployments.activate({ siteId: SITE_ID, deploymentId: 'no-such-deployment', actor: AUTHOR })).rejects.toMatchObject({ status: 404 });
    const db = (database as Database).db;
    await db.insertInto('sites').values({ id: 'other-site', subdomain: 'other', name: 'Other', created_by: AUTHOR }).execute();
    await db.insertInto('deployments').values({ id: 'foreign', site_id: 'other-site', commit_id: 'x', branch: 'main', manifest: '{}', created_by: null }).execute();
    await expect(deployments.activate({ siteId: SITE_ID, deploymentId: 'foreign', actor: AUTHOR })).rejects.toMatchObject({ status: 404 });
    expect(await deployments.list(SITE_ID)).toEqual({ deployments: [], live: {}, nextCursor: null });
  });

  it('lists newest first, a page at a time', async () => {
    const { deployments, history } = await open();
    let base = (await history.head(SITE_ID)).commit.id;
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      if (index > 0) base = (await history.commit({ siteId: SITE_ID, branch: 'main', base, patch: setHeading(`Edition ${index}`), author: AUTHOR, source: 'api' })).id;
      ids.unshift((await deployments.publish({ siteId: SITE_ID, actor: AUTHOR })).deployment.id);
    }
    const first = await deployments.list(SITE_ID, { limit: 2 });
    expect(first.deployments.map((deployment) => deployment.id)).toEqual(ids.slice(0, 2));
    const second = await deployments.list(SITE_ID, { limit: 2, before: first.nextCursor as string });
    const third = await deployments.list(SITE_ID, { limit: 2, before: second.nextCursor as string });
    expect([...second.deployments, ...third.deployments].map((deployment) => deployment.id)).toEqual(ids.slice(2));
    expect(third.nextCursor).toBeNull();
  });

  it('renders canonical links for the verified custom domain when the site has one', async () => {
    const { deployments, blobs } = await open();
    await (database as Database).db.insertInto('domains').values([
      { hostname: 'www.bakery.example', site_id: SITE_ID, token: 'a', status: 'verified' },
      { hostname: 'bakery.example', site_id: SITE_ID, token: 'b', status: 'verified' },
    ]).execute();
    const result = await deployments.publish({ siteId: SITE_ID, actor: AUTHOR });
    expect(result.url).toBe('http://bakery.example');
    const row = await (database as Database).db.selectFrom('deployments').select('manifest').where('id', '=', result.deployment.id).executeTakeFirstOrThrow();
    expect((await blobs.get(row.manifest['sitemap.xml']?.hash as string))?.toString()).toContain('<loc>http://bakery.example/about/</loc>');
  });

  it('moves the live pointer with a NOTIFY that a listening host table hears', async () => {
    const { deployments, history } = await open();
    hosts = await startLiveHosts({ database: database as Database, platformDomain: 'localhost' });
    const served = () => {
      const match = hosts?.table.match('bakery.localhost:8080');
      return match?.kind === 'site' ? match.deployment.id : match?.kind;
    };
    expect(served()).toBe('missing');
    const first = await deployments.publish({ siteId: SITE_ID, actor: AUTHOR });
    await waitFor(() => served() === first.deployment.id, 'the first publish');
    const base = first.deployment.commit;
    await history.commit({ siteId: SITE_ID, branch: 'main', base, patch: setHeading('Edition 2'), author: AUTHOR, source: 'api' });
    const second = await deployments.publish({ siteId: SITE_ID, actor: AUTHOR });
    await waitFor(() => served() === second.deployment.id, 'the second publish');
    await deployments.activate({ siteId: SITE_ID, deploymentId: first.deployment.id, actor: AUTHOR });
    await waitFor(() => served() === first.deployment.id, 'the rollback');
    await deployments.unpublish({ siteId: SITE_ID });
    await waitFor(() => served() === 'missing', 'the unpublish');
  });
});
