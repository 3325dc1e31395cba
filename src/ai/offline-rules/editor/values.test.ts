import { describe, expect, it } from 'vitest';
import { colorIn } from './colors.ts';
import { fontIn } from './fonts.ts';
import { namedDays } from './hours.ts';
import { cleanValue, newValue } from './values.ts';

describe('reading the new value from a prompt', () => {
  it.each([
    ['Change the headline to "Fresh bread every morning"', 'Fresh bread every morning'],
    ['make the main title say Welcome to Luna', 'Welcome to Luna'],
    ['Update the hero subheadline: Handmade with love since 1987', 'Handmade with love since 1987'],
    ['Change the hero headline to Our 3 steps: plan, shoot, deliver', 'Our 3 steps: plan, shoot, deliver'],
    ['I want to change the headline: Fresh bread', 'Fresh bread'],
    ["I'd like the headline to say Fresh bread", 'Fresh bread'],
    ["Change the headline from 'Old' to 'New'", 'New'],
    ["Change the headline to 'We're open'", "'We're open'"],
    ['Rewrite the call to action heading to Ready to book?', 'Ready to book?'],
    ['replace the headline with Fresh bread', 'Fresh bread'],
    ['Set the about page story text to: We started in 1999.', 'We started in 1999.'],
  ])('%s', (prompt, value) => {
    expect(newValue(prompt)?.text).toBe(value);
  });

  it('finds no value where none is given', () => {
    expect(newValue('change the headline')).toBeUndefined();
  });

  it('drops a final full stop from short text only, and surrounding quotes', () => {
    expect(cleanValue('Welcome to Luna.', true)).toBe('Welcome to Luna');
    expect(cleanValue('Welcome. Come in.', true)).toBe('Welcome. Come in.');
    expect(cleanValue('Free parking behind the building.', false)).toBe('Free parking behind the building.');
    expect(cleanValue("'We're open'", true)).toBe("We're open");
  });
});

describe('colours, fonts and days', () => {
  it('reads colour words, shades and hex codes', () => {
    expect(colorIn('make it green')).toEqual({ name: 'green', hex: '#2e7d32' });
    expect(colorIn('forest green please')).toEqual({ name: 'forest green', hex: '#1b5e20' });
    expect(colorIn('light blue')?.name).toBe('light blue');
    expect(colorIn('Use #1E3A8A')).toEqual({ name: '#1e3a8a', hex: '#1e3a8a' });
    expect(colorIn('a dark theme')).toBeUndefined();
    expect(colorIn('blurple')).toBeUndefined();
  });

  it.each([
    ['Poppins', 'poppins'], ['Montserrat', 'montserrat'], ['Avenir', 'montserrat'], ['Lato', 'lato'], ['Open Sans', 'open-sans'],
    ['Source Sans Pro', 'source-sans-3'], ['Source Sans 3', 'source-sans-3'], ['Inter', 'inter'], ['Roboto', 'roboto'], ['Helvetica', 'inter'], ['Arial', 'inter'],
    ['Georgia', 'merriweather'], ['Merriweather', 'merriweather'], ['Times New Roman', 'source-serif-4'], ['Playfair Display', 'playfair-display'], ['Didot', 'playfair-display'],
    ['Bodoni', 'playfair-display'], ['Roboto Slab', 'roboto-slab'], ['Rockwell', 'roboto-slab'], ['Garamond', 'eb-garamond'], ['Palatino', 'eb-garamond'],
    ['Cormorant Garamond', 'cormorant-garamond'], ['DM Serif Display', 'dm-serif-display'], ['DM Sans', 'dm-sans'], ['Bebas Neue', 'bebas-neue'], ['Work Sans', 'work-sans'],
    ['Quicksand', 'quicksand'], ['Nunito', 'nunito'], ['a handwriting font', 'caveat'], ['a script font', 'dancing-script'], ['a mono font', 'jetbrains-mono'],
    ['a code font', 'jetbrains-mono'],
  ])('%s → %s', (name, id) => {
    expect(fontIn(`use ${name} for the headings`)?.id).toBe(id);
  });

  it('reads days, ranges and groups of days', () => {
    expect(namedDays("We're closed on Mondays now")).toEqual(['monday']);
    expect(namedDays('open Tuesday to Thursday')).toEqual(['tuesday', 'wednesday', 'thursday']);
    expect(namedDays('weekdays 8-5')).toEqual(['monday', 'tuesday', 'wednesday', 'thursday', 'friday']);
    expect(namedDays('closed at weekends')).toEqual(['saturday', 'sunday']);
  });
});
