import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleSiteInput } from './support/sample-site.ts';
import { runCli } from './support/run-cli.ts';

const workspace = await mkdtemp(join(tmpdir(), 'pagehub-cli-'));
afterAll(() => rm(workspace, { recursive: true, force: true }));

describe('pagehub CLI', () => {
  it('prints help', async () => {
    const result = await runCli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/pagehub generate "<description>" --out <dir>/);
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['generate', 'a bakery'], /--out <value> is required/],
    [['generate', '', '--out', 'x'], /description is empty/],
    [['generate', 'a bakery', '--out', 'x', '--colour', 'red'], /Unknown option '--colour'/],
    [['render', '--out', 'x'], /expected exactly one argument/],
    [['validate', 'a.json', 'b.json'], /unexpected argument "b.json"/],
    [['validate', join(tmpdir(), 'does-not-exist.json')], /cannot read .*ENOENT/],
    [['generate', 'a bakery', '--out', 'x', '--base-url', 'ftp://x'], /--base-url must be an http/],
  ])('bad arguments %j: one line on stderr, exit 2', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });

  it('validate: exit 0 for a valid document, 1 with paths for an invalid one', async () => {
    const good = join(workspace, 'good.json');
    await writeFile(good, JSON.stringify(sampleSiteInput()));
    expect(await runCli(['validate', good])).toMatchObject({ code: 0, stderr: '' });

    const document = sampleSiteInput();
    document.theme.colors.primary = 'green';
    document.navigation.items[0]!.href = 'page:nowhere';
    const bad = join(workspace, 'bad.json');
    await writeFile(bad, JSON.stringify(document));
    const result = await runCli(['validate', bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('theme/colors/primary: Use a 6-digit hex color');
    expect(result.stderr).toContain('navigation/items/0/href: Links to page "nowhere"');

    const broken = join(workspace, 'broken.json');
    await writeFile(broken, '{ "schemaVersion": 1,');
    expect(await runCli(['validate', broken])).toMatchObject({ code: 1, stderr: expect.stringContaining('not valid JSON') });
  });

  it('render writes the site; generate writes the site and the document', async () => {
    const source = join(workspace, 'site.json');
    await writeFile(source, JSON.stringify(sampleSiteInput()));
    const rendered = await runCli(['render', source, '--out', join(workspace, 'rendered'), '--base-url', 'https://bakery.example']);
    expect(rendered.code).toBe(0);
    expect(await readFile(join(workspace, 'rendered', 'sitemap.xml'), 'utf8')).toContain('https://bakery.example/about/');
    // The web fonts the stylesheet names are written beside it, where its URLs point.
    expect(await readFile(join(workspace, 'rendered', 'index.html'), 'utf8')).toContain('<link rel="preload" href="/fonts/eb-garamond-latin-700-normal.woff2" as="font" type="font/woff2" crossorigin>');
    expect((await readFile(join(workspace, 'rendered', 'fonts', 'eb-garamond-latin-700-normal.woff2'))).subarray(0, 4).toString('latin1')).toBe('wOF2');
    expect((await readFile(join(workspace, 'rendered', 'fonts', 'source-sans-3-latin-ext-400-normal.woff2'))).length).toBeGreaterThan(1000);

    const generated = await runCli(['generate', 'A bakery called "Crumb" in Austin', '--out', join(workspace, 'generated'), '--json', join(workspace, 'generated.json')]);
    expect(generated.code).toBe(0);
    expect(generated.stdout).toContain('offline composer');
    expect(JSON.parse(await readFile(join(workspace, 'generated.json'), 'utf8')).name).toBe('Crumb');
    expect(await readFile(join(workspace, 'generated', 'index.html'), 'utf8')).toContain('Crumb');
  });
});
