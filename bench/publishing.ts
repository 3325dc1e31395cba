// Publishing benchmark: median publish time of the 6-page sample site (each run publishes a new commit, so it
// renders and stores its files — one page changed, or the theme so that every file is new; goal < 500 ms),
// median activate-an-older-deployment time (instant rollback; goal < 50 ms) — on PGlite and PostgreSQL, blobs on
// the filesystem with fsync — and the site server's throughput with 10,000 published sites loaded vs 1 (goal:
// < 10 % lower), measured with wrk on loopback against the site server's own listener (a stub API behind it).
// Every process and database started here is stopped here.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { createFsBlobStore } from '../src/assets/index.ts';
import { createDeployments, startSiteServer, type Deployments, type HostTable } from '../src/publish/index.ts';
import { openPglite, openPostgres, type Database } from '../src/store/database.ts';
import { createHistory, type History } from '../src/store/history/index.ts';
import { sampleSite } from '../test/support/sample-site.ts';
import { createDatabase, dropDatabase, startThrowawayPostgres } from '../test/support/throwaway-postgres.ts';
import { median, row } from './measure.ts';

const AUTHOR = 'bench-user';
const SITES = 10_000;
/** Runs per throughput target: on a shared VM single runs vary by ±15 %, so many, interleaved, and the median. */
const ROUNDS = 7;

interface Opened {
  name: string;
  database: Database;
  dispose(): Promise<void>;
}

async function openBackends(): Promise<Opened[]> {
  const opened: Opened[] = [];
  const pglite = await openPglite('memory://');
  opened.push({ name: 'PGlite (in memory)', database: pglite, dispose: () => pglite.close() });
  try {
    const throwaway = process.env.TEST_DATABASE_URL ? undefined : await startThrowawayPostgres();
    const adminUrl = process.env.TEST_DATABASE_URL ?? (throwaway as { url: string }).url;
    const { url, name } = await createDatabase(adminUrl, 'pagehub_bench_publish');
    const database = await openPostgres(url);
    opened.push({
      name: 'PostgreSQL',
      database,
      async dispose() {
        await database.close();
        await dropDatabase(adminUrl, name);
        throwaway?.stop();
      },
    });
  } catch (error) {
    console.log(`  PostgreSQL: skipped — ${(error as Error).message}`);
  }
  return opened;
}

async function setUp(database: Database, blobDirectory: string, siteId: string, subdomain: string): Promise<{ history: History; deployments: Deployments; head: string }> {
  await database.db.insertInto('sites').values({ id: siteId, subdomain, name: 'Bench bakery', created_by: AUTHOR }).execute();
  const history = createHistory(database);
  const root = await history.initialize(siteId, sampleSite(), AUTHOR);
  const config = loadConfig({ DATA_DIR: blobDirectory, LOG_LEVEL: 'silent' });
  const deployments = createDeployments({ db: database.db, history, blobs: createFsBlobStore(join(blobDirectory, 'blobs')), config });
  return { history, deployments, head: root.id };
}

/** Publish time of a new commit each run (render + blobs + deployment + pointer), and activate time. */
async function publishAndActivate(database: Database, blobDirectory: string): Promise<{ publish: number[]; everyFileNew: number[]; reuse: number[]; activate: number[] }> {
  const siteId = 'bench-publish';
  const { history, deployments, head: root } = await setUp(database, blobDirectory, siteId, 'bench-publish');
  let head = root;
  const publish: number[] = [];
  const ids: string[] = [];
  for (let index = 0; index < 35; index += 1) {
    head = (await history.commit({ siteId, branch: 'main', base: head, patch: [{ op: 'replace', path: '/pages/0/sections/0/props/heading', value: `Edition ${index}` }], author: AUTHOR, source: 'api' })).id;
    const started = performance.now();
    const result = await deployments.publish({ siteId, actor: AUTHOR, confirmSamples: true });
    if (index >= 5) publish.push(performance.now() - started);
    ids.push(result.deployment.id);
  }
  // A theme change: every page and the stylesheet change, so every file is new.
  const everyFileNew: number[] = [];
  for (let index = 0; index < 25; index += 1) {
    const primary = `#${(0x1f6f5c + index * 0x030507).toString(16).slice(-6).padStart(6, '0')}`;
    head = (await history.commit({ siteId, branch: 'main', base: head, patch: [{ op: 'replace', path: '/theme/colors/primary', value: primary }], author: AUTHOR, source: 'api' })).id;
    const started = performance.now();
    const result = await deployments.publish({ siteId, actor: AUTHOR, confirmSamples: true });
    if (index >= 5) everyFileNew.push(performance.now() - started);
    ids.push(result.deployment.id);
  }
  const reuse: number[] = [];
  for (let index = 0; index < 20; index += 1) {
    const started = performance.now();
    await deployments.publish({ siteId, actor: AUTHOR, confirmSamples: true });
    reuse.push(performance.now() - started);
  }
  const activate: number[] = [];
  for (let index = 0; index < 60; index += 1) {
    const started = performance.now();
    await deployments.activate({ siteId, deploymentId: ids[index % 10] as string, actor: AUTHOR });
    if (index >= 10) activate.push(performance.now() - started);
  }
  const sorted = (values: number[]) => values.sort((first, second) => first - second);
  return { publish: sorted(publish), everyFileNew: sorted(everyFileNew), reuse: sorted(reuse), activate: sorted(activate) };
}

/** `count` more published sites sharing the first one's manifest, inserted in bulk. */
async function addSites(database: Database, template: string, count: number): Promise<void> {
  await sql`INSERT INTO sites (id, subdomain, name, created_by) SELECT 'bulk-' || i, 'site-' || i, 'Site ' || i, ${AUTHOR} FROM generate_series(1, ${count}) AS i`.execute(database.db);
  await sql`INSERT INTO deployments (id, site_id, commit_id, branch, manifest) SELECT 'bulk-deployment-' || i, 'bulk-' || i, 'bulk-commit', 'main', (SELECT manifest FROM deployments WHERE id = ${template}) FROM generate_series(1, ${count}) AS i`.execute(database.db);
  await sql`INSERT INTO live_pointers (site_id, channel, deployment_id) SELECT 'bulk-' || i, 'production', 'bulk-deployment-' || i FROM generate_series(1, ${count}) AS i`.execute(database.db);
}

interface Load {
  requestsPerSecond: number;
  /** Requests answered per second of this process's CPU time: unlike req/s, barely moved by other load on the machine. */
  requestsPerCpuSecond: number;
  p99Ms: number;
  errors: number;
}

const isOnPath = (program: string) => (process.env.PATH ?? '').split(':').some((directory) => existsSync(join(directory, program)));
const hasWrk = () => isOnPath('wrk');

/**
 * On a machine with two or more cores, this process (the server) on CPU 0 and wrk on CPU 1, so they do not
 * take turns on one core; returns a function that gives this process every core back.
 */
function pinServerAndLoad(): { wrkPrefix: string[]; release(): void } {
  const cores = availableParallelism();
  if (cores < 2 || !isOnPath('taskset')) return { wrkPrefix: [], release: () => {} };
  execFileSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
  return { wrkPrefix: ['taskset', '-c', '1'], release: () => execFileSync('taskset', ['-a', '-p', '-c', `0-${cores - 1}`, String(process.pid)], { stdio: 'ignore' }) };
}

let wrkPrefix: string[] = [];

function runWrk(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const [program, ...rest] = [...wrkPrefix, 'wrk', ...args] as [string, ...string[]];
    const child = spawn(program, rest, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`wrk exited with ${code}: ${output.slice(0, 300)}`))));
  });
}

function parseLoad(output: string, cpuSeconds: number): Load {
  const p99 = /^\s*99%\s+([\d.]+)(us|ms|s)\s*$/m.exec(output);
  const scale: Record<string, number> = { us: 0.001, ms: 1, s: 1000 };
  const nonOk = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  const requests = Number(/(\d+) requests in/.exec(output)?.[1] ?? Number.NaN);
  return { requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? Number.NaN), requestsPerCpuSecond: requests / cpuSeconds, p99Ms: p99 ? Number(p99[1]) * (scale[p99[2] as string] ?? Number.NaN) : Number.NaN, errors: nonOk };
}

interface Target {
  port: number;
  /** `site-0` … `site-<sites - 1>`: one of them at random per request, through a Lua script. */
  sites: number;
  /** Through a Lua script even for one site, so that wrk does the same work per request as for many. */
  isScripted: boolean;
}

/** wrk arguments for GET / on `site-0.localhost`, or on a random `site-<n>.localhost` per request. */
function wrkTarget({ port, sites, isScripted }: Target, scratch: string): string[] {
  const url = `http://127.0.0.1:${port}/`;
  if (!isScripted) return ['-H', 'Host: site-0.localhost', url];
  const script = join(scratch, `random-host-${sites}.lua`);
  writeFileSync(script, `math.randomseed(42)\nrequest = function()\n  return wrk.format("GET", "/", { ["Host"] = "site-" .. math.random(0, ${sites - 1}) .. ".localhost" })\nend\n`);
  return ['-s', script, url];
}

/**
 * Throughput of each target, measured in alternation (A, B, C, A, B, C, …) so that whatever else the machine
 * does weighs on all of them alike; the median run of each.
 */
async function measureAlternating(targets: Target[], scratch: string, rounds: number): Promise<(Load & { range: string })[]> {
  const runs: Load[][] = targets.map(() => []);
  for (const target of targets) await runWrk(['-t1', '-c50', '-d1s', ...wrkTarget(target, scratch)]);
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, target] of targets.entries()) {
      const before = process.cpuUsage();
      const output = await runWrk(['-t1', '-c50', '-d3s', '--latency', ...wrkTarget(target, scratch)]);
      const cpu = process.cpuUsage(before);
      runs[index]?.push(parseLoad(output, (cpu.user + cpu.system) / 1e6));
    }
  }
  const middle = (values: number[]) => values.sort((first, second) => first - second)[Math.floor(values.length / 2)] as number;
  return runs.map((loads) => {
    const perSecond = loads.map((load) => load.requestsPerSecond);
    return {
      requestsPerSecond: middle([...perSecond]),
      requestsPerCpuSecond: middle(loads.map((load) => load.requestsPerCpuSecond)),
      p99Ms: middle(loads.map((load) => load.p99Ms)),
      errors: loads.reduce((total, load) => total + load.errors, 0),
      range: `runs ${Math.min(...perSecond).toFixed(0)}–${Math.max(...perSecond).toFixed(0)}`,
    };
  });
}

/** Nanoseconds per Host → deployment → manifest entry lookup (what the site server does before writing). */
function lookupNanoseconds(table: HostTable, hosts: string[]): number {
  let found = 0;
  const rounds = 300_000;
  const started = performance.now();
  for (let index = 0; index < rounds; index += 1) {
    const match = table.match(hosts[index % hosts.length]);
    if (match.kind === 'site' && match.deployment.files.get('index.html')) found += 1;
  }
  const elapsed = performance.now() - started;
  if (found !== rounds) throw new Error(`lookup found ${found} of ${rounds}`);
  return (elapsed * 1e6) / rounds;
}

async function serveSites(database: Database, blobDirectory: string): Promise<{ server: Server; port: number; loadMs: number; table: HostTable; close(): Promise<void> }> {
  const started = performance.now();
  const sites = await startSiteServer({ database, blobs: createFsBlobStore(join(blobDirectory, 'blobs')), config: { PLATFORM_DOMAIN: 'localhost' }, listenForChanges: false });
  const loadMs = performance.now() - started;
  const api = (_incoming: unknown, outgoing: ServerResponse) => outgoing.end('api');
  const server = createServer(sites.handler(api));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    loadMs,
    table: sites.hosts.table,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await sites.close();
    },
  };
}

async function throughput(database: Database, blobDirectory: string): Promise<void> {
  if (!hasWrk()) {
    console.log('  site server with 10,000 sites: skipped — wrk is not installed (apt-get install wrk)');
    return;
  }
  const { deployments } = await setUp(database, blobDirectory, 'bench-one', 'site-0');
  const published = await deployments.publish({ siteId: 'bench-one', actor: AUTHOR, confirmSamples: true });
  // Two site servers side by side: one loaded while a single site was published, one after 9,999 more.
  const one = await serveSites(database, blobDirectory);
  await addSites(database, published.deployment.id, SITES - 1);
  const heapBefore = process.memoryUsage().heapUsed;
  const many = await serveSites(database, blobDirectory);
  const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
  const everyHost = Array.from({ length: SITES }, (_, index) => `site-${index}.localhost`);
  const shuffled = everyHost.map((host, index) => everyHost[(index * 7_919) % SITES] ?? host);
  lookupNanoseconds(one.table, ['site-0.localhost']);
  lookupNanoseconds(many.table, shuffled);
  const lookups = { one: lookupNanoseconds(one.table, ['site-0.localhost']), manySame: lookupNanoseconds(many.table, ['site-0.localhost']), manySpread: lookupNanoseconds(many.table, shuffled) };
  const pinning = pinServerAndLoad();
  const isPinned = pinning.wrkPrefix.length > 0;
  wrkPrefix = pinning.wrkPrefix;
  let results: (Load & { range: string })[];
  try {
    results = await measureAlternating(
      [
        { port: one.port, sites: 1, isScripted: false },
        { port: many.port, sites: 1, isScripted: false },
        { port: one.port, sites: 1, isScripted: true },
        { port: many.port, sites: SITES, isScripted: true },
      ],
      blobDirectory,
      ROUNDS,
    );
  } finally {
    pinning.release();
    wrkPrefix = [];
    await one.close();
    await many.close();
  }
  type Measured = Load & { range: string };
  const [single, sameHost, singleScripted, spread] = results as [Measured, Measured, Measured, Measured];

  const change = (now: number, before: number) => `${now >= before ? '+' : ''}${(((now - before) / before) * 100).toFixed(1)} %`;
  const line = (label: string, load: Measured, baseline?: Measured) =>
    `  ${label.padEnd(44)} ${load.requestsPerSecond.toFixed(0).padStart(7)} req/s (${load.range})${baseline ? ` ${change(load.requestsPerSecond, baseline.requestsPerSecond)}` : ''}   ` +
    `${load.requestsPerCpuSecond.toFixed(0).padStart(7)} req/CPU-s${baseline ? ` ${change(load.requestsPerCpuSecond, baseline.requestsPerCpuSecond)}` : ''}   p99 ${load.p99Ms.toFixed(2)} ms${load.errors ? `   ${load.errors} errors` : ''}`;
  console.log(`  site server, GET / (${(await pageBytes(database, published.deployment.id)).toLocaleString('en-US')} bytes), wrk -t1 -c50, median of ${ROUNDS} × 3 s per target, targets alternating${isPinned ? ', server on CPU 0 and wrk on CPU 1' : ''}`);
  console.log(line('1 site loaded, Host header', single));
  console.log(line(`${SITES.toLocaleString('en-US')} sites loaded, Host header`, sameHost, single));
  console.log(line('1 site loaded, Lua script (same host)', singleScripted));
  console.log(line(`${SITES.toLocaleString('en-US')} sites, Lua script (random host)`, spread, singleScripted));
  console.log('  (goal: with 10,000 sites, < 10 % lower than with 1; each compared with the same way of loading)');
  console.log(`  Host → file lookup in memory: 1 site ${lookups.one.toFixed(0)} ns, 10,000 sites ${lookups.manySame.toFixed(0)} ns (one host) / ${lookups.manySpread.toFixed(0)} ns (every host in turn)`);
  console.log(`  loading the host table: 1 site ${one.loadMs.toFixed(0)} ms, ${SITES.toLocaleString('en-US')} sites ${many.loadMs.toFixed(0)} ms (+${(heapGrowth / 1024 / 1024).toFixed(1)} MiB heap)`);
}

async function pageBytes(database: Database, deploymentId: string): Promise<number> {
  const row = await database.db.selectFrom('deployments').select('manifest').where('id', '=', deploymentId).executeTakeFirstOrThrow();
  return row.manifest['index.html']?.size ?? 0;
}

export async function benchPublishing(): Promise<void> {
  console.log('\nPublishing (deployments, instant rollback, site server with many sites)');
  const backends = await openBackends();
  for (const backend of backends) {
    const scratch = mkdtempSync(join(tmpdir(), 'pagehub-bench-publish-'));
    try {
      const { publish, everyFileNew, reuse, activate } = await publishAndActivate(backend.database, scratch);
      console.log(`  ${backend.name}, blobs on the filesystem (fsync)`);
      console.log(row('  publish 6 pages, one page edited', publish, `goal < 500 ms${median(publish) < 500 ? '' : '  ✗'}`));
      console.log(row('  publish 6 pages, new theme (all files new)', everyFileNew, `goal < 500 ms${median(everyFileNew) < 500 ? '' : '  ✗'}`));
      console.log(row('  publish an already-published commit', reuse));
      console.log(row('  activate an older deployment', activate, `goal < 50 ms${median(activate) < 50 ? '' : '  ✗'}`));
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  const fresh = await openPglite('memory://');
  const scratch = mkdtempSync(join(tmpdir(), 'pagehub-bench-sites-'));
  try {
    await throughput(fresh, scratch);
  } finally {
    await fresh.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  for (const backend of backends) await backend.dispose();
}
