import { dateField, formWith, PHONE_FIELD, textareaField } from './form-fields.ts';
import type { IndustryProfile } from './types.ts';

// Makers and creatives: photographers, and shops selling handmade goods online or over the counter.

export const photography: IndustryProfile = {
  id: 'photography',
  label: 'Photography',
  noun: 'photographer',
  nouns: [[/wedding and portrait photographer/i, 'wedding and portrait photographer'], [/wedding photographer/i, 'wedding photographer'], [/photography studio|photo studio/i, 'photography studio']],
  nameNoun: 'Photography',
  keywords: [['photograph(?:y|ers?|s)', 4], ['photos?|photoshoots?|shoots?', 2], ['portraits?', 2], ['weddings?', 1], ['headshots?', 3], ['videograph(?:y|ers?)', 3], ['elopements?', 2]],
  // A wedding day's moments, and family sessions, are not every photographer's.
  particulars: [[/first dance|last dance|getting ready|ceremony|brid|the big day/i, /wedding|elope|brid/i], [/famil/i, /famil|kids|children|newborn|baby|babies/i]],
  look: {
    colors: { primary: '#2d2d2d', secondary: '#8c7b6b', accent: '#c8a97e', background: '#ffffff', surface: '#f5f4f2', text: '#1a1a1a', muted: '#5c5c5c' },
    heading: 'dm-serif-display', body: 'inter', radius: 'none', density: 'spacious', typeScale: 1.25, headingWeight: 400, hero: 'overlay', servicesVariant: 'cards',
  },
  action: { label: 'Check availability', target: 'contact' },
  tagline: 'Honest, timeless photographs of the moments that matter',
  hero: {
    heading: 'Photographs that feel like the day did',
    text: '{name}: {descriptor}{inPlace} capturing real moments with a natural, timeless eye.',
  },
  services: {
    heading: 'Sessions',
    intro: 'Relaxed, unposed and full of life — that is how {name} works.',
    items: [
      { title: 'Weddings', text: 'Full-day coverage from getting ready to the last dance, told as a story.', detail: 'from {c}1,800', icon: 'heart', match: /weddings?|elope/i, isSpecific: true },
      { title: 'Portraits', text: 'Individual, couple and family portraits, outdoors or in your home.', detail: 'from {c}250', icon: 'star', match: /portraits?|famil/i },
      { title: 'Engagement sessions', text: 'A relaxed session before the big day — and great practice in front of the camera.', detail: 'from {c}300', icon: 'sparkle', match: /engagement|couples?/i, isSpecific: true },
      { title: 'Headshots', text: 'Natural, confident headshots for you or your whole team.', detail: 'from {c}150', icon: 'check', match: /headshots?|corporate|business portraits?/i, isSpecific: true },
      { title: 'Events', text: 'Parties, launches and celebrations documented unobtrusively.', detail: 'from {c}400', icon: 'chat', match: /events?|part(?:y|ies)|launch/i, isSpecific: true },
      { title: 'Destination & travel', text: 'Available to travel for weddings and sessions anywhere.', detail: 'Travel quoted separately', icon: 'home', match: /travel|destination/i, isSpecific: true },
    ],
    customText: ['{item} photographed by {name}.', '{item}, captured naturally.', 'Ask {name} about {item}.'],
  },
  gallery: {
    heading: 'Portfolio',
    intro: 'A few favourite frames. Full galleries are available on request.',
    captions: ['Golden-hour portraits', 'First dance', 'Getting ready', 'Family in the park', 'City engagement', 'Quiet details'],
  },
  pricing: {
    heading: 'Packages',
    intro: 'Every package includes a planning call and an online gallery of edited images.',
    note: 'A 30% retainer secures your date. Travel outside the local area is quoted separately.',
    plans: [
      { name: 'Portrait session', price: '{c}250', period: '1 hour', description: 'Individuals, couples or families.', features: ['One location', '30+ edited images', 'Online gallery'] },
      { name: 'Wedding — half day', price: '{c}1,800', period: '5 hours', description: 'Ceremony, portraits and reception.', features: ['Ceremony and portraits', '300+ edited images', 'Online gallery & print rights'] },
      { name: 'Wedding — full day', price: '{c}2,900', period: '10 hours', description: 'The whole story, start to finish.', features: ['Getting ready to first dance', '600+ edited images', 'Engagement session included', 'Online gallery & print rights'], isFeatured: true },
    ],
  },
  about: {
    story: [
      '{name} is the work of a photographer{inPlace} who believes the best pictures happen between the poses.',
      'I keep direction light and the mood relaxed, so that you can enjoy the day while I catch the laughs, the glances and the quiet moments in between.',
      'Every gallery is edited by hand with a natural, timeless look that will still feel right in twenty years.',
    ],
    values: [
      { title: 'Real moments', text: 'Gentle direction, no stiff poses.' },
      { title: 'Timeless editing', text: 'Natural colour that will not date.' },
      { title: 'Calm presence', text: 'Unobtrusive on the day, so you can be yourselves.' },
    ],
    ownerRole: 'Photographer',
  },
  testimonials: [
    { quote: 'Our wedding photos by {name} made us cry happy tears. Every moment is there.', author: 'Emma & Jack R.', detail: 'Wedding' },
    { quote: 'I hate being photographed, yet I love every one of these portraits.', author: 'Noah P.', detail: 'Portrait session' },
    { quote: 'Relaxed, kind and incredibly talented. Our family photos are on every wall.', author: 'Sofia G.', detail: 'Family session' },
  ],
  faq: [
    { question: 'How far ahead should we book?', answer: 'Weddings are often booked 9–18 months ahead; portrait sessions a few weeks ahead.' },
    { question: 'Do you travel?', answer: 'Yes — travel within {place|the local area} is included, and further afield is quoted separately.' },
    { question: 'When will we receive our photos?', answer: 'Portrait galleries within two weeks, weddings within six.' },
    { question: 'Can we print the photos?', answer: 'Yes, every package includes personal print rights.' },
  ],
  cta: { heading: 'Is your date free?', text: 'Tell {name} about your plans and check availability.' },
  contact: {
    heading: 'Check availability',
    intro: 'Tell me about your day or session idea; I reply within two working days.',
    submitLabel: 'Send enquiry',
    fields: formWith([PHONE_FIELD, dateField('Date of the event or session'), { name: 'location', label: 'Location', kind: 'text', required: false }], textareaField('Tell me about your plans')),
  },
  home: ['gallery', 'services', 'testimonials', 'cta'],
  page: {
    id: 'portfolio', title: 'Portfolio', blocks: ['gallery', 'pricing', 'faq', 'cta'],
    heading: 'Portfolio & packages', text: 'Weddings, portraits and stories photographed by {name}.',
    seo: 'Portfolio and packages from {name}{inPlace}: natural wedding, engagement and portrait photography.',
  },
  seo: '{name}: {descriptor}{inPlace} creating natural, timeless photographs. Check availability.',
  starterPrompt: 'Freelance wedding and family photographer Maya Chen, based in Melbourne, available for travel. Elegant and minimal, black and white.',
};

export const shop: IndustryProfile = {
  id: 'shop',
  label: 'Handmade shop',
  noun: 'shop',
  nouns: [[/ceramics? (?:shop|studio)|pottery/i, 'ceramics shop'], [/candle/i, 'candle shop'], [/jewel(?:le)?ry/i, 'jewellery shop'], [/online (?:store|shop)|e-?commerce/i, 'online shop'], [/gift shop/i, 'gift shop']],
  nameNoun: 'Goods',
  keywords: [['shops?|stores?|boutiques?', 2], ['handmade|hand-made|handcrafted|artisan', 2], ['ceramics?|pottery|potters?', 3], ['candles?', 3], ['jewel(?:le)?ry', 3], ['crafts?', 2], ['online (?:store|shop)|e-?commerce|etsy', 2], ['mugs?|bowls?|vases?|soaps?|prints?|textiles?|knitwear|gifts?', 2], ['sells?|selling', 1]],
  // The catalog's kinds of goods: a potter sells no candles, a candle maker no mugs.
  particulars: [
    [/candles?|\bsoy\b|wicks?|travel tin/i, /candle|\bsoy\b|\bwax\b/i],
    [/jewel|earrings?|necklace|pendant/i, /jewel|earring|necklace|\brings?\b|pendant|bracelet/i],
    [/\bmugs?\b|\bcups?\b|bowls?|plates?|vases?|ceramic|stoneware|pottery|glaze/i, /potter|ceramic|\bmugs?\b|bowls?|vases?|stoneware|\bclay\b|porcelain/i],
  ],
  look: {
    colors: { primary: '#9c5533', secondary: '#5c6b54', accent: '#e0b589', background: '#fdfaf5', surface: '#f4ece1', text: '#2b231d', muted: '#695d55' },
    heading: 'lora', body: 'lato', radius: 'sm', density: 'comfortable', typeScale: 1.25, headingWeight: 600, hero: 'split', servicesVariant: 'cards',
  },
  action: { label: 'Shop the collection', target: 'page' },
  tagline: 'Handmade goods for everyday life',
  hero: {
    heading: 'Made by hand, made to be used',
    text: '{name} is {aDescriptor}{inPlace} selling {offer|small-batch, handmade pieces} for everyday life — and for gifting.',
  },
  services: {
    heading: 'Why shop with us',
    intro: 'Every piece from {name} is made in small batches and checked by hand.',
    items: [
      { title: 'Handmade in small batches', text: 'Every piece is made by hand, so no two are exactly alike.', icon: 'heart', match: /handmade|hand-made|handcrafted|small-?batch/i },
      { title: 'Classes & workshops', text: 'Learn the craft with us in small, friendly weekend classes.', detail: 'from {c}55', icon: 'star', match: /class(?:es)?|workshops?|lessons?/i, isSpecific: true },
      { title: 'Shipped with care', text: 'Wrapped by hand in recyclable packaging and shipped within three days.', detail: 'Tracked shipping', icon: 'shield', match: /online|ship|deliver|post/i },
      { title: 'Custom orders', text: 'Commissions, wedding gifts and wholesale orders made to your brief.', detail: 'Ask for a quote', icon: 'sparkle', match: /custom|commission|wholesale|bespoke/i },
      { title: 'Gift wrapping', text: 'Add a handwritten note and gift wrap at checkout.', detail: 'Free', icon: 'check', match: /gift/i },
    ],
    customText: ['{item}, made by hand at {name}.', 'Small-batch {item}, each one unique.', '{item} — ask us about custom orders.'],
  },
  menu: {
    heading: 'The collection',
    intro: 'Small batches, restocked often. Every piece is made by hand, so colours vary a little.',
    note: 'Prices include tax. Shipping is calculated at checkout; local pickup is free.',
    isCatalog: true,
    categories: [
      { name: 'Mugs & cups', match: /mugs?|cups?/i, items: [
        { name: 'Everyday mug', description: 'Wheel-thrown stoneware, 350 ml.', price: '{c}32' },
        { name: 'Espresso cup', description: 'Small, sturdy and perfectly weighted.', price: '{c}22' },
      ] },
      { name: 'Bowls & plates', match: /bowls?|plates?|dish/i, items: [
        { name: 'Breakfast bowl', description: 'Glazed inside and out, dishwasher safe.', price: '{c}36' },
        { name: 'Serving bowl', description: 'Large enough for a salad for six.', price: '{c}68' },
        { name: 'Side plate', description: 'Speckled glaze, 20 cm.', price: '{c}28' },
      ] },
      { name: 'Vases', match: /vases?/i, items: [
        { name: 'Bud vase', description: 'For a single stem.', price: '{c}26' },
        { name: 'Tall vase', description: 'Textured finish, 30 cm.', price: '{c}72' },
      ] },
      { name: 'Candles', match: /candles?/i, items: [
        { name: 'Soy candle — Cedar & smoke', description: 'Hand-poured, 50-hour burn.', price: '{c}28' },
        { name: 'Soy candle — Fig & basil', description: 'Hand-poured, 50-hour burn.', price: '{c}28' },
        { name: 'Travel tin', description: 'Small candle, 20-hour burn.', price: '{c}14' },
      ] },
      { name: 'Jewellery', match: /jewel(?:le)?ry|earrings?|necklaces?|rings?\b/i, items: [
        { name: 'Hoop earrings', description: 'Recycled sterling silver.', price: '{c}45' },
        { name: 'Pendant necklace', description: 'Hand-stamped, on an adjustable chain.', price: '{c}58' },
      ] },
      { name: 'Gifts', items: [
        { name: 'Gift card', description: 'Sent by email, valid for a year.', price: 'from {c}25' },
        { name: 'Gift box', description: 'A curated set, wrapped by hand.', price: '{c}60' },
      ] },
    ],
  },
  about: {
    story: [
      '{name} began at a kitchen table{inPlace} with a few tools and a love of things made slowly and well.',
      'Today we still make everything by hand, in small batches, with materials chosen to last. Each piece carries the marks of the hands that made it.',
      'We hope our work becomes part of your everyday rituals — the morning coffee, the table set for friends, the gift that says you thought about it.',
    ],
    values: [
      { title: 'Slow & small', text: 'Small batches, made with care rather than speed.' },
      { title: 'Made to last', text: 'Durable materials and honest craft you can use every day.' },
      { title: 'Kind packaging', text: 'Plastic-free, recyclable and wrapped by hand.' },
    ],
    ownerRole: 'Maker & founder',
  },
  testimonials: [
    { quote: 'Everything I have bought from {name} is beautiful, and it lasts.', author: 'Alice T.', detail: 'Customer' },
    { quote: 'Beautifully wrapped and even lovelier in person. The perfect gift.', author: 'Harriet B.', detail: 'Gift order' },
    { quote: 'Ordered on Monday, arrived on Wednesday, wrapped like a present.', author: 'Dev P.', detail: 'Online order' },
  ],
  faq: [
    { question: 'How long does shipping take?', answer: 'Orders ship within three working days; delivery times depend on where you are.' },
    { question: 'Can I return an item?', answer: 'Yes — unused items can be returned within 30 days. Contact us and we will help.' },
    { question: 'Do you take custom orders?', answer: 'We love them. Tell us what you have in mind through the contact form.' },
    { question: 'Do you offer gift wrapping?', answer: 'Yes — add a handwritten note and gift wrap to any order.' },
  ],
  cta: { heading: 'Find something you love', text: 'Browse the {name} collection, or ask us about a custom piece.' },
  contact: {
    heading: 'Get in touch',
    intro: 'Questions about an order, a custom piece or a class? We reply within two working days.',
    submitLabel: 'Send message',
  },
  home: ['services', 'menu-preview', 'testimonials', 'cta'],
  page: {
    id: 'shop', title: 'Shop', blocks: ['menu', 'faq', 'cta'],
    heading: 'Shop {name}', text: 'Handmade pieces in small batches, with prices.',
    seo: 'Shop {name}: handmade pieces in small batches, with prices. Gift wrapping, custom orders and careful shipping.',
  },
  seo: '{name} is {aDescriptor}{inPlace} selling small-batch, handmade pieces for everyday life and gifting.',
  starterPrompt: 'Wick & Clay is a handmade candle and ceramics shop in Santa Fe selling soy candles, mugs and vases online, with pottery workshops on Saturdays. Warm, earthy tones.',
};
