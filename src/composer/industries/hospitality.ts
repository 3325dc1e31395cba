import { dateField, EMAIL_FIELD, formWith, NAME_FIELD, PHONE_FIELD } from './form-fields.ts';
import type { IndustryProfile } from './types.ts';

// Hospitality and relaxation: day spas and massage studios, hotels, B&Bs and holiday rentals.

export const spa: IndustryProfile = {
  id: 'spa',
  label: 'Spa & massage',
  noun: 'day spa',
  nouns: [[/massage (?:studio|therapy|clinic)/i, 'massage studio'], [/wellness cent(?:er|re)/i, 'wellness centre']],
  nameNoun: 'Spa',
  keywords: [['spas?|day spa', 4], ['massages?|masseuses?|massage therap(?:y|ists?)', 4], ['facials?', 3], ['aromatherapy|reflexology|reiki|hot stones?', 3], ['body (?:wraps?|scrubs?)', 3], ['relax(?:ation|ing)?', 1], ['wellness', 1]],
  look: {
    colors: { primary: '#52705f', secondary: '#a98a68', accent: '#d9c7b0', background: '#fbf8f4', surface: '#f1ebe3', text: '#2b2b28', muted: '#625f59' },
    heading: 'playfair-display', body: 'lato', radius: 'lg', density: 'spacious', typeScale: 1.2, headingWeight: 500, hero: 'overlay', servicesVariant: 'cards',
  },
  action: { label: 'Book a treatment', target: 'contact' },
  tagline: 'Massage, facials and an hour that is only yours',
  hero: {
    heading: 'Slow down. Breathe out.',
    text: '{name} is {aDescriptor}{inPlace} offering {offer|massage, facials and body treatments} in a calm, quiet space.',
  },
  services: {
    heading: 'Treatments',
    intro: 'Every treatment at {name} begins with a short conversation about how you feel today.',
    items: [
      { title: 'Massage', text: 'Swedish, deep-tissue and hot-stone massage, tailored to how you feel today.', detail: '60 min from {c}85', icon: 'heart', match: /massages?|deep tissue|swedish|hot stones?/i },
      { title: 'Facials', text: 'Cleansing, hydrating and brightening facials for every skin type.', detail: 'from {c}75', icon: 'sparkle', match: /facials?|skin/i, isSpecific: true },
      { title: 'Body treatments', text: 'Scrubs and wraps that leave skin soft and glowing.', detail: 'from {c}90', icon: 'leaf', match: /body|scrubs?|wraps?/i, isSpecific: true },
      { title: 'Aromatherapy', text: 'Massage with essential oils chosen for calm, energy or sleep.', detail: 'from {c}95', icon: 'star', match: /aromatherapy|essential oils?/i, isSpecific: true },
      { title: 'Couples treatments', text: 'Side-by-side massage in our double room.', detail: 'from {c}170', icon: 'heart', match: /couples?|partners?/i, isSpecific: true },
      { title: 'Gift vouchers', text: 'A calm hour is the perfect present — for any treatment or amount.', detail: 'from {c}50', icon: 'check', match: /gifts?|vouchers?/i },
    ],
    customText: ['{item} at {name}, in a calm, quiet room.', '{item}, tailored to you.', 'Ask us about {item}.'],
  },
  menu: {
    heading: 'Treatments & prices',
    intro: 'All treatments include time to relax with tea before and after.',
    note: 'Please arrive ten minutes early. We ask for 24 hours’ notice to change or cancel a booking.',
    categories: [
      { name: 'Massage', items: [
        { name: 'Swedish massage', description: 'Flowing, relaxing full-body massage. 60 minutes.', price: '{c}85' },
        { name: 'Deep-tissue massage', description: 'Firm pressure for tight muscles. 60 minutes.', price: '{c}95' },
        { name: 'Hot-stone massage', description: 'Warm basalt stones melt tension away. 75 minutes.', price: '{c}110' },
      ] },
      { name: 'Facials', items: [
        { name: 'Signature facial', description: 'Cleanse, exfoliate, mask and massage. 60 minutes.', price: '{c}85' },
        { name: 'Express facial', description: 'A quick refresh. 30 minutes.', price: '{c}50' },
      ] },
      { name: 'Body', items: [
        { name: 'Salt scrub', description: 'Exfoliating scrub and hydrating balm. 45 minutes.', price: '{c}70' },
        { name: 'Body wrap', description: 'Nourishing wrap with a scalp massage. 60 minutes.', price: '{c}90' },
      ] },
    ],
  },
  about: {
    story: [
      '{name} is a quiet place{inPlace} to put your phone away and be looked after for an hour.',
      'Our therapists are qualified, experienced and genuinely caring. We use gentle, high-quality products and keep the rooms warm, dim and calm.',
      'Whether you come for tired muscles, a special occasion or simply a pause, you will leave lighter than you arrived.',
    ],
    values: [
      { title: 'Calm first', text: 'Quiet rooms, no rush, and time to rest after every treatment.' },
      { title: 'Skilled hands', text: 'Qualified therapists who listen and adapt to you.' },
      { title: 'Gentle products', text: 'Quality oils and skincare that are kind to your skin.' },
    ],
    ownerRole: 'Founder & lead therapist',
  },
  testimonials: [
    { quote: 'The best massage I have ever had. I floated out of {name}.', author: 'Olivia S.', detail: 'Massage' },
    { quote: 'Calm, spotless and the therapists really listen.', author: 'Nadia R.', detail: 'Facial' },
    { quote: 'I bought a voucher for my mum and she has been back three times since.', author: 'Chris P.', detail: 'Gift voucher' },
  ],
  faq: [
    { question: 'What should I bring?', answer: 'Just yourself. We provide robes, towels and slippers.' },
    { question: 'Can I choose the pressure of my massage?', answer: 'Of course — tell your therapist before and during the treatment.' },
    { question: 'I am pregnant. Can I book a treatment?', answer: 'Many treatments are suitable after the first trimester. Tell us when you book and we will advise.' },
    { question: 'Do you sell gift vouchers?', answer: 'Yes, for any treatment or amount. Ask us through the contact page.' },
  ],
  cta: { heading: 'Time for you', text: 'Book a treatment at {name} — your hour of calm is waiting.' },
  contact: {
    heading: 'Book a treatment',
    intro: 'Tell us which treatment you would like and when; we confirm every booking by email.',
    submitLabel: 'Request booking',
    fields: formWith([PHONE_FIELD, { name: 'service', label: 'Treatment', kind: 'select', required: false, options: [] }, dateField('Preferred date')]),
  },
  home: ['services', 'testimonials', 'cta'],
  page: {
    id: 'treatments', title: 'Treatments', blocks: ['menu', 'faq', 'cta'],
    heading: 'Treatments & prices', text: 'Massage, facials and body treatments at {name}.',
    seo: 'Treatments and prices at {name}{inPlace}. Book online.',
  },
  seo: '{name} is {aDescriptor}{inPlace} offering massage and treatments in a calm, quiet space. Book a treatment.',
  starterPrompt: 'Lavender & Salt day spa in Scottsdale: massage, facials, body wraps and gift vouchers. Calm and elegant, sage green and sand.',
};

export const hotel: IndustryProfile = {
  id: 'hotel',
  label: 'Hotel & B&B',
  noun: 'hotel',
  nouns: [[/bed and breakfast|b&b|b & b/i, 'bed and breakfast'], [/guest ?house/i, 'guesthouse'], [/boutique hotel/i, 'boutique hotel'], [/\binn\b/i, 'inn'], [/hostel/i, 'hostel'], [/vacation rental|holiday (?:home|cottage|let)|cabins?/i, 'holiday rental']],
  nameNoun: 'Inn',
  keywords: [['hotels?|motels?', 4], ['b&b|bed and breakfast|guest ?houses?|inns?|hostels?|lodges?', 4], ['rooms?|suites?', 1], ['stays?|nights?', 1], ['vacation rentals?|holiday (?:homes?|cottages?|lets?)|cabins?', 3], ['rooftop|breakfast', 1]],
  // Suites and bathtubs are a hotel's, not every guest house's or hostel's.
  particulars: [[/\bsuites?\b|bathtub|lounge|king bed/i, /suite|bathtub|\bking\b/i]],
  look: {
    colors: { primary: '#2f5d62', secondary: '#a7794a', accent: '#dfb77a', background: '#fdfbf7', surface: '#f3eee6', text: '#1f2a2c', muted: '#5b6466' },
    heading: 'eb-garamond', body: 'source-sans-3', radius: 'md', density: 'spacious', typeScale: 1.25, headingWeight: 500, hero: 'overlay', servicesVariant: 'cards',
  },
  action: { label: 'Check availability', target: 'contact' },
  tagline: 'Comfortable rooms, warm welcome, a great night’s sleep',
  hero: {
    heading: 'Your home{inPlace}',
    text: '{name} is {aDescriptor}{inPlace} with comfortable rooms, a warm welcome and everything you need for a great stay.',
  },
  services: {
    heading: 'Your stay',
    intro: 'Everything at {name} is designed for a relaxed, easy stay.',
    items: [
      { title: 'Comfortable rooms', text: 'Quiet rooms with good beds, blackout curtains and rain showers.', detail: 'from {c}120 / night', icon: 'home', match: /rooms?|suites?|beds?/i },
      { title: 'Breakfast', text: 'A generous breakfast of local bread, fruit, eggs and good coffee.', detail: 'Included', icon: 'heart', match: /breakfast/i, isSpecific: true },
      { title: 'Rooftop bar', text: 'Sunset drinks with a view over the rooftops.', detail: 'Open to guests', icon: 'star', match: /rooftop|bar|terrace/i, isSpecific: true },
      { title: 'Great location', text: 'Walk to the sights, restaurants and transport from our door.', detail: 'Central', icon: 'check', match: /central|walk|downtown|old town|near|location/i },
      { title: 'Local tips', text: 'Ask us anything — we love sharing our favourite places to eat and explore.', detail: 'Free', icon: 'chat', match: /concierge|tips|tours?/i },
      { title: 'Free Wi-Fi', text: 'Fast Wi-Fi in every room and common area.', detail: 'Included', icon: 'bolt', match: /wi-?fi|internet/i, isSpecific: true },
    ],
    customText: ['{item} for guests of {name}.', '{item} — part of every stay.', 'Ask us about {item}.'],
  },
  pricing: {
    heading: 'Rooms & rates',
    intro: 'Rates per room per night, for two guests. Best rates when you book directly with us.',
    note: 'Rates vary by season; we confirm the price for your dates when you enquire. Check-in from 15:00, check-out by 11:00.',
    plans: [
      { name: 'Classic room', price: '{c}120', period: 'per night', description: 'Cosy and quiet, with a queen bed.', features: ['Queen bed', 'Rain shower', 'Breakfast included'] },
      { name: 'Superior room', price: '{c}160', period: 'per night', description: 'More space and a view.', features: ['King bed', 'Seating area', 'Breakfast included'], isFeatured: true },
      { name: 'Suite', price: '{c}240', period: 'per night', description: 'Our most spacious room.', features: ['King bed and lounge', 'Bathtub', 'Breakfast included'] },
    ],
  },
  about: {
    story: [
      '{name} is {aDescriptor}{inPlace} run by people who love welcoming guests.',
      'We have kept things small on purpose, so that every guest gets a personal welcome, honest recommendations and a room that feels cared for.',
      'Whether you are here for a weekend or a week, we will help you make the most of it.',
    ],
    values: [
      { title: 'A personal welcome', text: 'We know our guests by name, not by room number.' },
      { title: 'Rest comes first', text: 'Quiet rooms and good beds, for a proper night’s sleep.' },
      { title: 'Local at heart', text: 'Local produce at breakfast and our favourite places to explore.' },
    ],
    ownerRole: 'Host',
  },
  testimonials: [
    { quote: 'Spotless room, the best breakfast of our trip and hosts who made us feel at home. We will be back to {name}.', author: 'Anna & Luke F.', detail: 'Weekend stay' },
    { quote: 'Perfect location and so quiet at night.', author: 'Samuel O.', detail: 'Business trip' },
    { quote: 'Their restaurant tips were the highlight of our holiday.', author: 'Maya T.', detail: 'Family holiday' },
  ],
  faq: [
    { question: 'What time are check-in and check-out?', answer: 'Check-in is from 15:00 and check-out by 11:00. We are happy to store your luggage.' },
    { question: 'Is breakfast included?', answer: 'Yes, breakfast is included in every room rate.' },
    { question: 'Do you have parking?', answer: 'Ask us when you book and we will tell you the best nearby options.' },
    { question: 'What is your cancellation policy?', answer: 'Let us know as early as you can. The cancellation terms for your dates are confirmed with your booking.' },
  ],
  cta: { heading: 'Plan your stay', text: 'Tell {name} your dates and we will confirm availability and the best rate.' },
  contact: {
    heading: 'Check availability',
    intro: 'Tell us your dates and the number of guests; we reply within a few hours.',
    submitLabel: 'Check availability',
    fields: [
      NAME_FIELD,
      EMAIL_FIELD,
      PHONE_FIELD,
      { name: 'checkin', label: 'Check-in', kind: 'date', required: true },
      { name: 'checkout', label: 'Check-out', kind: 'date', required: true },
      { name: 'guests', label: 'Guests', kind: 'number', required: true },
      { name: 'message', label: 'Anything we should know?', kind: 'textarea', required: false },
    ],
  },
  home: ['services', 'testimonials', 'cta'],
  page: {
    id: 'rooms', title: 'Rooms', blocks: ['pricing', 'services', 'faq', 'cta'],
    heading: 'Rooms & rates', text: 'Comfortable rooms at {name}, with breakfast included.',
    seo: 'Rooms and rates at {name}{inPlace}. Book direct for the best rate.',
  },
  seo: '{name} is {aDescriptor}{inPlace} with comfortable rooms and a warm welcome. Check availability and book direct.',
  starterPrompt: 'Juniper House, a bed and breakfast in Burlington, Vermont with six rooms, homemade breakfast and mountain views. Warm and rustic.',
};
