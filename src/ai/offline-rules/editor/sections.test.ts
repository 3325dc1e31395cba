import { describe, expect, it } from 'vitest';
import { parseSite } from '../../../site/index.ts';
import { editFixtureSite, intentFor, runChange, sectionIds } from '../../../../test/support/offline-editor.ts';

const add = (target: string, page?: string) => intentFor('add_section', target, page === undefined ? {} : { page });
const HOME = ['home-hero', 'home-services', 'home-testimonials', 'home-gallery', 'home-pricing', 'home-faq', 'home-cta'];

describe('adding sections', () => {
  it('adds from the catalog defaults, under a fresh id, before the closing call to action', async () => {
    const { changes, after, proposal } = await runChange('Add a testimonials section', add('testimonials'));
    expect(changes).toEqual([{ op: 'add', path: '/pages/0/sections/6', value: expect.objectContaining({ id: 'home-testimonials-2', type: 'testimonials', visible: true }) }]);
    expect(sectionIds(after, 'home')).toEqual([...HOME.slice(0, 6), 'home-testimonials-2', 'home-cta']);
    expect(after.pages[0]!.sections[6]!.props).toMatchObject({ heading: 'What our customers say' });
    expect(proposal.summary).toBe('Added a Testimonials section to Home');
  });

  it.each([
    ['add an FAQ to the home page', 'faq', 'home', 'home-faq-2', 6],
    ['I want a photo gallery on the homepage', 'gallery', 'home', 'home-gallery-2', 6],
    ['put a contact form on the home page', 'contactForm', 'home', 'home-contact-form', 6],
    ['Add a team section to the about page', 'team', 'about', 'about-team', 3],
    ['Add our opening hours to the contact page', 'hours', 'contact', 'contact-hours', 3],
  ])('%s', async (prompt, type, page, id, index) => {
    const { changes } = await runChange(prompt, add(type, page));
    const pageIndex = { home: 0, about: 2, contact: 3 }[page];
    expect(changes).toEqual([{ op: 'add', path: `/pages/${pageIndex}/sections/${index}`, value: expect.objectContaining({ id, type, visible: true }) }]);
  });

  it('applies a number of items: a pricing table with three plans, one featured', async () => {
    const { after, proposal } = await runChange('Please add a pricing table with three plans', add('pricing'));
    const plans = (after.pages[0]!.sections[6]!.props as { plans: { name: string; isFeatured: boolean }[] }).plans;
    expect(plans.map((plan) => plan.name)).toEqual(['Basic', 'Plus', 'Premium']);
    expect(plans.filter((plan) => plan.isFeatured)).toHaveLength(1);
    expect(proposal.summary).toBe('Added a Pricing section to Home, with 3 plans');
    const faq = await runChange('add an FAQ with 4 questions', add('faq'));
    expect((faq.after.pages[0]!.sections[6]!.props as { items: unknown[] }).items).toHaveLength(4);
  });

  it('puts the figures given first: stats like 500+ happy customers', async () => {
    const { after } = await runChange('add some stats like 500+ happy customers', add('stats'));
    const items = (after.pages[0]!.sections[6]!.props as { items: { value: string; label: string }[] }).items;
    expect(items[0]).toEqual({ value: '500+', label: 'happy customers' });
    expect(items.filter((item) => item.label === 'happy customers')).toHaveLength(1);
  });

  it('uses a heading it is given and the position it is told', async () => {
    const named = await runChange("add a testimonials section called 'Kind words'", add('testimonials'));
    expect(named.after.pages[0]!.sections[6]!.props).toMatchObject({ heading: 'Kind words' });
    const top = await runChange('add a testimonials section at the top', add('testimonials'));
    expect(sectionIds(top.after, 'home')[1]).toBe('home-testimonials-2');
    const below = await runChange('add a stats section below the gallery', add('stats'));
    expect(sectionIds(below.after, 'home')).toEqual([...HOME.slice(0, 4), 'home-stats', ...HOME.slice(4)]);
  });
});

describe('removing sections', () => {
  it.each([
    ['Remove the testimonials section', 'testimonials', 'home-testimonials'],
    ['delete the pricing section', 'pricing', 'home-pricing'],
    ['get rid of the FAQ', 'faq', 'home-faq'],
  ])('%s', async (prompt, target, id) => {
    const { changes, after, proposal } = await runChange(prompt, intentFor('remove_section', target));
    expect(changes).toEqual([{ op: 'remove', path: `/pages/0/sections/${HOME.indexOf(id)}` }]);
    expect(sectionIds(after, 'home')).toEqual(HOME.filter((candidate) => candidate !== id));
    expect(proposal.summary).toMatch(/^Removed the .+ section \(".+"\) from Home$/);
  });

  it('points links to the removed section at its page', async () => {
    const site = structuredClone(editFixtureSite());
    site.navigation.items.push({ label: 'Reviews', href: 'page:home#home-testimonials' });
    const { changes, proposal } = await runChange('Remove the testimonials section', intentFor('remove_section', 'testimonials'), parseSite(site));
    expect(changes).toEqual(expect.arrayContaining([{ op: 'replace', path: '/navigation/items/4/href', value: 'page:home' }, { op: 'remove', path: '/pages/0/sections/2' }]));
    expect(changes).toHaveLength(2);
    expect(proposal.summary).toMatch(/a link to it now opens the page instead/);
  });
});
