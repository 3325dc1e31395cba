import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../test/support/backends.ts';
import { createLogger } from '../logger.ts';
import type { Database } from '../store/index.ts';
import { startJobQueue, type JobQueue, type JobReport } from './queue.ts';

describe.each(backends)('pg-boss job queue on $name', (backend) => {
  let database: Database;
  let queue: JobQueue;
  const reports: JobReport[] = [];
  beforeAll(async () => {
    database = await backend.open();
    queue = await startJobQueue(database, { logger: createLogger('silent'), pollingIntervalSeconds: 0.5, onJobDone: (report) => void reports.push(report) });
  });
  afterAll(async () => {
    await queue?.stop(1_000);
    await database?.close();
  });

  it('runs a job in this process at once, retries a failing one, then hands it to its dead-letter queue', async () => {
    const seen: string[] = [];
    await queue.createQueue('test-abandoned', { retryLimit: 0, retryDelaySeconds: 0, expireInSeconds: 30 });
    await queue.createQueue('test-work', { retryLimit: 1, retryDelaySeconds: 0, expireInSeconds: 30, deadLetter: 'test-abandoned' });
    await queue.work<{ name: string }>('test-work', async ({ name }, { isLastAttempt }) => {
      seen.push(`${name}:${isLastAttempt ? 'last' : 'retryable'}`);
      if (name === 'failing') throw new Error('always fails');
    });
    let abandoned: string | undefined;
    await queue.work<{ name: string }>('test-abandoned', async ({ name }) => void (abandoned = name));
    const started = Date.now();
    await queue.send('test-work', { name: 'quick' });
    for (let waited = 0; !seen.includes('quick:retryable'); waited += 10) {
      if (waited > 5_000) throw new Error('the job did not run');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    // The local worker is woken, not left to its next poll.
    expect(Date.now() - started).toBeLessThan(400);
    await queue.send('test-work', { name: 'failing' });
    for (let waited = 0; abandoned === undefined; waited += 50) {
      if (waited > 15_000) throw new Error(`not dead-lettered; seen ${seen.join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(abandoned).toBe('failing');
    expect(seen.filter((entry) => entry.startsWith('failing'))).toEqual(['failing:retryable', 'failing:last']);
    // Each run is reported (the metrics' durations, the error log's failed jobs), with what it threw.
    const work = reports.filter((report) => report.queue === 'test-work');
    expect(work.map((report) => [report.data.name, report.attempt, report.error instanceof Error ? report.error.message : null])).toEqual([
      ['quick', 1, null],
      ['failing', 1, 'always fails'],
      ['failing', 2, 'always fails'],
    ]);
    expect(work.every((report) => report.seconds >= 0 && report.seconds < 5)).toBe(true);
    await expect(queue.check()).resolves.toBeUndefined();
  });
});
