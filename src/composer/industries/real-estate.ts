import { formWith, PHONE_FIELD, textareaField } from './form-fields.ts';
import type { IndustryProfile } from './types.ts';

// Real estate: agents and brokerages helping people buy, sell and rent homes.

export const realEstate: IndustryProfile = {
  id: 'realestate',
  label: 'Real estate',
  noun: 'real estate agency',
  nouns: [[/property management/i, 'property management company'], [/realtor/i, 'realtor']],
  nameNoun: 'Realty',
  keywords: [['real estate|realty|realtors?|estate agen(?:ts?|cy)|brokerage', 4], ['homes?|houses?|properties|property', 2], ['buyers?|sellers?|buying|selling', 1], ['listings?', 2], ['mortgages?', 1], ['apartments?|condos?', 1], ['rentals?|lettings?', 2]],
  look: {
    colors: { primary: '#1f4e5f', secondary: '#a9764f', accent: '#e9c46a', background: '#ffffff', surface: '#f6f3ee', text: '#1c2529', muted: '#56626a' },
    heading: 'source-serif-4', body: 'source-sans-3', radius: 'md', density: 'comfortable', typeScale: 1.25, headingWeight: 600, hero: 'overlay', servicesVariant: 'cards',
  },
  action: { label: 'Book a consultation', target: 'contact' },
  tagline: 'Local experts for buying and selling your home',
  hero: {
    heading: 'Find your place{inPlace}',
    text: '{name} helps {audience|buyers and sellers} move with confidence — with local knowledge, honest advice and someone on your side from first viewing to keys.',
  },
  services: {
    heading: 'How we help',
    intro: 'Buying, selling or just exploring — {name} makes it simpler.',
    items: [
      { title: 'First-time buyers', text: 'We explain every step, from budgets and mortgages to offers and inspections.', icon: 'home', match: /first-?time|buy(?:ers?|ing)|purchase/i },
      { title: 'Selling your home', text: 'Pricing, staging, photography and negotiation to get you the best result.', icon: 'chart', match: /sell(?:ers?|ing)?|list(?:ing)? your/i },
      { title: 'Free consultations', text: 'A no-pressure conversation about your goals, timing and budget.', detail: 'No obligation', icon: 'chat', match: /consultations?/i, isSpecific: true },
      { title: 'Market reports', text: 'Clear, local data on prices and trends, so you can time your move well.', icon: 'star', match: /market reports?|market|valuations?|apprais/i },
      { title: 'Home valuations', text: 'An honest estimate of what your home is worth today.', icon: 'check', match: /valuations?|apprais|worth/i },
      { title: 'Relocation help', text: 'Moving to the area? We show you the neighbourhoods before you choose.', icon: 'heart', match: /relocat|moving to|new to/i },
      { title: 'Rentals', text: 'Finding tenants, or the right rental for you.', icon: 'shield', match: /rent(?:al|als|ing)|letting|tenants?|property management/i, isSpecific: true },
    ],
    customText: ['{item}, with local expertise from {name}.', 'Ask {name} about {item}.', '{item} — clear advice, no pressure.'],
  },
  process: {
    heading: 'Buying with us',
    intro: 'Four clear steps from first call to keys.',
    steps: [
      { title: 'Consultation', text: 'We talk about your needs, budget and timeline.' },
      { title: 'Search & viewings', text: 'We shortlist homes that fit and go to viewings with you.' },
      { title: 'Offer & negotiation', text: 'We advise on price and negotiate firmly for you.' },
      { title: 'Closing', text: 'We coordinate inspections, paperwork and the big day.' },
    ],
  },
  about: {
    story: [
      '{name} is {aDescriptor}{inPlace} built on local knowledge and straight talk.',
      'We know the streets, the schools and the market, and we tell you what we really think — even when it is not what you hoped to hear. That honesty is why so many clients come back and send their friends.',
      'Whether it is your first home or your fifth, we will be with you every step of the way.',
    ],
    values: [
      { title: 'Local knowledge', text: 'We live here, and we know the market street by street.' },
      { title: 'Honest advice', text: 'Straight answers on price, condition and timing.' },
      { title: 'Always reachable', text: 'Calls and messages answered the same day.' },
    ],
    ownerRole: 'Broker & founder',
  },
  testimonials: [
    { quote: 'As first-time buyers we had a hundred questions. {name} answered every one, patiently.', author: 'Tyler & Jen M.', detail: 'First-time buyers' },
    { quote: 'They priced our house right and we had three offers in the first week.', author: 'Diane F.', detail: 'Seller' },
    { quote: 'The market report helped us wait for the right moment. Great advice.', author: 'Chris K.', detail: 'Buyer' },
  ],
  faq: [
    { question: 'How much can I afford?', answer: 'We will help you work out a comfortable budget and introduce you to trusted mortgage advisers.' },
    { question: 'How is my home’s value estimated?', answer: 'We look at recent sales nearby, your home’s condition and the current market, and explain our reasoning.' },
    { question: 'How long does buying take?', answer: 'Typically one to three months from accepted offer to closing, depending on financing.' },
    { question: 'Which areas do you cover?', answer: '{place|The city} and the surrounding neighbourhoods. Ask us about anywhere nearby.' },
  ],
  cta: { heading: 'Thinking about moving?', text: 'Book a consultation with {name} and get honest, local advice.' },
  contact: {
    heading: 'Book a consultation',
    intro: 'Tell us whether you are buying, selling or both, and we will be in touch within a day.',
    submitLabel: 'Request consultation',
    fields: formWith([PHONE_FIELD, { name: 'interest', label: 'I am', kind: 'select', required: false, options: ['Buying', 'Selling', 'Buying and selling', 'Renting', 'Just exploring'] }], textareaField('Tell us about your plans')),
  },
  home: ['services', 'process', 'testimonials', 'cta'],
  page: {
    id: 'buy-and-sell', title: 'Buy & sell', linkLabel: 'How we help', blocks: ['services', 'process', 'faq', 'cta'],
    heading: 'Buying and selling with {name}', text: 'Local expertise and honest advice at every step.',
    seo: 'Buy or sell a home with {name}{inPlace}: first-time buyer guidance, home valuations, market reports and expert negotiation.',
  },
  seo: '{name} is {aDescriptor}{inPlace} helping {audience|buyers and sellers} with local expertise and honest advice. Book a consultation.',
  starterPrompt: 'Harbor Realty is a family-run real estate agency in Charleston helping buyers and sellers, with free home valuations. Warm, professional, navy and sand.',
};
