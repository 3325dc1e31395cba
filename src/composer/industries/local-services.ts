import { dateField, formWith, PHONE_FIELD, textareaField } from './form-fields.ts';
import type { IndustryProfile } from './types.ts';

// Services at your home or for your car: builders and handymen, cleaners, mechanics and detailers.

const QUOTE_FIELDS = formWith(
  [{ ...PHONE_FIELD, required: true }, { name: 'address', label: 'Address or area', kind: 'text', required: false }],
  textareaField('Tell us about the job'),
);

export const contractor: IndustryProfile = {
  id: 'contractor',
  label: 'Builder & home improvement',
  noun: 'home improvement company',
  nouns: [[/roofing/i, 'roofing company'], [/handym[ae]n/i, 'handyman service'], [/remodel|renovation/i, 'remodeling company'], [/painting|painters?/i, 'painting company'], [/carpent|cabinet|joinery/i, 'carpentry workshop'], [/construction/i, 'construction company']],
  nameNoun: 'Builders',
  keywords: [['roof(?:s|ing|ers?)?', 4], ['handym[ae]n', 4], ['remodel(?:ing|s)?|renovations?|refurbish\\w*', 3], ['construction|contractors?|builders?', 3], ['carpent(?:ry|ers?)|cabinet(?:s|ry| makers?)?|joinery|woodwork\\w*', 3], ['paint(?:ing|ers)|drywall|decking|fenc(?:e|es|ing)|flooring|tiling|gutters?', 2], ['kitchens?|bathrooms?', 1], ['repairs?', 1]],
  // Roofs are a roofer's or a general builder's who says so, not every renovation carpenter's.
  particulars: [[/\broof/i, /\broof/i]],
  look: {
    colors: { primary: '#a1461b', secondary: '#263238', accent: '#f2b33d', background: '#ffffff', surface: '#f5f2ee', text: '#1d1f21', muted: '#555a5e' },
    heading: 'oswald', body: 'roboto', radius: 'sm', density: 'comfortable', typeScale: 1.25, headingWeight: 800, hero: 'split', servicesVariant: 'cards',
  },
  action: { label: 'Get a free quote', target: 'contact' },
  tagline: 'Quality workmanship, clear quotes, tidy sites',
  hero: {
    heading: 'Built right, the first time',
    text: '{name} handles {offer|repairs, remodels and improvements} for homes{inPlace} — with clear quotes, tidy work and no surprises.',
  },
  services: {
    heading: 'What we do',
    intro: 'Small repairs or big projects, {name} does the job properly.',
    items: [
      { title: 'Roofing', text: 'Repairs, replacements and inspections that keep the weather out.', detail: 'Free inspection', icon: 'home', match: /roof/i },
      { title: 'Repairs & maintenance', text: 'The jobs on your list, done properly: doors, shelves, leaks, fixtures and more.', detail: 'Hourly or fixed price', icon: 'tool', match: /repairs?|fix|maintenance|handym[ae]n|odd jobs/i },
      { title: 'Kitchen & bath remodels', text: 'From a fresh look to a full rebuild, planned and finished with care.', detail: 'Free estimate', icon: 'star', match: /kitchens?|bath(?:room)?s?|remodel|renovat/i },
      { title: 'Carpentry & cabinets', text: 'Built-ins, shelving, cabinets and trim made to measure.', detail: 'Made to measure', icon: 'check', match: /carpent|cabinet|joinery|shelv|woodwork/i },
      { title: 'Painting & decorating', text: 'Interior and exterior painting with careful preparation and clean lines.', detail: 'Free estimate', icon: 'sparkle', match: /paint|decorat|drywall/i },
      { title: 'Decks & fences', text: 'Durable decks, fences and outdoor structures built to last.', detail: 'Free estimate', icon: 'leaf', match: /decks?|decking|fenc|patios?|outdoor/i },
      { title: 'Gutters', text: 'Gutter cleaning, repair and replacement.', detail: 'from {c}120', icon: 'shield', match: /gutters?/i, isSpecific: true },
    ],
    customText: ['{item}, done properly by {name}.', '{item} with a clear quote before we start.', 'Ask {name} about {item}.'],
  },
  gallery: {
    heading: 'Recent projects',
    intro: 'A few jobs we are proud of. Ask us for references.',
    captions: ['Kitchen remodel', 'New roof', 'Custom shelving', 'Deck and railings', 'Bathroom refresh', 'Exterior paint'],
  },
  process: {
    heading: 'How it works',
    intro: 'Clear from the first call to the final walkthrough.',
    steps: [
      { title: 'Free estimate', text: 'We visit, listen, measure and give you a written quote.' },
      { title: 'Planned properly', text: 'A clear schedule, materials ordered and no surprises.' },
      { title: 'Finished and tidy', text: 'We walk through the result with you and leave the site clean.' },
    ],
  },
  about: {
    story: [
      '{name} is a local team{inPlace} that believes good work speaks for itself.',
      'We turn up when we say we will, quote clearly, protect your home while we work and finish what we start. Most of our jobs come from recommendations — and we intend to keep it that way.',
      'Whatever the size of the job, you get the same care and the same standards.',
    ],
    values: [
      { title: 'Workmanship', text: 'Done right, with the right materials.' },
      { title: 'Clear quotes', text: 'Written prices before we start, with no surprises.' },
      { title: 'Respect for your home', text: 'Floors protected, dust controlled, site left tidy.' },
    ],
    ownerRole: 'Owner & lead builder',
  },
  testimonials: [
    { quote: '{name} remodelled our kitchen on time and on budget. The finish is beautiful.', author: 'Helen G.', detail: 'Kitchen remodel' },
    { quote: 'Turned up when they said, fixed everything on my list and cleaned up after.', author: 'Raj P.', detail: 'Repairs' },
    { quote: 'Clear quote, no surprises and a roof that has not leaked since.', author: 'Tony M.', detail: 'Roof repair' },
  ],
  faq: [
    { question: 'Do you give free estimates?', answer: 'Yes. We visit, look at the job and give you a written quote at no charge.' },
    { question: 'Which areas do you cover?', answer: 'We work across {place|the local area}. Ask us if you are not sure.' },
    { question: 'How soon can you start?', answer: 'Small jobs often within a week or two; larger projects are scheduled when we quote.' },
    { question: 'Do you guarantee your work?', answer: 'Yes — if something we did is not right, we come back and fix it.' },
  ],
  cta: { heading: 'Have a project in mind?', text: 'Tell {name} about it and get a clear, free quote.' },
  contact: { heading: 'Get a free quote', intro: 'Tell us about the job and where you are; we reply within one working day.', submitLabel: 'Request quote', fields: QUOTE_FIELDS },
  home: ['services', 'stats', 'gallery', 'testimonials', 'cta'],
  page: {
    id: 'services', title: 'Services', blocks: ['services', 'gallery', 'process', 'faq', 'cta'],
    heading: 'Our services', text: 'Repairs, remodels and improvements from {name}, with free estimates.',
    seo: 'Services from {name}{inPlace}: repairs, remodels, carpentry, painting and outdoor projects. Free estimates.',
  },
  seo: '{name} is {aDescriptor}{inPlace}: repairs, remodels and improvements with clear quotes and tidy work. Get a free quote.',
  starterPrompt: 'Solid Ground Builders in Boise: kitchen and bathroom remodels, decks, fences and general repairs. Licensed and insured. Bold and trustworthy, rust and charcoal.',
};

export const cleaning: IndustryProfile = {
  id: 'cleaning',
  label: 'Cleaning services',
  noun: 'cleaning service',
  nouns: [[/house ?clean|home clean/i, 'house cleaning service'], [/office clean|commercial clean|janitorial/i, 'commercial cleaning company'], [/carpet/i, 'carpet cleaning service'], [/window clean/i, 'window cleaning service']],
  nameNoun: 'Cleaning',
  keywords: [['clean(?:ing|ers?)', 4], ['maids?|housekeep(?:ing|ers?)|janitorial', 4], ['deep clean\\w*|move-?out|end of tenancy', 3], ['carpets?|windows?|upholstery', 1], ['spotless|sparkl\\w*', 1]],
  // Tenancies and deposits are a move-out clean's.
  particulars: [[/landlord|deposit|tenancy/i, /move|tenan|landlord|letting/i]],
  look: {
    colors: { primary: '#0b7a75', secondary: '#14365c', accent: '#8fd6c9', background: '#ffffff', surface: '#eef7f6', text: '#112426', muted: '#4d6163' },
    heading: 'poppins', body: 'open-sans', radius: 'lg', density: 'comfortable', typeScale: 1.25, headingWeight: 700, hero: 'split', servicesVariant: 'cards',
  },
  action: { label: 'Get a free quote', target: 'contact' },
  tagline: 'Reliable cleaning that gives you your time back',
  hero: {
    heading: 'Come home to clean',
    text: '{name} is {aDescriptor}{inPlace} offering {offer|regular cleans, deep cleans and move-out cleaning} by a friendly, trusted team.',
  },
  services: {
    heading: 'Cleaning services',
    intro: 'Pick what you need — {name} brings the products, the equipment and the care.',
    items: [
      { title: 'Regular home cleaning', text: 'Weekly or fortnightly cleans by the same friendly cleaner.', detail: 'from {c}95 per visit', icon: 'home', match: /regular|weekly|fortnightly|home|house/i },
      { title: 'Deep cleaning', text: 'Top-to-bottom cleans for kitchens, bathrooms and every corner in between.', detail: 'from {c}220', icon: 'sparkle', match: /deep/i },
      { title: 'Move-in & move-out', text: 'Handover-ready cleaning for tenants, landlords and new owners.', detail: 'from {c}280', icon: 'check', match: /move|tenancy|end of lease/i, isSpecific: true },
      { title: 'Office cleaning', text: 'Evening or early-morning cleaning for offices and shops.', detail: 'Free quote', icon: 'chart', match: /office|commercial|janitorial|business/i, isSpecific: true },
      { title: 'Eco-friendly products', text: 'Effective, non-toxic products that are safe for kids and pets.', detail: 'Included', icon: 'leaf', match: /eco|green|non-toxic|natural/i, isSpecific: true },
      { title: 'Carpets & upholstery', text: 'Deep-cleaned carpets, rugs and sofas, dry within hours.', detail: 'from {c}120', icon: 'star', match: /carpets?|upholstery|rugs?|sofas?/i, isSpecific: true },
      { title: 'Windows', text: 'Streak-free windows inside and out.', detail: 'from {c}60', icon: 'bolt', match: /windows?/i, isSpecific: true },
    ],
    customText: ['{item} by the {name} team.', '{item}, done thoroughly.', 'Ask us about {item}.'],
  },
  pricing: {
    heading: 'Simple pricing',
    intro: 'Guide prices for a typical two-bedroom home. We confirm your price after a quick chat.',
    note: 'All products and equipment included. Prices depend on size and condition.',
    plans: [
      { name: 'Regular clean', price: '{c}95', period: 'per visit', description: 'Weekly or fortnightly.', features: ['Same cleaner each time', 'Kitchen, bathrooms, floors, dusting', 'Products included'], isFeatured: true },
      { name: 'Deep clean', price: '{c}220', period: 'one-off', description: 'Every corner, top to bottom.', features: ['Inside oven and fridge', 'Skirting boards and doors', 'Limescale removal'] },
      { name: 'Move-out clean', price: '{c}280', period: 'one-off', description: 'Handover-ready.', features: ['Inside all cupboards', 'Appliances cleaned', 'Checklist for your landlord'] },
    ],
  },
  about: {
    story: [
      '{name} started{inPlace} with a simple promise: a clean you can count on, from people you can trust in your home.',
      'Our cleaners are vetted, trained and paid fairly, and most clients have the same cleaner every visit. We bring everything we need and follow a thorough checklist every time.',
      'If anything is not right, tell us within 24 hours and we will come back and put it right.',
    ],
    values: [
      { title: 'Trust', text: 'Vetted, trained cleaners — the same person each visit.' },
      { title: 'Thoroughness', text: 'A detailed checklist so nothing is missed.' },
      { title: 'Satisfaction', text: 'Not happy? We come back and fix it.' },
    ],
    ownerRole: 'Founder',
  },
  testimonials: [
    { quote: 'Coming home after {name} has been is the best part of my week.', author: 'Laura B.', detail: 'Fortnightly clean' },
    { quote: 'Our end-of-tenancy clean got our full deposit back.', author: 'Mohammed A.', detail: 'Move-out clean' },
    { quote: 'Reliable, friendly and incredibly thorough.', author: 'Karen W.', detail: 'Weekly clean' },
  ],
  faq: [
    { question: 'Do I need to provide cleaning products?', answer: 'No — we bring all products and equipment.' },
    { question: 'Will I have the same cleaner each time?', answer: 'Wherever possible, yes.' },
    { question: 'Do I need to be home?', answer: 'No. Many clients give us a key or a code; we keep them secure.' },
    { question: 'Which areas do you cover?', answer: 'We clean across {place|the local area}. Ask us about your address.' },
  ],
  cta: { heading: 'Get your time back', text: 'Tell {name} about your home and get a free quote today.' },
  contact: {
    heading: 'Get a free quote',
    intro: 'Tell us about your home or office and how often you would like a clean.',
    submitLabel: 'Request quote',
    fields: formWith([PHONE_FIELD, { name: 'service', label: 'Service', kind: 'select', required: false, options: [] }, { name: 'address', label: 'Address or area', kind: 'text', required: false }], textareaField('Tell us about the space')),
  },
  home: ['services', 'stats', 'testimonials', 'cta'],
  page: {
    id: 'services', title: 'Services & pricing', blocks: ['services', 'pricing', 'faq', 'cta'],
    heading: 'Services & pricing', text: 'Regular, deep and move-out cleaning from {name}.',
    seo: 'Cleaning services and prices at {name}{inPlace}: regular cleaning, deep cleans and move-out cleaning.',
  },
  seo: '{name} is {aDescriptor}{inPlace}: regular home cleaning, deep cleans and move-out cleaning by a trusted team. Get a free quote.',
  starterPrompt: 'Sparkle Home Cleaning in Raleigh: weekly house cleaning, deep cleans and move-out cleaning with eco-friendly products. Fresh and friendly, teal and white.',
};

export const auto: IndustryProfile = {
  id: 'auto',
  label: 'Auto repair & detailing',
  noun: 'auto repair shop',
  nouns: [[/garage|mechanic|auto repair|car repair/i, 'auto repair shop'], [/detailing/i, 'car detailing service'], [/tire shop|tyre shop/i, 'tire shop'], [/body shop|collision/i, 'body shop']],
  nameNoun: 'Auto',
  keywords: [['cars?|autos?|automotive|vehicles?', 3], ['mechanics?|garage', 3], ['detailing', 4], ['oil changes?|tires?|tyres?|transmissions?|engines?|alignments?', 2], ['body shop|collision|dent repair', 3], ['ceramic coating', 3]],
  look: {
    colors: { primary: '#c1121f', secondary: '#1d2228', accent: '#f4a300', background: '#ffffff', surface: '#f3f4f5', text: '#14171a', muted: '#51575d' },
    heading: 'bebas-neue', body: 'roboto', radius: 'sm', density: 'comfortable', typeScale: 1.25, headingWeight: 800, hero: 'split', servicesVariant: 'cards',
  },
  action: { label: 'Book a service', target: 'contact' },
  tagline: 'Honest car care at fair prices',
  hero: {
    heading: 'Car care you can trust',
    text: '{name} offers {offer|servicing and repairs}{inPlace} — explained clearly and priced fairly.',
  },
  services: {
    heading: 'Services',
    intro: 'Whatever your car needs, {name} does it properly.',
    items: [
      { title: 'Servicing & oil changes', text: 'Manufacturer-schedule servicing that keeps your warranty intact.', detail: 'from {c}69', icon: 'tool', match: /servic|oil/i },
      { title: 'Brakes & tires', text: 'Pads, discs, tire fitting and alignment, done while you wait.', detail: 'from {c}25', icon: 'shield', match: /brakes?|tires?|tyres?|alignment/i },
      { title: 'Diagnostics', text: 'Warning light on? We find the fault and explain it in plain language.', detail: 'from {c}60', icon: 'chart', match: /diagnos|check engine|warning light|fault/i },
      { title: 'Detailing', text: 'Interior deep cleans and exterior wash, polish and wax.', detail: 'from {c}79', icon: 'sparkle', match: /detail|wash|polish|interior|exterior|wax/i, isSpecific: true },
      { title: 'Ceramic coating', text: 'Long-lasting protection and a deep gloss for your paintwork.', detail: 'from {c}599', icon: 'star', match: /ceramic|coating/i, isSpecific: true },
      { title: 'We come to you', text: 'Mobile service at your home or workplace.', detail: 'Mobile', icon: 'home', match: /mobile|come to you|on-?site/i, isSpecific: true },
      { title: 'Inspections', text: 'Safety and pre-purchase inspections with a written report.', detail: 'from {c}90', icon: 'check', match: /inspection|safety|pre-?purchase/i },
    ],
    customText: ['{item}, done properly by {name}.', '{item} at a fair, upfront price.', 'Ask us about {item}.'],
  },
  menu: {
    heading: 'Prices',
    intro: 'Guide prices for most cars; we confirm the price before any work starts.',
    note: 'Parts extra where stated. We always call you before doing any additional work.',
    isCatalog: true,
    categories: [
      { name: 'Maintenance', match: /servic|oil|brakes?|tires?|tyres?|repair|mechanic/i, items: [
        { name: 'Oil & filter change', description: 'Up to 5 litres of quality oil.', price: '{c}69' },
        { name: 'Full service', description: 'Fluids, filters, brakes and a 50-point check.', price: '{c}189' },
        { name: 'Brake pads (per axle)', description: 'Parts and fitting.', price: 'from {c}149' },
        { name: 'Tire fitting', description: 'Per tire, balancing included.', price: '{c}25' },
      ] },
      { name: 'Detailing', match: /detail|wash|polish|ceramic|interior/i, items: [
        { name: 'Exterior wash & wax', description: 'Hand wash, decontamination and wax.', price: '{c}79' },
        { name: 'Interior deep clean', description: 'Vacuum, shampoo and leather care.', price: '{c}129' },
        { name: 'Full detail', description: 'Inside and out.', price: '{c}229' },
        { name: 'Ceramic coating', description: 'Prep, polish and two-year coating.', price: 'from {c}599' },
      ] },
    ],
  },
  process: {
    heading: 'How it works',
    intro: 'No surprises.',
    steps: [
      { title: 'Book a time', text: 'Online or by phone — tell us what you need.' },
      { title: 'Clear quote', text: 'We check the car and confirm the price before starting.' },
      { title: 'Back on the road', text: 'We explain what we did and hand back a clean car.' },
    ],
  },
  about: {
    story: [
      '{name} is an independent team{inPlace} that treats every car as if it were our own.',
      'We explain what your car needs, what can wait and what it will cost — before we start. No jargon, no upselling.',
      'From a quick oil change to a full detail, you get honest work and a fair price.',
    ],
    values: [
      { title: 'Honest advice', text: 'We tell you what needs doing now and what can wait.' },
      { title: 'Upfront prices', text: 'Agreed before we start; we call before any extra work.' },
      { title: 'Quality work', text: 'Quality parts and products, and pride in every job.' },
    ],
    ownerRole: 'Owner & master technician',
  },
  testimonials: [
    { quote: '{name} found the problem two other garages missed, and charged less.', author: 'Greg S.', detail: 'Diagnostics' },
    { quote: 'My car looks better than the day I bought it.', author: 'Tanya L.', detail: 'Full detail' },
    { quote: 'Honest, quick and they explained everything.', author: 'Victor N.', detail: 'Brakes' },
  ],
  faq: [
    { question: 'Do I need to book?', answer: 'We recommend booking, but call us — we often fit in quick jobs the same day.' },
    { question: 'Will servicing affect my warranty?', answer: 'No. We follow the manufacturer’s schedule and use approved parts and fluids.' },
    { question: 'Will you call before extra work?', answer: 'Always. Nothing is done without your approval.' },
    { question: 'Which areas do you cover?', answer: 'Customers come to us from across {place|the area}. Ask us if you are not sure.' },
  ],
  cta: { heading: 'Book your car in', text: 'Tell {name} what your car needs and pick a time that suits you.' },
  contact: {
    heading: 'Book a service',
    intro: 'Tell us about your car and what it needs; we confirm a time and a price.',
    submitLabel: 'Request booking',
    fields: formWith([PHONE_FIELD, { name: 'car', label: 'Car (make, model, year)', kind: 'text', required: false }, { name: 'service', label: 'Service', kind: 'select', required: false, options: [] }, dateField('Preferred date')]),
  },
  home: ['services', 'stats', 'testimonials', 'cta'],
  page: {
    id: 'services', title: 'Services & prices', blocks: ['services', 'menu', 'process', 'faq', 'cta'],
    heading: 'Services & prices', text: 'Honest car care from {name}, with guide prices.',
    seo: 'Car services and prices at {name}{inPlace}: servicing, brakes, tires and diagnostics. Upfront prices.',
  },
  seo: '{name} is {aDescriptor}{inPlace}: servicing and repairs with upfront prices and honest advice. Book a service.',
  starterPrompt: 'Redline Auto, an independent garage in Tucson: oil changes, brakes, diagnostics and full detailing. Open Monday to Friday, 8am to 6pm. Bold, red and black.',
};
