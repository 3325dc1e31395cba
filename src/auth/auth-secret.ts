import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError, type Config } from '../config.ts';

/**
 * The secret that signs sessions: AUTH_SECRET, or — on the embedded database — one generated once (32 random
 * bytes, hex) into DATA_DIR/auth-secret with mode 0600. With DATABASE_URL several processes must share one
 * secret, so a missing AUTH_SECRET refuses to start.
 */
export function resolveAuthSecret(config: Pick<Config, 'AUTH_SECRET' | 'DATABASE_URL' | 'DATA_DIR'>): string {
  if (config.AUTH_SECRET) return config.AUTH_SECRET;
  if (config.DATABASE_URL) {
    throw new ConfigError('Invalid configuration — AUTH_SECRET: required with DATABASE_URL, because every process must sign sessions with the same secret (expected at least 32 characters, e.g. the output of `openssl rand -hex 32`)');
  }
  const directory = resolve(config.DATA_DIR);
  const path = join(directory, 'auth-secret');
  mkdirSync(directory, { recursive: true });
  try {
    writeFileSync(path, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = readFileSync(path, 'utf8').trim();
  if (secret.length < 32) throw new ConfigError(`Invalid configuration — AUTH_SECRET: ${path} holds fewer than 32 characters; delete it to generate a new one, or set AUTH_SECRET`);
  return secret;
}
