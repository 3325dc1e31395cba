import { describe, expect, it } from 'vitest';
import { composeSite } from './compose-site.ts';
import { findSamples } from '../site/index.ts';
import { ownWords } from './own-words.ts';

describe('ownWords', () => {
  it('keeps what the description says about the business, in order, three sentences to a paragraph', () => {
    const text = 'Kiln & Co is a pottery studio in Leith. We run 6-week beginner courses. We offer a firing service. Members get shelf space. Clean, modern, earthy.';
    expect(ownWords(text)).toEqual(['Kiln & Co is a pottery studio in Leith. We run 6-week beginner courses. We offer a firing service.', 'Members get shelf space.']);
  });

  it('leaves out requests for the website, talk about its looks, and formatting the rich text would act on', () => {
    const text = 'Please create a website for my studio. We teach **wheel throwing** and [hand building](javascript:alert(1)) to adults and teens in small groups. Our brand is calm and minimal.';
    const paragraphs = ownWords(text);
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs![0]).not.toMatch(/create a website|brand|\*|\[|\]/);
    expect(paragraphs![0]).toContain('wheel throwing');
  });

  it('answers nothing when the description says too little', () => {
    expect(ownWords('Create a landing page for a vegan bakery')).toBeUndefined();
    expect(ownWords('we fix bikes. cheap. fast.')).toBeUndefined();
  });
});

describe('the neutral layout', () => {
  const { site, facts } = composeSite('Lockdown Escape Games in Bristol: four themed puzzles, 60 minutes each, for 2 to 6 players. We host birthday parties and team-building events. Book online.');

  it('is used for a trade no profile knows, and invents nothing: no samples, reviews, prices, steps or values', () => {
    expect(facts.industry).toBe('general');
    expect(findSamples(site)).toEqual([]);
    const types = site.pages.flatMap((page) => page.sections.map((section) => section.type));
    for (const type of ['testimonials', 'pricing', 'values', 'menu']) expect(types, type).not.toContain(type);
    expect(JSON.stringify(site)).not.toMatch(/fair prices|one business day|hidden fees|small team/i);
  });

  it('says what the description says: its first sentence in the hero, all of it on the About page', () => {
    const hero = site.pages[0]!.sections[0]!.props as { subheading: string };
    expect(hero.subheading).toContain('four themed puzzles, 60 minutes each, for 2 to 6 players');
    const story = site.pages.find((page) => page.id === 'about')!.sections.find((section) => section.type === 'richText')!.props as { body: string };
    expect(story.body).toContain('We host birthday parties and team-building events.');
  });

  it('says a one-line description in the hero too, though it is too short for an About page', () => {
    const short = composeSite('Kayaks for hire on Loch Lomond, by the hour or the day.');
    expect(short.facts.industry).toBe('general');
    const hero = short.site.pages[0]!.sections[0]!.props as { subheading: string };
    expect(hero.subheading).toBe('Kayaks for hire on Loch Lomond, by the hour or the day.');
  });
});
