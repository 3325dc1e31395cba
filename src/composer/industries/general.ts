import type { IndustryProfile } from './types.ts';

// The fallback when no industry matches — the neutral layout: a clean small-business site built only from what
// the description says.

export const general: IndustryProfile = {
  id: 'general',
  label: 'Small business',
  noun: 'small business',
  nameNoun: 'Co.',
  keywords: [],
  look: {
    colors: { primary: '#2459c9', secondary: '#0f172a', accent: '#f59e0b', background: '#ffffff', surface: '#f5f7fa', text: '#111827', muted: '#525c6b' },
    heading: 'montserrat', body: 'source-sans-3', radius: 'md', density: 'comfortable', typeScale: 1.25, headingWeight: 700, hero: 'split', servicesVariant: 'cards',
  },
  action: { label: 'Get in touch', target: 'contact' },
  // Everything below is said of every business PageHub could not place, so it says nothing a business would have
  // to stand behind: no promises of prices or reply times, no invented services, steps, values or reviews.
  // What the site says about the business comes from the description (its services, facts and own words).
  tagline: '{Descriptor}',
  hero: {
    heading: '{name}',
    text: '{name} is {aDescriptor}{inPlace}.',
    isOwnWordsFirst: true,
  },
  services: {
    heading: 'What we offer',
    intro: '',
    items: [],
    customText: ['', '', ''],
  },
  about: {
    story: ['{name} is {aDescriptor}{inPlace}.'],
    values: [],
    ownerRole: 'Founder',
  },
  testimonials: [],
  faq: [],
  cta: { heading: 'Get in touch', text: 'Send {name} a message, or find the details on the contact page.' },
  contact: {
    heading: 'Get in touch',
    intro: 'Send us a message.',
    submitLabel: 'Send message',
  },
  home: ['services', 'stats', 'faq', 'cta'],
  page: {
    id: 'services', title: 'Services', blocks: ['services', 'faq', 'cta'],
    heading: 'Our services', text: 'What {name} offers.',
    seo: 'Services from {name}{inPlace}.',
  },
  seo: '{name} is {aDescriptor}{inPlace}.',
  starterPrompt: 'Main Street Tailoring in Savannah: alterations, custom suits and wedding dress fittings. Elegant and warm.',
};
