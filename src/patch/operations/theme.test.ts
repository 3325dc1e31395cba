import { describe, expect, it } from 'vitest';
import { applyReversibly, refusal, sample } from './apply-reversibly.test-support.ts';
import { setLogoText, setThemeColor, setThemeFont, setThemeMode, setThemeRadius } from './theme.ts';

describe('theme operations', () => {
  it('set a colour, stored as lowercase hex', () => {
    const site = sample();
    const operations = setThemeColor(site, 'primary', ' #1D4ED8 ');
    expect(operations).toEqual([{ op: 'replace', path: '/theme/colors/primary', value: '#1d4ed8' }]);
    expect(applyReversibly(site, operations).theme.colors.primary).toBe('#1d4ed8');
    expect(refusal(site, setThemeColor(site, 'accent', 'blue'))).toEqual(['Use a 6-digit hex color such as #1d4ed8']);
  });

  it('set the fonts, the corner radius and the mode', () => {
    const site = sample();
    expect(applyReversibly(site, setThemeFont(site, 'heading', 'montserrat')).theme.fonts.heading).toBe('montserrat');
    expect(applyReversibly(site, setThemeFont(site, 'body', 'montserrat')).theme.fonts.body).toBe('montserrat');
    expect(applyReversibly(site, setThemeRadius(site, 'full')).theme.radius).toBe('full');
    expect(applyReversibly(site, setThemeMode(site, 'dark')).theme.mode).toBe('dark');
    expect(refusal(site, setThemeRadius(site, 'huge'))).toHaveLength(1);
  });

  it('adds the logo text when there is none, and replaces it after', () => {
    const site = sample();
    expect(site.theme.logo.text).toBeUndefined();
    const operations = setLogoText(site, 'Sample');
    expect(operations[0]?.op).toBe('add');
    const named = applyReversibly(site, operations);
    expect(named.theme.logo.text).toBe('Sample');
    expect(setLogoText(named, 'Sample & Co')[0]?.op).toBe('replace');
  });
});
