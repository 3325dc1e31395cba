/** Descriptions the person can start from: each names the business, what it offers, where, and a mood. */
export const EXAMPLE_DESCRIPTIONS = [
  {
    label: 'Bakery',
    text: 'Crumb & Co, a family bakery in Porto: sourdough, pastries and coffee from 7am. Warm and friendly, with earthy colours.',
  },
  {
    label: 'Plumber',
    text: 'Hartley Plumbing, emergency plumbers in Leeds available 24/7: leaks, boilers and bathroom fitting. Call 0113 496 0000.',
  },
  {
    label: 'Yoga studio',
    text: 'Still Point Yoga, a calm yoga studio in Austin with morning flow, prenatal and beginner classes. Minimal and airy.',
  },
  {
    label: 'Law firm',
    text: 'Moreau & Lang, a small law firm in Montreal for family law, wills and real estate. Serious, trustworthy, navy blue.',
  },
];
