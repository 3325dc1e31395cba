// A composed site translated into Spanish, rendered and published to a directory: every HTML file of both
// locales is valid under html-validate (the rule set generated-sites uses) and CSP-safe; then in headless
// Chromium the Spanish pages pass axe at 375 px and 1280 px and the language switcher works without JavaScript.
// Screenshots land in test-results/multilingual/ for a person to look at.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { HtmlValidate } from 'html-validate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSite } from '../src/composer/index.ts';
import { writeDirectory } from '../src/publish/index.ts';
import { pageFile, pagePath, render } from '../src/render/index.ts';
import { parseSite, type LocalizedText, type Site } from '../src/site/index.ts';
import { analyzeAxe } from './support/analyze-axe.ts';
import { launchChromium } from './support/browser.ts';
import { attribute, elements, parseDocument } from './support/dom.ts';
import { REPO_ROOT } from './support/run-cli.ts';
import { serveDirectory } from './support/static-server.ts';
import { screenshot } from './support/screenshots.ts';

const SPANISH: Record<string, string> = {
  Home: 'Inicio',
  Treatments: 'Tratamientos',
  About: 'Nosotros',
  Contact: 'Contacto',
  'Book an appointment': 'Pide cita',
  'See our treatments': 'Ver tratamientos',
  'Healthy smiles, gentle care': 'Sonrisas sanas, trato amable',
  'Privacy policy': 'Política de privacidad',
};

const inSpanish = (text: LocalizedText): LocalizedText => (typeof text === 'string' && SPANISH[text] ? { en: text, es: SPANISH[text] } : text);

/** What "Translate the site to Spanish" will produce, partly: `es` added and a few texts turned into `{en, es}`. */
function bilingualDentist(): Site {
  const { site } = composeSite('Dr. Ana Souza Family Dentistry - general and cosmetic dentistry, teeth whitening, emergency visits. Located in Austin TX. Calm and trustworthy, light blue and white.');
  const document = structuredClone(site);
  document.locales = { default: 'en', available: ['en', 'es'] };
  for (const item of [...document.navigation.items, ...document.footer.links, ...(document.navigation.cta ? [document.navigation.cta] : [])]) item.label = inSpanish(item.label);
  for (const page of document.pages) page.title = inSpanish(page.title);
  const hero = document.pages[0]!.sections[0]!.props as { heading: LocalizedText; primaryAction?: { label: LocalizedText }; secondaryAction?: { label: LocalizedText } };
  hero.heading = inSpanish(hero.heading);
  if (hero.primaryAction) hero.primaryAction.label = inSpanish(hero.primaryAction.label);
  if (hero.secondaryAction) hero.secondaryAction.label = inSpanish(hero.secondaryAction.label);
  return parseSite(document);
}

const site = bilingualDentist();
const files = render(site);
const validator = new HtmlValidate({ root: true, extends: [], ...JSON.parse(readFileSync(join(REPO_ROOT, '.htmlvalidate.json'), 'utf8')) });

describe('a two-locale composed site', () => {
  it('publishes every page in English at the root and in Spanish under /es/', () => {
    const pages = site.pages.map((page) => pageFile(page));
    expect([...files.keys()].filter((path) => path.endsWith('.html')).sort()).toEqual(['404.html', 'thanks/index.html', ...pages, ...pages.map((path) => `es/${path}`)].sort());
    expect(files.get('es/index.html')).toContain('Sonrisas sanas, trato amable');
    expect(files.get('index.html')).toContain('Healthy smiles, gentle care');
  });

  it.each([...files].filter(([path]) => path.endsWith('.html')))('%s is valid HTML, CSP-safe, in its locale', async (path, markup) => {
    const report = await validator.validateString(markup, path);
    expect(report.results.flatMap((entry) => entry.messages.map((message) => `${path}:${message.line}:${message.column} ${message.ruleId} ${message.message}`))).toEqual([]);
    expect(markup).not.toMatch(/<script|javascript:/i);
    const all = [...elements(parseDocument(markup))];
    expect(all.flatMap((element) => element.attrs.filter((entry) => /^on/i.test(entry.name) || entry.name === 'style'))).toEqual([]);
    expect(attribute(all.find((element) => element.tagName === 'html')!, 'lang')).toBe(path.startsWith('es/') ? 'es' : 'en');
  });
});

describe('the Spanish site in Chromium', () => {
  const screenshots = join(REPO_ROOT, 'test-results', 'multilingual');
  let browser: Browser;
  let workspace: string;
  let server: Awaited<ReturnType<typeof serveDirectory>>;
  beforeAll(async () => {
    browser = await launchChromium();
    workspace = await mkdtemp(join(tmpdir(), 'pagehub-multilingual-'));
    await mkdir(screenshots, { recursive: true });
    await writeDirectory(workspace, files);
    server = await serveDirectory(workspace);
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
    await rm(workspace, { recursive: true, force: true });
  });

  /** A page at `width`; without JavaScript unless axe needs to run in it. */
  async function openPage(width: number, path: string, isJavaScriptEnabled = false): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: isJavaScriptEnabled });
    const page = await context.newPage();
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  // Axe takes a second a page: every page at the phone's width, the home page at the desktop's (browser.test.ts too).
  it.each([375, 1280])('every Spanish page fits at %i px and passes axe', async (width) => {
    for (const path of site.pages.map((page) => `/es${pagePath(page)}`)) {
      const page = await openPage(width, path, true);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
      if (width === 375 || path === '/es/') {
        const axe = await analyzeAxe(page, new AxeBuilder({ page }));
        const serious = axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
        expect(serious.map((violation) => `${path} ${width}px ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
      }
      await page.context().close();
    }
  }, 120_000);

  it('at 1280 px the header drop-down lists both languages and leads to the English page', async () => {
    const page = await openPage(1280, '/es/');
    const summary = page.locator('.language-menu summary');
    await expect(summary.isVisible()).resolves.toBe(true);
    await expect(summary.locator('.language-code').innerText()).resolves.toBe('ES');
    const headerBox = await page.locator('.site-header').boundingBox();
    expect(headerBox!.height, 'the header stays on one row').toBeLessThan(100);
    await screenshot(page, { path: join(screenshots, 'es-home-1280.png') });
    await summary.click();
    const links = page.locator('.language-menu .language-list a');
    await expect(links.allInnerTexts()).resolves.toEqual(['English', 'Español']);
    await screenshot(page, { path: join(screenshots, 'es-home-1280-languages-open.png'), clip: { x: 0, y: 0, width: 1280, height: 320 } });
    await links.first().click();
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.context().close();
  });

  it('at 375 px the phone menu holds the language buttons and leads to the English page', async () => {
    const page = await openPage(375, '/es/');
    await expect(page.locator('.language-menu').isVisible()).resolves.toBe(false);
    await screenshot(page, { path: join(screenshots, 'es-home-375.png') });
    await screenshot(page, { path: join(screenshots, 'es-home-375-full.png'), fullPage: true });
    const links = page.locator('.nav-mobile .language-links a');
    await expect(links.first().isVisible()).resolves.toBe(false);
    await page.locator('.nav-mobile summary').click();
    await expect(links.first().isVisible()).resolves.toBe(true);
    await screenshot(page, { path: join(screenshots, 'es-home-375-menu-open.png') });
    for (const box of await Promise.all((await links.all()).map((link) => link.boundingBox()))) expect(box!.height).toBeGreaterThanOrEqual(44);
    await links.first().click();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.context().close();
  });
});
