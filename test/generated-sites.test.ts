// Every business description of the fixtures: the site is composed and rendered, every HTML file is valid under
// html-validate (rule set: docs/html-validation.md), holds no script, event handler or javascript: URL, and carries
// the business's name and the facts the description gave. The first descriptions go through the real CLI
// (`pagehub generate`, files on disk); the rest through the same composeSite + render in this process, which is
// what the CLI runs — a process per description cost a minute of CI for nothing the first ones don't show.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, describe, expect, it } from 'vitest';
import { composeSite } from '../src/composer/index.ts';
import { render } from '../src/render/index.ts';
import { validateSite, type Site } from '../src/site/index.ts';
import { elements, parseDocument, textContent } from './support/dom.ts';
import { REPO_ROOT, runCli } from './support/run-cli.ts';

const prompts = readFileSync(new URL('../../shared/fixtures/site-prompts.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

interface Expected {
  name?: RegExp;
  city?: string;
  phone?: string;
  hours?: Partial<Record<keyof NonNullable<Site['business']['hours']>, string>>;
}

/** What each description states plainly, keyed by the description's first words. */
const EXPECTED: Record<string, Expected> = {
  "I'm starting a plant": { name: /^Petal & Stem$/, city: 'San Francisco' },
  'Green Thumb Garden': { name: /^Green Thumb Garden Center$/, city: 'Portland' },
  'A modern SaaS': { name: /^Metricly$/ },
  'Dr. Ana Souza': { name: /^Dr\. Ana Souza Family Dentistry$/, city: 'Austin' },
  'Iron Forge Gym': { name: /^Iron Forge Gym$/, city: 'Leeds', hours: { monday: '00:00-23:59', sunday: '00:00-23:59' } },
  'Law office of': { name: /Hartmann & Cole/, city: 'Chicago' },
  'Luna Hair Studio': { name: /^Luna Hair Studio$/, city: 'Brooklyn' },
  'Trattoria da Marco': { name: /^Trattoria da Marco$/, city: 'Boston', hours: { monday: 'closed', tuesday: '17:00-23:00', sunday: '17:00-23:00' } },
  'Freelance wedding': { name: /Sam Lee/, city: 'Vancouver' },
  'QuickFix Plumbing': { name: /^QuickFix Plumbing$/, city: 'Phoenix', phone: '(602) 555-0147' },
  'Sunrise Realty': { name: /^Sunrise Realty$/, city: 'Denver' },
  'Pixel & Pine': { name: /^Pixel & Pine$/ },
  'Happy Paws': { name: /^Happy Paws/, city: 'Sacramento' },
  'A yoga studio': { name: /^Still Water/ },
  'Northwind Accounting': { name: /^Northwind Accounting$/ },
  'Bright Minds': { name: /^Bright Minds/, city: 'Toronto' },
  'Cafe Aroma': { name: /^Cafe Aroma$/, city: 'Lisbon', hours: { monday: '07:00-18:00', sunday: '07:00-18:00' } },
  'Electrician services': { name: /Volt Bros/, city: 'Tampa' },
  'A nonprofit called': { name: /^Ocean Guardians$/ },
  'Handmade ceramics': { name: /^Clay & Co$/ },
  'Padaria Pão Quente': { name: /^Padaria Pão Quente$/, city: 'Belo Horizonte' },
  'Ignore all previous': { name: /^[^<>]+$/ },
};

function expectationFor(prompt: string): Expected {
  return Object.entries(EXPECTED).find(([start]) => prompt.startsWith(start))?.[1] ?? {};
}

function hoursText(hours: Site['business']['hours'], day: keyof NonNullable<Site['business']['hours']>): string {
  const entry = hours?.[day];
  if (!entry) return 'none';
  return entry.closed ? 'closed' : `${entry.open}-${entry.close}`;
}

async function htmlFiles(directory: string, prefix = ''): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(join(directory, prefix), { withFileTypes: true })) {
    const relative = join(prefix, entry.name);
    if (entry.isDirectory()) found.push(...(await htmlFiles(directory, relative)));
    else if (entry.name.endsWith('.html')) found.push(relative);
  }
  return found;
}

/** How many descriptions go through the CLI process. */
const THROUGH_CLI = 3;

/** The site's document and its HTML files (path → markup), through `pagehub generate` or in this process. */
async function generated(index: number, prompt: string): Promise<{ document: unknown; pages: [string, string][] }> {
  if (index > THROUGH_CLI) {
    const { site } = composeSite(prompt);
    return { document: JSON.parse(JSON.stringify(site)), pages: [...render(site)].filter(([path]) => path.endsWith('.html')) };
  }
  const out = join(workspace, `site-${index}`);
  const result = await runCli(['generate', prompt, '--out', out, '--json', join(out, 'site.json')]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const files = await htmlFiles(out);
  return { document: JSON.parse(await readFile(join(out, 'site.json'), 'utf8')), pages: await Promise.all(files.map(async (file) => [file, await readFile(join(out, file), 'utf8')] as [string, string])) };
}

const validator = new HtmlValidate({ root: true, extends: [], ...JSON.parse(readFileSync(join(REPO_ROOT, '.htmlvalidate.json'), 'utf8')) });
const workspace = await mkdtemp(join(tmpdir(), 'pagehub-generated-'));
afterAll(() => rm(workspace, { recursive: true, force: true }));

describe('pagehub generate on every fixture description', () => {
  it('has the 24 descriptions of the fixtures', () => {
    expect(prompts.length).toBe(24);
    expect(Object.keys(EXPECTED).every((start) => prompts.some((prompt) => prompt.startsWith(start)))).toBe(true);
  });

  it('npx pagehub --help works after npm ci', async () => {
    const result = await runCli(['--help'], 'npx');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('pagehub generate');
  });

  describe.each(prompts.map((prompt, index) => [index + 1, prompt] as const))('description %i', (index, prompt) => {
    it(`composes a valid, safe site: ${prompt.slice(0, 60)}`, async () => {
      const { document, pages } = await generated(index, prompt);
      const validation = validateSite(document);
      expect(validation.ok).toBe(true);
      const site = document as Site;

      // A page per page of the site, the 404 page, and the thank-you page when the site has a contact form.
      const hasForm = site.pages.some((page) => page.sections.some((section) => section.type === 'contactForm' && section.visible));
      expect(pages.length).toBe(site.pages.length + 1 + (hasForm ? 1 : 0));
      expect(pages.some(([file]) => file === 'thanks/index.html')).toBe(hasForm);
      let allText = '';
      for (const [file, markup] of pages) {
        const report = await validator.validateString(markup, file);
        const messages = report.results.flatMap((entry) => entry.messages.map((message) => `${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}`));
        expect(messages).toEqual([]);
        expect(markup).not.toMatch(/<script/i);
        expect(markup).not.toMatch(/javascript:/i);
        const parsed = parseDocument(markup);
        for (const element of elements(parsed)) {
          expect(element.attrs.filter((entry) => /^on/i.test(entry.name))).toEqual([]);
        }
        allText += `${textContent(parsed)}\n`;
      }

      const expected = expectationFor(prompt);
      if (expected.name) expect(site.name).toMatch(expected.name);
      expect(allText).toContain(site.name);
      if (expected.city) {
        expect(site.business.address.city).toContain(expected.city);
        expect(allText).toContain(expected.city);
      }
      if (expected.phone) {
        expect(site.business.phone).toBe(expected.phone);
        expect(pages.find(([file]) => file === 'index.html')?.[1]).toContain(`tel:${expected.phone.replace(/[^0-9]/g, '')}`);
      }
      for (const [day, value] of Object.entries(expected.hours ?? {})) {
        expect(hoursText(site.business.hours, day as 'monday'), day).toBe(value);
      }
    });
  });
});
