// SIGKILL in the middle of a burst of commits, then a restart on the same data: the history must be valid and
// linear, its head must pass schema validation, and every commit that was acknowledged (201) before the kill
// must still be there. Runs on the embedded database (PGlite in DATA_DIR) and on PostgreSQL.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { validateSite } from '../src/site/index.ts';
import { sampleSiteInput } from './support/sample-site.ts';
import { apiClient, signUpAndConfirm } from './support/api-client.ts';
import { killSpawned, linkLoggedFor, startServe } from './support/spawn-serve.ts';
import { createDatabase } from './support/throwaway-postgres.ts';

const workspace = await mkdtemp(join(tmpdir(), 'pagehub-crash-'));
afterAll(async () => {
  killSpawned();
  await rm(workspace, { recursive: true, force: true });
});

const BACKENDS = [
  { name: 'pglite', environment: async () => ({ DATA_DIR: join(workspace, 'data') }) },
  { name: 'postgres', environment: async () => ({ DATA_DIR: join(workspace, 'pg-data'), DATABASE_URL: (await createDatabase(inject('postgresUrl'), 'pagehub_crash')).url, AUTH_SECRET: randomBytes(32).toString('hex') }) },
];

describe.each(BACKENDS)('SIGKILL during a burst of commits ($name)', ({ environment }) => {
  it('restarts to a valid, linear history that kept every acknowledged commit', async () => {
    const variables = await environment();
    const first = await startServe({ ...variables, LOG_LEVEL: 'info' }); // info: the confirmation link is logged
    const api = apiClient(first.url);
    await signUpAndConfirm(api, { name: 'Crash', email: 'crash@example.com', password: 'correct horse battery' }, (email) => linkLoggedFor(first.output, email));
    const site = await api('POST', '/api/sites', { subdomain: 'crash-test', document: sampleSiteInput() });
    expect(site.status).toBe(201);

    const acknowledged: string[] = [];
    let head = site.body.head as string;
    let isKilled = false;
    const burst = (async () => {
      for (let index = 0; !isKilled && index < 10_000; index += 1) {
        try {
          const answer = await api('POST', `/api/sites/${site.body.id}/commits`, { branch: 'main', base: head, patch: [{ op: 'replace', path: '/business/tagline', value: `Edit ${index}` }] });
          if (answer.status !== 201) throw new Error(`commit answered ${answer.status}`);
          head = answer.body.commit.id;
          acknowledged.push(head);
        } catch {
          return; // the connection died with the server
        }
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    first.child.kill('SIGKILL');
    isKilled = true;
    await first.exited;
    await burst;
    expect(acknowledged.length).toBeGreaterThan(5);

    const second = await startServe(variables);
    const again = apiClient(second.url);
    expect((await again('POST', '/api/auth/sign-in/email', { email: 'crash@example.com', password: 'correct horse battery' })).status).toBe(200);
    const current = await again('GET', `/api/sites/${site.body.id}`);
    expect(current.status).toBe(200);
    expect(validateSite(current.body.document).ok).toBe(true);

    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: Record<string, any> } = await again('GET', `/api/sites/${site.body.id}/commits?branch=main&limit=200${cursor ? `&cursor=${cursor}` : ''}`);
      for (const commit of page.body.commits as { id: string; parents: string[] }[]) {
        if (ids.length > 0) expect(ids.at(-1)).not.toBe(commit.id);
        ids.push(commit.id);
        expect(commit.parents.length).toBeLessThanOrEqual(1);
      }
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(ids.at(-1)).toBe(site.body.head);
    const kept = new Set(ids);
    expect(acknowledged.filter((id) => !kept.has(id))).toEqual([]);
    expect(ids[0]).toBe(current.body.head.id);
    // The head's document is exactly the last acknowledged edit, or one more that committed as the process died.
    const tagline = current.body.document.business.tagline as string;
    expect([`Edit ${acknowledged.length - 1}`, `Edit ${acknowledged.length}`]).toContain(tagline);

    // And the restarted server takes new commits on top.
    expect((await again('POST', `/api/sites/${site.body.id}/commits`, { branch: 'main', base: current.body.head.id, patch: [{ op: 'replace', path: '/business/tagline', value: 'After the crash' }] })).status).toBe(201);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 90_000);
});
