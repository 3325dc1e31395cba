import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `pagehub` binary (bin/pagehub.js) in a child process. */
export function runCli(args: string[], command: 'node' | 'npx' = 'node', environment: Record<string, string> = {}): Promise<CliResult> {
  const [file, prefix] = command === 'npx' ? ['npx', ['--no-install', 'pagehub']] : [process.execPath, ['bin/pagehub.js']];
  return new Promise((resolve) => {
    execFile(file, [...prefix, ...args], { cwd: REPO_ROOT, timeout: 60_000, env: { ...process.env, ...environment } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
