// Site server throughput: one ~5 KB published page, loaded with wrk (2 threads, 50 connections, 5 s) from
// PageHub (the real server, the page published through the API and asked for by Host), from nginx (one worker,
// and `auto`) and from Caddy's file_server serving the very same bytes. Issue 4 asks PageHub for ≥ 1.2× Caddy,
// ≥ 0.35× nginx from one process, and p99 < 10 ms. Loopback only; every process started here is stopped here.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeSite } from '../src/composer/index.ts';
import { render } from '../src/render/index.ts';
import type { Site } from '../src/site/index.ts';
import { startSmtpInbox, type SmtpInbox } from '../test/support/smtp-inbox.ts';

const TARGET_BYTES = 5 * 1024;
const WRK_ARGS = ['-t2', '-c50', '-d5s', '--latency'];
const NGINX = '/usr/sbin/nginx';
const PAGEHUB_BIN = fileURLToPath(new URL('../bin/pagehub.js', import.meta.url));

interface Load {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

function findProgram(name: string, candidates: string[] = []): string | undefined {
  const directories = (process.env.PATH ?? '').split(':').filter(Boolean);
  return [...candidates, ...directories.map((directory) => join(directory, name))].find((path) => existsSync(path));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** GET over loopback with an explicit Host header (fetch may not set one). */
function get(port: number, host: string, path = '/'): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, path, headers: { host }, timeout: 2_000 }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks) }));
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error('timed out')));
    outgoing.on('error', reject);
    outgoing.end();
  });
}

async function waitForOk(port: number, host: string, child?: ChildProcess, timeoutMs = 10_000): Promise<Buffer> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) throw new Error(`it exited (${child.exitCode ?? child.signalCode}) before answering`);
    try {
      const answer = await get(port, host);
      if (answer.status === 200) return answer.body;
      last = `status ${answer.status}`;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing answered 200 on 127.0.0.1:${port} within ${timeoutMs} ms (${String(last)})`);
}

function toMs(value: string, unit: string): number {
  const scale: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };
  return Number(value) * (scale[unit] ?? Number.NaN);
}

/** requests/s, p50, p99 and non-2xx/socket errors from wrk's output. */
export function parseWrk(output: string): Load {
  const latency = (percent: string) => {
    const match = new RegExp(`^\\s*${percent}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(output);
    return match ? toMs(match[1]!, match[2]!) : Number.NaN;
  };
  const nonOk = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const socketErrors = socket ? socket.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0;
  return { requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? Number.NaN), p50Ms: latency('50'), p99Ms: latency('99'), errors: nonOk + socketErrors };
}

function run(program: string, args: string[], timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`${program} exited with ${code}: ${output.slice(0, 500)}`));
    });
  });
}

async function load(wrk: string, port: number, host: string): Promise<Load> {
  const url = `http://127.0.0.1:${port}/`;
  await run(wrk, ['-t2', '-c50', '-d1s', '-H', `Host: ${host}`, url], 15_000); // warm-up
  return parseWrk(await run(wrk, [...WRK_ARGS, '-H', `Host: ${host}`, url], 30_000));
}

/** Starts a server process and stops it (SIGTERM, then SIGKILL) when `work` is done. */
async function withProcess<T>(program: string, args: string[], environment: NodeJS.ProcessEnv, work: (child: ChildProcess) => Promise<T>): Promise<T> {
  const child: ChildProcess = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'], env: environment });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2_000)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    return await work(child);
  } catch (error) {
    throw new Error(`${program}: ${error instanceof Error ? error.message : String(error)}${stderr ? `\n${stderr}` : ''}`, { cause: error });
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await exited;
      clearTimeout(killer);
    }
  }
}

/** A composed bakery site whose home page renders to about TARGET_BYTES: its first sections, then footer text. */
function fiveKilobyteSite(): Site {
  const site = composeSite('A neighbourhood bakery in Austin with sourdough, cakes and coffee').site;
  const home = site.pages.find((page) => page.slug === '')!;
  const homeSize = (candidate: Site) => Buffer.byteLength(render(candidate, { siteId: 'bench' }).get('index.html') ?? '');
  while (home.sections.length > 1 && homeSize(site) > TARGET_BYTES) home.sections.pop();
  const filler = 'Fresh sourdough every morning, cakes to order, coffee from a local roaster and a warm room to sit in. ';
  const base = typeof site.footer.text === 'string' ? site.footer.text : '';
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const missing = TARGET_BYTES - homeSize(site);
    if (missing === 0) break;
    const current = typeof site.footer.text === 'string' ? site.footer.text : base;
    const length = Math.max(base.length, Math.min(2_000, current.length + missing));
    site.footer.text = (base + ' ' + filler.repeat(40)).slice(0, length).trimEnd();
  }
  return site;
}

interface PageHubSite {
  port: number;
  host: string;
  page: Buffer;
}

/**
 * `pagehub serve` in its own process (as users run it, with nothing of this benchmark in its heap), on a fresh
 * DATA_DIR: signs up, creates a site whose home page is ~5 KB and publishes it through the API. Returns a
 * string when there is nothing to measure yet.
 */
async function publishOnPageHub(child: ChildProcess, port: number, inbox: SmtpInbox): Promise<PageHubSite | string> {
  const base = `http://127.0.0.1:${port}`;
  const origin = `http://localhost:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error('pagehub serve exited before answering');
    const health = await fetch(`${base}/api/health`).catch(() => undefined);
    if (health?.ok) break;
    if (Date.now() > deadline) throw new Error('pagehub serve did not answer /api/health within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const call = async (method: string, path: string, body: unknown, cookie = '') => {
    const response = await fetch(`${base}${path}`, { method, headers: { origin, 'content-type': 'application/json', ...(cookie ? { cookie } : {}) }, body: JSON.stringify(body) });
    if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    return response;
  };
  const openapi = (await (await fetch(`${base}/api/openapi.json`)).json()) as { paths: Record<string, unknown> };
  if (!openapi.paths['/api/sites/{id}/publish']) return 'PageHub: skipped (publishing not built yet)';
  await call('POST', '/api/auth/sign-up/email', { name: 'Bench', email: 'bench@example.com', password: 'correct horse battery' });
  // The new account is confirmed (and signed in) by the link mailed to it.
  const link = new URL(/http:\/\/localhost:\d+\/api\/auth\/verify-email\?\S+/.exec((await inbox.waitForMail('bench@example.com')).text)?.[0] ?? 'http://missing');
  const confirmed = await fetch(`${base}${link.pathname}${link.search}`, { redirect: 'manual' });
  const cookie = confirmed.headers.getSetCookie().map((entry) => entry.split(';')[0]).join('; ');
  const site = (await (await call('POST', '/api/sites', { subdomain: 'bench', document: fiveKilobyteSite() }, cookie)).json()) as { id: string };
  await call('POST', `/api/sites/${site.id}/publish`, {}, cookie);
  const host = `bench.localhost:${port}`;
  return { port, host, page: await waitForOk(port, host, child) };
}

const LABEL = 24;
const format = (load: Load) => `${load.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${load.p50Ms.toFixed(2).padStart(6)} ms   p99 ${load.p99Ms.toFixed(2).padStart(6)} ms${load.errors ? `   ${load.errors} errors` : ''}`;

export async function benchSiteServer(): Promise<void> {
  console.log('\nSite server: one ~5 KB page, wrk -t2 -c50 -d5s on loopback');
  const wrk = findProgram('wrk');
  if (!wrk) {
    console.log('  skipped: wrk is not installed (apt-get install wrk)');
    return;
  }
  const nginx = findProgram('nginx', [NGINX]);
  const caddy = findProgram('caddy');
  const workspace = mkdtempSync(join(tmpdir(), 'pagehub-bench-site-'));
  chmodSync(workspace, 0o755); // nginx workers drop to an unprivileged user when started as root
  const root = join(workspace, 'site');
  mkdirSync(root, { recursive: true });
  const results: Record<string, Load> = {};
  const inbox = await startSmtpInbox();
  try {
    const pagehubPort = await freePort();
    const pagehubEnvironment = { ...process.env, DATA_DIR: join(workspace, 'pagehub'), PORT: String(pagehubPort), HOST: '127.0.0.1', LOG_LEVEL: 'warn', AUTH_SECRET: 'bench-secret-0123456789abcdef0123456789', DOMAIN_RECHECK_SECONDS: '0', DATABASE_URL: '', PUBLIC_URL: '', PLATFORM_DOMAIN: 'localhost', SMTP_URL: inbox.url };
    const page = await withProcess(process.execPath, [PAGEHUB_BIN, 'serve'], pagehubEnvironment, async (child) => {
      const published = await publishOnPageHub(child, pagehubPort, inbox);
      if (typeof published === 'string') {
        console.log(`  ${published}`);
        return Buffer.from(render(fiveKilobyteSite(), { siteId: 'bench' }).get('index.html') ?? '');
      }
      results.pagehub = await load(wrk, published.port, published.host);
      return published.page;
    });
    writeFileSync(join(root, 'index.html'), page, { mode: 0o644 });
    const digest = createHash('sha256').update(page).digest('hex').slice(0, 12);
    console.log(`  the page: ${page.length} bytes (sha-256 ${digest}), served identically by each (no compression asked)`);
    if (results.pagehub) console.log(`  ${'PageHub (1 process)'.padEnd(LABEL)}${format(results.pagehub)}`);

    if (nginx) {
      for (const workers of ['1', 'auto']) {
        const port = await freePort();
        const prefix = join(workspace, `nginx-${workers}`);
        mkdirSync(prefix, { recursive: true });
        chmodSync(prefix, 0o755);
        const temp = (name: string) => `${name}_temp_path ${join(prefix, name)};`;
        writeFileSync(
          join(prefix, 'nginx.conf'),
          `daemon off;\nworker_processes ${workers};\npid ${join(prefix, 'nginx.pid')};\nerror_log ${join(prefix, 'error.log')} warn;\nevents { worker_connections 1024; }\nhttp {\n  access_log off;\n  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}\n  types { text/html html; }\n  default_type application/octet-stream;\n  sendfile on;\n  tcp_nopush on;\n  keepalive_requests 1000000;\n  server {\n    listen 127.0.0.1:${port};\n    root ${root};\n    index index.html;\n  }\n}\n`,
        );
        results[`nginx-${workers}`] = await withProcess(nginx, ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', join(prefix, 'nginx.conf')], process.env, async (child) => {
          const served = await waitForOk(port, `127.0.0.1:${port}`, child);
          if (!served.equals(page)) throw new Error('nginx served other bytes than PageHub');
          return load(wrk, port, `127.0.0.1:${port}`);
        });
        console.log(`  ${(workers === '1' ? 'nginx (1 worker)' : 'nginx (auto workers)').padEnd(LABEL)}${format(results[`nginx-${workers}`]!)}`);
      }
    } else console.log('  nginx: skipped (apt-get install nginx-light)');

    if (caddy) {
      const port = await freePort();
      const home = join(workspace, 'caddy');
      mkdirSync(home, { recursive: true });
      writeFileSync(join(home, 'Caddyfile'), `{\n\tadmin off\n}\n\nhttp://127.0.0.1:${port} {\n\troot * ${root}\n\tfile_server\n}\n`);
      const environment = { ...process.env, HOME: home, XDG_DATA_HOME: join(home, 'data'), XDG_CONFIG_HOME: join(home, 'config') };
      results.caddy = await withProcess(caddy, ['run', '--config', join(home, 'Caddyfile'), '--adapter', 'caddyfile'], environment, async (child) => {
        const served = await waitForOk(port, `127.0.0.1:${port}`, child);
        if (!served.equals(page)) throw new Error('Caddy served other bytes than PageHub');
        return load(wrk, port, `127.0.0.1:${port}`);
      });
      console.log(`  ${'Caddy file_server'.padEnd(LABEL)}${format(results.caddy)}`);
    } else console.log('  Caddy: skipped (apt-get install caddy)');

    const ours = results.pagehub;
    if (ours) {
      const ratio = (other: Load | undefined) => (other ? (ours.requestsPerSecond / other.requestsPerSecond).toFixed(2) : 'n/a');
      console.log(`  PageHub / Caddy            = ${ratio(results.caddy)}×   goal ≥ 1.2×`);
      console.log(`  PageHub / nginx (1 worker) = ${ratio(results['nginx-1'])}×   goal ≥ 0.35×   (vs auto workers: ${ratio(results['nginx-auto'])}×)`);
      console.log(`  PageHub p99                = ${ours.p99Ms.toFixed(2)} ms   goal < 10 ms`);
    }
  } finally {
    await inbox.close();
    rmSync(workspace, { recursive: true, force: true });
  }
}
