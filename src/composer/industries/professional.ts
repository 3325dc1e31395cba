import { formWith, PHONE_FIELD, textareaField } from './form-fields.ts';
import type { IndustryProfile } from './types.ts';

// Professional services: law firms, accountants and consultants. Restrained, trustworthy, advice-led.

export const law: IndustryProfile = {
  id: 'law',
  label: 'Law firm',
  noun: 'law firm',
  nouns: [[/law office/i, 'law office'], [/law practice/i, 'law practice']],
  nameNoun: 'Law',
  keywords: [['law(?:yers?)?', 3], ['attorneys?|solicitors?|barristers?|counsel', 4], ['legal', 3], ['litigation|lawsuits?', 3], ['contracts?|disputes?', 1], ['employment law|family law|estate planning|immigration|personal injury|wills?|probate|divorce', 3]],
  look: {
    colors: { primary: '#1e3a5f', secondary: '#7a5c2e', accent: '#b08d57', background: '#ffffff', surface: '#f5f3ef', text: '#1a1f29', muted: '#545b68' },
    heading: 'libre-baskerville', body: 'source-sans-3', radius: 'none', density: 'comfortable', typeScale: 1.2, headingWeight: 600, hero: 'split', servicesVariant: 'cards',
  },
  action: { label: 'Request a consultation', target: 'contact' },
  tagline: 'Clear legal advice, firmly on your side',
  hero: {
    heading: 'Clear advice. Firm representation.',
    text: '{name} is {aDescriptor}{inPlace} helping {audience|individuals and businesses} resolve legal problems with practical, plain-English advice.',
  },
  services: {
    heading: 'Practice areas',
    intro: 'Focused expertise where our clients need it most.',
    items: [
      { title: 'Employment law', text: 'Contracts, policies, disputes and dismissals — advice that protects your business and your people.', icon: 'shield', match: /employ|workplace|wrongful|discriminat|\bhr\b/i, isSpecific: true },
      { title: 'Contract disputes', text: 'Clear-eyed advice and firm representation when an agreement breaks down.', icon: 'check', match: /contracts?|disputes?|breach/i, isSpecific: true },
      { title: 'Business formation', text: 'The right structure, agreements and paperwork from day one.', icon: 'home', match: /formation|incorporat|startups?|llc|company/i, isSpecific: true },
      { title: 'Commercial litigation', text: 'Strategic representation in negotiation, mediation and court.', icon: 'chart', match: /litigation|court|lawsuits?|trial/i, isSpecific: true },
      { title: 'Estate planning', text: 'Wills, trusts and powers of attorney to protect the people you love.', icon: 'heart', match: /estate|wills?|trusts?|probate/i, isSpecific: true },
      { title: 'Family law', text: 'Sensitive guidance through divorce, custody and separation.', icon: 'heart', match: /family law|divorce|custody/i, isSpecific: true },
      { title: 'Immigration', text: 'Visas, residency and citizenship applications handled with care.', icon: 'star', match: /immigra|visas?|citizenship/i, isSpecific: true },
    ],
    customText: ['Practical advice on {item} from {name}.', 'We advise and represent clients on {item}.', '{item}: clear options, clear fees.'],
  },
  process: {
    heading: 'How we work',
    intro: 'Straightforward from the first call.',
    steps: [
      { title: 'Initial consultation', text: 'Tell us what happened; we listen, ask the right questions and explain where you stand.' },
      { title: 'Clear plan and fees', text: 'You receive written advice on your options and a transparent estimate of costs.' },
      { title: 'Resolution', text: 'We negotiate, draft or litigate — and keep you informed at every step.' },
    ],
  },
  about: {
    story: [
      '{name} is {aDescriptor}{inPlace} founded on a simple principle: clients deserve clear advice, honest fees and a lawyer who returns their calls.',
      'We focus on a small number of practice areas so that we know them deeply. Every matter is handled by an experienced lawyer, not passed down the line.',
      'Whether you need advice before signing or representation in a dispute, we will tell you plainly what we think and what it will cost.',
    ],
    values: [
      { title: 'Plain English', text: 'Advice you can understand and act on — no jargon.' },
      { title: 'Transparent fees', text: 'Estimates in writing, and no surprises on the invoice.' },
      { title: 'Responsive', text: 'We reply within one business day, every time.' },
    ],
    ownerRole: 'Founding partner',
  },
  testimonials: [
    { quote: '{name} resolved a contract dispute that had dragged on for months, and kept costs exactly where they said they would.', author: 'Michael D.', detail: 'Business owner' },
    { quote: 'Calm, clear and always available. I never felt left in the dark.', author: 'Sarah L.', detail: 'Employment matter' },
    { quote: 'Practical advice that saved us from a very expensive mistake.', author: 'Anthony G.', detail: 'Small business client' },
  ],
  faq: [
    { question: 'How much does a first consultation cost?', answer: 'Contact us for our current consultation fee; we will tell you upfront before we meet.' },
    { question: 'How are your fees structured?', answer: 'Depending on the matter, we work at hourly rates or fixed fees. You always receive a written estimate first.' },
    { question: 'Do you take clients outside {city|our city}?', answer: 'Yes — we can advise remotely on many matters. Ask us about your situation.' },
    { question: 'Is what I tell you confidential?', answer: 'Yes. Everything you share with us is protected by legal professional privilege.' },
  ],
  cta: { heading: 'Talk to a lawyer', text: 'Tell {name} about your situation and we will explain your options.' },
  contact: {
    heading: 'Request a consultation',
    intro: 'Briefly describe your matter; a lawyer will reply within one business day. Please do not send confidential documents through this form.',
    submitLabel: 'Request consultation',
    fields: formWith([PHONE_FIELD, { name: 'company', label: 'Company (if any)', kind: 'text', required: false }], textareaField('How can we help?')),
  },
  home: ['services', 'process', 'testimonials', 'cta'],
  page: {
    id: 'practice-areas', title: 'Practice areas', blocks: ['services', 'process', 'faq', 'cta'],
    heading: 'Practice areas', text: 'Where {name} can help.',
    seo: 'Practice areas of {name}{inPlace}: employment law, contract disputes, business formation and litigation. Request a consultation.',
  },
  seo: '{name} is {aDescriptor}{inPlace} giving clear, practical legal advice to {audience|individuals and businesses}. Request a consultation.',
  starterPrompt: 'Meridian Law, a small law firm in Philadelphia handling employment law, contract disputes and business formation for startups. Formal and serious, navy and gold.',
};

export const accounting: IndustryProfile = {
  id: 'accounting',
  label: 'Accounting & bookkeeping',
  noun: 'accounting firm',
  nouns: [[/bookkeeping (?:service|firm|business)/i, 'bookkeeping service'], [/\bcpa\b/i, 'CPA firm']],
  nameNoun: 'Accounting',
  keywords: [['accountants?|accounting|accountancy', 4], ['bookkeep(?:ing|ers?)', 4], ['payroll', 3], ['tax(?:es)?|tax preparation|tax returns?', 2], ['cpa', 4], ['audits?|financial statements?', 2], ['invoic(?:e|es|ing)|vat', 1]],
  look: {
    colors: { primary: '#1d4e89', secondary: '#0f766e', accent: '#f2b134', background: '#ffffff', surface: '#f3f6fa', text: '#14213d', muted: '#52607a' },
    heading: 'inter', body: 'inter', radius: 'sm', density: 'comfortable', typeScale: 1.2, headingWeight: 700, hero: 'split', servicesVariant: 'cards',
  },
  action: { label: 'Book a call', target: 'contact' },
  tagline: 'Your accounts and tax, handled',
  hero: {
    heading: 'Your numbers, handled',
    text: '{name} takes care of {offer|bookkeeping, payroll and tax} for {audience|small businesses}{inPlace}, so you can get back to the work you love.',
  },
  services: {
    heading: 'Services',
    intro: 'Pick what you need — {name} makes the rest simple.',
    items: [
      { title: 'Bookkeeping', text: 'Monthly reconciliations, tidy books and reports you can actually read.', detail: 'from {c}149 / month', icon: 'check', match: /bookkeep|books|reconcil/i },
      { title: 'Payroll', text: 'Accurate, on-time payroll with payslips, filings and year-end forms.', detail: 'from {c}49 / month', icon: 'clock', match: /payroll|wages|salar/i, isSpecific: true },
      { title: 'Tax preparation', text: 'Personal and business returns prepared carefully and filed on time.', detail: 'from {c}450', icon: 'shield', match: /tax/i },
      { title: 'Year-end accounts', text: 'Financial statements and year-end filings without the last-minute rush.', detail: 'Fixed fee', icon: 'chart', match: /year-?end|financial statements|annual accounts/i },
      { title: 'Advisory', text: 'Cash-flow forecasts, budgets and a second pair of eyes on big decisions.', detail: 'Hourly or monthly', icon: 'chat', match: /advis|cash ?flow|forecast|budget|cfo/i },
      { title: 'Software setup', text: 'We set up and connect your accounting software, bank feeds and receipts.', detail: 'One-off fee', icon: 'tool', match: /xero|quickbooks|software|setup/i, isSpecific: true },
    ],
    customText: ['{item}, handled accurately by {name}.', '{item} with clear, fixed monthly fees.', 'Ask us about {item}.'],
  },
  pricing: {
    heading: 'Simple monthly pricing',
    intro: 'Fixed fees agreed upfront. No surprise invoices.',
    note: 'Prices exclude tax. Final fees depend on transaction volume; we confirm in writing after a short call.',
    plans: [
      { name: 'Essentials', price: '{c}149', period: 'per month', description: 'For freelancers and sole traders.', features: ['Monthly bookkeeping', 'Quarterly check-in', 'Annual tax return'] },
      { name: 'Growth', price: '{c}349', period: 'per month', description: 'For growing small businesses.', features: ['Everything in Essentials', 'Payroll for up to 10 people', 'Monthly management reports', 'Priority support'], isFeatured: true },
      { name: 'Tax only', price: '{c}450', period: 'per year', description: 'Just your annual return, done right.', features: ['Personal or business return', 'Deadline reminders', 'Filing included'] },
    ],
  },
  about: {
    story: [
      '{name} is {aDescriptor}{inPlace} that helps {audience|small businesses and freelancers} stay on top of their numbers without the stress.',
      'We combine careful, qualified accountants with modern cloud software, so your books are always current and you can reach us when you need us.',
      'Clear fees, plain answers and no jargon: that is the {name} promise.',
    ],
    values: [
      { title: 'Accuracy', text: 'Careful work, double-checked, filed on time.' },
      { title: 'Clarity', text: 'Reports and advice in plain language.' },
      { title: 'Fixed fees', text: 'You know the price before we start.' },
    ],
    ownerRole: 'Founder & accountant',
  },
  testimonials: [
    { quote: 'Since moving to {name} I have not thought about my books once — and my tax return was filed early.', author: 'Jessica W.', detail: 'Freelance designer' },
    { quote: 'Payroll used to take me a day a month. Now it just happens.', author: 'Paul N.', detail: 'Café owner' },
    { quote: 'Friendly, fast and they explain things in a way that makes sense.', author: 'Ines R.', detail: 'Small business owner' },
  ],
  faq: [
    { question: 'Do you work with freelancers?', answer: 'Yes — freelancers and sole traders are a big part of our client list.' },
    { question: 'Which software do you use?', answer: 'We work with the major cloud accounting platforms and can help you choose or switch.' },
    { question: 'Can you take over from my current accountant?', answer: 'Yes. We handle the handover and request everything we need.' },
    { question: 'Do you work remotely?', answer: 'We do. Most clients never need to visit the office, though you are always welcome.' },
  ],
  cta: { heading: 'Let’s sort your books', text: 'Book a short call with {name} and get a fixed-fee quote.' },
  contact: {
    heading: 'Book a call',
    intro: 'Tell us a little about your business and what you need; we reply within one business day.',
    submitLabel: 'Request a call',
    fields: formWith([PHONE_FIELD, { name: 'business', label: 'Business type', kind: 'text', required: false }], textareaField('What do you need help with?')),
  },
  home: ['services', 'testimonials', 'cta'],
  page: {
    id: 'services', title: 'Services & pricing', blocks: ['services', 'pricing', 'faq', 'cta'],
    heading: 'Services & pricing', text: 'Bookkeeping, payroll and tax from {name}, with fixed monthly fees.',
    seo: 'Services and pricing at {name}: bookkeeping, payroll and tax preparation for {audience|small businesses} with fixed monthly fees.',
  },
  seo: '{name} is {aDescriptor}{inPlace}: bookkeeping, payroll and tax preparation for {audience|small businesses}, with fixed fees.',
  starterPrompt: 'Clear Books is a bookkeeping and tax firm in Manchester for freelancers and small businesses: bookkeeping, payroll, VAT returns and year-end accounts. Professional, modern, green.',
};

export const consulting: IndustryProfile = {
  id: 'consulting',
  label: 'Consulting',
  noun: 'consultancy',
  nouns: [[/(?:life|executive|career|business) coach(?:ing)?/i, 'coaching practice']],
  nameNoun: 'Consulting',
  keywords: [['consult(?:ing|ants?|ancy|ations?)', 3], ['strateg(?:y|ic)', 2], ['advis(?:ory|ors?|ers?)', 2], ['coach(?:ing|es)?', 2], ['management', 1], ['operations', 1]],
  look: {
    colors: { primary: '#0f4c5c', secondary: '#b4490f', accent: '#fb8b24', background: '#ffffff', surface: '#f2f6f7', text: '#102a30', muted: '#52666c' },
    heading: 'montserrat', body: 'inter', radius: 'sm', density: 'comfortable', typeScale: 1.25, headingWeight: 700, hero: 'split', servicesVariant: 'cards',
  },
  action: { label: 'Book a discovery call', target: 'contact' },
  tagline: 'Practical advice that moves your business forward',
  hero: {
    heading: 'Clarity for your next big decision',
    text: '{name} helps {audience|organisations}{inPlace} solve hard problems with clear thinking, honest advice and hands-on support.',
  },
  services: {
    heading: 'How we help',
    intro: 'Focused engagements with clear outcomes.',
    items: [
      { title: 'Strategy', text: 'Where to play, how to win and what to stop doing — turned into a plan people follow.', detail: '4–8 weeks', icon: 'chart', match: /strateg/i },
      { title: 'Operations', text: 'Simpler processes, clearer roles and fewer bottlenecks.', detail: 'Project or retainer', icon: 'tool', match: /operation|process|efficien/i },
      { title: 'Workshops', text: 'Facilitated sessions that get your team aligned and moving.', detail: 'Half or full day', icon: 'chat', match: /workshops?|training|facilitat/i },
      { title: 'Coaching', text: 'One-to-one support for founders and leaders facing big decisions.', detail: 'Monthly', icon: 'heart', match: /coach|mentor|leader/i },
      { title: 'Research & analysis', text: 'Market, customer and competitor insight you can act on.', detail: 'Fixed scope', icon: 'star', match: /research|analys|market/i },
      { title: 'Ongoing advisory', text: 'A trusted sounding board on retainer, when you need it.', detail: 'Retainer', icon: 'shield', match: /advis|retainer/i },
    ],
    customText: ['{item}, tailored to your situation by {name}.', 'Practical support with {item}.', '{item}: clear scope, clear outcomes.'],
  },
  process: {
    heading: 'How an engagement works',
    intro: 'Simple, transparent and focused on results.',
    steps: [
      { title: 'Discovery call', text: 'A 30-minute conversation about where you are and where you want to be.' },
      { title: 'Proposal', text: 'A short written plan with scope, timeline and a fixed fee.' },
      { title: 'Delivery', text: 'We work alongside your team and hand over everything you need to keep going.' },
    ],
  },
  about: {
    story: [
      '{name} is {aDescriptor}{inPlace} for {audience|leaders} who want practical advice, not thick reports that sit on a shelf.',
      'We work closely with a small number of clients at a time, bringing experience from many industries and a habit of asking the questions no one else will.',
      'Our measure of success is simple: you are clearer, faster and more confident when we leave.',
    ],
    values: [
      { title: 'Practical', text: 'Advice you can act on next Monday morning.' },
      { title: 'Honest', text: 'We tell you what we see, even when it is uncomfortable.' },
      { title: 'Partnership', text: 'We work with your team, not around it.' },
    ],
    ownerRole: 'Principal consultant',
  },
  testimonials: [
    { quote: '{name} helped us see what really mattered and cut our roadmap in half. Best decision we made all year.', author: 'Karen H.', detail: 'Founder' },
    { quote: 'Sharp, practical and genuinely invested in our success.', author: 'Victor M.', detail: 'Operations director' },
    { quote: 'The workshop got our leadership team aligned in a single day.', author: 'Leah S.', detail: 'CEO' },
  ],
  faq: [
    { question: 'What size of organisation do you work with?', answer: 'Mostly small and mid-sized organisations, from founders to leadership teams.' },
    { question: 'How do you charge?', answer: 'Fixed fees for defined projects and monthly retainers for ongoing advice. Always agreed upfront.' },
    { question: 'Do you work remotely?', answer: 'Yes, and in person when it helps{inPlace}.' },
    { question: 'How soon can we start?', answer: 'Usually within two weeks of agreeing a proposal.' },
  ],
  cta: { heading: 'Let’s talk', text: 'Book a discovery call with {name} and leave with at least one useful idea.' },
  contact: {
    heading: 'Book a discovery call',
    intro: 'Tell us about your organisation and the challenge you are facing.',
    submitLabel: 'Request a call',
    fields: formWith([{ name: 'company', label: 'Organisation', kind: 'text', required: false }], textareaField('What would you like help with?')),
  },
  home: ['services', 'process', 'testimonials', 'cta'],
  page: {
    id: 'services', title: 'Services', blocks: ['services', 'process', 'faq', 'cta'],
    heading: 'Services', text: 'Strategy, operations and coaching from {name}.',
    seo: 'Consulting services from {name}{inPlace}: strategy, operations, workshops and coaching with fixed fees and clear outcomes.',
  },
  seo: '{name} is {aDescriptor}{inPlace} helping {audience|organisations} with strategy, operations and leadership. Book a discovery call.',
  starterPrompt: 'Northstar Consulting helps nonprofits and social enterprises with strategy, fundraising plans and leadership coaching, based in Edinburgh. Professional and warm.',
};
