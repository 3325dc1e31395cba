// SIGKILL in the middle of a publish, then a restart on the same data: the live pointer must name a deployment
// that exists — the last acknowledged one, or the one being published when the process died — and every file of
// its manifest must be in the blob store, intact, and served by Host. Runs on the embedded database (PGlite in
// DATA_DIR) and on PostgreSQL; blobs are on the filesystem under DATA_DIR in both.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from './support/throwaway-postgres.ts';
import { createFsBlobStore, hashBytes } from '../src/assets/index.ts';
import { openDatabase } from '../src/store/database.ts';
import { sampleSiteInput } from './support/sample-site.ts';
import { siteRequest } from './support/site-request.ts';
import { apiClient, signUpAndConfirm } from './support/api-client.ts';
import { killSpawned, linkLoggedFor, startServe } from './support/spawn-serve.ts';

const workspace = await mkdtemp(join(tmpdir(), 'pagehub-publish-crash-'));
afterAll(async () => {
  killSpawned();
  await rm(workspace, { recursive: true, force: true });
});

const BACKENDS = [
  { name: 'pglite', environment: async (): Promise<Record<string, string>> => ({ DATA_DIR: join(workspace, 'pglite') }) },
  { name: 'postgres', environment: async (): Promise<Record<string, string>> => ({ DATA_DIR: join(workspace, 'postgres'), DATABASE_URL: (await createDatabase(inject('postgresUrl'), 'pagehub_publish_crash')).url, AUTH_SECRET: randomBytes(32).toString('hex') }) },
];

const edit = (base: string, index: number) => ({ branch: 'main', base, patch: [{ op: 'replace', path: '/pages/0/sections/0/props/heading', value: `Edition ${index}` }] });

describe.each(BACKENDS)('SIGKILL during a publish ($name)', ({ environment }) => {
  it('restarts with a live deployment that exists and whose every file is stored intact and served', async () => {
    const variables = await environment();
    const first = await startServe({ ...variables, LOG_LEVEL: 'info' }); // info: the confirmation link is logged
    const api = apiClient(first.url);
    await signUpAndConfirm(api, { name: 'Crash', email: 'crash@example.com', password: 'correct horse battery' }, (email) => linkLoggedFor(first.output, email));
    const site = await api('POST', '/api/sites', { subdomain: 'crash-bakery', document: sampleSiteInput() });
    expect(site.status).toBe(201);
    const siteId = site.body.id as string;

    // Acknowledged publishes, each of a new commit (so each renders and stores files).
    const acknowledged: { deploymentId: string; commit: string }[] = [];
    const durations: number[] = [];
    let head = site.body.head as string;
    for (let index = 0; index < 8; index += 1) {
      const committed = await api('POST', `/api/sites/${siteId}/commits`, edit(head, index));
      expect(committed.status).toBe(201);
      head = committed.body.commit.id;
      const started = performance.now();
      const published = await api('POST', `/api/sites/${siteId}/publish`);
      durations.push(performance.now() - started);
      expect(published.status).toBe(200);
      acknowledged.push({ deploymentId: published.body.deployment.id, commit: head });
    }

    // One more commit, then SIGKILL part-way through its publish (a fraction of a typical publish's time).
    const committed = await api('POST', `/api/sites/${siteId}/commits`, edit(head, 99));
    expect(committed.status).toBe(201);
    const typical = durations.sort((a, b) => a - b)[Math.floor(durations.length / 2)] as number;
    const inFlight = api('POST', `/api/sites/${siteId}/publish`).catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, typical * (0.2 + Math.random() * 0.6)));
    first.child.kill('SIGKILL');
    await first.exited;
    const answer = await inFlight;

    // Look at what is on disk, with no server running.
    const database = await openDatabase({ databaseUrl: variables.DATABASE_URL, dataDir: variables.DATA_DIR as string });
    const blobs = createFsBlobStore(join(variables.DATA_DIR as string, 'blobs'));
    let manifest: Record<string, { hash: string; size: number; type: string }>;
    try {
      const live = await database.db
        .selectFrom('live_pointers')
        .innerJoin('deployments', 'deployments.id', 'live_pointers.deployment_id')
        .select(['deployments.id', 'deployments.commit_id', 'deployments.manifest'])
        .where('live_pointers.site_id', '=', siteId)
        .where('live_pointers.channel', '=', 'production')
        .executeTakeFirstOrThrow();
      const last = acknowledged.at(-1) as { deploymentId: string; commit: string };
      // The last acknowledged deployment, or the one in flight (its commit is the newest one).
      if (live.id !== last.deploymentId) expect(live.commit_id).toBe(committed.body.commit.id);
      if (answer?.status === 200) expect(live.id).toBe(answer.body.deployment.id);
      manifest = live.manifest;
      // 12 pages and files (the thank-you page among them), and 6 font files (three faces, latin and latin-ext each).
      expect(Object.keys(manifest)).toHaveLength(18);
      for (const [path, entry] of Object.entries(manifest)) {
        const bytes = await blobs.get(entry.hash);
        expect([path, bytes?.length]).toEqual([path, entry.size]);
        expect(hashBytes(bytes as Buffer)).toBe(entry.hash);
      }
    } finally {
      await database.close();
    }

    const second = await startServe(variables);
    const port = Number(new URL(second.url).port);
    for (const [path, entry] of Object.entries(manifest)) {
      const served = await siteRequest(port, 'crash-bakery.localhost', `/${path}`);
      expect([path, served.status]).toEqual([path, 200]);
      expect(createHash('sha256').update(served.raw).digest('hex')).toBe(entry.hash);
    }
    // And the restarted server publishes on top.
    const again = apiClient(second.url);
    expect((await again('POST', '/api/auth/sign-in/email', { email: 'crash@example.com', password: 'correct horse battery' })).status).toBe(200);
    expect((await again('POST', `/api/sites/${siteId}/publish`)).status).toBe(200);
    expect((await siteRequest(port, 'crash-bakery.localhost', '/')).text).toContain('Edition 99');
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 90_000);
});
