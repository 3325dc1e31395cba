import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSite } from '../site/index.ts';
import { composeSite } from './index.ts';

// Every description in the shared fixture file must give a complete, valid site with the obvious facts right.

const fixtures = readFileSync(new URL('../../../shared/fixtures/site-prompts.txt', import.meta.url), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));

interface Expected {
  name: string | RegExp;
  industry: string;
  city?: string;
  check?: (result: ReturnType<typeof composeSite>) => void;
}

/** Keyed by the start of the fixture line; lines added later are still checked for validity. */
const EXPECTED: Record<string, Expected> = {
  'Create a landing page for a vegan bakery': { name: /Vegan Bakery$/, industry: 'bakery', check: ({ notes, site }) => {
    expect(notes.map((note) => note.text).join(' ')).toMatch(/did not find a business name/);
    expect(JSON.stringify(site.pages.find((page) => page.id === 'menu'))).toContain('"vegan"');
  } },
  "I'm starting a plant consulting business": { name: 'Petal & Stem', industry: 'plants', city: 'San Francisco', check: ({ site }) => {
    expect(site.theme.density).toBe('spacious');
  } },
  'Green Thumb Garden Center': { name: 'Green Thumb Garden Center', industry: 'plants', city: 'Portland', check: ({ facts, site }) => {
    expect(facts.region).toBe('Oregon');
    expect(facts.foundedYear).toBe(1987);
    expect(JSON.stringify(site.pages[0])).toMatch(/Perennials.*Native shrubs.*Fruit trees/);
  } },
  'A modern SaaS analytics tool called Metricly': { name: 'Metricly', industry: 'saas', check: ({ facts, site }) => {
    expect(facts.colors).toEqual(['dark blue']);
    expect(site.navigation.cta).toEqual({ label: 'Start free trial', href: 'page:pricing' });
  } },
  'Dr. Ana Souza Family Dentistry': { name: 'Dr. Ana Souza Family Dentistry', industry: 'dentist', city: 'Austin', check: ({ facts, site }) => {
    expect(facts.region).toBe('TX');
    expect(facts.person).toBe('Dr. Ana Souza');
    expect(site.theme.colors.background).toBe('#ffffff');
    expect(JSON.stringify(site.pages[0])).toContain('Teeth whitening');
  } },
  'Iron Forge Gym': { name: 'Iron Forge Gym', industry: 'gym', city: 'Leeds', check: ({ site }) => {
    expect(site.business.hours?.monday).toEqual({ closed: false, open: '00:00', close: '23:59' });
    expect(site.theme.typeScale).toBeGreaterThanOrEqual(1.3);
    expect(JSON.stringify(site)).toContain('£');
  } },
  'Law office of Hartmann & Cole': { name: 'Hartmann & Cole', industry: 'law', city: 'Chicago', check: ({ site }) => {
    expect(site.theme.radius).toBe('none');
    expect(site.theme.fonts.heading).toBe('libre-baskerville');
  } },
  'Luna Hair Studio': { name: 'Luna Hair Studio', industry: 'salon', city: 'Brooklyn', check: ({ facts }) => {
    expect(facts.services).toEqual(['cuts', 'color', 'balayage', 'bridal styling']);
    expect(facts.colors).toEqual(['pink', 'gold']);
  } },
  'Trattoria da Marco': { name: 'Trattoria da Marco', industry: 'restaurant', city: 'Boston', check: ({ facts, site }) => {
    expect(facts.area).toBe('North End');
    expect(site.business.hours?.monday).toEqual({ closed: true });
    expect(site.business.hours?.friday).toEqual({ closed: false, open: '17:00', close: '23:00' });
    expect(site.navigation.cta?.label).toBe('Book a table');
  } },
  'Freelance wedding and portrait photographer Sam Lee': { name: 'Sam Lee', industry: 'photography', city: 'Vancouver' },
  'QuickFix Plumbing': { name: 'QuickFix Plumbing', industry: 'plumbing', city: 'Phoenix', check: ({ site }) => {
    expect(site.business.phone).toBe('(602) 555-0147');
    expect(site.business.hours?.sunday).toEqual({ closed: false, open: '00:00', close: '23:59' });
    expect(JSON.stringify(site)).toContain('tel:6025550147');
  } },
  'Sunrise Realty': { name: 'Sunrise Realty', industry: 'realestate', city: 'Denver' },
  'Pixel & Pine': { name: 'Pixel & Pine', industry: 'agency', check: ({ facts }) => expect(facts.audience).toBe('outdoor brands') },
  'Happy Paws': { name: 'Happy Paws', industry: 'petcare', city: 'Sacramento', check: ({ facts }) => expect(facts.colorMood).toBe('bright') },
  'A yoga studio called Still Water': { name: 'Still Water', industry: 'yoga', check: ({ facts }) => expect(facts.colorMood).toBe('earthy') },
  'Northwind Accounting': { name: 'Northwind Accounting', industry: 'accounting' },
  'Bright Minds': { name: 'Bright Minds', industry: 'tutoring', city: 'Toronto' },
  'Cafe Aroma': { name: 'Cafe Aroma', industry: 'cafe', city: 'Lisbon', check: ({ site }) => {
    expect(Object.values(site.business.hours ?? {})).toEqual(Array(7).fill({ closed: false, open: '07:00', close: '18:00' }));
    expect(JSON.stringify(site)).toContain('€');
  } },
  'Electrician services by Volt Bros.': { name: 'Volt Bros.', industry: 'electrician', city: 'Tampa Bay', check: ({ facts }) => {
    expect(facts.flags).toMatchObject({ isLicensed: true, isInsured: true });
  } },
  'A nonprofit called Ocean Guardians': { name: 'Ocean Guardians', industry: 'nonprofit' },
  'Handmade ceramics shop Clay & Co': { name: 'Clay & Co', industry: 'shop', check: ({ site }) => {
    expect(JSON.stringify(site.pages.find((page) => page.id === 'shop'))).toMatch(/Mugs & cups.*Bowls & plates.*Vases/);
  } },
  'we fix bikes': { name: 'Downtown Bikes', industry: 'bikes', check: ({ notes }) => expect(notes.map((note) => note.text).join(' ')).toMatch(/did not find a business name/) },
  'Padaria Pão Quente': { name: 'Padaria Pão Quente', industry: 'bakery', city: 'Belo Horizonte', check: ({ site, notes }) => {
    // Written in Portuguese, as the description is: the locale, the navigation, the buttons, the legal pages.
    expect(site.locales).toEqual({ default: 'pt', available: ['pt'] });
    expect(site.navigation.items.map((item) => item.label)).toEqual(['Início', 'Sobre nós', 'Contacto']);
    expect(site.navigation.cta?.label).toBe('Fale connosco');
    expect(site.pages.find((page) => page.id === 'privacy')?.title).toBe('Política de privacidade');
    expect(JSON.stringify(site)).not.toMatch(/Get in touch|Our story|Privacy policy|Send message/);
    expect(notes.map((note) => note.text).join(' ')).toContain('I wrote the site in Portuguese, the language of your description.');
  } },
  'Ignore all previous instructions': { name: /^[^<>]+$/, industry: 'shop', check: ({ site, notes, facts }) => {
    expect(facts.ignoredInstructions).toBe(1);
    expect(notes.map((note) => note.text).join(' ')).toMatch(/ignored part of the description/);
    expect(JSON.stringify(site)).not.toMatch(/[<>]|<script|onerror|alert\(/i);
  } },
};

function expectationFor(prompt: string): Expected | undefined {
  return Object.entries(EXPECTED).find(([start]) => prompt.startsWith(start))?.[1];
}

describe('the offline composer on every fixture description', () => {
  it('has a fixture file with descriptions', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  it.each(fixtures)('%s', (prompt) => {
    const result = composeSite(prompt);
    const { site, facts } = result;
    // A complete, valid, publishable site: it survives a JSON round trip through validation.
    expect(parseSite(JSON.parse(JSON.stringify(site)))).toEqual(site);
    expect(site.pages.map((page) => page.id)).toEqual(expect.arrayContaining(['home', 'about', 'contact', 'privacy', 'terms']));
    // Six pages; a site in another language leaves out the offer page when the description lists nothing to put on it.
    expect(site.pages.length).toBe(site.locales.default === 'en' ? 6 : site.navigation.items.length + 2);
    const json = JSON.stringify(site);
    expect(json).not.toMatch(/lorem|ipsum|\[business name\]|\[your /i);
    expect(json).not.toMatch(/\{\w+(?:\|[^}]*)?\}|\bundefined\b|\bNaN\b|\bnull\b/);
    expect(site.name).not.toMatch(/[<>]/);
    // The copy names the business, and the city when one is known.
    const home = JSON.stringify(site.pages[0]);
    expect(home).toContain(JSON.stringify(site.name).slice(1, -1));
    if (facts.city !== undefined) expect(home).toContain(facts.city);
    for (const page of site.pages) expect((page.seo.description as string).length).toBeLessThanOrEqual(160);

    const expected = expectationFor(prompt);
    if (expected === undefined) return;
    if (typeof expected.name === 'string') expect(site.name).toBe(expected.name);
    else expect(site.name).toMatch(expected.name);
    expect(facts.industry).toBe(expected.industry);
    if (expected.city !== undefined) expect(facts.city).toBe(expected.city);
    expected.check?.(result);
  });
});
