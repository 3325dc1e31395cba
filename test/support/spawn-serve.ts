// Spawning `pagehub serve` as a user runs it, for tests of the real process (start-up, lock, signals, crashes).
import { spawn, type ChildProcess } from 'node:child_process';
import { REPO_ROOT } from './run-cli.ts';

const children: ChildProcess[] = [];

/** Kills every process spawned by this file's helpers that is still running (call from afterAll). */
export function killSpawned(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

export interface Spawned {
  child: ChildProcess;
  output: { stdout: string; stderr: string };
  exited: Promise<number | null>;
}

/** An environment without the developer's own PageHub settings. */
export function environment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(PORT|HOST|DATA_DIR|DATABASE_URL|AUTH_SECRET|PUBLIC_URL|SMTP_URL|NODE_ENV)$/.test(name)));
  return { ...clean, LOG_LEVEL: 'warn', ...overrides };
}

export function spawnServe(env: NodeJS.ProcessEnv): Spawned {
  const child = spawn(process.execPath, ['bin/pagehub.js', 'serve'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const output = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output, exited };
}

export async function waitFor<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}


/** Spawns `pagehub serve` on a free loopback port and resolves with its URL once it has printed it. */
export async function startServe(overrides: Record<string, string>, timeoutMs = 45_000): Promise<Spawned & { url: string }> {
  const spawned = spawnServe(environment({ PORT: '0', HOST: '127.0.0.1', ...overrides }));
  const url = await waitFor(() => /PageHub is running at (http:\/\/127\.0\.0\.1:\d+)\n/.exec(spawned.output.stdout)?.[1], timeoutMs, 'the start-up line');
  return { ...spawned, url };
}

/**
 * The link of the newest mail to `email` that a server without SMTP_URL logged (run it with LOG_LEVEL=info), once
 * it has appeared on stdout — the JSON line createLogMailer writes: `{"mail":{"to":…},"url":…}`.
 */
export function linkLoggedFor(output: { stdout: string }, email: string, prefix = '/api/auth/verify-email', timeoutMs = 10_000): Promise<string> {
  const find = () =>
    output.stdout
      .split('\n')
      .filter((line) => line.startsWith('{') && line.includes('"mail"'))
      .map((line) => JSON.parse(line) as { mail?: { to?: string }; url?: string })
      .filter((entry) => entry.mail?.to === email && entry.url !== undefined && new URL(entry.url).pathname.startsWith(prefix))
      .at(-1)?.url;
  return waitFor(find, timeoutMs, `a logged mail to ${email} with a link to ${prefix}`);
}
