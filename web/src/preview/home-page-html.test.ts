import { describe, expect, it } from 'vitest';
import { templateHomePageHtml } from './template-html.ts';

describe('homePageHtml', () => {
  it('is the rendered home page with its stylesheet inlined and no script', () => {
    const html = templateHomePageHtml('Crumb & Co, a family bakery in Porto: sourdough and pastries.');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('Crumb &amp; Co');
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    expect(html).toMatch(/<style>[^<]*--/); // the theme's custom properties, inlined
    expect(html).not.toMatch(/<script/i);
  });

  it('takes the web fonts from the API’s font route, the heading face preloaded', () => {
    const html = templateHomePageHtml('Crumb & Co, a family bakery in Porto: sourdough and pastries.');
    const faces = [...html.matchAll(/url\("([^"]+)"\) format\("woff2"\)/g)].map((match) => match[1]);
    expect(faces.length).toBeGreaterThanOrEqual(4);
    for (const face of faces) expect(face).toMatch(/^\/api\/fonts\/[a-z0-9-]+-latin(-ext)?-\d00-normal\.woff2$/);
    expect(html).toMatch(/<link rel="preload" href="\/api\/fonts\/[a-z0-9-]+-latin-\d00-normal\.woff2" as="font" type="font\/woff2" crossorigin>/);
  });
});
