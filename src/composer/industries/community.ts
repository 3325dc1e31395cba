import { formWith, PHONE_FIELD, textareaField } from './form-fields.ts';
import type { IndustryProfile } from './types.ts';

// Learning and community: tutoring and education, and nonprofits.

export const tutoring: IndustryProfile = {
  id: 'tutoring',
  label: 'Tutoring & education',
  noun: 'tutoring service',
  nouns: [[/learning cent(?:er|re)/i, 'learning centre'], [/music (?:lessons|school|teacher)/i, 'music school'], [/language school/i, 'language school']],
  nameNoun: 'Tutoring',
  keywords: [['tutor(?:ing|s)?', 4], ['lessons?', 1], ['math(?:s|ematics)?|science|physics|chemistry|biology|reading|writing|sat|gcses?|a-levels?', 2], ['grades?|students?|pupils?', 1], ['exam prep|test prep|homework', 3], ['schools?', 1], ['education(?:al)?', 1], ['learning', 1], ['teach(?:ing|ers?)?', 1]],
  look: {
    colors: { primary: '#3949ab', secondary: '#e0592a', accent: '#ffca28', background: '#ffffff', surface: '#f3f4fb', text: '#1a1d33', muted: '#535874' },
    heading: 'poppins', body: 'open-sans', radius: 'lg', density: 'comfortable', typeScale: 1.25, headingWeight: 700, hero: 'split', servicesVariant: 'cards',
  },
  action: { label: 'Book a first session', target: 'contact' },
  tagline: 'Patient tutoring that builds confidence and results',
  hero: {
    heading: 'Confidence first. Better grades follow.',
    text: '{name} offers patient, one-to-one tutoring{inPlace} that helps students understand, not just memorise.',
  },
  services: {
    heading: 'What we teach',
    intro: 'Every student at {name} gets a plan built around how they learn.',
    items: [
      { title: 'Math tutoring', text: 'From fractions to calculus — step-by-step explanations until it clicks.', detail: '{c}60 / hour', icon: 'chart', match: /math/i, isSpecific: true },
      { title: 'Science tutoring', text: 'Biology, chemistry and physics made clear, with plenty of practice.', detail: '{c}60 / hour', icon: 'bolt', match: /science|physics|chemistry|biology/i, isSpecific: true },
      { title: 'English & writing', text: 'Reading comprehension, essays and grammar that build strong communicators.', detail: '{c}55 / hour', icon: 'chat', match: /english|reading|writing|essays?|literacy/i, isSpecific: true },
      { title: 'Test preparation', text: 'Focused preparation for exams, with practice papers and exam technique.', detail: 'Course packages', icon: 'star', match: /tests?|exams?|\bsat\b|\bact\b|gcse|a-levels?/i },
      { title: 'Online sessions', text: 'Live, interactive lessons with a shared whiteboard, wherever you are.', detail: 'Same price', icon: 'home', match: /online|virtual|remote|zoom/i },
      { title: 'In-person sessions', text: 'Face-to-face tutoring at our centre or at your home.', detail: 'Local area', icon: 'heart', match: /in[- ]person|face[- ]to[- ]face|home visits?/i },
      { title: 'Homework help', text: 'Regular support to keep on top of assignments and reduce stress.', detail: '30 or 60 min', icon: 'check', match: /homework/i, isSpecific: true },
    ],
    customText: ['{item} with an experienced {name} tutor.', 'Patient, one-to-one {item}.', 'Ask us about {item}.'],
  },
  pricing: {
    heading: 'Simple pricing',
    intro: 'Pay per session or save with a package. No contracts.',
    note: 'Sessions can be rescheduled free of charge with 24 hours’ notice.',
    plans: [
      { name: 'Single session', price: '{c}60', period: 'per hour', description: 'Try us out, or top up before a test.', features: ['One-to-one', 'Online or in person', 'Session notes for parents'] },
      { name: '10-session pack', price: '{c}550', period: 'per pack', description: 'Our most popular option.', features: ['Ten one-hour sessions', 'Personal learning plan', 'Monthly progress report'], isFeatured: true },
      { name: 'Exam course', price: '{c}400', period: '8 weeks', description: 'Focused preparation for a specific exam.', features: ['Weekly sessions', 'Practice papers', 'Exam technique coaching'] },
    ],
  },
  process: {
    heading: 'How it works',
    intro: 'Getting started takes one conversation.',
    steps: [
      { title: 'Assessment', text: 'A first session to understand where your student is and where they want to be.' },
      { title: 'Personal plan', text: 'A clear plan with goals, pace and the right tutor.' },
      { title: 'Progress you can see', text: 'Regular sessions and short reports so you always know how it is going.' },
    ],
  },
  about: {
    story: [
      '{name} started{inPlace} with a simple observation: most students who struggle are not short of ability, just of confidence and the right explanation.',
      'Our tutors are subject specialists who are also patient, encouraging teachers. We match each student with a tutor who fits, and we keep parents informed every step of the way.',
      'The result is students who understand the work — and believe they can do it.',
    ],
    values: [
      { title: 'Patience', text: 'No question is silly. We explain it again, differently.' },
      { title: 'Understanding over memorising', text: 'We teach the why, so it sticks.' },
      { title: 'Partnership with parents', text: 'Clear updates and honest feedback.' },
    ],
    ownerRole: 'Founder & lead tutor',
  },
  testimonials: [
    { quote: 'My son went from dreading math to actually enjoying it. Thank you, {name}!', author: 'Angela P.', detail: 'Parent' },
    { quote: 'I finally understood chemistry. My grade went up two levels in one term.', author: 'Ethan W.', detail: 'Student' },
    { quote: 'The progress reports are brilliant — I always know what they are working on.', author: 'Mei L.', detail: 'Parent' },
  ],
  faq: [
    { question: 'Which ages do you teach?', answer: 'We work with students of most school ages. Tell us the grade and subject and we will match a tutor.' },
    { question: 'Online or in person?', answer: 'Both. Online sessions use a live shared whiteboard; in-person sessions are available{inPlace}.' },
    { question: 'How often should my child have sessions?', answer: 'Once a week suits most students; we may suggest more before exams.' },
    { question: 'What if the tutor is not the right fit?', answer: 'Tell us and we will match you with another tutor at no cost.' },
  ],
  cta: { heading: 'Start with a first session', text: 'Tell {name} about your student and we will find the right tutor.' },
  contact: {
    heading: 'Book a first session',
    intro: 'Tell us about the student, the subject and the grade; we reply within one working day.',
    submitLabel: 'Send',
    fields: formWith([PHONE_FIELD, { name: 'subject', label: 'Subject', kind: 'text', required: false }, { name: 'grade', label: 'Grade or year', kind: 'text', required: false }], textareaField('What would you like help with?')),
  },
  home: ['services', 'process', 'testimonials', 'cta'],
  page: {
    id: 'programs', title: 'Programs', blocks: ['services', 'pricing', 'faq', 'cta'],
    heading: 'Programs & pricing', text: 'One-to-one tutoring, exam courses and homework help from {name}.',
    seo: 'Tutoring programs at {name}{inPlace}: math, science, English and test prep, online or in person. Simple pricing, no contracts.',
  },
  seo: '{name} offers patient one-to-one tutoring{inPlace} in math, science and English, online or in person. Book a first session.',
  starterPrompt: 'Next Step tutoring for high school math, physics and SAT prep in Boston, online and in person. Friendly and cheerful, blue and yellow.',
};

export const nonprofit: IndustryProfile = {
  id: 'nonprofit',
  label: 'Nonprofit',
  noun: 'nonprofit',
  nouns: [[/charity/i, 'charity'], [/foundation/i, 'foundation']],
  nameNoun: 'Project',
  keywords: [['non-?profits?|not-for-profit|charit(?:y|ies|able)|ngos?|foundation', 4], ['volunteers?|volunteering', 3], ['donat(?:e|ions?|ors?)', 3], ['communit(?:y|ies)', 1], ['clean-?ups?', 2], ['advocacy|awareness|mission', 2], ['fundrais(?:ing|ers?)', 3]],
  look: {
    colors: { primary: '#0a6fa8', secondary: '#023e8a', accent: '#f4a261', background: '#ffffff', surface: '#eef6fb', text: '#0b2233', muted: '#4d6071' },
    heading: 'montserrat', body: 'open-sans', radius: 'md', density: 'comfortable', typeScale: 1.25, headingWeight: 700, hero: 'overlay', servicesVariant: 'cards',
  },
  action: { label: 'Get involved', target: 'contact' },
  tagline: 'People coming together to make a lasting difference',
  hero: {
    heading: 'Small actions, lasting change',
    text: '{name} is {aDescriptor}{inPlace} bringing people together to make a real difference — and you can be part of it.',
  },
  services: {
    heading: 'Our programs',
    intro: 'What {name} does, and how you can help.',
    items: [
      { title: 'Beach cleanups', text: 'Regular community cleanups that keep plastic out of the sea. Gloves and bags provided.', icon: 'leaf', match: /clean-?ups?|beach|litter/i, isSpecific: true },
      { title: 'Education programs', text: 'Hands-on sessions that help young people understand, and care for, the world around them.', icon: 'star', match: /educat|schools?|kids|children|youth|workshops?/i, isSpecific: true },
      { title: 'Volunteering', text: 'Give an hour or a weekend — every pair of hands makes a difference.', icon: 'heart', match: /volunteer/i },
      { title: 'Community events', text: 'Gatherings, talks and fundraisers that bring neighbours together.', icon: 'chat', match: /events?|communit|fundrais/i },
      { title: 'Advocacy', text: 'Raising awareness and speaking up for lasting change.', icon: 'shield', match: /advoca|awareness|campaigns?|policy/i },
      { title: 'Partnerships', text: 'Working with businesses and schools to multiply our impact.', icon: 'check', match: /partners?|sponsors?|corporate/i },
    ],
    customText: ['{item}, organised by {name} volunteers.', '{item} — join us and make a difference.', 'Support our work on {item}.'],
  },
  process: {
    heading: 'Ways to get involved',
    intro: 'There is a place for everyone at {name}.',
    steps: [
      { title: 'Volunteer', text: 'Join an event or help behind the scenes — no experience needed.' },
      { title: 'Donate', text: 'Every gift funds equipment, materials and programs.' },
      { title: 'Spread the word', text: 'Share our work with friends, schools and workplaces.' },
    ],
  },
  about: {
    story: [
      '{name} began when a handful of neighbours{inPlace} decided to stop waiting for someone else to act.',
      'Today we are a growing community of volunteers, supporters and partners. We keep our work practical and local, and we share what we learn so that others can do the same.',
      'Everything we achieve is thanks to people who give their time, energy and support.',
    ],
    values: [
      { title: 'Action over talk', text: 'Practical projects with results you can see.' },
      { title: 'Open to all', text: 'Everyone is welcome, whatever their age or background.' },
      { title: 'Transparency', text: 'We report openly on how every donation is used.' },
    ],
    ownerRole: 'Founder',
  },
  testimonials: [
    { quote: 'Volunteering with {name} is the best part of my month. You see the difference right away.', author: 'Isabel R.', detail: 'Volunteer' },
    { quote: 'Our pupils still talk about the session. Inspiring and so well organised.', author: 'Mark T.', detail: 'Teacher' },
    { quote: 'A small team doing remarkable work. Proud to support them.', author: 'Nadia K.', detail: 'Monthly donor' },
  ],
  faq: [
    { question: 'Do I need experience to volunteer?', answer: 'Not at all. We provide everything you need and a friendly briefing on the day.' },
    { question: 'Can children take part?', answer: 'Yes, with a parent or guardian. Many of our events are family-friendly.' },
    { question: 'How are donations used?', answer: 'To fund equipment, materials and programs. We publish a summary of our spending every year.' },
    { question: 'Can my company or school partner with you?', answer: 'We would love that. Get in touch and we will plan something together.' },
  ],
  cta: { heading: 'Join us', text: 'Volunteer, donate or partner with {name} — every contribution counts.' },
  contact: {
    heading: 'Get involved',
    intro: 'Tell us how you would like to help and we will be in touch.',
    submitLabel: 'Send',
    fields: formWith([{ name: 'interest', label: 'I would like to', kind: 'select', required: false, options: ['Volunteer', 'Donate', 'Partner with you', 'Ask a question'] }]),
  },
  home: ['services', 'process', 'testimonials', 'cta'],
  page: {
    id: 'programs', title: 'Programs', blocks: ['services', 'process', 'faq', 'cta'],
    heading: 'Our programs', text: 'What {name} does and how you can take part.',
    seo: 'The programs of {name}{inPlace} and how to get involved: volunteer, donate or partner with us.',
  },
  seo: '{name} is {aDescriptor}{inPlace} bringing people together to make a lasting difference. Volunteer, donate or partner with us.',
  starterPrompt: 'A nonprofit called Open Hands that runs a community food pantry and cooking classes for families in Cleveland. Warm, hopeful, green and orange.',
};
