import { formWith, PHONE_FIELD, textareaField } from './form-fields.ts';
import type { IndustryProfile } from './types.ts';

// Plants and gardens: garden centres, nurseries, plant shops and plant-care consultants.

export const plants: IndustryProfile = {
  id: 'plants',
  label: 'Plants & garden',
  noun: 'plant shop',
  nouns: [[/garden cent(?:er|re)/i, 'garden center'], [/nurser(?:y|ies)/i, 'plant nursery'], [/plant (?:consult\w*|service|care)/i, 'plant care service'], [/landscap/i, 'landscaping company'], [/florist|flower shop/i, 'florist']],
  nameNoun: 'Plant Co.',
  keywords: [['plants?', 3], ['garden(?:s|ing|ers?)?', 3], ['nurser(?:y|ies)', 3], ['perennials?|shrubs?|succulents?|houseplants?|seedlings?|trees?|bulbs?', 2], ['landscap(?:e|ing|ers?)', 2], ['potting|soil|compost', 2], ['greenhouses?', 3], ['botanical', 2], ['flowers?|florists?|bouquets?', 1]],
  look: {
    colors: { primary: '#2f6b3b', secondary: '#8a6f4d', accent: '#c7a34b', background: '#fbfbf6', surface: '#edf2e5', text: '#1d2a1f', muted: '#566353' },
    heading: 'lora', body: 'work-sans', radius: 'lg', density: 'comfortable', typeScale: 1.25, headingWeight: 600, hero: 'split', servicesVariant: 'cards',
  },
  action: { label: 'Get plant advice', target: 'contact' },
  tagline: 'Healthy plants and expert advice to help them thrive',
  hero: {
    heading: 'Plants that thrive where you live',
    text: '{name} is {aDescriptor}{inPlace} offering {offer|healthy plants}, friendly advice and everything you need to help them thrive.',
  },
  services: {
    heading: 'How we can help',
    intro: 'From choosing the right plant to keeping it happy, {name} is with you at every step.',
    items: [
      { title: 'Plant consultations', text: 'We visit your space, check the light and recommend plants that will actually thrive there.', detail: 'from {c}75', icon: 'chat', match: /consult|advice|guidance|choose/i },
      { title: 'Indoor plants', text: 'Easy-care and statement houseplants for homes and offices, hand-picked for your light.', detail: 'from {c}12', icon: 'leaf', match: /indoor|houseplants?|apartments?|small spaces?/i },
      { title: 'Plant care plans', text: 'Watering, repotting and health checks on a schedule that suits you.', detail: 'from {c}40 / month', icon: 'heart', match: /care|repot|maintenance|watering/i },
      { title: 'Repotting & plant doctor', text: 'Bring in a struggling plant; we diagnose it, repot it and tell you what it needs.', detail: 'from {c}15', icon: 'tool', match: /repot|doctor|pests?|sick|struggling/i },
      { title: 'Workshops', text: 'Hands-on weekend sessions on propagation, potting and seasonal care.', detail: 'from {c}35', icon: 'star', match: /workshops?|classes?/i },
      { title: 'Perennials', text: 'Hardy perennials that come back stronger every year.', detail: 'from {c}9', icon: 'sparkle', match: /perennials?/i, isSpecific: true },
      { title: 'Native shrubs', text: 'Native shrubs suited to local soil and wildlife.', detail: 'from {c}24', icon: 'leaf', match: /native|shrubs?/i, isSpecific: true },
      { title: 'Fruit trees', text: 'Apples, pears, plums and figs, with advice on planting and pruning.', detail: 'from {c}45', icon: 'home', match: /fruit trees?|trees?/i, isSpecific: true },
      { title: 'Potting soil & supplies', text: 'Peat-free compost, pots, feeds and tools for every kind of gardener.', detail: 'from {c}8', icon: 'check', match: /potting|soil|compost|supplies|tools/i, isSpecific: true },
    ],
    customText: ['Healthy {item}, chosen for {place|local} conditions.', '{item} from {name}, with advice on how to grow them.', 'Ask our team about {item}.'],
  },
  process: {
    heading: 'How a consultation works',
    intro: 'Simple, friendly and tailored to your space.',
    steps: [
      { title: 'Tell us about your space', text: 'Light, size, pets, and how much time you have for plant care.' },
      { title: 'Get a plant plan', text: 'We recommend the right plants, pots and placement — and explain why.' },
      { title: 'Grow with support', text: 'Care guides, check-ins and help whenever a leaf looks worried.' },
    ],
  },
  about: {
    story: [
      '{name} grew out of a simple belief: with the right plant in the right place and a little help, anyone can grow a green home.',
      'We choose every plant for health and suitability, and we share what we know freely — no question is too small, no brown leaf too embarrassing.',
      'Whether you are filling a small apartment or planting a whole garden{inPlace}, we will help you create green spaces that thrive.',
    ],
    values: [
      { title: 'Right plant, right place', text: 'Advice based on your light, space and lifestyle.' },
      { title: 'Healthy stock', text: 'Every plant checked for health before it leaves us.' },
      { title: 'Grow sustainably', text: 'Peat-free soils, local growers and recyclable pots.' },
    ],
    ownerRole: 'Founder & plant specialist',
  },
  testimonials: [
    { quote: 'I used to kill every plant I bought. Thanks to {name}, my apartment is now a jungle.', author: 'Lucy M.', detail: 'Apartment plant parent' },
    { quote: 'The consultation was worth every penny — every plant they recommended is thriving.', author: 'Andre W.', detail: 'Home consultation' },
    { quote: 'Friendly, knowledgeable and the healthiest plants{inPlace}.', author: 'Grace O.', detail: 'Regular customer' },
  ],
  faq: [
    { question: 'I have very little light. Can I still have plants?', answer: 'Yes! Several tough, beautiful plants are happy in low light. Ask us and we will show you.' },
    { question: 'Do you offer consultations at home or at the office?', answer: 'We do — we visit, assess the light and space, and leave you with a plan.' },
    { question: 'Are your plants safe for pets?', answer: 'Many are. Tell us about your pets and we will recommend pet-safe options.' },
    { question: 'Can you help with a sick plant?', answer: 'Bring it in or send us a photo; we will diagnose the problem and suggest a fix.' },
  ],
  cta: { heading: 'Let’s get growing', text: 'Tell {name} about your space and we will help you choose plants that thrive.' },
  contact: {
    heading: 'Ask us anything about plants',
    intro: 'Book a consultation or ask a question — we reply within one working day.',
    submitLabel: 'Send message',
    fields: formWith([PHONE_FIELD, { name: 'service', label: 'I am interested in', kind: 'select', required: false, options: [] }], textareaField('Tell us about your space or question')),
  },
  home: ['services', 'stats', 'testimonials', 'cta'],
  page: {
    id: 'services', title: 'Services', blocks: ['services', 'process', 'faq', 'cta'],
    heading: 'Plants, care and advice', text: 'Everything {name} offers to help your plants thrive.',
    seo: 'Plant services at {name}{inPlace}: consultations, indoor plants, care plans and workshops to help your plants thrive.',
  },
  seo: '{name} is {aDescriptor}{inPlace} with healthy plants and expert advice to help them thrive. Ask us anything about plants.',
  starterPrompt: 'Fern & Frond is an indoor plant shop in Chicago with houseplants, pots, repotting service and monthly workshops. Fresh, modern, green and white.',
};
