import { dateField, formWith, PHONE_FIELD } from './form-fields.ts';
import type { IndustryProfile } from './types.ts';

// Personal care: hair and beauty salons, and pet care (grooming, daycare, walking). Both show a price list.

export const salon: IndustryProfile = {
  id: 'salon',
  label: 'Hair & beauty salon',
  noun: 'hair salon',
  nouns: [[/barber/i, 'barbershop'], [/nail (?:salon|studio|bar)|manicure/i, 'nail salon'], [/beauty (?:salon|studio)/i, 'beauty salon'], [/hair studio/i, 'hair studio']],
  nameNoun: 'Hair Studio',
  keywords: [['salons?', 4], ['hair(?:dressers?|dressing|cuts?)?', 3], ['cuts', 1], ['balayage|highlights|blow-?dry|blowouts?|keratin|updos?', 3], ['barber(?:s|shop)?', 4], ['nails?|manicures?|pedicures?', 3], ['beauty', 3], ['lash(?:es)?|brows?', 2], ['stylists?|styling', 2], ['facials?|waxing', 3]],
  // Colour is a hair salon's, not every barber's.
  particulars: [[/colou?r|gloss|root touch|patch test|tint/i, /colou?r|tint|dye|gloss|highlights|balayage|blonde|grey|hair ?(?:salon|studio)|hairdress/i]],
  look: {
    colors: { primary: '#9d174d', secondary: '#3f1d2b', accent: '#d4a373', background: '#fffafb', surface: '#fbeff3', text: '#2a1a20', muted: '#6e5a62' },
    heading: 'playfair-display', body: 'montserrat', radius: 'lg', density: 'comfortable', typeScale: 1.25, headingWeight: 500, hero: 'split', servicesVariant: 'cards',
  },
  action: { label: 'Book an appointment', target: 'contact' },
  tagline: 'Cuts, color and styling you will love',
  hero: {
    heading: 'Hair that feels like you',
    text: '{name} is {aDescriptor}{inPlace} for {offer|cuts, color and styling} — relaxed, personal and always unhurried.',
  },
  services: {
    heading: 'Services',
    intro: 'Every appointment at {name} starts with a consultation, so you leave with exactly what you wanted.',
    items: [
      { title: 'Cuts & styling', text: 'Precision cuts, blow-dries and finishing for every hair type and length.', detail: 'from {c}55', icon: 'star', match: /\bcuts?\b|haircuts?|trims?|blow-?dry|blowouts?/i },
      { title: 'Color', text: 'Single-process color, glosses and grey coverage, matched to your skin tone.', detail: 'from {c}85', icon: 'sparkle', match: /colou?r|tint|gloss|grey coverage/i },
      { title: 'Balayage & highlights', text: 'Hand-painted, sun-kissed color that grows out softly.', detail: 'from {c}160', icon: 'heart', match: /balayage|highlights|foils?|ombr/i, isSpecific: true },
      { title: 'Bridal styling', text: 'Trials, wedding-morning styling and updos for you and your party.', detail: 'from {c}120', icon: 'star', match: /bridal|wedding|updos?|brides?/i, isSpecific: true },
      { title: 'Treatments', text: 'Bond-repair, keratin and scalp treatments for healthy, shiny hair.', detail: 'from {c}35', icon: 'leaf', match: /treatments?|keratin|olaplex|scalp|condition/i, isSpecific: true },
      { title: 'Nails', text: 'Manicures, pedicures and gel polish that lasts.', detail: 'from {c}35', icon: 'check', match: /nails?|manicures?|pedicures?|gel/i, isSpecific: true },
      { title: 'Brows & lashes', text: 'Shaping, tinting and lifts to frame your face.', detail: 'from {c}25', icon: 'sparkle', match: /brows?|lash(?:es)?/i, isSpecific: true },
      { title: 'Barbering', text: 'Classic cuts, skin fades and beard trims.', detail: 'from {c}30', icon: 'tool', match: /barber|fades?|beards?|shaves?/i, isSpecific: true },
    ],
    customText: ['{item} by the stylists at {name}.', '{item}, tailored to you after a consultation.', 'Ask us about {item} when you book.'],
  },
  menu: {
    heading: 'Price list',
    intro: 'Prices depend on hair length and thickness; your stylist confirms the price at your consultation.',
    note: 'A patch test is required 48 hours before any first color service. Please give 24 hours’ notice to cancel.',
    categories: [
      { name: 'Cuts & styling', match: /cuts?|styl|blow/i, items: [
        { name: 'Cut & blow-dry', description: 'Consultation, wash, cut and finish.', price: '{c}65' },
        { name: 'Short cut', description: 'Clipper or scissor cut for short hair.', price: '{c}40' },
        { name: 'Children’s cut (under 12)', description: 'Wash, cut and a little style.', price: '{c}28' },
        { name: 'Blow-dry', description: 'Smooth, bouncy or waves — your choice.', price: '{c}45' },
      ] },
      { name: 'Color', match: /colou?r|balayage|highlights/i, items: [
        { name: 'Root touch-up', description: 'Up to 2 cm of regrowth.', price: '{c}85' },
        { name: 'Full color', description: 'Single process, root to tip.', price: '{c}110' },
        { name: 'Balayage', description: 'Hand-painted color with toner.', price: 'from {c}160' },
        { name: 'Gloss', description: 'Adds shine and refreshes tone.', price: '{c}45' },
      ] },
      { name: 'Bridal & occasions', match: /bridal|wedding|occasion|updo/i, items: [
        { name: 'Bridal trial', description: 'Plan and test your wedding-day look.', price: '{c}90' },
        { name: 'Wedding-day styling', description: 'At the salon or on location.', price: 'from {c}140' },
        { name: 'Occasion updo', description: 'For parties, proms and events.', price: '{c}75' },
      ] },
      { name: 'Treatments', items: [
        { name: 'Bond-repair treatment', description: 'Strengthens hair after color or heat.', price: '{c}35' },
        { name: 'Keratin smoothing', description: 'Frizz-free, glossy hair for up to three months.', price: 'from {c}220' },
      ] },
    ],
  },
  about: {
    story: [
      '{name} is {aDescriptor}{inPlace} where you can slow down, be listened to and leave feeling like the best version of yourself.',
      'Our stylists train continually in the latest cutting and color techniques, and we use professional products that are kind to your hair and to the planet.',
      'Every visit starts with a proper consultation — because great hair begins with understanding what you want.',
    ],
    values: [
      { title: 'Listen first', text: 'A real consultation before every service, so there are no surprises.' },
      { title: 'Healthy hair', text: 'Techniques and products that protect your hair’s condition.' },
      { title: 'Time for you', text: 'Appointments that are never rushed — relax, we have got you.' },
    ],
    ownerRole: 'Owner & creative director',
  },
  testimonials: [
    { quote: 'Finally a salon that listens. My balayage at {name} is exactly what I had in mind.', author: 'Chloe A.', detail: 'Color client' },
    { quote: 'They did my hair and my bridesmaids’ on the wedding morning and kept us all calm.', author: 'Zoe M.', detail: 'Bride' },
    { quote: 'Best cut I have had{inPlace} — it still looks good two months later.', author: 'Jade P.', detail: 'Regular client' },
  ],
  faq: [
    { question: 'Do I need a patch test?', answer: 'Yes, for any first color service we need a quick patch test at least 48 hours before your appointment.' },
    { question: 'How do I know what my service will cost?', answer: 'The price list shows starting prices; your stylist confirms the exact price during your consultation, before starting.' },
    { question: 'What is your cancellation policy?', answer: 'Please give us 24 hours’ notice so that we can offer your slot to someone else.' },
    { question: 'Do you offer bridal trials?', answer: 'Yes — we recommend a trial four to eight weeks before the wedding.' },
  ],
  cta: { heading: 'Treat yourself', text: 'Book your next appointment at {name} — new clients are always welcome.' },
  contact: {
    heading: 'Book an appointment',
    intro: 'Tell us which service you would like and when suits you; we will confirm your time by email.',
    submitLabel: 'Request appointment',
    fields: formWith([PHONE_FIELD, { name: 'service', label: 'Service', kind: 'select', required: false, options: [] }, dateField('Preferred date')]),
  },
  home: ['services', 'testimonials', 'cta'],
  page: {
    id: 'prices', title: 'Prices', blocks: ['menu', 'faq', 'cta'],
    heading: 'Services & prices', text: 'Cuts, color, styling and treatments at {name}.',
    seo: 'Prices at {name}{inPlace}: cuts, color, balayage, bridal styling and treatments. Book your appointment online.',
  },
  seo: '{name} is {aDescriptor}{inPlace} for cuts, color, balayage and styling. See prices and book your appointment online.',
  starterPrompt: 'Velvet Hair Studio in Miami: cuts, color, balayage and keratin treatments. Elegant and warm, blush pink and charcoal.',
};

export const petcare: IndustryProfile = {
  id: 'petcare',
  label: 'Pet care',
  noun: 'pet care service',
  nouns: [[/dog grooming and daycare/i, 'dog grooming and daycare service'], [/grooming salon|dog groom/i, 'dog grooming salon'], [/dog walk/i, 'dog walking service'], [/boarding|kennels?/i, 'pet boarding service'], [/daycare/i, 'dog daycare']],
  nameNoun: 'Pet Care',
  keywords: [['dogs?|pupp(?:y|ies)|cats?|pets?|canines?', 3], ['grooming|groomers?', 3], ['daycare|day care', 2], ['boarding|kennels?|cattery', 3], ['dog walk(?:ing|ers?)', 4], ['pet sitt(?:ing|ers?)', 4], ['veterinar(?:y|ians?)|vets?', 3], ['paws?', 2]],
  // Small groups and mornings are a daycare's.
  particulars: [[/small groups?|groups small|settling-in|every morning/i, /daycare|day care|walk/i]],
  look: {
    colors: { primary: '#d9572b', secondary: '#2a9d8f', accent: '#f4c95d', background: '#fffcf7', surface: '#fdf0e4', text: '#2a2421', muted: '#6b5f58' },
    heading: 'quicksand', body: 'nunito', radius: 'full', density: 'comfortable', typeScale: 1.25, headingWeight: 700, hero: 'split', servicesVariant: 'cards',
  },
  action: { label: 'Book a visit', target: 'contact' },
  tagline: 'Happy, clean and well-loved pets',
  hero: {
    heading: 'Happy dogs, happy humans',
    text: '{name} is {aDescriptor}{inPlace}: patient, gentle care from people who treat your pet like family.',
  },
  services: {
    heading: 'How we care for your pet',
    intro: 'Everything at {name} is done calmly, safely and with lots of treats.',
    items: [
      { title: 'Grooming', text: 'Bath, brush, cut and nail trim, done calmly by groomers who love their work.', detail: 'from {c}45', icon: 'sparkle', match: /groom|bath|nail trim/i, isSpecific: true },
      { title: 'Daycare', text: 'Supervised play in small groups, with rest time and plenty of attention.', detail: '{c}38 per day', icon: 'heart', match: /daycare|day care/i, isSpecific: true },
      { title: 'Pickup & drop-off', text: 'We collect your dog in the morning and bring them home tired and happy.', detail: 'from {c}10', icon: 'home', match: /pick-?up|drop-?off|collect|transport/i, isSpecific: true },
      { title: 'Dog walking', text: 'Solo or small-group walks, with a photo update every time.', detail: 'from {c}20', icon: 'leaf', match: /walk/i, isSpecific: true },
      { title: 'Boarding', text: 'Overnight stays in a home-from-home setting.', detail: 'from {c}55 per night', icon: 'shield', match: /boarding|overnight|kennel|sitting/i, isSpecific: true },
      { title: 'Puppy training', text: 'Positive, reward-based classes for puppies and young dogs.', detail: 'from {c}25', icon: 'star', match: /training|obedience|puppy class/i, isSpecific: true },
    ],
    customText: ['{item} for your pet, with care from the {name} team.', '{item} — gentle, safe and fun.', 'Ask us about {item}.'],
  },
  menu: {
    heading: 'Prices',
    intro: 'Grooming prices depend on size and coat; we confirm the price when you book.',
    note: 'All dogs must be vaccinated and flea-treated. New daycare dogs start with a short settling-in visit.',
    categories: [
      { name: 'Grooming', match: /groom/i, items: [
        { name: 'Bath & brush (small dogs)', description: 'Wash, dry, brush-out, ears and nails.', price: '{c}45' },
        { name: 'Full groom (medium dogs)', description: 'Bath, cut and style, ears and nails.', price: '{c}70' },
        { name: 'Full groom (large dogs)', description: 'Bath, cut and style, ears and nails.', price: '{c}90' },
        { name: 'Nail trim', description: 'Walk-ins welcome.', price: '{c}15' },
      ] },
      { name: 'Daycare', match: /daycare|day care/i, items: [
        { name: 'Full day', description: 'Drop off from 7:30, collect by 18:30.', price: '{c}38' },
        { name: 'Half day', description: 'Up to five hours.', price: '{c}24' },
        { name: '10-day pack', description: 'Use within three months.', price: '{c}340' },
      ] },
      { name: 'Extras', items: [
        { name: 'Pickup & drop-off', description: 'Each way, within our area.', price: '{c}10' },
        { name: 'Dog walk (1 hour)', description: 'Small groups of up to four dogs.', price: '{c}20' },
      ] },
    ],
  },
  about: {
    story: [
      '{name} started{inPlace} with one simple promise: to care for every pet the way we care for our own.',
      'Our team is trained in canine first aid and handling, and we keep groups small so every dog gets attention, exercise and rest.',
      'Nervous, bouncy, elderly or brand new — every pet gets patience, kindness and a tail-wagging welcome.',
    ],
    values: [
      { title: 'Patience first', text: 'We go at your pet’s pace, especially on a first visit.' },
      { title: 'Safety always', text: 'Small groups, secure spaces and a trained team.' },
      { title: 'You stay in the loop', text: 'Photo updates and honest notes after every visit.' },
    ],
    ownerRole: 'Founder',
  },
  testimonials: [
    { quote: 'Our rescue dog is nervous with strangers, but she runs into {name} every morning.', author: 'Beth H.', detail: 'Daycare client' },
    { quote: 'The groom was perfect and the photo update made my day.', author: 'Sam D.', detail: 'Grooming client' },
    { quote: 'The pickup service is a lifesaver for our busy mornings.', author: 'Luis F.', detail: 'Daycare & pickup' },
  ],
  faq: [
    { question: 'What vaccinations does my dog need?', answer: 'Up-to-date core vaccinations and flea and worm treatment. Bring your records to the first visit.' },
    { question: 'My dog is nervous. Can you help?', answer: 'Yes. We take first visits slowly, with short sessions and lots of encouragement.' },
    { question: 'Which areas does your pickup cover?', answer: 'We collect across {place|our local area}. Send us your address and we will confirm.' },
    { question: 'How do I book?', answer: 'Use the contact form or call us — we confirm every booking by message.' },
  ],
  cta: { heading: 'Book your pet’s first visit', text: 'Tell {name} about your pet and we will find the perfect time.' },
  contact: {
    heading: 'Book a visit',
    intro: 'Tell us about your pet and what you need; we reply within one working day.',
    submitLabel: 'Send booking request',
    fields: formWith([
      PHONE_FIELD,
      { name: 'pet', label: 'Your pet’s name and breed', kind: 'text', required: true },
      { name: 'service', label: 'Service', kind: 'select', required: false, options: [] },
      dateField('Preferred date'),
    ]),
  },
  home: ['services', 'testimonials', 'cta'],
  page: {
    id: 'services', title: 'Services & prices', blocks: ['services', 'menu', 'faq', 'cta'],
    heading: 'Services & prices', text: 'Grooming, daycare and more at {name}, with prices.',
    seo: 'Services and prices at {name}{inPlace}: dog grooming, daycare, walking and pickup. Gentle care from a trained team.',
  },
  seo: '{name} is {aDescriptor}{inPlace}: gentle care from a team that treats your pet like family.',
  starterPrompt: 'Waggle dog walking and pet sitting in Austin, Texas, with daily group walks and overnight stays. Cheerful and friendly, teal and yellow.',
};
