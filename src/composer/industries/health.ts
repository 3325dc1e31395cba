import { dateField, formWith, PHONE_FIELD } from './form-fields.ts';
import type { IndustryProfile } from './types.ts';

// Health and fitness: dental practices, gyms, yoga studios.

export const dentist: IndustryProfile = {
  id: 'dentist',
  label: 'Dental practice',
  noun: 'dental practice',
  nouns: [[/family dentistry|family dental/i, 'family dental practice'], [/orthodont/i, 'orthodontic practice']],
  nameNoun: 'Dental',
  keywords: [['dent(?:ist|ists|istry|al)', 4], ['teeth|tooth', 3], ['orthodont\\w*', 3], ['whitening', 2], ['smiles?', 1], ['hygienists?', 2], ['implants?|braces|invisalign|veneers?|fillings?|crowns?|root canals?', 2]],
  look: {
    colors: { primary: '#0e7490', secondary: '#164e63', accent: '#5eead4', background: '#ffffff', surface: '#eff7f9', text: '#12272e', muted: '#52666e' },
    heading: 'dm-sans', body: 'source-sans-3', radius: 'lg', density: 'comfortable', typeScale: 1.2, headingWeight: 600, hero: 'split', servicesVariant: 'cards',
  },
  action: { label: 'Book an appointment', target: 'contact' },
  tagline: 'Gentle, modern dental care for the whole family',
  hero: {
    heading: 'Healthy smiles, gentle care',
    text: '{name} is {aDescriptor}{inPlace} offering {offer|check-ups, cosmetic treatments and help when it hurts} — in a calm, unhurried setting.',
  },
  services: {
    heading: 'Treatments',
    intro: 'Everything your family needs, from a first check-up to a brighter smile.',
    items: [
      { title: 'General dentistry', text: 'Check-ups, cleanings and fillings that keep teeth healthy for life.', detail: 'Check-up & clean · 45 min', icon: 'check', match: /general|check-?ups?|exams?|cleanings?|fillings?|preventive/i },
      { title: 'Cosmetic dentistry', text: 'Veneers, bonding and smile makeovers planned around your face and your goals.', detail: 'Personal treatment plan', icon: 'sparkle', match: /cosmetic|veneers?|bonding|makeover/i },
      { title: 'Teeth whitening', text: 'Professional in-clinic or take-home whitening, safely supervised by your dentist.', detail: 'In-clinic or take-home', icon: 'star', match: /whiten/i, isSpecific: true },
      { title: 'Emergency visits', text: 'Toothache, a broken tooth or a lost filling? Call us and we will see you as soon as we can.', detail: 'Same-day when possible', icon: 'clock', match: /emergenc|urgent|toothache|pain/i, isSpecific: true },
      { title: 'Children’s dentistry', text: 'Friendly first visits and preventive care that help children feel at ease.', detail: 'From the first tooth', icon: 'heart', match: /child|kids|pediatric|paediatric|famil/i, isSpecific: true },
      { title: 'Orthodontics', text: 'Clear aligners and braces to straighten teeth at any age.', detail: 'Clear aligners & braces', icon: 'shield', match: /orthodont|braces|aligners?|invisalign/i, isSpecific: true },
      { title: 'Dental implants', text: 'A permanent, natural-looking replacement for missing teeth.', detail: 'Consultation first', icon: 'tool', match: /implants?/i, isSpecific: true },
    ],
    customText: ['{item}, carried out with care by the {name} team.', 'Ask us about {item} at your next visit.', '{item}, explained clearly before we begin.'],
  },
  process: {
    heading: 'Your first visit',
    intro: 'New to {name}? Here is what to expect.',
    steps: [
      { title: 'Book a time', text: 'Choose a time online or call us; tell us if you are nervous and we will plan around it.' },
      { title: 'Meet your dentist', text: 'A thorough check-up, gentle cleaning and digital X-rays if needed.' },
      { title: 'Get a clear plan', text: 'We explain what we found, your options and the costs — before any treatment.' },
    ],
  },
  about: {
    story: [
      '{name} is {aDescriptor}{inPlace} built around one idea: dental care should be calm, clear and kind.',
      'We take time to listen, explain every option in plain language and never rush a treatment. From first baby teeth to cosmetic work, patients of every age are looked after by the same friendly team.',
      'Modern equipment, gentle hands and honest advice — that is what you can expect at every visit.',
    ],
    values: [
      { title: 'Gentle by default', text: 'We go at your pace and agree a signal for breaks before we start.' },
      { title: 'Clear choices', text: 'Every option and its cost explained before treatment — no surprises.' },
      { title: 'Prevention first', text: 'Healthy habits and regular check-ups mean less treatment later.' },
    ],
    ownerRole: 'Lead dentist',
  },
  testimonials: [
    { quote: 'I used to dread the dentist. The team at {name} changed that completely.', author: 'Maria G.', detail: 'Formerly nervous patient' },
    { quote: 'Our kids actually look forward to their check-ups. That says it all.', author: 'James T.', detail: 'Parent of two' },
    { quote: 'I cracked a tooth on a Saturday and they fitted me in the same morning. Thank you!', author: 'Aisha N.', detail: 'Emergency visit' },
  ],
  faq: [
    { question: 'Do you accept dental insurance?', answer: 'We work with most major dental plans and will check your cover before treatment. Call {name} with your plan details.' },
    { question: 'I am nervous about the dentist. Can you help?', answer: 'Absolutely. Tell us when you book; we will take things slowly, explain each step and agree a signal for breaks.' },
    { question: 'What should I do in a dental emergency?', answer: 'Call us as early as you can. We keep time free for emergencies and will tell you what to do until you arrive.' },
    { question: 'How often should I have a check-up?', answer: 'Most people every six months, but your dentist will recommend what is right for you.' },
  ],
  cta: { heading: 'Ready for your check-up?', text: 'Book an appointment at {name} today — new patients are always welcome.' },
  contact: {
    heading: 'Book an appointment',
    intro: 'Tell us what you need and when suits you; we will confirm a time by phone or email.',
    submitLabel: 'Request appointment',
    fields: formWith([PHONE_FIELD, { name: 'service', label: 'Treatment', kind: 'select', required: false, options: [] }, dateField('Preferred date')]),
  },
  home: ['services', 'stats', 'testimonials', 'cta'],
  page: {
    id: 'treatments', title: 'Treatments', blocks: ['services', 'process', 'faq', 'cta'],
    heading: 'Treatments at {name}', text: 'Preventive, cosmetic and emergency dental care for every age.',
    seo: 'Dental treatments at {name}{inPlace}: check-ups, cosmetic dentistry, whitening and emergency visits. New patients welcome.',
  },
  seo: '{name} is {aDescriptor}{inPlace}: gentle, modern dental care. Book your appointment online.',
  starterPrompt: 'Bright Smile Dental in Columbus, Ohio: family and cosmetic dentistry, teeth whitening and emergency visits. Calm and trustworthy, light blue and white.',
};

export const gym: IndustryProfile = {
  id: 'gym',
  label: 'Gym & fitness',
  noun: 'gym',
  nouns: [[/strength and conditioning/i, 'strength and conditioning gym'], [/boxing/i, 'boxing gym'], [/crossfit/i, 'CrossFit box'], [/fitness studio/i, 'fitness studio']],
  nameNoun: 'Fitness',
  keywords: [['gyms?', 4], ['fitness', 3], ['strength', 2], ['conditioning', 2], ['crossfit|bootcamp|boot camp|hiit|weightlifting|powerlifting|bodybuilding|kettlebells?|spin', 3], ['personal train(?:ing|er|ers)', 3], ['workouts?|training', 1], ['boxing|martial arts|jiu-?jitsu|karate|mma|kickboxing', 3], ['sauna', 1]],
  look: {
    colors: { primary: '#d9480f', secondary: '#111111', accent: '#facc15', background: '#ffffff', surface: '#f4f4f5', text: '#111111', muted: '#52525b' },
    heading: 'oswald', body: 'inter', radius: 'sm', density: 'comfortable', typeScale: 1.333, headingWeight: 800, hero: 'overlay', servicesVariant: 'cards',
  },
  action: { label: 'Join today', target: 'page' },
  tagline: 'Serious training, expert coaching, a community that shows up',
  hero: {
    heading: 'Stronger starts here',
    text: '{name} is {aDescriptor}{inPlace} with expert coaching, serious equipment and a community that shows up for each other.',
  },
  services: {
    heading: 'Train your way',
    intro: 'Whether you lift, sweat or recover, {name} has room for you.',
    items: [
      { title: 'Personal training', text: 'One-to-one sessions with a coach who builds your programme around your goals.', detail: 'from {c}50 per session', icon: 'star', match: /personal train|1[- ]?(?:to|on)[- ]?1|one[- ]to[- ]one|coach/i },
      { title: 'Group classes', text: 'Strength, HIIT and conditioning classes every day — all levels welcome.', detail: 'Included in membership', icon: 'heart', match: /group classes|classes|hiit|bootcamp|boot camp|spin|circuits?/i },
      { title: 'Strength floor', text: 'Racks, platforms, barbells and dumbbells, with plenty of room to train.', detail: 'All levels', icon: 'bolt', match: /strength|weights?|lifting|barbells?|free weights|powerlifting/i },
      { title: 'Conditioning zone', text: 'Rowers, bikes, sleds and ropes to build an engine that lasts.', detail: 'Cardio & conditioning', icon: 'chart', match: /conditioning|cardio|rowers?|sleds?/i },
      { title: 'Sauna & recovery', text: 'Unwind after training in the sauna and stretching area.', detail: 'Members only', icon: 'leaf', match: /sauna|recovery|steam|ice bath|stretch/i, isSpecific: true },
      { title: 'Nutrition coaching', text: 'Simple, sustainable eating habits that support your training.', detail: 'Add-on', icon: 'check', match: /nutrition|diet|meal/i, isSpecific: true },
    ],
    customText: ['{item} at {name}, coached by people who care.', '{item} — part of every membership plan.', 'Ask the team about {item}.'],
  },
  pricing: {
    heading: 'Membership',
    intro: 'Simple plans, no joining fee, cancel with 30 days’ notice.',
    note: 'Prices are per person. Student and family discounts available — ask at the front desk.',
    plans: [
      { name: 'Off-peak', price: '{c}29', period: 'per month', description: 'Train outside the busiest hours.', features: ['Gym floor access off-peak', 'Two group classes a week', 'Free induction'] },
      { name: 'Unlimited', price: '{c}49', period: 'per month', description: 'Everything, whenever you like.', features: ['Full gym access', 'Unlimited group classes', 'Sauna & recovery area', 'Free induction'], isFeatured: true },
      { name: 'Coached', price: '{c}189', period: 'per month', description: 'Unlimited membership plus a personal coach.', features: ['Everything in Unlimited', 'Four personal training sessions', 'Programme & progress check-ins'] },
    ],
  },
  about: {
    story: [
      '{name} was built for people who want to get stronger without the ego — beginners, athletes and everyone in between{inPlace}.',
      'Our coaches are qualified, friendly and always on the floor. We keep the equipment serious, the music loud and the atmosphere welcoming.',
      'Come in for a tour, meet the coaches and see why our members keep coming back.',
    ],
    values: [
      { title: 'Strength for everyone', text: 'Every programme scales — your first session or your hundredth.' },
      { title: 'Coaching that cares', text: 'Our coaches know your name, your goals and how to help you reach them.' },
      { title: 'Show up together', text: 'A community that pushes you on and cheers every personal best.' },
    ],
    ownerRole: 'Head coach',
  },
  testimonials: [
    { quote: 'I walked into {name} unable to do a push-up. A year later I deadlift twice my bodyweight.', author: 'Sophie W.', detail: 'Member' },
    { quote: 'The coaches actually watch your form. Best gym I have trained at{inPlace}.', author: 'Daniel K.', detail: 'Strength member' },
    { quote: 'The group classes are tough, fun and the people are brilliant.', author: 'Rachel B.', detail: 'Class regular' },
  ],
  faq: [
    { question: 'I am a complete beginner. Is this for me?', answer: 'Yes. Every new member gets a free induction, and all classes and programmes scale to your level.' },
    { question: 'Is there a joining fee or contract?', answer: 'No joining fee. Memberships roll monthly and you can cancel with 30 days’ notice.' },
    { question: 'Can I try before I join?', answer: 'Of course — book a tour through the contact page and we will show you around.' },
    { question: 'Do you offer personal training to non-members?', answer: 'Yes, personal training packages are available to everyone.' },
  ],
  cta: { heading: 'See the gym before you join', text: 'Book a tour of {name}, meet the coaches and ask us anything.' },
  contact: {
    heading: 'Book a tour',
    intro: 'Tell us your goals and when you would like to come in; a coach will get back to you within a day.',
    submitLabel: 'Book my tour',
    fields: formWith([PHONE_FIELD, { name: 'goal', label: 'Your main goal', kind: 'select', required: false, options: ['Get stronger', 'Lose weight', 'Get fitter', 'Train for an event', 'Something else'] }]),
  },
  home: ['services', 'stats', 'testimonials', 'cta'],
  page: {
    id: 'membership', title: 'Membership', blocks: ['pricing', 'services', 'faq', 'cta'],
    heading: 'Join {name}', text: 'Simple memberships, personal training and classes for every level.',
    seo: 'Membership prices at {name}{inPlace}: unlimited gym access, group classes and personal training. No joining fee.',
  },
  seo: '{name} is {aDescriptor}{inPlace} with personal training, group classes and expert coaches. Book a tour.',
  starterPrompt: 'Foundry Fitness, a strength gym in Denver with personal training, group HIIT classes and open gym. Open 5am to 10pm every day. Bold and energetic, black and red.',
};

export const yoga: IndustryProfile = {
  id: 'yoga',
  label: 'Yoga & wellness',
  noun: 'yoga studio',
  nouns: [[/pilates/i, 'Pilates studio'], [/meditation cent(?:er|re)/i, 'meditation centre'], [/wellness/i, 'wellness studio']],
  nameNoun: 'Yoga',
  keywords: [['yoga', 4], ['pilates', 3], ['meditation|mindfulness', 3], ['vinyasa|hatha|ashtanga|yin|kundalini|restorative|prenatal|iyengar', 3], ['breathwork', 2], ['wellness|well-being|wellbeing', 1], ['retreats?', 1], ['massage|reiki', 2]],
  look: {
    colors: { primary: '#4f7a63', secondary: '#a0704a', accent: '#d8b4a0', background: '#fbf9f6', surface: '#f0ece4', text: '#2a2a27', muted: '#66625a' },
    heading: 'cormorant-garamond', body: 'lato', radius: 'lg', density: 'spacious', typeScale: 1.2, headingWeight: 500, hero: 'centered', servicesVariant: 'cards',
  },
  action: { label: 'Book a class', target: 'contact' },
  tagline: 'Breathe, move and rest — classes for every body',
  hero: {
    heading: 'Make space to breathe',
    text: '{name} is {aDescriptor}{inPlace} offering classes for every body and every level, taught with warmth and care.',
  },
  services: {
    heading: 'Classes',
    intro: 'Find the practice that fits your day at {name}.',
    items: [
      { title: 'Vinyasa flow', text: 'Breath-led movement that builds heat, strength and focus.', detail: '60 min · all levels', icon: 'bolt', match: /vinyasa|flow|power yoga/i, isSpecific: true },
      { title: 'Yin yoga', text: 'Long, quiet holds that release deep tension and calm the mind.', detail: '75 min · all levels', icon: 'leaf', match: /\byin\b/i, isSpecific: true },
      { title: 'Prenatal yoga', text: 'Gentle, supportive practice for every trimester.', detail: '60 min', icon: 'heart', match: /prenatal|pregnan|postnatal/i, isSpecific: true },
      { title: 'Beginners’ course', text: 'Four weeks of foundations: the poses, the breath and how to practise safely.', detail: '4 weeks', icon: 'check', match: /beginner|intro|foundation/i },
      { title: 'Meditation', text: 'Guided sits and breathwork to settle a busy mind.', detail: '30 min', icon: 'sparkle', match: /meditat|mindful|breath/i, isSpecific: true },
      { title: 'Teacher training', text: 'A 200-hour programme to deepen your practice or learn to teach.', detail: '200 hours', icon: 'star', match: /teacher training|200-?hour|ytt/i, isSpecific: true },
      { title: 'Pilates', text: 'Mat Pilates for core strength, posture and mobility.', detail: '50 min', icon: 'check', match: /pilates/i, isSpecific: true },
    ],
    customText: ['{item} classes at {name}, for every level.', '{item}, taught with care and clear guidance.', 'Ask us about {item} on the timetable.'],
  },
  pricing: {
    heading: 'Class passes',
    intro: 'Practise as often as suits you — passes work for every class on the timetable.',
    note: 'Mats, blocks and blankets are provided. Passes are personal and cannot be shared.',
    plans: [
      { name: 'Drop-in', price: '{c}20', period: 'per class', description: 'Come when you can.', features: ['Any class on the timetable', 'Mat and props included'] },
      { name: '10-class pass', price: '{c}170', period: 'valid 3 months', description: 'Our most flexible option.', features: ['Ten classes of your choice', 'Share the timetable with friends', 'Mat and props included'], isFeatured: true },
      { name: 'Unlimited', price: '{c}129', period: 'per month', description: 'For a regular practice.', features: ['Unlimited classes', 'Priority booking for workshops', 'Mat storage'] },
    ],
  },
  about: {
    story: [
      '{name} is a calm, welcoming space{inPlace} to move, breathe and rest. We opened it for people who want a practice that fits real life.',
      'Our teachers bring years of training and a gentle, encouraging style. Classes stay small so that everyone gets attention, whether it is your first class or your thousandth.',
      'Leave your phone at the door, roll out a mat and give yourself an hour.',
    ],
    values: [
      { title: 'Every body welcome', text: 'All ages, shapes and levels — we offer options for every pose.' },
      { title: 'Small classes', text: 'So that teachers can see you, help you and learn your name.' },
      { title: 'Practice for life', text: 'Yoga that supports your days, not another thing to be perfect at.' },
    ],
    ownerRole: 'Founder & lead teacher',
  },
  testimonials: [
    { quote: '{name} is the calmest hour of my week. The teachers are wonderful.', author: 'Nina F.', detail: 'Member' },
    { quote: 'I was nervous as a complete beginner, but I felt welcome from the first class.', author: 'Oliver J.', detail: 'Beginners’ course' },
    { quote: 'The prenatal classes kept me strong and sane through my whole pregnancy.', author: 'Camille D.', detail: 'Prenatal student' },
  ],
  faq: [
    { question: 'I have never done yoga. Where do I start?', answer: 'Our beginners’ course or any class marked “all levels” is perfect. Tell the teacher it is your first time.' },
    { question: 'What should I bring?', answer: 'Comfortable clothes and a bottle of water. Mats, blocks and blankets are provided.' },
    { question: 'How early should I arrive?', answer: 'About ten minutes before class, so you can settle in without rushing.' },
    { question: 'Can I practise while pregnant?', answer: 'Yes — our prenatal classes are designed for every trimester. Check with your doctor or midwife first.' },
  ],
  cta: { heading: 'Roll out your mat', text: 'Book your first class at {name} and feel the difference an hour makes.' },
  contact: {
    heading: 'Book a class or ask a question',
    intro: 'Tell us which class you are interested in and we will save you a spot.',
    submitLabel: 'Send',
    fields: formWith([{ name: 'service', label: 'Class', kind: 'select', required: false, options: [] }]),
  },
  home: ['services', 'testimonials', 'cta'],
  page: {
    id: 'classes', title: 'Classes', blocks: ['services', 'pricing', 'faq', 'cta'],
    heading: 'Classes & passes', text: 'Every class at {name}, and simple passes to practise as often as you like.',
    seo: 'Yoga classes at {name}{inPlace}: vinyasa, yin, prenatal and beginners’ courses. Drop-in, class packs and unlimited passes.',
  },
  seo: '{name} is {aDescriptor}{inPlace}: small, welcoming classes for every body and level. Book your first class today.',
  starterPrompt: 'Open Lotus yoga studio in Asheville offering vinyasa, yin and beginners classes plus monthly workshops. Serene, calm, sage green and sand.',
};
