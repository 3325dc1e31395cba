// Every prompt of ../shared/fixtures/edit-prompts.jsonl through the whole chat-edit pipeline on the offline
// engine, against the six-page fixture site: each one ends in the outcome written here, and a change touches
// what the prompt asked for and nothing else (everything outside the listed parts of the document is equal).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planEdit, type EditPlan } from '../../src/ai/edit-pipeline.ts';
import { offlineRoles } from '../../src/ai/offline-rules/index.ts';
import { AppError } from '../../src/errors.ts';
import { getAt, jsonEqual, parsePointer, type JsonValue } from '../../src/patch/index.ts';
import type { Site } from '../../src/site/index.ts';
import { editFixtureSite } from '../support/edit-site.ts';

interface Fixture {
  prompt: string;
  intent: string;
  target: string | null;
}
const fixtures = readFileSync(new URL('../../../shared/fixtures/edit-prompts.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Fixture);

type Check = (after: Site, before: Site) => void;
type Outcome =
  | { change: string[]; check: Check; confirm?: true; prepare?: (site: Site) => void }
  | { question: RegExp }
  | { error: string; detail?: RegExp; variable?: string };

const sectionIds = (site: Site, page: number) => site.pages[page]!.sections.map((section) => section.id);
const props = (site: Site, page: number, section: number) => site.pages[page]!.sections[section]!.props as Record<string, unknown>;
/** Every section of `page` that is in both documents is unchanged. */
const sameSections = (after: Site, before: Site, page: number) => {
  for (const section of before.pages[page]!.sections) {
    const now = after.pages[page]!.sections.find((candidate) => candidate.id === section.id);
    if (now) expect(now).toEqual(section);
  }
};
/** Every page of `before` still in `after` is unchanged. */
const samePages = (after: Site, before: Site) => {
  for (const page of before.pages) {
    const now = after.pages.find((candidate) => candidate.id === page.id);
    if (now) expect(now).toEqual(page);
  }
};
const added = (type: string, page = 0): Check => (after, before) => {
  sameSections(after, before, page);
  const fresh = after.pages[page]!.sections.filter((section) => !sectionIds(before, page).includes(section.id));
  expect(fresh.map((section) => section.type)).toEqual([type]);
  expect(sectionIds(after, page).filter((id) => sectionIds(before, page).includes(id))).toEqual(sectionIds(before, page));
};
const removed = (id: string, page = 0): Check => (after, before) => {
  sameSections(after, before, page);
  expect(sectionIds(after, page)).toEqual(sectionIds(before, page).filter((other) => other !== id));
};
const order = (page: number, ids: string[]): Check => (after, before) => {
  sameSections(after, before, page);
  expect(sectionIds(after, page)).toEqual(ids);
};
const newPage = (slug: string, title: string): Check => (after, before) => {
  samePages(after, before);
  expect(after.pages).toHaveLength(before.pages.length + 1);
  const page = after.pages.find((candidate) => candidate.slug === slug)!;
  expect(page.title).toBe(title);
  expect(after.navigation.items.some((item) => item.href === `page:${page.id}`)).toBe(true);
};
const gonePage = (slug: string): Check => (after, before) => {
  samePages(after, before);
  expect(after.pages.map((page) => page.slug)).not.toContain(slug);
  expect(JSON.stringify(after)).not.toContain(`page:${slug}"`);
};
/** The person reads the AI assistant is off; the variable to set travels on the error's cause, for the operator's log. */
const modelRequired = (variable: string) => ({ error: 'AI_MODEL_REQUIRED', detail: /needs the AI assistant, which isn't switched on here — /, variable });

const OUTCOMES: Record<string, Outcome> = {
  'Change the headline to "Fresh bread every morning"': { change: ['/pages/0/sections/0/props/heading'], check: (site) => expect(props(site, 0, 0).heading).toBe('Fresh bread every morning') },
  'make the main title say Welcome to Luna': { change: ['/pages/0/sections/0/props/heading'], check: (site) => expect(props(site, 0, 0).heading).toBe('Welcome to Luna') },
  'Update the hero subheadline: Handmade with love since 1987': { change: ['/pages/0/sections/0/props/subheading'], check: (site) => expect(props(site, 0, 0).subheading).toBe('Handmade with love since 1987') },
  'change the button text in the hero to Book now': { change: ['/pages/0/sections/0/props/primaryAction/label'], check: (site) => expect(props(site, 0, 0).primaryAction).toMatchObject({ label: 'Book now' }) },
  "Rewrite the call to action heading to 'Ready for a new smile?'": { change: ['/pages/0/sections/6/props/heading'], check: (site) => expect(props(site, 0, 6).heading).toBe('Ready for a new smile?') },
  'The FAQ answer about parking should say: Free parking behind the building.': { change: ['/pages/0/sections/5/props/items/1/answer'], check: (site) => expect((props(site, 0, 5).items as { answer: string }[])[1]!.answer).toBe('Free parking behind the building.') },
  'Set the about page story text to: We started in a tiny garage in 1999.': { change: ['/pages/2/sections/1/props/body'], check: (site) => expect(props(site, 2, 1).body).toBe('We started in a tiny garage in 1999.') },
  'make the primary color green': { change: ['/theme/colors/primary'], check: (site) => expect(isGreen(site.theme.colors.primary)).toBe(true) },
  'Use #1E3A8A as the primary colour': { change: ['/theme/colors/primary'], check: (site) => expect(site.theme.colors.primary).toBe('#1e3a8a') },
  'change the accent color to gold': { change: ['/theme/colors/accent'], check: (site, before) => expect(site.theme.colors.accent).not.toBe(before.theme.colors.accent) },
  'Switch the background to a dark theme': { change: ['/theme/colors', '/theme/mode'], check: (site) => expect(site.theme.mode).toBe('dark') },
  'use Poppins for headings': { change: ['/theme/fonts/heading'], check: (site) => expect(site.theme.fonts.heading).toBe('poppins') },
  'Change the body font to Lato': { change: ['/theme/fonts/body'], check: (site) => expect(site.theme.fonts.body).toBe('lato') },
  'make the buttons more rounded': { change: ['/theme/radius'], check: (site) => expect(site.theme.radius).toBe('full') },
  'Give the features section a light gray background': { change: ['/pages/0/sections/1/style'], check: (site) => expect(site.pages[0]!.sections[1]!.style).toEqual({ tone: 'surface' }) },
  'Add a testimonials section': { change: ['/pages/0/sections'], check: added('testimonials') },
  'add an FAQ to the home page': { change: ['/pages/0/sections'], check: added('faq') },
  'Please add a pricing table with three plans': { change: ['/pages/0/sections'], check: (site, before) => {
    added('pricing')(site, before);
    const fresh = site.pages[0]!.sections.find((section) => section.type === 'pricing' && !sectionIds(before, 0).includes(section.id))!;
    expect((fresh.props as { plans: unknown[] }).plans).toHaveLength(3);
  } },
  'I want a photo gallery on the homepage': { change: ['/pages/0/sections'], check: added('gallery') },
  'Add a team section to the about page': { change: ['/pages/2/sections'], check: added('team', 2) },
  'put a contact form on the home page': { change: ['/pages/0/sections'], check: added('contactForm') },
  'Add our opening hours to the contact page': { change: ['/pages/3/sections'], check: added('hours', 3) },
  'add some stats like 500+ happy customers': { change: ['/pages/0/sections'], check: (site, before) => {
    added('stats')(site, before);
    expect(JSON.stringify(site.pages[0]!.sections.find((section) => section.type === 'stats'))).toMatch(/500\+/);
  } },
  'Remove the testimonials section': { change: ['/pages/0/sections'], check: removed('home-testimonials') },
  'delete the pricing section': { change: ['/pages/0/sections'], check: removed('home-pricing') },
  'get rid of the FAQ': { change: ['/pages/0/sections'], check: removed('home-faq') },
  'Move the testimonials above the features': { change: ['/pages/0/sections'], check: order(0, ['home-hero', 'home-testimonials', 'home-services', 'home-gallery', 'home-pricing', 'home-faq', 'home-cta']) },
  'put the contact form at the bottom of the page': { change: ['/pages/3/sections'], check: order(3, ['contact-details', 'contact-location', 'contact-form']) },
  'hide the gallery for now': { change: ['/pages/0/sections/3/visible'], check: (site) => expect(site.pages[0]!.sections[3]!.visible).toBe(false) },
  'show the gallery again': { change: ['/pages/0/sections/3/visible'], prepare: (site) => void (site.pages[0]!.sections[3]!.visible = false), check: (site) => expect(site.pages[0]!.sections[3]!.visible).toBe(true) },
  'Swap the order of the features and the call to action': { change: ['/pages/0/sections'], check: order(0, ['home-hero', 'home-cta', 'home-testimonials', 'home-gallery', 'home-pricing', 'home-faq', 'home-services']) },
  'Add a new page called Menu': { change: ['/pages', '/navigation/items'], check: newPage('menu', 'Menu') },
  'create a blog page': { change: ['/pages', '/navigation/items'], check: newPage('blog', 'Blog') },
  'Add a Careers page': { change: ['/pages', '/navigation/items'], check: newPage('careers', 'Careers') },
  'Delete the terms page': { confirm: true, change: ['/pages', '/footer/links'], check: gonePage('terms') },
  'remove the privacy policy page': { confirm: true, change: ['/pages', '/footer/links'], check: gonePage('privacy') },
  'Rename the About page to Our Story': { change: ['/pages/2/title', '/pages/2/seo/title', '/navigation/items'], check: (site) => {
    expect(site.pages[2]).toMatchObject({ slug: 'about', title: 'Our Story' });
    expect(site.navigation.items.find((item) => item.href === 'page:about')?.label).toBe('Our Story');
  } },
  "call the services page 'What we do' instead": { change: ['/pages/1/title', '/pages/1/seo/title', '/navigation/items'], check: (site) => expect(site.pages[1]).toMatchObject({ slug: 'services', title: 'What we do' }) },
  'Our phone number is (555) 010-2030': { change: ['/business/phone'], check: (site) => expect(site.business.phone).toBe('(555) 010-2030') },
  'change the email to hello@lunastudio.com': { change: ['/business/email'], check: (site) => expect(site.business.email).toBe('hello@lunastudio.com') },
  'We moved to 42 Harbor Street, Lisbon': { change: ['/business/address'], check: (site) => expect(site.business.address).toMatchObject({ street: '42 Harbor Street', city: 'Lisbon' }) },
  "We're closed on Mondays now": { change: ['/business/hours/monday'], check: (site) => expect(site.business.hours?.monday).toEqual({ closed: true }) },
  'Open Saturday 9am to 2pm': { change: ['/business/hours/saturday'], check: (site) => expect(site.business.hours?.saturday).toEqual({ closed: false, open: '09:00', close: '14:00' }) },
  'add our instagram: instagram.com/lunastudio': { change: ['/business/socials'], check: (site) => expect(site.business.socials.instagram).toBe('https://instagram.com/lunastudio') },
  "Set the page title of the home page for Google to 'Best bakery in Austin'": { change: ['/pages/0/seo/title'], check: (site) => expect(site.pages[0]!.seo.title).toBe('Best bakery in Austin') },
  'Improve the meta description of the contact page': { change: ['/pages/3/seo/description'], check: (site) => {
    const description = site.pages[3]!.seo.description as string;
    expect(description.length).toBeGreaterThan(40);
    expect(description.length).toBeLessThanOrEqual(160);
  } },
  'Add this image as the logo in the navbar': { question: /upload/i },
  'replace the logo with the new one I uploaded': { question: /upload/i },
  'Generate a hero image of a sunny bakery counter': modelRequired('PAGEHUB_MODEL_IMAGE'),
  'make a picture of a golden retriever for the about section': modelRequired('PAGEHUB_MODEL_IMAGE'),
  'Translate the site to Spanish': modelRequired('PAGEHUB_MODEL_EDITOR'),
  'add a Portuguese version': modelRequired('PAGEHUB_MODEL_EDITOR'),
  "The contact form button doesn't work": modelRequired('PAGEHUB_MODEL_EDITOR'),
  'the text in the footer is unreadable on the dark background': modelRequired('PAGEHUB_MODEL_EDITOR'),
  'make it better': { question: /\?/ },
  'change it': { question: /\?/ },
  asdfgh: { question: /\?/ },
  'Change the headline to <script>alert(1)</script>': { question: /HTML and scripts are not allowed/ },
  'Make the site look more professional': modelRequired('PAGEHUB_MODEL_EDITOR'),
};

function isGreen(hex: string): boolean {
  const [red, green, blue] = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
  return green > red && green >= blue;
}

/** `site` with the subtrees at `pointers` blanked: two documents equal under it differ only there. */
function without(site: Site, pointers: string[]): JsonValue {
  const copy = structuredClone(site) as unknown as JsonValue;
  for (const pointer of pointers) {
    const segments = parsePointer(pointer);
    const parent = getAt(copy, segments.slice(0, -1)) as Record<string, JsonValue> | undefined;
    if (parent && typeof parent === 'object') parent[segments.at(-1)!] = '(may change)';
  }
  return copy;
}

describe('the offline engine on the edit fixtures', () => {
  it('has an expected outcome for every fixture prompt', () => {
    expect(fixtures.map((fixture) => fixture.prompt).filter((prompt) => !(prompt in OUTCOMES))).toEqual([]);
  });

  it.each(fixtures.map((fixture) => [fixture.prompt, fixture] as const))('%s', async (prompt) => {
    const outcome = OUTCOMES[prompt]!;
    const before = editFixtureSite();
    if ('prepare' in outcome && outcome.prepare) outcome.prepare(before);
    const run = (confirm?: boolean): Promise<EditPlan> => planEdit({ site: structuredClone(before), prompt, roles: offlineRoles(), confirm });
    if ('error' in outcome) {
      const error = await run().then(() => undefined, (failure: unknown) => failure);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(outcome.error);
      if (outcome.detail) expect((error as AppError).detail).toMatch(outcome.detail);
      if (outcome.variable) {
        expect((error as AppError).detail).not.toContain('PAGEHUB_');
        expect((error as AppError).cause).toMatchObject({ variable: outcome.variable, message: expect.stringContaining(outcome.variable) });
      }
      return;
    }
    if ('question' in outcome) {
      const plan = await run();
      expect(plan.kind).toBe('question');
      expect(plan.kind === 'question' && plan.question).toMatch(outcome.question);
      return;
    }
    if (outcome.confirm) {
      const refused = await run().then(() => undefined, (failure: unknown) => failure);
      expect((refused as AppError).code).toBe('AI_CONFIRMATION_REQUIRED');
    }
    const plan = await run(outcome.confirm);
    expect(plan.kind, plan.kind === 'question' ? plan.question : '').toBe('change');
    if (plan.kind !== 'change') return;
    expect(plan.summary.length).toBeGreaterThan(0);
    expect(jsonEqual(without(plan.site, outcome.change), without(before, outcome.change)), `changed outside ${outcome.change.join(', ')}`).toBe(true);
    expect(jsonEqual(plan.site, before)).toBe(false);
    outcome.check(plan.site, before);
  });
});
