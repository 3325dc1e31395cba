import type { Composition } from './composition.ts';
import type { PageInput } from './compose-pages.ts';

// Short sentences for the person: what the composer assumed, what it invented, what to check before publishing.

export function composeNotes(c: Composition, pages: readonly PageInput[], hadMarkup: boolean): string[] {
  const { facts, profile } = c;
  const notes: string[] = [];
  const layout = profile.id === 'general' ? 'a general small-business layout' : `the ${profile.label.toLowerCase()} layout`;
  notes.push(`I built the site with ${layout}: ${pages.map((page) => (typeof page.title === 'string' ? page.title : page.id)).join(', ')}.`);
  if (facts.language === 'other') {
    notes.push(`The description did not look like English; I wrote the site in English, used ${layout} and kept the name '${c.name}'.`);
  } else if (facts.language === 'unknown' || (profile.id === 'general' && facts.industryScore === 0 && facts.name === undefined)) {
    notes.push('I could not tell much from the description, so I used a general small-business layout. Describe the business in a sentence or two to tailor it.');
  } else if (profile.id === 'general') {
    notes.push('I could not tell which kind of business this is, so I used a general layout. Mention your trade (for example “bakery” or “plumber”) to get tailored pages.');
  }
  if (c.isNameInvented) notes.push(`I did not find a business name, so I called it “${c.name}”. Change it in the business details.`);
  if (facts.ignoredInstructions > 0) notes.push('I ignored part of the description that gave instructions instead of describing the business.');
  if (hadMarkup) notes.push('I removed HTML-like markup from the description; the site uses plain text only.');
  notes.push(...facts.hoursNotes);
  const hasPrices = profile.menu !== undefined || profile.pricing !== undefined || profile.services.items.some((item) => item.detail?.includes('{c}'));
  if (hasPrices) notes.push('Prices on the site are examples, marked “Sample” in the editor; replace them with your own. Publishing asks first while any are left.');
  notes.push('The testimonials are samples nobody gave, marked “Sample” in the editor; replace them with real quotes from customers or remove them. Publishing asks first while any are left.');
  if (facts.phone === undefined && facts.email === undefined) notes.push('Add a phone number or email address in the business details so visitors can reach you.');
  if (facts.city === undefined && facts.street === undefined) notes.push('I did not find a location; add your address so the contact page can show where to find you.');
  if (facts.colors.length > 0) notes.push(`I based the colours on “${facts.colors.join(', ')}” and adjusted shades where needed for readable contrast.`);
  else if (facts.colorMood !== undefined) notes.push(`I used ${/^[aeiou]/.test(facts.colorMood) ? "an" : "a"} ${facts.colorMood} colour palette, as described.`);
  if (facts.wantsDarkMode) notes.push('I used a dark theme, as asked.');
  notes.push('The privacy policy and terms are a plain-English starting point, not legal advice; have them checked for your situation.');
  return notes;
}
