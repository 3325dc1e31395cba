// Builds the editor (web/) into web/dist with Vite's JS API. `npm run build:web` always builds; `npm start` runs
// this with --if-stale first, which builds only when web/dist is missing or older than a source the app is made
// of (web/, the pure areas it imports, the lockfile), prints one line while it does, and never stops the server
// from starting: a failed build leaves `/` answering a page that says the editor is not built.
// The build goes to a fresh directory that then replaces web/dist, so a running server never reads half a build,
// and holds web/.build.lock meanwhile, so parallel test files (or a test run and `npm start`) build it once.
import { open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WEB_DIRECTORY = join(ROOT, 'web');
export const WEB_DIST = join(WEB_DIRECTORY, 'dist');
const LOCK = join(WEB_DIRECTORY, '.build.lock');
const LOCK_WAIT_MS = 180_000;

/** What the built app is made of: a change to any of these makes the build stale. */
const SOURCES = ['web/index.html', 'web/vite.config.ts', 'web/src', 'web/public', 'src/site', 'src/render', 'src/patch', 'src/ai/offline', 'package-lock.json'];

async function newestChange(path: string): Promise<number> {
  const info = await stat(path).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(path, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = await stat(join(entry.parentPath, entry.name)).catch(() => null);
    if (file && file.mtimeMs > newest) newest = file.mtimeMs;
  }
  return newest;
}

/** Whether web/dist is missing or older than one of its sources. */
export async function isWebAppStale(): Promise<boolean> {
  const built = await stat(join(WEB_DIST, 'index.html')).catch(() => null);
  if (!built) return true;
  const changes = await Promise.all(SOURCES.map((source) => newestChange(join(ROOT, source))));
  return Math.max(...changes) > built.mtimeMs;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs `work` holding web/.build.lock; waits while another live process holds it, takes over a dead one's. */
async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const handle = await open(LOCK, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(LOCK, 'utf8').catch(() => ''));
      if (owner > 0 && !isRunning(owner)) await rm(LOCK, { force: true });
      else if (Date.now() > deadline) throw new Error(`another build has held ${LOCK} for minutes; delete it if no build is running`);
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    await rm(LOCK, { force: true });
  }
}

/** Builds web/ into web/dist; throws what Vite reports when the build fails. */
export function buildWebApp(): Promise<void> {
  return withBuildLock(buildUnlocked);
}

async function buildUnlocked(): Promise<void> {
  const { build } = await import('vite');
  const building = `${WEB_DIST}-building-${process.pid}`;
  // Vite (and React's JSX transform) follow NODE_ENV: a build is for production even when the caller is vitest (`test`).
  const callerNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(WEB_DIRECTORY, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir: building, emptyOutDir: true } });
    const previous = `${WEB_DIST}-previous-${process.pid}`;
    await rename(WEB_DIST, previous).catch(() => undefined);
    await rename(building, WEB_DIST);
    await rm(previous, { recursive: true, force: true });
  } finally {
    if (callerNodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = callerNodeEnv;
    await rm(building, { recursive: true, force: true });
  }
}

/** Builds when stale; answers whether a build was made. */
export async function buildWebAppIfStale(log: (line: string) => void = () => {}): Promise<boolean> {
  if (!(await isWebAppStale())) return false;
  return withBuildLock(async () => {
    if (!(await isWebAppStale())) return false; // built by whoever held the lock
    log('Building the PageHub editor (web/ → web/dist)…');
    await buildUnlocked();
    return true;
  });
}

async function main(args: string[]): Promise<number> {
  const isIfStale = args.includes('--if-stale');
  const print = (line: string) => process.stdout.write(`${line}\n`);
  try {
    if (isIfStale) await buildWebAppIfStale(print);
    else {
      print('Building the PageHub editor (web/ → web/dist)…');
      await buildWebApp();
    }
    return 0;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`The PageHub editor could not be built: ${reason}. The API still works; / will say the editor is not built.\n`);
    return isIfStale ? 0 : 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await main(process.argv.slice(2));
