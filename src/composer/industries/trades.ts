import { formWith, PHONE_FIELD, textareaField } from './form-fields.ts';
import type { IndustryProfile } from './types.ts';

// Trades and repairs: plumbers, electricians, bike workshops. Quotes first, clear prices, fast response.

const QUOTE_FIELDS = formWith(
  [{ ...PHONE_FIELD, required: true }, { name: 'address', label: 'Address or area', kind: 'text', required: false }],
  textareaField('What do you need help with?'),
);

const QUOTE_PROCESS = [
  { title: 'Tell us what is wrong', text: 'Call or send a message with a short description and a photo if you can.' },
  { title: 'Get a clear quote', text: 'We diagnose the problem and agree the price with you before any work starts.' },
  { title: 'Job done, tidy home', text: 'We fix it properly, test everything and clean up before we leave.' },
];

export const plumbing: IndustryProfile = {
  id: 'plumbing',
  label: 'Plumbing',
  noun: 'plumbing company',
  nouns: [[/emergency plumb/i, 'emergency plumbing company']],
  nameNoun: 'Plumbing',
  keywords: [['plumb(?:ing|ers?)', 4], ['drains?', 2], ['pipes?|leaks?|leaking', 2], ['water heaters?|boilers?', 2], ['toilets?|faucets?|taps|sewers?', 2], ['hvac|heating', 1]],
  look: {
    colors: { primary: '#1d4ed8', secondary: '#0b2545', accent: '#f59e0b', background: '#ffffff', surface: '#f1f5fb', text: '#0b1b33', muted: '#4f5e78' },
    heading: 'oswald', body: 'roboto', radius: 'sm', density: 'comfortable', typeScale: 1.25, headingWeight: 800, hero: 'split', servicesVariant: 'cards',
  },
  action: { label: 'Get a free quote', target: 'contact' },
  tagline: 'Fast, honest plumbing — fixed right the first time',
  hero: {
    heading: 'Plumbing problems, fixed fast{inPlace}',
    text: '{name} handles {offer|leaks, blocked drains, water heaters and emergencies} with upfront prices and tidy work.',
  },
  services: {
    heading: 'Plumbing services',
    intro: 'From a dripping tap to a burst pipe, {name} has you covered.',
    items: [
      { title: 'Emergency repairs', text: 'Burst pipes, major leaks and flooding handled fast, day or night.', detail: 'Fast response', icon: 'bolt', match: /emergenc|24|urgent|burst/i },
      { title: 'Drain cleaning', text: 'Blocked sinks, showers and main lines cleared and checked with a camera.', detail: 'from {c}129', icon: 'check', match: /drains?|clog|block|sewer/i },
      { title: 'Water heaters', text: 'Repair, replacement and installation of tank and tankless water heaters.', detail: 'Free estimate', icon: 'tool', match: /water heaters?|boilers?|hot water|tankless/i, isSpecific: true },
      { title: 'Leak detection', text: 'We find hidden leaks without tearing up your home.', detail: 'from {c}149', icon: 'shield', match: /leak/i },
      { title: 'Kitchen & bathroom plumbing', text: 'New fixtures, toilets and faucets installed neatly and to code.', detail: 'Free estimate', icon: 'home', match: /bathroom|kitchen|faucets?|taps?|toilets?|fixtures?|remodel/i, isSpecific: true },
      { title: 'Repiping', text: 'Old, corroded pipes replaced with durable modern materials.', detail: 'Free estimate', icon: 'star', match: /repip|pipes?/i, isSpecific: true },
    ],
    customText: ['{item}, done right by {name}.', '{item} with a clear price agreed before we start.', 'Call {name} for {item}.'],
  },
  process: { heading: 'How it works', intro: 'No surprises, no mess.', steps: QUOTE_PROCESS },
  about: {
    story: [
      '{name} is a local plumbing company{inPlace} built on showing up on time, explaining the problem clearly and charging a fair price.',
      'Our plumbers are experienced, courteous and carry the parts for most jobs on the van, so many repairs are finished in a single visit.',
      'Big or small, every job gets the same care — and we leave your home as clean as we found it.',
    ],
    values: [
      { title: 'Upfront prices', text: 'You approve the price before we start. No hidden fees.' },
      { title: 'On time', text: 'We give you a time window and we keep to it.' },
      { title: 'Clean & tidy', text: 'Shoe covers on, dust sheets down, mess gone when we leave.' },
    ],
    ownerRole: 'Master plumber',
  },
  testimonials: [
    { quote: 'Our water heater died on a Sunday night and {name} had hot water running again by Monday lunch.', author: 'Kevin M.', detail: 'Water heater replacement' },
    { quote: 'Clear price, on time, and they cleaned up after themselves. Exactly what you want.', author: 'Laura S.', detail: 'Kitchen plumbing' },
    { quote: 'They found a leak two other plumbers missed.', author: 'Robert C.', detail: 'Leak detection' },
  ],
  faq: [
    { question: 'How quickly can you come out?', answer: 'For emergencies we come as fast as we can; for other jobs we agree a time window that suits you.' },
    { question: 'Do you give quotes upfront?', answer: 'Yes. We explain the problem and the price before we start, and we never add surprise fees.' },
    { question: 'Which areas do you cover?', answer: 'We work across {place|the local area} and nearby neighbourhoods. Not sure? Just ask.' },
    { question: 'Do you guarantee your work?', answer: 'Every job is backed by our workmanship guarantee — if something is not right, we come back and fix it.' },
  ],
  cta: { heading: 'Need a plumber?', text: 'Tell {name} what is wrong and get a clear, free quote — usually the same day.' },
  contact: {
    heading: 'Get a free quote',
    intro: 'Describe the problem and where you are; for emergencies, call us directly.',
    submitLabel: 'Request quote',
    fields: QUOTE_FIELDS,
  },
  home: ['services', 'stats', 'process', 'testimonials', 'cta'],
  page: {
    id: 'services', title: 'Services', blocks: ['services', 'process', 'faq', 'cta'],
    heading: 'Plumbing services', text: 'Repairs, installations and emergencies, with upfront prices from {name}.',
    seo: 'Plumbing services from {name}{inPlace}: emergency repairs, drain cleaning, water heaters and leak detection. Free quotes.',
  },
  seo: '{name} is {aDescriptor}{inPlace}: emergency repairs, drain cleaning and water heaters with upfront prices. Get a free quote.',
  starterPrompt: 'Blue Wrench Plumbing in Atlanta: emergency repairs, drain cleaning and water heater installation. 24/7 service. Call (404) 555-0199. Trustworthy, navy and orange.',
};

export const electrician: IndustryProfile = {
  id: 'electrician',
  label: 'Electrician',
  noun: 'electrical contractor',
  nameNoun: 'Electric',
  keywords: [['electric(?:al|ians?)', 4], ['wiring|rewir(?:e|ing)', 3], ['outlets?|sockets?|switch(?:es)?|panels?|breakers?|circuits?|fuse ?boxes?', 2], ['ev chargers?|solar', 2], ['lighting', 1]],
  look: {
    colors: { primary: '#0f3d5e', secondary: '#1f2937', accent: '#fbbf24', background: '#ffffff', surface: '#f3f6f9', text: '#111827', muted: '#4b5563' },
    heading: 'montserrat', body: 'roboto', radius: 'sm', density: 'comfortable', typeScale: 1.25, headingWeight: 800, hero: 'split', servicesVariant: 'cards',
  },
  action: { label: 'Get a free quote', target: 'contact' },
  tagline: 'Safe, tidy electrical work for homes and businesses',
  hero: {
    heading: 'Electrical work done safely, done right',
    text: '{name} handles {offer|wiring, upgrades, lighting and repairs} for homes and businesses{inPlace} — on time and to code.',
  },
  services: {
    heading: 'Electrical services',
    intro: 'Small repairs or full rewires — {name} does the job properly.',
    items: [
      { title: 'Residential electrical', text: 'Rewiring, new circuits, outlets and repairs for your home, done safely and to code.', detail: 'Free estimate', icon: 'home', match: /residential|homes?|houses?|rewir|wiring/i },
      { title: 'Commercial electrical', text: 'Fit-outs, maintenance and lighting for offices, shops and restaurants.', detail: 'Free estimate', icon: 'chart', match: /commercial|offices?|retail|business/i, isSpecific: true },
      { title: 'Panel upgrades', text: 'Modern breaker panels that keep up with today’s appliances.', detail: 'Free estimate', icon: 'shield', match: /panels?|breakers?|fuse|consumer units?/i },
      { title: 'Lighting', text: 'Indoor, outdoor and LED upgrades that look great and cut your bill.', detail: 'from {c}95', icon: 'sparkle', match: /light/i },
      { title: 'EV chargers', text: 'Home and workplace charger installation, sized for your car and your panel.', detail: 'from {c}650', icon: 'bolt', match: /\bev\b|chargers?|electric vehicle/i, isSpecific: true },
      { title: 'Safety inspections', text: 'Thorough checks and certificates for buyers, landlords and peace of mind.', detail: 'from {c}150', icon: 'check', match: /inspection|safety|testing|certificat/i },
      { title: 'Emergency call-outs', text: 'Power out, sparks or burning smells? Call us right away.', detail: 'Fast response', icon: 'clock', match: /emergenc|24|urgent/i, isSpecific: true },
    ],
    customText: ['{item}, carried out safely by {name}.', '{item} with a clear quote before we start.', 'Ask {name} about {item}.'],
  },
  process: { heading: 'How it works', intro: 'Straightforward from first call to final test.', steps: QUOTE_PROCESS },
  about: {
    story: [
      '{name} is a team of electricians{inPlace} who believe electrical work should be safe, tidy and explained in plain language.',
      'We work in homes, offices and shops, from replacing a faulty switch to wiring a full renovation. Every job is tested and documented before we leave.',
      'Turn up on time, quote honestly, do it right — that is how we have earned our customers’ trust.',
    ],
    values: [
      { title: 'Safety first', text: 'Every installation tested and certified, every time.' },
      { title: 'Clear quotes', text: 'Written prices before we start, with no surprises.' },
      { title: 'Respect for your space', text: 'We protect floors and furniture and leave everything tidy.' },
    ],
    ownerRole: 'Master electrician',
  },
  testimonials: [
    { quote: '{name} rewired our old house with minimal disruption and explained everything as they went.', author: 'Megan R.', detail: 'Full rewire' },
    { quote: 'Our office lighting upgrade was done over a weekend. No downtime at all.', author: 'Andrew P.', detail: 'Commercial client' },
    { quote: 'Quick, friendly and the quote was exactly what we paid.', author: 'Fatima Z.', detail: 'EV charger install' },
  ],
  faq: [
    { question: 'Do you give free quotes?', answer: 'Yes. We quote in writing before any work starts, so you know exactly what you will pay.' },
    { question: 'Do you work on commercial properties?', answer: 'Yes — offices, shops, restaurants and small industrial units.' },
    { question: 'Which areas do you cover?', answer: 'We work across {place|the local area}. Get in touch and we will confirm.' },
    { question: 'Will I get a certificate for the work?', answer: 'Yes. Every job is tested and you receive the documentation for your records.' },
  ],
  cta: { heading: 'Need an electrician?', text: 'Tell {name} about your project and get a clear, free quote.' },
  contact: {
    heading: 'Get a free quote',
    intro: 'Tell us about the job and where you are; for emergencies, please call.',
    submitLabel: 'Request quote',
    fields: QUOTE_FIELDS,
  },
  home: ['services', 'stats', 'process', 'testimonials', 'cta'],
  page: {
    id: 'services', title: 'Services', blocks: ['services', 'process', 'faq', 'cta'],
    heading: 'Electrical services', text: 'Residential and commercial electrical work from {name}.',
    seo: 'Electrical services from {name}{inPlace}: residential and commercial wiring, panel upgrades, lighting and EV chargers. Free quotes.',
  },
  seo: '{name} is {aDescriptor}{inPlace}: residential and commercial wiring, upgrades and repairs done safely. Get a free quote.',
  starterPrompt: 'Bright Spark Electric, licensed and insured electricians in San Diego: rewiring, panel upgrades, lighting and EV chargers. Modern and trustworthy, navy and yellow.',
};

export const bikes: IndustryProfile = {
  id: 'bikes',
  label: 'Bike repair',
  noun: 'bike repair shop',
  nouns: [[/bike shop|bicycle shop|cycle shop/i, 'bike shop']],
  nameNoun: 'Bike Repair',
  keywords: [['bikes?|bicycles?|cycl(?:ing|es?|ists?)', 4], ['tune-?ups?', 2], ['flats?|punctures?|inner tubes?', 1], ['e-?bikes?', 3], ['fix(?:es|ing)?', 1], ['repairs?', 1]],
  particulars: [/tubeless/i],
  look: {
    colors: { primary: '#0f766e', secondary: '#c2410c', accent: '#facc15', background: '#ffffff', surface: '#eff5f4', text: '#122220', muted: '#4f5f5c' },
    heading: 'oswald', body: 'work-sans', radius: 'md', density: 'comfortable', typeScale: 1.25, headingWeight: 800, hero: 'split', servicesVariant: 'cards',
  },
  action: { label: 'Book a repair', target: 'contact' },
  tagline: 'Fast, fair bike repairs — back on the road today',
  hero: {
    heading: 'Bike fixed. Today.',
    text: '{name} gets you riding again fast — flats, brakes, gears and full tune-ups at honest prices{inPlace}.',
  },
  services: {
    heading: 'What we fix',
    intro: 'Bring it in — if it has two wheels, {name} can probably fix it.',
    items: [
      { title: 'Same-day repairs', text: 'Drop it off in the morning, ride home in the evening.', detail: 'Most jobs same day', icon: 'clock', match: /fast|same-?day|quick|today/i },
      { title: 'Fair prices', text: 'Honest quotes and no upselling — we fix what needs fixing.', detail: 'Free check', icon: 'check', match: /cheap|afford|fair|low|budget/i },
      { title: 'Flat repairs', text: 'Most punctures fixed while you wait.', detail: 'from {c}15', icon: 'bolt', match: /flats?|punctures?|tubes?|tires?|tyres?/i },
      { title: 'Tune-ups', text: 'Brakes, gears, chain and bearings adjusted so your bike rides like new.', detail: 'from {c}60', icon: 'tool', match: /tune|service|brakes?|gears?/i },
      { title: 'E-bike service', text: 'Motor checks, battery care and brake upgrades for electric bikes.', detail: 'from {c}90', icon: 'bolt', match: /e-?bikes?|electric/i, isSpecific: true },
      { title: 'Parts & accessories', text: 'Tubes, tyres, lights, locks and helmets in stock.', detail: 'Fitted free', icon: 'star', match: /parts|accessor|helmets?|locks?/i },
    ],
    customText: ['{item} at {name}, done fast.', '{item}, at a fair price.', 'Bring your bike in for {item}.'],
  },
  menu: {
    heading: 'Repair prices',
    intro: 'Labour prices; parts are extra and always agreed with you first.',
    note: 'Free safety check with every repair. Prices include tax.',
    categories: [
      { name: 'Quick fixes', items: [
        { name: 'Flat tire repair', description: 'Tube or tubeless, while you wait.', price: '{c}15' },
        { name: 'Brake adjustment', description: 'Per wheel, pads checked.', price: '{c}20' },
        { name: 'Gear adjustment', description: 'Smooth, quiet shifting.', price: '{c}20' },
        { name: 'Chain replacement', description: 'Fitted and sized, plus parts.', price: '{c}15' },
      ] },
      { name: 'Tune-ups', match: /tune|service/i, items: [
        { name: 'Basic tune-up', description: 'Brakes, gears, chain clean and safety check.', price: '{c}60' },
        { name: 'Full service', description: 'Strip, clean, re-grease and adjust everything.', price: '{c}120' },
        { name: 'E-bike service', description: 'Full service plus motor and battery check.', price: '{c}140' },
      ] },
      { name: 'Wheels', items: [
        { name: 'Wheel true', description: 'Straighten and tension a wheel.', price: '{c}25' },
        { name: 'Tubeless setup', description: 'Per wheel, sealant included.', price: '{c}30' },
      ] },
    ],
  },
  about: {
    story: [
      '{name} is a small, independent workshop{inPlace} run by mechanics who ride every day.',
      'We keep things simple: fix bikes properly, quickly and at a fair price. No upselling, no jargon — just a bike that works when you pick it up.',
      'Commuters, couriers, kids’ bikes and weekend racers are all welcome.',
    ],
    values: [
      { title: 'Fast turnaround', text: 'Most repairs are ready the same day.' },
      { title: 'Honest advice', text: 'We tell you what needs doing now and what can wait.' },
      { title: 'Fair prices', text: 'Clear labour prices, and parts agreed before we fit them.' },
    ],
    ownerRole: 'Head mechanic',
  },
  testimonials: [
    { quote: 'Dropped my commuter bike at {name} at 9 and had it back by lunch. Brilliant.', author: 'Ben T.', detail: 'Daily commuter' },
    { quote: 'Honest, cheap and quick. They told me what did not need replacing.', author: 'Yuki S.', detail: 'Tune-up' },
    { quote: 'Fixed my flat in ten minutes while I waited.', author: 'Omar L.', detail: 'Flat repair' },
  ],
  faq: [
    { question: 'Do I need to book?', answer: 'Walk-ins are welcome for quick fixes; book for tune-ups so we can promise a time.' },
    { question: 'How long does a repair take?', answer: 'Most jobs are done the same day; we tell you when you drop the bike off.' },
    { question: 'Do you work on e-bikes?', answer: 'Yes — servicing, brakes, tyres and most motor and battery checks.' },
    { question: 'Will you call before fitting parts?', answer: 'Always. Parts are agreed with you before we fit them.' },
  ],
  cta: { heading: 'Bike needs some love?', text: 'Book a repair at {name} or just drop in.' },
  contact: {
    heading: 'Book a repair',
    intro: 'Tell us about your bike and the problem; we will reply with a time and an estimate.',
    submitLabel: 'Book repair',
    fields: formWith([PHONE_FIELD, { name: 'bike', label: 'Your bike (type, brand)', kind: 'text', required: false }], textareaField('What needs fixing?')),
  },
  home: ['services', 'testimonials', 'cta'],
  page: {
    id: 'repairs', title: 'Repairs & prices', blocks: ['menu', 'faq', 'cta'],
    heading: 'Repairs & prices', text: 'Clear labour prices at {name}. Parts agreed with you first.',
    seo: 'Bike repair prices at {name}{inPlace}: flat repairs, tune-ups, e-bike service and wheel truing. Most repairs same day.',
  },
  seo: '{name} is {aDescriptor}{inPlace}: flat repairs, tune-ups and servicing at fair prices, most done the same day.',
  starterPrompt: 'Spoke & Chain bike repair shop in Minneapolis: tune-ups, flat repairs and e-bike service, open Monday to Saturday 8am-6pm. Friendly and bold, teal and orange.',
};
