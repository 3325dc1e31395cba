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
});
