// A real DNS server for tests: dnsmasq on 127.0.0.1 and a free high port, answering only the records a test
// gives it (`txt-record=…`, `cname=…`, `host-record=…` lines of dnsmasq.conf). setRecords() rewrites the file and
// restarts dnsmasq on the same port — SIGHUP re-reads only some of its files, so a restart is the sure way.
import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { Resolver } from 'node:dns/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireProgram } from './require-program.ts';

export interface Dnsmasq {
  /** `127.0.0.1:<port>`, the value for DNS_SERVERS. */
  readonly server: string;
  readonly port: number;
  /** Replaces every record and restarts the server; resolves once it answers again. */
  setRecords(lines: string[]): Promise<void>;
  close(): Promise<void>;
}

/** The TXT record PageHub's resolver sees as a sign the server is up. */
const READY_NAME = 'dnsmasq-ready.pagehub-tests.invalid';

/** A UDP port that is free right now on 127.0.0.1. */
function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = createSocket('udp4');
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      const { port } = socket.address();
      socket.close(() => resolve(port));
    });
  });
}

export async function startDnsmasq(lines: string[]): Promise<Dnsmasq> {
  const executable = requireProgram('dnsmasq', 'dnsmasq-base');
  const directory = await mkdtemp(join(tmpdir(), 'pagehub-dnsmasq-'));
  const configFile = join(directory, 'dnsmasq.conf');
  const port = await freeUdpPort();
  let child: ChildProcess | undefined;
  let output = '';

  const waitUntilAnswering = async () => {
    const resolver = new Resolver({ timeout: 200, tries: 1 });
    resolver.setServers([`127.0.0.1:${port}`]);
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        if ((await resolver.resolveTxt(READY_NAME)).length > 0) return;
      } catch {
        // not listening yet
      }
      if (child?.exitCode !== null) throw new Error(`dnsmasq exited with ${String(child?.exitCode)}: ${output}`);
      if (Date.now() > deadline) throw new Error(`dnsmasq did not answer on 127.0.0.1:${port} within 10 s: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const start = async (records: string[]) => {
    await writeFile(configFile, [`txt-record=${READY_NAME},"ok"`, ...records, ''].join('\n'));
    output = '';
    child = spawn(executable, ['--no-daemon', `--port=${port}`, '--listen-address=127.0.0.1', '--bind-interfaces', '--no-resolv', '--no-hosts', `--conf-file=${configFile}`, '--log-facility=-'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitUntilAnswering();
  };

  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    await exited;
  };

  await start(lines);
  return {
    server: `127.0.0.1:${port}`,
    port,
    async setRecords(records) {
      await stop();
      await start(records);
    },
    async close() {
      await stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
