import { describe, expect, it } from 'vitest';
import { sampleSite } from '../../test/support/sample-site.ts';
import type { Site } from '../site/index.ts';
import { fontFaceCss, headingFontFile, usedFontFiles } from './font-faces.ts';
import { render } from './render.ts';

function withFonts(heading: string, body: string, headingWeight: Site['theme']['headingWeight'] = 700): Site {
  const site = sampleSite();
  return { ...site, theme: { ...site.theme, fonts: { heading, body } as Site['theme']['fonts'], headingWeight } };
}

const faceRules = (css: string) => [...css.matchAll(/@font-face\{font-family:"([^"]+)";font-style:normal;font-weight:(\d+);font-display:swap;src:url\("([^"]+)"\) format\("woff2"\);unicode-range:([^}]+)\}/g)].map((match) => ({ family: match[1], weight: Number(match[2]), url: match[3], range: match[4] }));

describe('web font faces', () => {
  it('declares only the weights the stylesheet uses: the heading weight, body regular and bold, each in latin and latin-ext', () => {
    const css = fontFaceCss(withFonts('playfair-display', 'inter', 600).theme);
    const rules = faceRules(css);
    expect(rules.map((rule) => `${rule.family} ${rule.weight} ${rule.url}`)).toEqual([
      'Playfair Display 600 /fonts/playfair-display-latin-600-normal.woff2',
      'Playfair Display 600 /fonts/playfair-display-latin-ext-600-normal.woff2',
      'Inter 400 /fonts/inter-latin-400-normal.woff2',
      'Inter 400 /fonts/inter-latin-ext-400-normal.woff2',
      'Inter 700 /fonts/inter-latin-700-normal.woff2',
      'Inter 700 /fonts/inter-latin-ext-700-normal.woff2',
    ]);
    expect(rules[0]?.range).toMatch(/^U\+0000-00FF,/);
    expect(rules[1]?.range).toMatch(/^U\+0100-02BA,/);
    // Six faces, then three fallbacks for each of the two families.
    expect(css.match(/@font-face/g)).toHaveLength(12);
  });

  it('gives each web family a local fallback on each stand-in, sized to its metrics, so the swap moves nothing', () => {
    const css = fontFaceCss(withFonts('playfair-display', 'inter').theme);
    expect(css).toContain('@font-face{font-family:"Playfair Display Fallback";src:local("Times New Roman"),local("Liberation Serif"),local("Tinos");size-adjust:112.52%;ascent-override:96.16%;descent-override:22.31%;line-gap-override:0%}');
    expect(css).toMatch(/@font-face\{font-family:"Playfair Display Fallback 2";src:local\("Noto Serif"\),local\("NotoSerif-Regular"\);size-adjust:\d/);
    expect(css).toMatch(/@font-face\{font-family:"Playfair Display Fallback 3";src:local\("DejaVu Serif"\),local\("DejaVuSerif"\);size-adjust:\d/);
    expect(css).toMatch(/@font-face\{font-family:"Inter Fallback";src:local\("Arial"\),local\("Liberation Sans"\),local\("Arimo"\);size-adjust:107\.42%;/);
    expect(css).toMatch(/@font-face\{font-family:"Inter Fallback 2";src:local\("Roboto"\),local\("Roboto-Regular"\);size-adjust:106\.96%;/);
    // DejaVu Sans is wider than Inter: scaled down, its ascent raised to keep the line's height.
    expect(css).toMatch(/@font-face\{font-family:"Inter Fallback 3";src:local\("DejaVu Sans"\),local\("DejaVuSans"\);size-adjust:93\.63%;ascent-override:103\.47%;/);
    const stylesheet = [...render(withFonts('playfair-display', 'inter')).entries()].find(([name]) => name.endsWith('.css'))?.[1] ?? '';
    expect(stylesheet).toContain('--font-heading:"Playfair Display", "Playfair Display Fallback", "Playfair Display Fallback 2", "Playfair Display Fallback 3", serif;--font-body:"Inter", "Inter Fallback", "Inter Fallback 2", "Inter Fallback 3", sans-serif');
  });

  it('shares faces between heading and body, and downloads nothing for System UI', () => {
    expect(usedFontFiles(withFonts('inter', 'inter', 700).theme)).toEqual(['inter-latin-700-normal.woff2', 'inter-latin-ext-700-normal.woff2', 'inter-latin-400-normal.woff2', 'inter-latin-ext-400-normal.woff2']);
    const system = withFonts('system-ui', 'system-ui');
    expect(fontFaceCss(system.theme)).toBe('');
    expect(headingFontFile(system.theme)).toBeUndefined();
    const home = render(system).get('index.html') ?? '';
    expect(home).not.toContain('as="font"');
  });

  it('uses the nearest weight a family has, so a one-weight display face is never faked bold', () => {
    const site = withFonts('bebas-neue', 'lato', 800);
    expect(usedFontFiles(site.theme)).toEqual(['bebas-neue-latin-400-normal.woff2', 'bebas-neue-latin-ext-400-normal.woff2', 'lato-latin-400-normal.woff2', 'lato-latin-ext-400-normal.woff2', 'lato-latin-700-normal.woff2', 'lato-latin-ext-700-normal.woff2']);
    const stylesheet = [...render(site).entries()].find(([name]) => name.endsWith('.css'))?.[1] ?? '';
    expect(stylesheet).toContain('--heading-weight:400');
    expect(usedFontFiles(withFonts('quicksand', 'inter', 800).theme)[0]).toBe('quicksand-latin-700-normal.woff2');
  });

  it('preloads the heading face’s latin file on every page, at the address the caller gives', () => {
    const files = render(withFonts('playfair-display', 'inter'), { fontUrl: (file) => `/fonts/${file.replace('-normal.woff2', '')}.abc123.woff2` });
    for (const page of ['index.html', 'about/index.html', '404.html']) {
      expect(files.get(page)).toContain('<link rel="preload" href="/fonts/playfair-display-latin-700.abc123.woff2" as="font" type="font/woff2" crossorigin>');
      expect(files.get(page)?.match(/as="font"/g)).toHaveLength(1);
    }
    const stylesheet = [...files.entries()].find(([name]) => name.endsWith('.css'))?.[1] ?? '';
    expect(stylesheet).toContain('url("/fonts/inter-latin-ext-700.abc123.woff2")');
  });

  it('reads a document stored before migration 2 (a system-stack id) as its nearest family', () => {
    const legacy = withFonts('didone', 'humanist');
    expect(headingFontFile(legacy.theme)).toBe('playfair-display-latin-700-normal.woff2');
    expect(usedFontFiles(legacy.theme)).toContain('source-sans-3-latin-400-normal.woff2');
  });
});
