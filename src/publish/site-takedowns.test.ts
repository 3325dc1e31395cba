// Takedowns on both backends: every channel goes offline, publishing and "make live" are refused with the reason until
// the site is restored, and (PostgreSQL, where transactions really run side by side) a takedown that starts while a
// publish holds the site row waits for it, then removes what it published.
import { afterEach, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.ts';
import { AUTHOR, openHistory, SITE_ID } from '../../test/support/history.ts';
import { sampleSite } from '../../test/support/sample-site.ts';
import { createMemoryBlobStore } from '../assets/index.ts';
import { loadConfig } from '../config.ts';
import { AppError } from '../errors.ts';
import type { Database } from '../store/index.ts';
import { createDeployments } from './deployments.ts';
import { requireNotTakenDown, restoreSite, siteTakedownOf, takeDownSite } from './site-takedowns.ts';

const config = loadConfig({ PORT: '8080', LOG_LEVEL: 'silent' });
const NOW = new Date('2026-12-04T10:00:00.000Z');
const REASON = 'Phishing pages copying a bank login';

describe.each(backends)('site takedowns on $name', (backend) => {
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
    database = undefined;
  });

  async function open() {
    const opened = await openHistory(backend);
    database = opened.database;
    await opened.history.initialize(SITE_ID, sampleSite(), AUTHOR);
    const deployments = createDeployments({ db: opened.database.db, history: opened.history, blobs: createMemoryBlobStore(), config });
    return { db: opened.database.db, deployments };
  }
  const channels = async (db: Database['db']) => (await db.selectFrom('live_pointers').select('channel').where('site_id', '=', SITE_ID).orderBy('channel').execute()).map((row) => row.channel);
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  };

  it('takes every channel offline and refuses publishing with the reason until restored', async () => {
    const { db, deployments } = await open();
    const first = await deployments.publish({ siteId: SITE_ID, actor: AUTHOR, confirmSamples: true });
    await deployments.publish({ siteId: SITE_ID, branch: 'main', actor: AUTHOR, confirmSamples: true });
    await db.insertInto('live_pointers').values({ site_id: SITE_ID, channel: 'branch:draft', deployment_id: first.deployment.id, updated_by: AUTHOR, updated_at: NOW }).execute();
    expect(await channels(db)).toEqual(['branch:draft', 'production']);

    expect(await takeDownSite(db, { siteId: SITE_ID, reason: REASON, by: 'admin-1', now: NOW })).toEqual({ wasLive: true });
    expect(await channels(db)).toEqual([]);
    expect(await siteTakedownOf(db, SITE_ID)).toEqual({ at: NOW, reason: REASON });

    for (const attempt of [deployments.publish({ siteId: SITE_ID, actor: AUTHOR, confirmSamples: true }), deployments.activate({ siteId: SITE_ID, deploymentId: first.deployment.id, actor: AUTHOR })]) {
      const error = await refusal(attempt);
      expect(error.code).toBe('SITE_TAKEN_DOWN');
      expect(error.status).toBe(403);
      expect(error.detail).toContain(`“${REASON}”`);
      expect(error.detail).toContain('4 December 2026');
    }
    expect(await channels(db)).toEqual([]);

    expect(await restoreSite(db, SITE_ID)).toBe(true);
    expect(await restoreSite(db, SITE_ID)).toBe(false);
    expect(await channels(db)).toEqual([]); // restoring publishes nothing
    expect(await siteTakedownOf(db, SITE_ID)).toBeNull();
    await deployments.activate({ siteId: SITE_ID, deploymentId: first.deployment.id, actor: AUTHOR });
    expect(await channels(db)).toEqual(['production']);
    expect(await takeDownSite(db, { siteId: 'no-such-site', reason: REASON, by: 'admin-1', now: NOW })).toBeNull();
  });

  it.runIf(backend.name === 'postgres')('waits for a publish holding the site row, then takes down what it published', async () => {
    const { db, deployments } = await open();
    const { deployment } = await deployments.publish({ siteId: SITE_ID, actor: AUTHOR, confirmSamples: true });
    await db.deleteFrom('live_pointers').execute();

    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let isHeld!: () => void;
    const held = new Promise<void>((resolve) => (isHeld = resolve));
    // A publish's pointer transaction: it asks, holds the row, and moves the pointer only once released.
    const publishing = db.transaction().execute(async (transaction) => {
      await requireNotTakenDown(transaction, SITE_ID);
      isHeld();
      await released;
      await transaction.insertInto('live_pointers').values({ site_id: SITE_ID, channel: 'production', deployment_id: deployment.id, updated_by: AUTHOR, updated_at: NOW }).execute();
    });
    await held;
    let isTakenDown = false;
    const takingDown = takeDownSite(db, { siteId: SITE_ID, reason: REASON, by: 'admin-1', now: NOW }).then((result) => ((isTakenDown = true), result));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(isTakenDown).toBe(false); // waits for the publish
    release();
    await publishing;
    expect(await takingDown).toEqual({ wasLive: true });
    expect(await channels(db)).toEqual([]);
  });
});
