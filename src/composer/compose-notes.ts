import type { Composition } from './composition.ts';
import type { PageInput } from './compose-pages.ts';

// Short sentences for the person: what the composer assumed, what it invented, what to check before publishing —
// each with the place in the editor where it is fixed.

/** Where a note is fixed: a business detail, the theme, a section, or the pages. */
export type NoteFix =
  | { panel: 'business'; field: 'name' | 'phone' | 'address' | 'hours' }
  | { panel: 'theme' }
  | { panel: 'sections'; sectionId: string }
  | { panel: 'pages' };

export interface ComposeNote {
  text: string;
  fix?: NoteFix;
}

export function composeNotes(c: Composition, pages: readonly PageInput[], hadMarkup: boolean): ComposeNote[] {
  const { facts, profile } = c;
  const notes: ComposeNote[] = [];
  const note = (text: string, fix?: NoteFix) => notes.push(fix ? { text, fix } : { text });
  const sectionOf = (...types: string[]): NoteFix | undefined => {
    const section = pages.flatMap((page) => page.sections).find((candidate) => types.includes(candidate.type));
    return section ? { panel: 'sections', sectionId: section.id } : undefined;
  };
  const layout = profile.id === 'general' ? 'a general small-business layout' : `the ${profile.label.toLowerCase()} layout`;
  note(`I built the site with ${layout}: ${pages.map((page) => (typeof page.title === 'string' ? page.title : page.id)).join(', ')}.`, { panel: 'pages' });
  if (facts.language === 'other') {
    note(`The description did not look like English; I wrote the site in English, used ${layout} and kept the name '${c.name}'.`);
  } else if (facts.language === 'unknown' || (profile.id === 'general' && facts.industryScore === 0 && facts.name === undefined)) {
    note('I could not tell much from the description, so I used a general small-business layout. Describe the business in a sentence or two to tailor it.');
  } else if (profile.id === 'general' && facts.trade?.isSure) {
    note(`I read this as ${/^[aeiou]/i.test(facts.trade.label) ? 'an' : 'a'} ${facts.trade.label.toLowerCase()}. PageHub has no layout written for that trade yet, so the site says only what your description says — add your services and details in the editor.`);
  } else if (profile.id === 'general') {
    note('I could not tell which kind of business this is, so I used a general layout. Mention your trade (for example “bakery” or “plumber”) to get tailored pages.');
  }
  if (c.isNameInvented) note(`I did not find a business name, so I called it “${c.name}”. Change it in the business details.`, { panel: 'business', field: 'name' });
  if (facts.ignoredInstructions > 0) note('I ignored part of the description that gave instructions instead of describing the business.');
  if (hadMarkup) note('I removed HTML-like markup from the description; the site uses plain text only.');
  for (const text of facts.hoursNotes) note(text, { panel: 'business', field: 'hours' });
  const hasPrices = profile.menu !== undefined || profile.pricing !== undefined || profile.services.items.some((item) => item.detail?.includes('{c}'));
  if (hasPrices) note('Prices on the site are examples, marked “Sample” in the editor; replace them with your own. Publishing asks first while any are left.', sectionOf('pricing', 'menu'));
  note('The testimonials are samples nobody gave, marked “Sample” in the editor; replace them with real quotes from customers or remove them. Publishing asks first while any are left.', sectionOf('testimonials'));
  if (facts.phone === undefined && facts.email === undefined) note('Add a phone number or email address in the business details so visitors can reach you.', { panel: 'business', field: 'phone' });
  if (facts.city === undefined && facts.street === undefined) note('I did not find a location; add your address so the contact page can show where to find you.', { panel: 'business', field: 'address' });
  if (facts.colors.length > 0) note(`I based the colours on “${facts.colors.join(', ')}” and adjusted shades where needed for readable contrast.`, { panel: 'theme' });
  else if (facts.colorMood !== undefined) note(`I used ${/^[aeiou]/.test(facts.colorMood) ? "an" : "a"} ${facts.colorMood} colour palette, as described.`, { panel: 'theme' });
  if (facts.wantsDarkMode) note('I used a dark theme, as asked.', { panel: 'theme' });
  note('The privacy policy and terms are a plain-English starting point, not legal advice; have them checked for your situation.', { panel: 'pages' });
  return notes;
}
