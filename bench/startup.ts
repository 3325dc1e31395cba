// Start-up of `pagehub serve` as a person runs it: the time from spawning the process to its "running at" line,
// on an empty DATA_DIR (the embedded database is created and migrated) and on one that already holds a database.
// Yardsticks from the same run: a bare `node` process, and the embedded engine creating an empty database in
// memory — most of a first start is that engine's initdb. The goal is a first start within 10 s.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { environment, startServe } from '../test/support/spawn-serve.ts';
import { median, row } from './measure.ts';

const RUNS = 3;

async function timeServe(dataDir: string): Promise<number> {
  const started = performance.now();
  const spawned = await startServe({ DATA_DIR: dataDir }, 60_000);
  const elapsed = performance.now() - started;
  spawned.child.kill('SIGTERM');
  await spawned.exited;
  return elapsed;
}

function timeBareNode(): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, ['-e', '0'], { env: environment({}), stdio: 'ignore' });
  return new Promise((resolve) => child.on('exit', () => resolve(performance.now() - started)));
}

async function timeEmptyDatabase(): Promise<number> {
  const started = performance.now();
  const database = await PGlite.create();
  const elapsed = performance.now() - started;
  await database.close();
  return elapsed;
}

async function series(task: () => Promise<number>): Promise<number[]> {
  const timings: number[] = [];
  for (let run = 0; run < RUNS; run += 1) timings.push(await task());
  return timings.sort((first, second) => first - second);
}

export async function benchStartup(): Promise<void> {
  const workspace = mkdtempSync(join(tmpdir(), 'pagehub-bench-startup-'));
  try {
    const node = await series(timeBareNode);
    const engine = await series(timeEmptyDatabase);
    let fresh = 0;
    const first = await series(() => timeServe(join(workspace, `fresh-${(fresh += 1)}`)));
    const again = await series(() => timeServe(join(workspace, 'fresh-1')));
    console.log('\nStart-up of pagehub serve (spawn → "running at" line)');
    console.log(row('bare node process (yardstick)', node));
    console.log(row('embedded database, empty, in memory (yardstick)', engine));
    console.log(row('first start, empty DATA_DIR', first, `${(median(first) / median(engine)).toFixed(1)}× the empty database · goal < 10 s: ${median(first) < 10_000 ? 'met' : 'MISSED'}`));
    console.log(row('later start, DATA_DIR holds a database', again, `${(median(again) / median(node)).toFixed(1)}× a bare node process`));
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}
