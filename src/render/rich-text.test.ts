import { describe, expect, it } from 'vitest';
import { renderRichText } from './rich-text.ts';

const options = { headingLevel: 3 as const, resolveHref: (target: string) => (target.startsWith('page:') ? `/${target.slice(5)}/` : target) };
const render = (source: string) => renderRichText(source, options).value;

describe('rich text (the one sanitizer)', () => {
  it('renders the Markdown subset', () => {
    expect(render('Hello **bold** and *it* and _it2_.\nNext line')).toBe('<p>Hello <strong>bold</strong> and <em>it</em> and <em>it2</em>.<br>Next line</p>');
    expect(render('### Title\n\n- one\n- two\n\n1. first\n2. second\n\n> quoted')).toBe(
      '<h3>Title</h3>\n<ul><li>one</li><li>two</li></ul>\n<ol><li>first</li><li>second</li></ol>\n<blockquote><p>quoted</p></blockquote>',
    );
    expect(render('#### Small')).toBe('<h4>Small</h4>');
  });

  it('resolves allowed links and drops the rest to text', () => {
    expect(render('[About](page:about) [Site](https://example.com)')).toBe('<p><a href="/about/">About</a> <a href="https://example.com">Site</a></p>');
    expect(render('[x](javascript:alert(1))')).toBe('<p>x)</p>');
    expect(render('[x](data:text/html,hi)')).toBe('<p>x</p>');
  });

  it('shows markup as text', () => {
    expect(render('<script>alert(1)</script> <b onclick="x">b</b>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;b onclick=&quot;x&quot;&gt;b&lt;/b&gt;</p>');
    expect(render('[<img src=x onerror=alert(1)>](https://example.com)')).toBe('<p><a href="https://example.com">&lt;img src=x onerror=alert(1)&gt;</a></p>');
  });

  it('maps heading depth to the section level', () => {
    expect(renderRichText('### A', { ...options, headingLevel: 2 }).value).toBe('<h2>A</h2>');
  });
});
