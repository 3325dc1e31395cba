import { formWith, textareaField } from './form-fields.ts';
import type { IndustryProfile } from './types.ts';

// Digital businesses: software products (SaaS) and design or marketing agencies.

export const saas: IndustryProfile = {
  id: 'saas',
  label: 'Software (SaaS)',
  noun: 'software platform',
  nouns: [[/analytics/i, 'analytics platform'], [/\bapp\b/i, 'app'], [/\btool\b/i, 'software tool']],
  nameNoun: 'Labs',
  keywords: [['saas', 4], ['software|platform|apps?', 2], ['analytics|dashboards?|metrics', 3], ['apis?|integrations?', 2], ['startups?', 1], ['tools?', 1], ['automat(?:e|ion|ed|es)', 2], ['subscriptions?', 1], ['funnels?|conversions?', 2], ['b2b', 2], ['cloud', 2], ['ai|ai-powered|machine learning|artificial intelligence|assistant', 2]],
  // Dashboards and funnels are an analytics product's, not every software product's.
  particulars: [[/dashboards?|funnels?|analytics|growth|checkout|insights/i, /dashboard|funnel|analytic|metric|insight|growth|report/i]],
  look: {
    colors: { primary: '#4f46e5', secondary: '#0f172a', accent: '#06b6d4', background: '#ffffff', surface: '#f5f7fb', text: '#0f172a', muted: '#535d70' },
    heading: 'inter', body: 'inter', radius: 'md', density: 'comfortable', typeScale: 1.25, headingWeight: 700, hero: 'split', servicesVariant: 'cards',
  },
  action: { label: 'Start free trial', target: 'page' },
  tagline: 'See what drives growth, and act on it',
  hero: {
    heading: 'Know exactly what drives your growth',
    text: '{name} is {aDescriptor} that helps {audience|teams} see what is working, fix what is not and grow with confidence.',
  },
  services: {
    heading: 'Everything you need to decide faster',
    intro: 'Set up in minutes. No data team required.',
    items: [
      { title: 'Real-time dashboards', text: 'Every key metric in one place, updated live, shareable with one link.', icon: 'chart', match: /dashboards?|real-?time|metrics|analytics|track/i },
      { title: 'Funnel analysis', text: 'See where visitors drop off between landing and checkout, and why.', icon: 'bolt', match: /funnels?|conversions?|checkout/i },
      { title: 'One-click integrations', text: 'Connect your store, payments and ad platforms without writing code.', icon: 'check', match: /integrat|shopify|stripe|\bapi\b|connect|e-?commerce/i },
      { title: 'Smart alerts', text: 'Get notified the moment a metric moves more than it should.', icon: 'clock', match: /alerts?|notif|anomal/i },
      { title: 'Built for teams', text: 'Shared views, comments and permissions for everyone who needs the numbers.', icon: 'chat', match: /teams?|collaborat|share/i },
      { title: 'Secure by design', text: 'Encryption in transit and at rest, single sign-on and granular access control.', icon: 'shield', match: /secur|privacy|gdpr|soc ?2|compliance/i },
    ],
    customText: ['{item}, built into {name}.', '{item} without extra setup.', '{name} makes {item} simple.'],
  },
  pricing: {
    heading: 'Pricing that grows with you',
    intro: 'Start free. Upgrade when you need more. Cancel anytime.',
    note: 'Prices exclude tax. Annual billing saves two months.',
    plans: [
      { name: 'Starter', price: 'Free', period: 'forever', description: 'For trying things out.', features: ['1 project', 'Core dashboards', '7-day data history', 'Community support'] },
      { name: 'Growth', price: '{c}49', period: 'per month', description: 'For growing teams.', features: ['5 projects', 'Funnel analysis', 'Unlimited history', 'All integrations', 'Email support'], isFeatured: true },
      { name: 'Scale', price: '{c}199', period: 'per month', description: 'For larger organisations.', features: ['Unlimited projects', 'Single sign-on', 'Custom alerts', 'Priority support'] },
    ],
  },
  process: {
    heading: 'Up and running in minutes',
    intro: 'No engineers needed.',
    steps: [
      { title: 'Connect your data', text: 'Pick your tools from the integrations list and sign in.' },
      { title: 'See your numbers', text: 'Dashboards fill in automatically — no setup, no spreadsheets.' },
      { title: 'Act with confidence', text: 'Spot the leaks, test a fix and watch the result in real time.' },
    ],
  },
  about: {
    story: [
      '{name} started because we were tired of guessing. Our own team spent more time wrangling spreadsheets than improving the product.',
      'So we built the tool we wanted: fast, simple analytics that anyone on the team can use, with no data engineering required.',
      'Today {name} helps {audience|teams} make better decisions every day — and we are just getting started.',
    ],
    values: [
      { title: 'Simple beats clever', text: 'If it needs a manual, we have not finished designing it.' },
      { title: 'Your data is yours', text: 'Private by default; we never sell or share it.' },
      { title: 'Ship and listen', text: 'We release improvements every week, guided by our customers.' },
    ],
    ownerRole: 'Co-founder & CEO',
  },
  testimonials: [
    { quote: 'We found a checkout bug in our first hour with {name}. It paid for itself that afternoon.', author: 'Priya N.', detail: 'Head of growth, online retailer' },
    { quote: 'Finally, analytics the whole team actually opens.', author: 'Marco B.', detail: 'E-commerce manager' },
    { quote: 'Setup took ten minutes. The insights keep coming.', author: 'Hannah J.', detail: 'Founder' },
  ],
  faq: [
    { question: 'Is there a free trial?', answer: 'Yes — start on the free Starter plan and try the Growth features before you pay for anything.' },
    { question: 'Which tools do you integrate with?', answer: 'The most popular e-commerce, payment and advertising platforms, with more added every month.' },
    { question: 'Is my data secure?', answer: 'Yes. Data is encrypted in transit and at rest, and you control who sees what.' },
    { question: 'Can I cancel anytime?', answer: 'Of course. Downgrade or cancel from your account settings in two clicks.' },
  ],
  cta: { heading: 'See your numbers clearly', text: 'Start with {name} for free today. No credit card, no setup call.' },
  contact: {
    heading: 'Talk to us',
    intro: 'Questions about plans, security or a demo for your team? We reply within one business day.',
    submitLabel: 'Send message',
    fields: formWith([{ name: 'company', label: 'Company', kind: 'text', required: false }]),
  },
  home: ['services', 'process', 'testimonials', 'cta'],
  page: {
    id: 'pricing', title: 'Pricing', blocks: ['pricing', 'faq', 'cta'],
    heading: '{name} pricing', text: 'Simple plans for every stage. Start free.',
    seo: '{name} pricing: a free Starter plan, Growth for teams and Scale for larger organisations. Start free, cancel anytime.',
  },
  seo: '{name} is {aDescriptor} that helps {audience|teams} see what drives growth: real-time dashboards, funnels and alerts. Start free.',
  starterPrompt: 'Loop is a SaaS tool that helps small support teams manage customer emails and chat in one shared inbox. Modern, friendly, purple.',
};

export const agency: IndustryProfile = {
  id: 'agency',
  label: 'Design & marketing agency',
  noun: 'design agency',
  nouns: [[/branding and web design agency/i, 'branding and web design agency'], [/marketing agency/i, 'marketing agency'], [/design studio|creative studio/i, 'design studio'], [/web design/i, 'web design agency']],
  nameNoun: 'Studio',
  keywords: [['agenc(?:y|ies)', 3], ['branding|brand identity|brand strategy', 3], ['web ?design|website design|web development|ux|ui', 3], ['design studio|creative studio', 3], ['graphic design|logos?', 2], ['marketing|seo|social media', 2], ['creative', 1]],
  look: {
    colors: { primary: '#e2461f', secondary: '#1b1b1b', accent: '#3a86ff', background: '#fffdf9', surface: '#f4f1ea', text: '#161616', muted: '#5c5853' },
    heading: 'montserrat', body: 'inter', radius: 'none', density: 'spacious', typeScale: 1.333, headingWeight: 800, hero: 'centered', servicesVariant: 'cards',
  },
  action: { label: 'Start a project', target: 'contact' },
  tagline: 'Brands and websites people remember',
  hero: {
    heading: 'Brands and websites with a point of view',
    text: '{name} is {aDescriptor}{inPlace} helping {audience|ambitious brands} look as good as they are.',
  },
  services: {
    heading: 'What we do',
    intro: 'Small team, senior people, work we are proud of.',
    items: [
      { title: 'Brand identity', text: 'Names, logos, type and colour systems that tell your story at a glance.', detail: 'from {c}6,000', icon: 'sparkle', match: /brand(?:ing)?|identity|logos?/i },
      { title: 'Web design', text: 'Fast, accessible websites that look great and convert.', detail: 'from {c}8,000', icon: 'star', match: /web ?design|websites?|web development|ux|ui/i },
      { title: 'Content & campaigns', text: 'Photography, copy and campaigns that give your brand a voice.', detail: 'Project or retainer', icon: 'chat', match: /content|campaigns?|copy|social/i },
      { title: 'Packaging', text: 'Packaging that stands out on the shelf and in the unboxing.', detail: 'from {c}4,000', icon: 'heart', match: /packaging|labels?/i, isSpecific: true },
      { title: 'Marketing & SEO', text: 'Strategy, search and paid media to get your work in front of the right people.', detail: 'Monthly retainer', icon: 'chart', match: /marketing|seo|ads|paid media/i },
      { title: 'Ongoing design support', text: 'A design team on call for everything after launch.', detail: 'Monthly retainer', icon: 'tool', match: /retainer|support|ongoing/i },
    ],
    customText: ['{item} from the {name} team.', '{item}, designed with care.', 'Talk to us about {item}.'],
  },
  gallery: {
    heading: 'Selected work',
    intro: 'A few recent projects. Ask us for the full case studies.',
    captions: ['Brand identity', 'Website design', 'Packaging system', 'Campaign visuals', 'Art direction', 'Social content'],
  },
  process: {
    heading: 'How we work',
    intro: 'A clear process, with you involved at every step.',
    steps: [
      { title: 'Discover', text: 'We learn your business, your audience and what makes you different.' },
      { title: 'Design', text: 'Concepts, feedback and refinement until it feels unmistakably you.' },
      { title: 'Deliver', text: 'Launch-ready files, guidelines and a site your team can update.' },
    ],
  },
  about: {
    story: [
      '{name} is a small, independent studio{inPlace} working with {audience|brands} who care about craft.',
      'We keep the team small on purpose: the people you meet on day one are the people who do the work. No hand-offs, no junior bait-and-switch.',
      'We love clear briefs, brave ideas and long relationships — many of our clients have been with us for years.',
    ],
    values: [
      { title: 'Craft', text: 'Every detail considered, from the logo to the last line of code.' },
      { title: 'Candour', text: 'Honest feedback and clear opinions, kindly given.' },
      { title: 'Partnership', text: 'We succeed when your brand does.' },
    ],
    ownerRole: 'Creative director',
  },
  testimonials: [
    { quote: '{name} understood our brand better than we did. The new identity gets compliments every week.', author: 'Ellie C.', detail: 'Founder, outdoor apparel' },
    { quote: 'Our new website loads instantly and our enquiries doubled.', author: 'Jon A.', detail: 'Marketing lead' },
    { quote: 'Fast, thoughtful and a genuine pleasure to work with.', author: 'Rosa K.', detail: 'Brand manager' },
  ],
  faq: [
    { question: 'What does a project cost?', answer: 'Brand identities typically start around the figures shown; we send a fixed quote after a first call.' },
    { question: 'How long does a website take?', answer: 'Usually six to ten weeks from kick-off to launch, depending on scope.' },
    { question: 'Do you work with clients remotely?', answer: 'Yes — most of our clients are remote, and we meet in person when it helps.' },
    { question: 'Can we update the website ourselves?', answer: 'Absolutely. We build sites your team can edit, and we train you before launch.' },
  ],
  cta: { heading: 'Have a project in mind?', text: 'Tell {name} about it — we reply within two working days with ideas and a rough budget.' },
  contact: {
    heading: 'Start a project',
    intro: 'Tell us about your brand, your goals and your timeline.',
    submitLabel: 'Send brief',
    fields: formWith([
      { name: 'company', label: 'Company', kind: 'text', required: false },
      { name: 'budget', label: 'Budget', kind: 'select', required: false, options: ['Under 5,000', '5,000–15,000', '15,000–50,000', 'Over 50,000'] },
    ], textareaField('Tell us about the project')),
  },
  home: ['services', 'gallery', 'testimonials', 'cta'],
  page: {
    id: 'work', title: 'Work', blocks: ['gallery', 'services', 'process', 'cta'],
    heading: 'Our work', text: 'Brand identities, websites and campaigns by {name}.',
    seo: 'Selected work by {name}{inPlace}: brand identities, websites, packaging and campaigns for {audience|ambitious brands}.',
  },
  seo: '{name} is {aDescriptor}{inPlace} creating brand identities and websites for {audience|ambitious brands}. Start a project.',
  starterPrompt: 'Field & Form is a branding and web design studio in Bristol for independent food and drink brands. Bold and playful, orange and black.',
};
