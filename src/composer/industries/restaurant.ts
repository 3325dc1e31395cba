import { dateField, formWith, PHONE_FIELD } from './form-fields.ts';
import type { IndustryProfile } from './types.ts';

// Restaurants: a priced menu (with an Italian variant when the description says Italian) and table bookings.

/** True of a text that names no kitchen of its own (sushi, tacos, pizza…): the bistro's sample menu may stand. */
const OWN_KITCHEN = /^(?![\s\S]*\b(?:sushi|sashimi|ramen|japanese|thai|indian|curr(?:y|ies)|chinese|cantonese|dim sum|mexican|tacos?|korean|vietnamese|pho|tapas|lebanese|turkish|kebabs?|ethiopian|peruvian|pizz\w*|pasta|trattoria|osteria|italian|burgers?|bbq|barbecue|steak ?house|seafood|greek|falafel|vegan|noodles?|dumplings?)\b)/i;

export const restaurant: IndustryProfile = {
  id: 'restaurant',
  label: 'Restaurant',
  noun: 'restaurant',
  nameNoun: 'Kitchen',
  keywords: [['restaurants?', 3], ['trattoria|osteria|bistro|brasserie|taverna|tavern|eatery|diner|pizzeria|ristorante|cantina|gastropub|steakhouse|izakaya', 4], ['pizzas?', 2], ['pasta', 2], ['dinners?|lunch', 1], ['chefs?', 2], ['cuisine', 2], ['dishes', 1], ['wine ?list|wine bar', 2], ['tapas|sushi|ramen|tacos?|curry|bbq|barbecue|burgers?', 2], ['dining', 2]],
  // The sample menu is a bistro's: not said of a restaurant whose description names another kitchen.
  particulars: [[/short rib|roast chicken|flatbread|crumble|chocolate tart|wood-roasted|soup of the day|market salad|fish of the day/i, OWN_KITCHEN]],
  look: {
    colors: { primary: '#9f1d20', secondary: '#1f3a2b', accent: '#c9a227', background: '#fffcf7', surface: '#f6efe4', text: '#241c17', muted: '#6a5d53' },
    heading: 'eb-garamond', body: 'lato', radius: 'sm', density: 'comfortable', typeScale: 1.25, headingWeight: 600, hero: 'overlay', servicesVariant: 'cards',
  },
  action: { label: 'Book a table', target: 'contact' },
  tagline: 'Good food and a table waiting for you',
  hero: {
    heading: 'A table waiting for you{inPlace}',
    text: '{name} is {aDescriptor}: food made with care and a room that feels like home.',
  },
  services: {
    heading: 'What brings people back',
    intro: 'The things {name} is known for.',
    items: [
      { title: 'Handmade pasta', text: 'Rolled and cut by hand every afternoon, with sauces that follow the market.', icon: 'heart', match: /pasta/i, isSpecific: true },
      { title: 'Wood-fired pizza', text: 'Long-fermented dough, blistered in a wood-fired oven in ninety seconds.', icon: 'bolt', match: /pizza|wood-?fired/i, isSpecific: true },
      { title: 'A thoughtful wine list', text: 'Regional wines by the glass and the bottle, chosen to go with the food.', icon: 'star', match: /wine/i, isSpecific: true },
      { title: 'Seasonal menu', text: 'Dishes built around what local growers bring us each week.', icon: 'leaf', match: /season|local|market|farm/i },
      { title: 'Private dining', text: 'Celebrations for up to 30 guests, with a set menu planned together with you.', icon: 'sparkle', match: /private|events?\b|part(?:y|ies)|groups?\b|celebrat/i, isSpecific: true },
      { title: 'Takeaway', text: 'Your favourites packed up to enjoy at home.', icon: 'home', match: /take-?away|take-?out|delivery/i, isSpecific: true },
    ],
    customText: ['{item}, made in our kitchen every day.', 'Ask your server about tonight’s {item}.', '{item}, the way we like to eat it at {name}.'],
  },
  menu: {
    heading: 'Tonight’s menu',
    intro: 'Our menu changes with the seasons. Ask your server about today’s specials.',
    note: 'Please tell us about allergies when you book.',
    categories: [
      { name: 'Starters', items: [
        { name: 'Soup of the day', description: 'Made every morning with market vegetables.', price: '{c}8' },
        { name: 'Grilled flatbread', description: 'With whipped feta, herbs and chilli oil.', price: '{c}9' },
        { name: 'Market salad', description: 'Crisp leaves, pickled shallot, toasted seeds.', price: '{c}10' },
      ] },
      { name: 'Mains', items: [
        { name: 'Slow-cooked short rib', description: 'With buttery mash and red wine jus.', price: '{c}26' },
        { name: 'Roast chicken', description: 'Free-range, with herbs, lemon and crisp potatoes.', price: '{c}22' },
        { name: 'Fish of the day', description: 'Simply grilled, with seasonal greens.', price: '{c}25' },
        { name: 'Wood-roasted vegetables', description: 'With grains, tahini and pomegranate.', price: '{c}18', tags: ['vegan'] },
      ] },
      { name: 'Desserts', items: [
        { name: 'Chocolate tart', description: 'Dark chocolate, sea salt, crème fraîche.', price: '{c}9' },
        { name: 'Seasonal crumble', description: 'With vanilla custard.', price: '{c}8' },
      ] },
    ],
    alternatives: {
      italian: [
        { name: 'Antipasti', items: [
          { name: 'Bruschetta al pomodoro', description: 'Grilled bread, ripe tomatoes, basil and olive oil.', price: '{c}9' },
          { name: 'Burrata', description: 'With roasted peppers and aged balsamic.', price: '{c}14' },
          { name: 'Arancini', description: 'Crisp risotto balls with mozzarella and ragù.', price: '{c}10' },
        ] },
        { name: 'Pasta fatta a mano', description: 'Handmade every afternoon.', match: /pasta/i, items: [
          { name: 'Tagliatelle al ragù', description: 'Slow-cooked beef and pork ragù, Parmigiano.', price: '{c}19' },
          { name: 'Cacio e pepe', description: 'Tonnarelli, pecorino romano and black pepper.', price: '{c}17' },
          { name: 'Pappardelle ai funghi', description: 'Wild mushrooms, garlic, thyme and butter.', price: '{c}20' },
        ] },
        { name: 'Pizza', description: 'From the wood-fired oven.', match: /pizza/i, items: [
          { name: 'Margherita', description: 'San Marzano tomato, fior di latte, basil.', price: '{c}15' },
          { name: 'Diavola', description: 'Spicy salami, chilli, mozzarella.', price: '{c}17' },
          { name: 'Bianca', description: 'Ricotta, mozzarella, garlic and rosemary.', price: '{c}16' },
        ] },
        { name: 'Dolci', items: [
          { name: 'Tiramisù', description: 'Made the classic way, with espresso and mascarpone.', price: '{c}9' },
          { name: 'Panna cotta', description: 'Vanilla, with seasonal fruit.', price: '{c}8' },
        ] },
        { name: 'Vino', match: /wine|vino/i, items: [
          { name: 'House red or white', description: 'By the glass.', price: '{c}8' },
          { name: 'Chianti Classico', description: 'Tuscany — by the bottle.', price: '{c}48' },
          { name: 'Prosecco', description: 'By the glass.', price: '{c}10' },
        ] },
      ],
    },
  },
  about: {
    story: [
      '{name} is {aDescriptor}{inPlace}, built on a simple belief: good food is made by hand and best shared around a full table.',
      'Our kitchen cooks from scratch every day with ingredients from growers and producers we know by name. The menu follows the seasons, and the wine list is chosen to go with it.',
      'Whether it is a weeknight dinner, a first date or a family celebration, we will make you feel at home.',
    ],
    values: [
      { title: 'Made by hand', text: 'Fresh ingredients, cooked from scratch — no shortcuts in our kitchen.' },
      { title: 'Hospitality', text: 'Every guest is welcomed like family, from the first visit to the fiftieth.' },
      { title: 'Seasonal & local', text: 'We cook with what is good right now, from producers close to home.' },
    ],
    ownerRole: 'Chef & owner',
  },
  testimonials: [
    { quote: 'Easily the best meal we have had{inPlace} this year. The staff made our anniversary feel special.', author: 'Elena V.', detail: 'Anniversary dinner' },
    { quote: 'Warm room, generous portions and a wine list that actually goes with the food.', author: 'David R.', detail: 'Regular on Fridays' },
    { quote: 'We booked {name} for a birthday of twenty people and they handled everything beautifully.', author: 'Grace L.', detail: 'Private dinner' },
  ],
  faq: [
    { question: 'Do I need a reservation?', answer: 'We recommend booking, especially on weekends. Walk-ins are welcome whenever a table is free.' },
    { question: 'Do you cater for dietary needs?', answer: 'Yes — vegetarian, vegan and gluten-free options are on every menu. Tell us about allergies when you book.' },
    { question: 'Can you host a private event?', answer: 'We host groups of up to 30 with a set menu. Send us the date and number of guests and we will make a proposal.' },
    { question: 'Are children welcome?', answer: 'Absolutely. We have high chairs and smaller portions on request.' },
  ],
  cta: { heading: 'Book your table', text: 'Reserve a table at {name} for tonight or any evening this week — we confirm every booking personally.' },
  contact: {
    heading: 'Book a table',
    intro: 'Tell us the date, time and number of guests. We confirm every booking by email or phone.',
    submitLabel: 'Request booking',
    fields: formWith([
      PHONE_FIELD,
      dateField('Date', true),
      { name: 'time', label: 'Time', kind: 'text', required: true },
      { name: 'guests', label: 'Number of guests', kind: 'number', required: true },
    ], { name: 'message', label: 'Anything we should know? (allergies, occasion)', kind: 'textarea', required: false }),
  },
  home: ['services', 'stats', 'testimonials', 'cta'],
  page: {
    id: 'menu', title: 'Menu', blocks: ['menu', 'faq', 'cta'],
    heading: 'Our menu', text: 'Seasonal dishes from the {name} kitchen, with prices.',
    seo: 'See the menu at {name}{inPlace}: seasonal dishes made by hand, desserts and wine, with prices and dietary options.',
  },
  seo: '{name} is {aDescriptor}{inPlace} serving food made by hand and a thoughtful wine list. Book your table online.',
  starterPrompt: 'Olive & Ember, a Mediterranean restaurant in Seattle with small plates, grilled fish and natural wine. Open Wednesday to Sunday, 5pm to 10pm. Warm and elegant.',
};
