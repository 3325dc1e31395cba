import type { IndustryProfile } from './types.ts';

// The fallback when no industry matches: a clean, honest small-business site that works for anything.

export const general: IndustryProfile = {
  id: 'general',
  label: 'Small business',
  noun: 'small business',
  nameNoun: 'Co.',
  nameIdeas: ['Main Street', 'Cornerstone', 'Bright Path', 'Harbor', 'Northside'],
  keywords: [],
  look: {
    colors: { primary: '#2459c9', secondary: '#0f172a', accent: '#f59e0b', background: '#ffffff', surface: '#f5f7fa', text: '#111827', muted: '#525c6b' },
    heading: 'geometric', body: 'system-ui', radius: 'md', density: 'comfortable', typeScale: 1.25, headingWeight: 700, hero: 'split', servicesVariant: 'cards',
  },
  action: { label: 'Get in touch', target: 'contact' },
  tagline: 'Friendly, reliable service you can count on',
  hero: {
    heading: 'Good work, done with care',
    text: '{name} is {aDescriptor}{inPlace} that puts people first: friendly service, fair prices and work we are proud of.',
  },
  services: {
    heading: 'What we offer',
    intro: 'Here is how {name} can help.',
    items: [
      { title: 'Personal service', text: 'You deal with real people who know your name and listen to what you need.', icon: 'heart' },
      { title: 'Quality you can trust', text: 'Careful work and honest advice, every time.', icon: 'shield' },
      { title: 'Fair, clear prices', text: 'No hidden fees — you know the price before we start.', icon: 'check' },
      { title: 'Quick replies', text: 'We answer messages within one business day.', icon: 'clock' },
    ],
    customText: ['{item} from {name}.', '{item}, done with care.', 'Ask us about {item}.'],
  },
  process: {
    heading: 'How it works',
    intro: 'Getting started is simple.',
    steps: [
      { title: 'Get in touch', text: 'Send a message or call and tell us what you need.' },
      { title: 'Agree the details', text: 'We suggest the best option and a clear price.' },
      { title: 'Enjoy the result', text: 'We deliver on time and follow up to make sure you are happy.' },
    ],
  },
  about: {
    story: [
      '{name} is {aDescriptor}{inPlace} built on a simple idea: do good work, treat people well and keep our promises.',
      'We are a small team, so you always deal with someone who knows your name and cares about getting it right.',
      'Thank you for supporting an independent business — we look forward to meeting you.',
    ],
    values: [
      { title: 'Care', text: 'We treat every customer like a neighbour.' },
      { title: 'Craft', text: 'We take the time to do things properly.' },
      { title: 'Honesty', text: 'Clear prices and straight answers.' },
    ],
    ownerRole: 'Founder',
  },
  testimonials: [
    { quote: 'Friendly, fast and exactly what we asked for. We will be back.', author: 'Jordan P.', detail: 'Customer' },
    { quote: '{name} went above and beyond. Highly recommended.', author: 'Casey L.', detail: 'Customer' },
    { quote: 'Great value and a real pleasure to deal with.', author: 'Morgan T.', detail: 'Customer' },
  ],
  faq: [
    { question: 'How do I get started?', answer: 'Send us a message through the contact page and we will reply within one business day.' },
    { question: 'What does it cost?', answer: 'It depends on what you need — ask us and we will give you a clear price upfront.' },
    { question: 'Where are you based?', answer: '{place|Get in touch and we will tell you where to find us}.' },
  ],
  cta: { heading: 'Let’s talk', text: 'Tell {name} what you need — we will get back to you within one business day.' },
  contact: {
    heading: 'Get in touch',
    intro: 'Send us a message and we will reply within one business day.',
    submitLabel: 'Send message',
  },
  home: ['services', 'stats', 'process', 'testimonials', 'cta'],
  page: {
    id: 'services', title: 'Services', blocks: ['services', 'process', 'faq', 'cta'],
    heading: 'Our services', text: 'What {name} offers, and how it works.',
    seo: 'Services from {name}{inPlace}: friendly, reliable work with clear prices. Get in touch to get started.',
  },
  seo: '{name} is {aDescriptor}{inPlace} offering friendly, reliable service with clear prices. Get in touch today.',
  starterPrompt: 'Main Street Tailoring in Savannah: alterations, custom suits and wedding dress fittings. Elegant and warm.',
};
