// The `pagehub` command. Each subcommand returns an exit code: 0 done, 1 the input or the environment was invalid
// (validation errors printed with paths; a bad variable in one line), 2 the command line itself was wrong (one
// line on stderr). Everything past argument parsing (the document model, the renderer, the composer, the server)
// is imported by the command that needs it, so `--help` and a mistyped command answer at once.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import type { Io } from './io.ts';
import type { Site } from '../site/index.ts';

export const HELP = `pagehub — describe a business, get a complete website

Usage:
  pagehub serve
      Run the PageHub server (the HTTP API and accounts) on PORT (default 8080) until SIGTERM or Ctrl-C.
      Published sites answer on the same port by Host: http://{site}.localhost:8080 on this machine.
      Configured by environment: PORT, HOST, DATA_DIR, DATABASE_URL, PUBLIC_URL, AUTH_SECRET, SMTP_URL, …
  pagehub generate "<description>" --out <dir> [--json <site.json>] [--base-url <url>]
      Compose a site with the offline composer (no AI model needed) and render it into <dir>.
      --json also saves the Site document.
  pagehub render <site.json> --out <dir> [--base-url <url>]
      Render a Site document into static files.
  pagehub edit <site.json> "<prompt>" [--json] [--write] [--confirm]
      Run the chat-edit pipeline on a document file: the intent, a one-line summary and the JSON Patch.
      --json prints {"intent", "summary", "patch"} (or {"intent", "question"}); --write saves the changed
      document; --confirm allows changes that delete a page. Models come from PAGEHUB_MODEL_* (default:
      the offline rules engine).
  pagehub validate <site.json>
      Check a Site document; prints each error with its path and exits 1 when invalid.
  pagehub --help
      Show this help.

--base-url is the public address used for canonical links and the sitemap
(default: the document's seo.siteUrl, else http://localhost:8080).
`;

class UsageError extends Error {}


const defaultIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

function parse(args: string[], options: ParseArgsConfig['options'], positionals: number): { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]);
  }
  if (parsed.positionals.length > positionals) throw new UsageError(`unexpected argument "${parsed.positionals[positionals]}"`);
  if (parsed.positionals.length < positionals) throw new UsageError(`expected exactly ${positionals === 1 ? 'one argument' : `${positionals} arguments`}, got ${parsed.positionals.length}`);
  return parsed;
}

function requireString(values: Record<string, unknown>, name: string): string {
  const value = values[name];
  if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`--${name} <value> is required`);
  return value;
}

function checkBaseUrl(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(value)) throw new UsageError('--base-url must be an http:// or https:// URL');
  return value;
}

async function readDocument(path: string, io: Io): Promise<{ site?: Site; code: number }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    io.err(`${path}: not valid JSON (${(error as Error).message})\n`);
    return { code: 1 };
  }
  const { validateSite } = await import('../site/index.ts');
  const result = validateSite(json);
  if (!result.ok) {
    io.err(`${path}: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}\n`);
    for (const error of result.errors) io.err(`  ${error.path || '(document)'}: ${error.message}\n`);
    return { code: 1 };
  }
  return { site: result.site, code: 0 };
}

/** Renders `site` into `out` with the web fonts its stylesheet names; the number of rendered files. */
async function writeSite(site: Site, out: string, baseUrl: string | undefined): Promise<number> {
  const [{ render }, { createFontFiles, fontFilesFor, writeDirectory }] = await Promise.all([import('../render/index.ts'), import('../publish/index.ts')]);
  const files = render(site, baseUrl ? { baseUrl } : {});
  await writeDirectory(out, new Map<string, string | Uint8Array>([...files, ...(await fontFilesFor(createFontFiles(), site))]));
  return files.size;
}

async function generate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, json: { type: 'string' }, 'base-url': { type: 'string' } }, 1);
  const description = positionals[0] ?? '';
  if (description.trim() === '') throw new UsageError('the description is empty: pagehub generate "a vegan bakery in Austin" --out site');
  const out = requireString(values, 'out');
  const baseUrl = checkBaseUrl(values['base-url']);
  const { composeSite } = await import('../composer/index.ts');
  const { site, notes } = composeSite(description);
  const fileCount = await writeSite(site, out, baseUrl);
  if (typeof values.json === 'string') {
    await mkdir(dirname(resolve(values.json)), { recursive: true });
    await writeFile(values.json, `${JSON.stringify(site, null, 2)}\n`);
  }
  io.out(`Composed "${site.name}" with the offline composer: ${site.pages.length} pages, ${fileCount} files in ${out}\n`);
  for (const note of notes) io.out(`  note: ${note.text}\n`);
  return 0;
}

async function renderCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, 'base-url': { type: 'string' } }, 1);
  const out = requireString(values, 'out');
  const baseUrl = checkBaseUrl(values['base-url']);
  const { site, code } = await readDocument(positionals[0] ?? '', io);
  if (!site) return code;
  io.out(`Rendered ${await writeSite(site, out, baseUrl)} files into ${out}\n`);
  return 0;
}

async function validate(args: string[], io: Io): Promise<number> {
  const { positionals } = parse(args, {}, 1);
  const { site, code } = await readDocument(positionals[0] ?? '', io);
  if (site) io.out(`${positionals[0]}: valid (${site.pages.length} pages)\n`);
  return code;
}

/** Runs until SIGTERM or SIGINT, then shuts down gracefully and exits 0. */
async function serve(args: string[], io: Io): Promise<number> {
  parse(args, {}, 0);
  const config = loadConfig(process.env);
  // Listen first, so that a signal during start-up still ends in a graceful stop; a second one kills at once.
  const stopRequested = new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  const { startServer } = await import('../server.ts');
  const server = await startServer(config);
  io.out(`PageHub is running at ${server.url}\n`);
  await stopRequested;
  await server.close();
  return 0;
}

async function edit(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, write: { type: 'boolean' }, confirm: { type: 'boolean' } }, 2);
  const [path = '', prompt = ''] = positionals;
  if (prompt.trim() === '') throw new UsageError('the prompt is empty: pagehub edit site.json "make the primary color green"');
  const config = loadConfig(process.env);
  const { site, code } = await readDocument(path, io);
  if (!site) return code;
  const { runEditCommand } = await import('./edit-command.ts');
  return runEditCommand({ site, path, prompt, config, isJson: values.json === true, shouldWrite: values.write === true, confirm: values.confirm === true, io });
}

/** A locked data directory or a document from a future schema: the environment is wrong, not the program. */
async function isEnvironmentError(error: unknown): Promise<boolean> {
  const [{ DataDirLockedError }, { DocumentMigrationsError }] = await Promise.all([import('../store/index.ts'), import('../site/index.ts')]);
  return error instanceof DataDirLockedError || error instanceof DocumentMigrationsError;
}

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = { serve, generate, render: renderCommand, validate, edit };

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP);
    return 0;
  }
  const run = COMMANDS[command];
  try {
    if (!run) throw new UsageError(`unknown command "${command}" (try: pagehub --help)`);
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(HELP);
      return 0;
    }
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`pagehub ${command ?? ''}: ${error.message}\n`.replace('pagehub : ', 'pagehub: '));
      return 2;
    }
    if (error instanceof ConfigError || (await isEnvironmentError(error))) {
      io.err(`pagehub ${command}: ${(error as Error).message}\n`);
      return 1;
    }
    throw error;
  }
}
