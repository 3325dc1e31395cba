import { describe, expect, it } from 'vitest';
import { attr, escapeHtml, html, join, phoneHref, phoneText } from './html.ts';

describe('html template', () => {
  it('escapes every interpolation', () => {
    const value = `<img src=x onerror="alert(1)">'&\``;
    expect(html`<p title="${value}">${value}</p>`.value).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;&#96;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&#39;&amp;&#96;</p>',
    );
  });

  it('keeps nested templates and flattens arrays', () => {
    const items = ['a<', 'b'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>`.value).toBe('<ul><li>a&lt;</li><li>b</li></ul>');
  });

  it('drops null, undefined and booleans', () => {
    expect(html`${null}${undefined}${false}${true}${0}`.value).toBe('0');
  });

  it('does not trust look-alike objects', () => {
    const fake = { value: '<script>', toString: () => '<script>' } as unknown as string;
    expect(html`${fake}`.value).toBe('&lt;script&gt;');
  });

  it('writes optional attributes only when present', () => {
    expect(html`<a${attr('href', '/x"y')}${attr('rel', undefined)}>`.value).toBe('<a href="/x&quot;y">');
    expect(join([html`<b>`, '<', html`</b>`]).value).toBe('<b>&lt;</b>');
    expect(escapeHtml('a&b')).toBe('a&amp;b');
  });

  it('formats phone numbers for display and dialing', () => {
    expect(phoneText('(602) 555-0147')).toBe('(602)\u00a0555\u20110147');
    expect(phoneHref('(602) 555-0147')).toBe('tel:6025550147');
  });
});
