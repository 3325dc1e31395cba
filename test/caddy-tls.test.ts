// TLS at the edge through a real Caddy: the project's deploy/Caddyfile, adapted only to high ports, a temporary
// storage directory and Caddy's internal CA (`tls internal`), in front of a real PageHub whose DNS_SERVERS is a
// real dnsmasq. A custom domain verified through DNS is served over HTTPS; one that is not verified, or a name
// PageHub does not know, fails the TLS handshake because the `ask` endpoint says no.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/logger.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { startDnsmasq, type Dnsmasq } from './support/dnsmasq.ts';
import { requireProgram } from './support/require-program.ts';
import { REPO_ROOT } from './support/run-cli.ts';
import { attachOutbox, createOutbox } from './support/outbox.ts';
import { apiRequest, signUp, TEST_PUBLIC_URL } from './support/test-app.ts';

const PLATFORM_DOMAIN = 'pagehub.test';
const SHOP = 'shop.example-bakery.com';
const PENDING = 'pending.example-bakery.com';

function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface CurlResult {
  /** curl's exit code: 0 when the transfer worked, 35 when the TLS handshake failed. */
  code: number;
  stdout: string;
  stderr: string;
}

function curl(args: string[]): Promise<CurlResult> {
  return new Promise((resolve) => {
    execFile('curl', ['--silent', '--show-error', '--max-time', '20', ...args], { encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * deploy/Caddyfile for a test: high ports, no admin endpoint, storage in `storage`, Caddy's own CA instead of
 * an ACME one, no attempt to install that CA into the system trust store. Each change must apply exactly once,
 * so a change to the production file that this adaptation no longer fits fails the test instead of passing
 * unnoticed.
 */
function adaptCaddyfile(production: string, { httpPort, httpsPort, storage }: { httpPort: number; httpsPort: number; storage: string }): string {
  const replaceOnce = (text: string, pattern: RegExp, replacement: string) => {
    const matches = text.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? [];
    if (matches.length !== 1) throw new Error(`deploy/Caddyfile changed: expected one match of ${String(pattern)}, found ${matches.length}`);
    return text.replace(pattern, replacement);
  };
  let adapted = replaceOnce(production, /^\{$/m, `{\n\thttp_port ${httpPort}\n\thttps_port ${httpsPort}\n\tadmin off\n\tskip_install_trust\n\tstorage file_system {\n\t\troot ${storage}\n\t}`);
  adapted = replaceOnce(adapted, /\btls \{(\s*on_demand\s*)\}/, 'tls internal {$1}');
  return adapted;
}

describe('HTTPS through Caddy with on-demand TLS (deploy/Caddyfile)', () => {
  let workspace = '';
  let dns: Dnsmasq | undefined;
  let server: RunningServer | undefined;
  let caddy: ChildProcess | undefined;
  let caddyOutput = '';
  let httpPort = 0;
  let httpsPort = 0;
  let rootCertificate = '';
  let cookie = '';
  let siteId = '';

  const api = async (method: string, path: string, body?: unknown) => {
    const response = await server!.app.request(apiRequest(path, { method, cookie, ...(body === undefined ? {} : { body }) }));
    if (response.status >= 300) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as Record<string, any>;
  };
  const https = (hostname: string, extra: string[] = []) =>
    curl(['--resolve', `${hostname}:${httpsPort}:127.0.0.1`, '--write-out', '\n%{http_code}', ...extra, `https://${hostname}:${httpsPort}/`]);

  beforeAll(async () => {
    // Fail, naming the package, rather than skip: .ci/run installs them.
    const caddyBinary = requireProgram('caddy', 'caddy');
    requireProgram('curl', 'curl');
    workspace = await mkdtemp(join(tmpdir(), 'pagehub-caddy-'));
    dns = await startDnsmasq(['local=/example-bakery.com/', `local=/${PLATFORM_DOMAIN}/`, `host-record=bakery.${PLATFORM_DOMAIN},127.0.0.1`]);

    const config = loadConfig({
      DATA_DIR: join(workspace, 'data'),
      PORT: '0',
      HOST: '127.0.0.1',
      PUBLIC_URL: TEST_PUBLIC_URL,
      PLATFORM_DOMAIN,
      DNS_SERVERS: dns.server,
      DOMAIN_RECHECK_SECONDS: '0',
      AUTH_SECRET: 'test-secret-0123456789abcdef0123456789',
    });
    const outbox = createOutbox();
    server = await startServer(config, { logger: createLogger('silent'), mailer: outbox });
    attachOutbox(server.app, outbox);

    cookie = (await signUp(server.app, 'owner@example.com')).cookie;
    const site = await api('POST', '/api/sites', { subdomain: 'bakery', name: 'Crumb and Crust Bakery' });
    siteId = site.id as string;
    await api('POST', `/api/sites/${siteId}/publish`, { confirmSamples: true });

    // shop.example-bakery.com: attached and proven through DNS.
    const { domain } = await api('POST', `/api/sites/${siteId}/domains`, { hostname: SHOP });
    await dns.setRecords([
      'local=/example-bakery.com/',
      `local=/${PLATFORM_DOMAIN}/`,
      `host-record=bakery.${PLATFORM_DOMAIN},127.0.0.1`,
      `txt-record=_pagehub.${SHOP},"${domain.records[0].value}"`,
      `cname=${SHOP},bakery.${PLATFORM_DOMAIN}`,
    ]);
    const verified = await api('POST', `/api/sites/${siteId}/domains/${SHOP}/verify`);
    expect(verified.domain.status, verified.domain.reason).toBe('verified');
    // pending.example-bakery.com: attached, never proven.
    await api('POST', `/api/sites/${siteId}/domains`, { hostname: PENDING });

    httpPort = await freeTcpPort();
    httpsPort = await freeTcpPort();
    const storage = join(workspace, 'caddy-storage');
    const caddyfile = join(workspace, 'Caddyfile');
    await writeFile(caddyfile, adaptCaddyfile(await readFile(join(REPO_ROOT, 'deploy/Caddyfile'), 'utf8'), { httpPort, httpsPort, storage }));
    caddy = spawn(caddyBinary, ['run', '--config', caddyfile, '--adapter', 'caddyfile'], {
      env: { ...process.env, PAGEHUB_UPSTREAM: `127.0.0.1:${server.port}`, HOME: workspace, XDG_DATA_HOME: join(workspace, 'xdg-data'), XDG_CONFIG_HOME: join(workspace, 'xdg-config') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    caddy.stdout?.on('data', (chunk: Buffer) => (caddyOutput += chunk.toString()));
    caddy.stderr?.on('data', (chunk: Buffer) => (caddyOutput += chunk.toString()));
    const deadline = Date.now() + 20_000;
    for (;;) {
      const probe = await curl(['--output', '/dev/null', '--write-out', '%{http_code}', `http://127.0.0.1:${httpPort}/`]);
      if (probe.stdout === '308') break;
      if (caddy.exitCode !== null) throw new Error(`caddy exited with ${caddy.exitCode}:\n${caddyOutput}`);
      if (Date.now() > deadline) throw new Error(`caddy did not answer on port ${httpPort} within 20 s:\n${caddyOutput}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    rootCertificate = join(storage, 'pki/authorities/local/root.crt');
  }, 120_000);

  afterAll(async () => {
    if (caddy && caddy.exitCode === null) {
      const exited = new Promise((resolve) => caddy!.once('exit', resolve));
      caddy.kill('SIGTERM');
      await exited;
    }
    await server?.close();
    await dns?.close();
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  it('serves a verified custom domain over HTTPS with a certificate for that name', async () => {
    // The first handshake obtains the certificate (Caddy asks PageHub first); --cacert checks it chains to
    // Caddy's CA and names the host — stricter than -k.
    let result = await https(SHOP, ['-k']);
    expect(result.code, `${result.stderr}\n${caddyOutput}`).toBe(0);
    result = await https(SHOP, ['--cacert', rootCertificate]);
    expect(result.code, result.stderr).toBe(0);
    const status = result.stdout.slice(result.stdout.lastIndexOf('\n') + 1);
    expect(status).toBe('200');
    expect(result.stdout).toContain('Crumb and Crust Bakery');
  });

  it("serves a published site's platform host over HTTPS", async () => {
    const result = await https(`bakery.${PLATFORM_DOMAIN}`, ['--cacert', rootCertificate]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.slice(result.stdout.lastIndexOf('\n') + 1)).toBe('200');
    expect(result.stdout).toContain('Crumb and Crust Bakery');
  });

  it('fails the TLS handshake for an unverified custom domain and for names PageHub does not serve', async () => {
    for (const hostname of [PENDING, 'unknown.example-bakery.com', `nobody.${PLATFORM_DOMAIN}`]) {
      const result = await https(hostname, ['-k']);
      expect(result.code, `${hostname}: ${result.stdout} ${result.stderr}`).toBe(35);
    }
  });

  it('redirects plain HTTP to HTTPS', async () => {
    const result = await curl(['--resolve', `${SHOP}:${httpPort}:127.0.0.1`, '--output', '/dev/null', '--write-out', '%{http_code} %{redirect_url}', `http://${SHOP}:${httpPort}/menu?x=1`]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`308 https://${SHOP}/menu?x=1`);
  });
});
