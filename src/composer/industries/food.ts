import { dateField, formWith, PHONE_FIELD, textareaField } from './form-fields.ts';
import type { IndustryProfile } from './types.ts';

// Bakeries and cafés: a priced menu on its own page, orders and visits from the contact page.

export const bakery: IndustryProfile = {
  id: 'bakery',
  label: 'Bakery',
  noun: 'bakery',
  nameNoun: 'Bakery',
  keywords: [['bak(?:ery|eries|er|ers|ing|es)', 3], ['breads?', 2], ['sourdough', 3], ['pastr(?:y|ies)', 2], ['croissants?', 2], ['cakes?', 1], ['cupcakes?', 2], ['padaria', 4], ['panader[ií]a', 4], ['boulangerie|patisserie|p[aâ]tisserie', 4], ['p[aã]es|p[aã]o', 2], ['loaf|loaves', 2], ['donuts?|doughnuts?', 2], ['bagels?', 2]],
  // Bread is a baker's, not every cake maker's or pâtissier's.
  particulars: [[/sourdough|\brye\b|baguette|focaccia|\bloa(?:f|ves)\b|\bbread\b/i, /bread|sourdough|\bloa(?:f|ves)\b|baguette|\brye\b|focaccia|bakery|baker\b|bakers\b/i]],
  look: {
    colors: { primary: '#a4510b', secondary: '#7c2d12', accent: '#e9a23b', background: '#fffaf3', surface: '#f8ecdc', text: '#2b1d12', muted: '#6e5a48' },
    heading: 'merriweather', body: 'lato', radius: 'lg', density: 'comfortable', typeScale: 1.25, headingWeight: 700, hero: 'split', servicesVariant: 'cards',
  },
  action: { label: 'Order ahead', target: 'contact' },
  tagline: 'Sourdough, pastries and cakes, baked fresh every day',
  hero: {
    heading: 'Baked fresh every morning{inPlace}',
    text: '{name} is {aDescriptor} making {offer|sourdough, pastries and celebration cakes} from scratch, in small batches, every single day.',
  },
  services: {
    heading: 'Fresh from our oven',
    intro: 'Everything on the counter at {name} was mixed, shaped and baked here today.',
    items: [
      { title: 'Sourdough bread', text: 'Naturally leavened loaves with a crackling crust, shaped by hand and baked before we open.', detail: 'from {c}6', icon: 'star', match: /sourdough|bread|loa(?:f|ves)|p[aã]es|p[aã]o|fermenta/i },
      { title: 'Pastries', text: 'Flaky croissants, cinnamon rolls and seasonal fruit pastries — best before noon.', detail: 'from {c}3.50', icon: 'heart', match: /pastr|croissant|danish|rolls?\b|buns?\b/i },
      { title: 'Celebration cakes', text: 'Layer cakes for birthdays, weddings and every reason in between, decorated to order.', detail: 'from {c}38', icon: 'sparkle', match: /\bcakes?\b|birthday|wedding/i },
      { title: 'Cupcakes', text: 'Light sponge and swirls of frosting, by the box or by the hundred for parties and weddings.', detail: 'from {c}3.50', icon: 'heart', match: /cupcakes?/i, isSpecific: true },
      { title: 'Cookies & bars', text: 'Chewy cookies, brownies and blondies for the office, the school run or the walk home.', detail: '{c}3 each', icon: 'check', match: /cookie|brownie|blondie|\bbars\b/i },
      { title: 'Coffee to go', text: 'Espresso drinks and filter coffee to pair with whatever you pick from the counter.', detail: 'from {c}3', icon: 'clock', match: /coffee|espresso|caf[eé]\b/i, isSpecific: true },
      { title: 'Wholesale & events', text: 'Bread and pastries for cafés, offices and events, delivered fresh in the morning.', detail: 'Ask for a quote', icon: 'home', match: /wholesale|catering|events?\b|offices?/i, isSpecific: true },
    ],
    customText: ['{item}, baked fresh at {name} every day.', 'Our {item}, made from scratch in small batches.', 'Ask at the counter about today’s {item}.'],
  },
  menu: {
    heading: 'Today at {name}',
    intro: 'Bread, pastries and cakes baked on site. The counter changes with the seasons, and so does this menu.',
    note: 'Prices include tax. Every bake is labelled with its allergens — ask us and we will tell you exactly what is in it.',
    categories: [
      { name: 'Bread', match: /bread|sourdough|loa(?:f|ves)|p[aã]es/i, items: [
        { name: 'Country sourdough', description: 'Wheat, a little rye and a long, slow rise.', price: '{c}7' },
        { name: 'Seeded rye', description: 'Dense, dark and packed with sunflower and flax seeds.', price: '{c}7.50' },
        { name: 'Baguette', description: 'Baked three times a day for a crust that shatters.', price: '{c}3.50' },
        { name: 'Rosemary focaccia', description: 'Olive oil, rosemary and flaky sea salt.', price: '{c}5' },
      ] },
      { name: 'Pastries', match: /pastr|croissant/i, items: [
        { name: 'Croissant', description: 'Laminated over three days for a honeycomb crumb.', price: '{c}3.75' },
        { name: 'Cinnamon roll', description: 'Soft, sticky and glazed while still warm.', price: '{c}4.25' },
        { name: 'Seasonal fruit danish', description: 'Whatever fruit is best this week, on a vanilla custard.', price: '{c}4.50' },
        { name: 'Almond croissant', description: 'Twice baked with frangipane and toasted almonds.', price: '{c}4.50' },
      ] },
      { name: 'Cakes & treats', match: /cake|cookie|brownie|treat/i, items: [
        { name: 'Celebration cake (serves 12)', description: 'Your choice of sponge, filling and decoration. Order three days ahead.', price: 'from {c}42' },
        { name: 'Chocolate brownie', description: 'Fudgy in the middle, crackly on top.', price: '{c}3.50' },
        { name: 'Oat & raisin cookie', description: 'Big, chewy and lightly spiced.', price: '{c}2.75' },
        { name: 'Lemon drizzle slice', description: 'Zesty sponge soaked in lemon syrup.', price: '{c}3.75' },
      ] },
    ],
  },
  about: {
    story: [
      '{name} began with one oven, a jar of sourdough starter and a simple idea: real bread, baked every morning for our neighbours{inPlace}.',
      'We still mix, shape and bake everything on site, in small batches, with flour from mills we know and without shortcuts. If it is on the counter, it was made here today.',
      'Come by for a loaf, stay for a coffee, or ask us to bake for your next celebration — we love a challenge.',
    ],
    values: [
      { title: 'Baked today', text: 'Nothing sits overnight: what we bake in the morning is what you take home.' },
      { title: 'Simple ingredients', text: 'Flour, water, salt and time — and nothing you cannot pronounce.' },
      { title: 'Neighbours first', text: 'We know our regulars by name and bake for the community around us.' },
    ],
    ownerRole: 'Head baker',
  },
  testimonials: [
    { quote: 'The sourdough from {name} has ruined supermarket bread for me forever.', author: 'Hannah K.', detail: 'Saturday regular' },
    { quote: 'They made our daughter’s birthday cake at two days’ notice and it was the star of the party.', author: 'Marcus O.', detail: 'Celebration cake order' },
    { quote: 'Best cinnamon rolls{inPlace}. I plan my morning walk around them.', author: 'Priya S.', detail: 'Weekday regular' },
  ],
  faq: [
    { question: 'Can I order a cake for a specific date?', answer: 'Yes. Order at least three days ahead through the contact form or at the counter, and we will confirm the design and pick-up time.' },
    { question: 'Do you cater for allergies?', answer: 'Every bake is labelled with its allergens. Ask the team and we will tell you exactly what goes into it.' },
    { question: 'When is the bread freshest?', answer: 'The first loaves come out of the oven just before we open; come early for the widest choice.' },
    { question: 'Do you supply cafés and offices?', answer: 'We do. Tell us what you need and how often, and {name} will send you a wholesale price list.' },
  ],
  cta: { heading: 'Order ahead for the weekend', text: 'Reserve loaves, pastries or a celebration cake and we will have it boxed and ready when you arrive.' },
  contact: {
    heading: 'Order ahead or say hello',
    intro: 'Tell us what you would like and when you will collect it; we confirm every order by email.',
    submitLabel: 'Send order request',
    fields: formWith([PHONE_FIELD, dateField('Pick-up date')], textareaField('Your order')),
  },
  home: ['services', 'stats', 'testimonials', 'cta'],
  page: {
    id: 'menu', title: 'Menu', blocks: ['menu', 'faq', 'cta'],
    heading: 'Our menu', text: 'Bread, pastries and cakes from the {name} oven, with prices.',
    seo: 'The {name} menu: sourdough, pastries and celebration cakes baked fresh every day{inPlace}, with prices and allergen info.',
  },
  seo: '{name} is {aDescriptor}{inPlace} baking {offer|sourdough, pastries and celebration cakes} from scratch every day. Order ahead or drop by.',
  starterPrompt: 'Golden Crust Bakery in Madison, Wisconsin: sourdough bread, croissants and custom celebration cakes. Open Tuesday to Sunday, 7am to 3pm. Warm and rustic.',
};

export const cafe: IndustryProfile = {
  id: 'cafe',
  label: 'Café',
  noun: 'café',
  nameNoun: 'Coffee',
  keywords: [['caf[eé]s?|coffee ?shop|coffeehouse|coffee house', 3], ['coffee', 3], ['espresso', 2], ['roast(?:ery|eries|ers?|ing)', 3], ['baristas?', 2], ['lattes?|cappuccinos?', 2], ['tea ?rooms?|tea ?house', 3], ['brunch', 1]],
  // Beans to take home are a roaster's; coffee is not every tea room's.
  particulars: [/\bbeans\b|roast/i, [/coffee|espresso|flat white|cappuccino|latte|cold brew|pour-over|barista|\boat\b|\bmilk\b/i, /coffee|espresso|caf[eé]|barista|latte|cappuccino/i]],
  look: {
    colors: { primary: '#6f4e37', secondary: '#2f4f4f', accent: '#d4a373', background: '#fdfaf6', surface: '#f3ebe1', text: '#231a14', muted: '#6b5d52' },
    heading: 'roboto-slab', body: 'open-sans', radius: 'md', density: 'comfortable', typeScale: 1.25, headingWeight: 700, hero: 'split', servicesVariant: 'cards',
  },
  action: { label: 'See the menu', target: 'page' },
  tagline: 'Specialty coffee, fresh pastries and a warm welcome',
  hero: {
    heading: 'Your daily coffee, done properly',
    text: '{name} is {aDescriptor}{inPlace} serving specialty coffee, fresh pastries and a warm welcome from the first cup to the last.',
  },
  services: {
    heading: 'What we pour and bake',
    intro: 'A short menu, done well — that is the {name} way.',
    items: [
      { title: 'Specialty coffee', text: 'Espresso, pour-over and cold brew from seasonal single-origin beans.', detail: 'from {c}3', icon: 'star', match: /specialty|espresso|coffee|latte|cappuccino/i },
      { title: 'Fresh pastries', text: 'Croissants, cakes and cookies delivered warm every morning.', detail: 'from {c}3', icon: 'heart', match: /pastr|croissant|cakes?\b|cookies?/i },
      { title: 'Beans we roast', text: 'We roast small batches every week — take a bag of whole beans home.', detail: '250 g from {c}12', icon: 'leaf', match: /roast/i, isSpecific: true },
      { title: 'Breakfast & brunch', text: 'Toasts, bowls and sandwiches until early afternoon.', detail: 'from {c}8', icon: 'clock', match: /breakfast|brunch|toast|sandwich|lunch/i, isSpecific: true },
      { title: 'Tea & more', text: 'Loose-leaf teas, matcha and chai for the non-coffee crowd.', detail: 'from {c}3', icon: 'sparkle', match: /\btea\b|matcha|chai/i },
      { title: 'Room to work', text: 'Good Wi-Fi, plenty of sockets and a big table for meet-ups.', detail: 'Free Wi-Fi', icon: 'chat', match: /wi-?fi|laptop|remote work|co-?working/i, isSpecific: true },
    ],
    customText: ['{item}, made fresh at {name}.', 'Ask the baristas about today’s {item}.', '{item} — part of every good visit to {name}.'],
  },
  menu: {
    heading: 'On the menu at {name}',
    intro: 'Coffee from seasonal beans, tea, and something good from the counter.',
    note: 'Oat, soy and almond milk at no extra charge. Ask us about allergens.',
    categories: [
      { name: 'Coffee', match: /coffee|espresso/i, items: [
        { name: 'Espresso', description: 'A short, sweet double shot of our house blend.', price: '{c}2.50' },
        { name: 'Flat white', description: 'Double ristretto and silky steamed milk.', price: '{c}3.60' },
        { name: 'Cappuccino', description: 'Equal parts espresso, milk and foam.', price: '{c}3.60' },
        { name: 'Pour-over of the week', description: 'A rotating single origin, brewed to order.', price: '{c}4.50' },
        { name: 'Cold brew', description: 'Steeped for 18 hours, served over ice.', price: '{c}4' },
      ] },
      { name: 'Tea & more', match: /\btea\b|matcha|chai/i, items: [
        { name: 'Chai latte', description: 'Spiced black tea with steamed milk.', price: '{c}4' },
        { name: 'Matcha latte', description: 'Ceremonial-grade matcha, whisked to order.', price: '{c}4.50' },
        { name: 'Loose-leaf tea', description: 'Green, black or herbal, by the pot.', price: '{c}3' },
      ] },
      { name: 'From the counter', match: /pastr|cake|food|breakfast|brunch/i, items: [
        { name: 'Butter croissant', description: 'Baked fresh every morning.', price: '{c}3.20' },
        { name: 'Banana bread', description: 'Toasted, with a little salted butter.', price: '{c}3.50' },
        { name: 'Avocado toast', description: 'On sourdough with chilli, lime and seeds.', price: '{c}8.50' },
        { name: 'Granola bowl', description: 'House granola, yoghurt and seasonal fruit.', price: '{c}7' },
      ] },
    ],
  },
  about: {
    story: [
      '{name} opened because we wanted the café we could not find{inPlace}: great coffee, no fuss, and a room where you are glad to stay a while.',
      'We work with importers who pay growers fairly, dial in our espresso every morning and bake with local suppliers. The menu is short on purpose — everything on it is something we are proud of.',
      'Whether you need a quick takeaway or a quiet corner for an hour, there is a cup with your name on it.',
    ],
    values: [
      { title: 'Coffee first', text: 'Fresh beans, careful brewing and baristas who love the craft.' },
      { title: 'Fair at every step', text: 'We buy from importers who pay growers properly for their work.' },
      { title: 'Everyone welcome', text: 'Students, regulars, remote workers and first-timers — pull up a chair.' },
    ],
    ownerRole: 'Owner & head barista',
  },
  testimonials: [
    { quote: 'The flat white at {name} is the best I have had outside Melbourne.', author: 'Tom B.', detail: 'Morning regular' },
    { quote: 'Friendly baristas, great pastries and Wi-Fi that actually works. My favourite place to work.', author: 'Leila M.', detail: 'Remote worker' },
    { quote: 'I came for the coffee and now I take a bag of their beans home every week.', author: 'Carlos R.', detail: 'Bean subscriber' },
  ],
  faq: [
    { question: 'Do you have plant-based milk?', answer: 'Yes — oat, soy and almond milk, at no extra charge.' },
    { question: 'Can I work from the café?', answer: 'Of course. We have free Wi-Fi and sockets along the window bar; we only ask that you order something every couple of hours at busy times.' },
    { question: 'Do you sell beans to take home?', answer: 'We do, whole or ground for your brewer. Ask at the counter for this week’s selection.' },
    { question: 'Can I book the space for an event?', answer: 'Small gatherings and workshops are welcome outside opening hours. Send us a message with the date and group size.' },
  ],
  cta: { heading: 'Your table is waiting', text: 'Drop by {name} for a coffee and something from the counter — no booking needed.' },
  contact: {
    heading: 'Say hello',
    intro: 'Questions, events, wholesale beans or feedback — we read every message.',
    submitLabel: 'Send message',
  },
  home: ['services', 'stats', 'testimonials', 'cta'],
  page: {
    id: 'menu', title: 'Menu', blocks: ['menu', 'faq', 'cta'],
    heading: 'The {name} menu', text: 'Coffee, tea and food from the counter, with prices.',
    seo: 'The {name} menu: specialty coffee, tea, pastries and brunch{inPlace}, with prices and plant-based options.',
  },
  seo: '{name} is {aDescriptor}{inPlace} serving specialty coffee and fresh pastries. Come for a cup, stay a while.',
  starterPrompt: 'Common Ground is a specialty coffee shop in Portland, Maine with fresh pastries and brunch. Open 7am-4pm every day. Cozy and friendly, brown and cream.',
};
