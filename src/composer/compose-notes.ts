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

export interface NotesContext {
  pages: readonly PageInput[];
  hadMarkup: boolean;
  /** The language the site was written in when it isn't English ("Portuguese"). */
  writtenIn?: string;
}

export function composeNotes(c: Composition, { pages, hadMarkup, writtenIn }: NotesContext): ComposeNote[] {
  const { facts, profile } = c;
  const notes: ComposeNote[] = [];
  const note = (text: string, fix?: NoteFix) => notes.push(fix ? { text, fix } : { text });
  const sectionOf = (...types: string[]): NoteFix | undefined => {
    const section = pages.flatMap((page) => page.sections).find((candidate) => types.includes(candidate.type));
    return section ? { panel: 'sections', sectionId: section.id } : undefined;
  };
  const layout = profile.id === 'general' ? 'a general small-business layout' : `the ${profile.label.toLowerCase()} layout`;
  note(`I built the site with ${layout}: ${pages.map((page) => (typeof page.title === 'string' ? page.title : page.id)).join(', ')}.`, { panel: 'pages' });
  if (writtenIn !== undefined) {
    note(`I wrote the site in ${writtenIn}, the language of your description. PageHub's ready-made texts for each kind of business are in English only, so the pages say what your description says, with ${writtenIn} headings, buttons and legal pages.`);
  } else if (facts.unsupportedLanguage !== undefined || facts.language === 'other') {
    note(`Your description looks like it is in a language PageHub can't write sites in yet, so I wrote the site in English and kept the name '${c.name}'. Check the texts and change what reads wrong.`);
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
  const prices = sectionOf('pricing', 'menu');
  if (prices !== undefined) note('Prices on the site are examples, marked “Sample” in the editor; replace them with your own. Publishing asks first while any are left.', prices);
  const testimonials = sectionOf('testimonials');
  if (testimonials !== undefined) note('The testimonials are samples nobody gave, marked “Sample” in the editor; replace them with real quotes from customers or remove them. Publishing asks first while any are left.', testimonials);
  if (facts.phone === undefined && facts.email === undefined) note('Add a phone number or email address in the business details so visitors can reach you.', { panel: 'business', field: 'phone' });
  if (facts.city === undefined && facts.street === undefined) note('I did not find a location; add your address so the contact page can show where to find you.', { panel: 'business', field: 'address' });
  if (facts.colors.length > 0) note(`I based the colours on “${facts.colors.join(', ')}” and adjusted shades where needed for readable contrast.`, { panel: 'theme' });
  else if (facts.colorMood !== undefined) note(`I used ${/^[aeiou]/.test(facts.colorMood) ? "an" : "a"} ${facts.colorMood} colour palette, as described.`, { panel: 'theme' });
  if (facts.wantsDarkMode) note('I used a dark theme, as asked.', { panel: 'theme' });
  note(`The privacy policy and terms are a plain${writtenIn === undefined ? '-English' : ''} starting point, not legal advice; have them checked for your situation.`, { panel: 'pages' });
  return notes;
}
