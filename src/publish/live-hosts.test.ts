// The host table's LISTEN connection on PostgreSQL: when it is cut, notifications sent meanwhile are lost, so
// the table reconnects and reloads everything.
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.ts';
import { AUTHOR, openHistory, SITE_ID } from '../../test/support/history.ts';
import { sampleSite } from '../../test/support/sample-site.ts';
import { loadConfig } from '../config.ts';
import type { Database } from '../store/index.ts';
import { createMemoryBlobStore } from '../assets/index.ts';
import { createDeployments } from './deployments.ts';
import { startLiveHosts, type LiveHosts } from './live-hosts.ts';

const postgres = backends.filter((backend) => backend.name === 'postgres');

describe.each(postgres)('live hosts on $name', (backend) => {
  let database: Database | undefined;
  let hosts: LiveHosts | undefined;
  afterEach(async () => {
    await hosts?.close();
    await database?.close();
  });

  it('reconnects after its connection is cut and catches up on what it missed', async () => {
    const opened = await openHistory(backend);
    database = opened.database;
    await opened.history.initialize(SITE_ID, sampleSite(), AUTHOR);
    const deployments = createDeployments({ db: database.db, history: opened.history, blobs: createMemoryBlobStore(), config: loadConfig({ LOG_LEVEL: 'silent' }) });
    hosts = await startLiveHosts({ database, platformDomain: 'localhost' });
    expect(hosts.table.match('bakery.localhost').kind).toBe('missing');

    const cut = await sql<{ count: number }>`SELECT count(pg_terminate_backend(pid))::int AS count FROM pg_stat_activity WHERE datname = current_database() AND query LIKE 'LISTEN%'`.execute(database.db);
    expect(cut.rows[0]?.count).toBe(1);
    const published = await deployments.publish({ siteId: SITE_ID, actor: AUTHOR });

    const deadline = Date.now() + 5_000;
    while (hosts.table.match('bakery.localhost').kind !== 'site' && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    const match = hosts.table.match('bakery.localhost');
    expect(match.kind === 'site' && match.deployment.id).toBe(published.deployment.id);

    // And it listens again: the next change arrives by NOTIFY.
    await deployments.unpublish({ siteId: SITE_ID });
    const again = Date.now() + 2_000;
    while (hosts.table.match('bakery.localhost').kind !== 'missing' && Date.now() < again) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(hosts.table.match('bakery.localhost').kind).toBe('missing');
  });
});
