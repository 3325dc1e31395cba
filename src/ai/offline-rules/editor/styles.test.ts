import { describe, expect, it } from 'vitest';
import { ModelRequiredError } from '../../roles.ts';
import { editFixtureSite } from '../../../../test/support/edit-site.ts';
import { intentFor, run, runChange, runQuestion } from '../../../../test/support/offline-editor.ts';

const styles = (target: string) => intentFor('update_styles', target);

describe('theme colours', () => {
  it.each([
    ['make the primary color green', 'theme.colors.primary', 'primary', '#2e7d32', 'Primary colour → green (#2e7d32)'],
    ['Use #1E3A8A as the primary colour', 'theme.colors.primary', 'primary', '#1e3a8a', 'Primary colour → #1e3a8a'],
    ['change the accent color to gold', 'theme.colors.accent', 'accent', '#b8860b', 'Accent colour → gold (#b8860b)'],
    ['use navy for the secondary colour', 'theme.colors.secondary', 'secondary', '#1e3a5f', 'Secondary colour → navy (#1e3a5f)'],
    ['make the brand colour #abc', 'theme.colors', 'primary', '#aabbcc', 'Primary colour → #aabbcc'],
    ['make the background cream', 'theme.colors.background', 'background', '#fdf6e3', 'Background colour → cream (#fdf6e3)'],
  ])('%s', async (prompt, target, role, hex, summary) => {
    const { changes, proposal } = await runChange(prompt, styles(target));
    expect(changes).toEqual([{ op: 'replace', path: `/theme/colors/${role}`, value: hex }]);
    expect(proposal.summary).toBe(summary);
  });

  it('mixes light and dark variants from the named colour', async () => {
    const { changes } = await runChange('make the primary colour dark green', styles('theme.colors.primary'));
    expect(changes).toEqual([{ op: 'replace', path: '/theme/colors/primary', value: '#1e5121' }]);
  });

  it('switches to a dark theme: mode and the four palette colours together', async () => {
    const { changes } = await runChange('Switch the background to a dark theme', styles('theme.colors.background'));
    expect(changes).toEqual(expect.arrayContaining([
      { op: 'replace', path: '/theme/mode', value: 'dark' },
      { op: 'replace', path: '/theme/colors/background', value: '#111418' },
      { op: 'replace', path: '/theme/colors/surface', value: '#1c2128' },
      { op: 'replace', path: '/theme/colors/text', value: '#eef1f4' },
      { op: 'replace', path: '/theme/colors/muted', value: '#a9b1bb' },
    ]));
    expect(changes).toHaveLength(5);
  });

  it('keeps text readable when the background becomes dark', async () => {
    const { after } = await runChange('make the background navy', styles('theme.colors.background'));
    expect(after.theme).toMatchObject({ mode: 'dark', colors: { background: '#1e3a5f', text: '#eef1f4' } });
  });

  it('asks about a colour it does not know, and when the colour is already set', async () => {
    expect(await runQuestion('make the primary color blurple', styles('theme.colors.primary'))).toMatch(/don't know the colour "blurple"/);
    expect(await runQuestion('change the primary color', styles('theme.colors.primary'))).toMatch(/Which colour/);
    expect(await runQuestion('go back to a light theme', styles('theme.mode'))).toMatch(/already uses the light theme/);
  });
});

describe('fonts, radius, density', () => {
  it('sets a named family: its own when PageHub has it, else the closest (the fixture has EB Garamond over Inter)', async () => {
    const { changes, proposal } = await runChange('use Poppins for headings', styles('theme.fonts.heading'));
    expect(changes).toEqual([{ op: 'replace', path: '/theme/fonts/heading', value: 'poppins' }]);
    expect(proposal.summary).toBe('Heading font → Poppins');
    const playfair = await runChange('headings in Playfair Display', styles('theme.fonts.heading'));
    expect([playfair.changes, playfair.proposal.summary]).toEqual([[{ op: 'replace', path: '/theme/fonts/heading', value: 'playfair-display' }], 'Heading font → Playfair Display']);
    const body = await runChange('Change the body font to Georgia', styles('theme.fonts.body'));
    expect([body.changes, body.proposal.summary]).toEqual([[{ op: 'replace', path: '/theme/fonts/body', value: 'merriweather' }], 'Body font → Merriweather (the closest PageHub has to Georgia)']);
    const both = await runChange('use Roboto Slab everywhere', styles('theme.fonts'));
    expect(both.changes).toEqual([{ op: 'replace', path: '/theme/fonts/heading', value: 'roboto-slab' }, { op: 'replace', path: '/theme/fonts/body', value: 'roboto-slab' }]);
    expect((await runChange('use Lato for the body text', styles('theme.fonts.body'))).changes).toEqual([{ op: 'replace', path: '/theme/fonts/body', value: 'lato' }]);
  });

  it('says so when the family is already in use (Inter, the body font)', async () => {
    expect(await runQuestion('use Inter for the body text', styles('theme.fonts.body'))).toMatch(/^The body font is already Inter\./);
    expect(await runQuestion('Change the body font to Helvetica', styles('theme.fonts.body'))).toMatch(/already Inter, the closest PageHub has to Helvetica/);
  });

  it('takes a style word as the composer’s pairing for it', async () => {
    const elegant = await runChange('make the font more elegant', styles('theme.fonts'));
    expect(elegant.changes).toEqual([{ op: 'replace', path: '/theme/fonts/heading', value: 'playfair-display' }, { op: 'replace', path: '/theme/fonts/body', value: 'lato' }]);
    expect(elegant.proposal.summary).toBe('Fonts → Playfair Display for headings and Lato for body text (elegant)');
    expect((await runChange('a more playful font for the headings', styles('theme.fonts.heading'))).changes).toEqual([{ op: 'replace', path: '/theme/fonts/heading', value: 'quicksand' }]);
    expect((await runChange('classier fonts please, something sophisticated', styles('theme.fonts'))).changes).toHaveLength(2);
    const modern = await runChange('make the fonts more modern', styles('theme.fonts'));
    expect(modern.changes).toEqual([{ op: 'replace', path: '/theme/fonts/heading', value: 'montserrat' }]);
  });

  it('asks when neither a family nor a style is named, or the style is already there', async () => {
    expect(await runQuestion('change the font', styles('theme.fonts'))).toMatch(/^Which font\?/);
    expect(await runQuestion('make the headings font friendlier', styles('theme.fonts.heading'))).toMatch(/^Which font\?/);
    const site = editFixtureSite();
    site.theme.fonts = { heading: 'playfair-display', body: 'lato' };
    expect((await run('make the font more elegant', styles('theme.fonts'), site)).proposal.question).toMatch(/already uses Playfair Display for headings and Lato for body text/);
  });

  it('steps the radius along none < sm < md < lg < full', async () => {
    expect((await runChange('make the buttons more rounded', styles('theme.radius'))).changes).toEqual([{ op: 'replace', path: '/theme/radius', value: 'full' }]);
    expect((await runChange('make the buttons less rounded', styles('theme.radius'))).changes).toEqual([{ op: 'replace', path: '/theme/radius', value: 'md' }]);
    expect((await runChange('make the corners square', styles('theme.radius'))).changes).toEqual([{ op: 'replace', path: '/theme/radius', value: 'none' }]);
  });

  it('changes the spacing', async () => {
    expect((await runChange('make it more compact', styles('theme.density'))).changes).toEqual([{ op: 'replace', path: '/theme/density', value: 'comfortable' }]);
  });
});

describe('section backgrounds', () => {
  it.each([
    ['Give the features section a light gray background', 'features', 1, 'surface'],
    ['give the testimonials a dark background', 'testimonials', 2, 'dark'],
    ['make the FAQ background our brand colour', 'faq', 5, 'primary'],
    ['give the call to action a plain white background', 'cta', 6, 'base'],
  ])('%s', async (prompt, target, index, tone) => {
    const { changes } = await runChange(prompt, styles(target));
    const path = `/pages/0/sections/${index}/style`;
    expect(changes).toEqual(target === 'cta' ? [{ op: 'replace', path: `${path}/tone`, value: tone }] : [{ op: 'add', path, value: { tone } }]);
  });

  it('asks which tone when a colour is named, since sections use the theme tones', async () => {
    expect(await runQuestion('make the gallery background blue', styles('gallery'))).toMatch(/plain, light \(surface\), dark, or the primary colour/);
  });
});

describe('the overall look', () => {
  it('needs a model for judgements of taste', async () => {
    const attempt = run('Make the site look more professional', styles('theme'));
    await expect(attempt).rejects.toBeInstanceOf(ModelRequiredError);
    await expect(attempt).rejects.toMatchObject({ variable: 'PAGEHUB_MODEL_EDITOR', message: expect.stringMatching(/set PAGEHUB_MODEL_EDITOR \(for example anthropic:claude-sonnet-4-5 or openai:gpt-5-mini\) and restart\./) });
  });

  it('still does concrete requests aimed at the whole theme', async () => {
    const { after } = await runChange('use a dark mode', styles('theme'));
    expect(after.theme.mode).toBe('dark');
  });
});
