import { describe, expect, it } from 'vitest';
import { sampleSite } from '../../test/support/sample-site.ts';
import { EDITOR_FONT_URL } from './font-faces.ts';
import { previewDocument, withoutScripts } from './preview-document.ts';
import { render } from './render.ts';

const SCRIPT_OF_ANY_KIND = /<script|\son[a-z]+\s*=|javascript:/i;

describe('previewDocument', () => {
  it('is the rendered page with its stylesheet inlined and no script of any kind, for every page of a site', () => {
    const files = render(sampleSite(), { fontUrl: EDITOR_FONT_URL });
    const pages = [...files.keys()].filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(1);
    for (const name of pages) {
      const document = previewDocument(files, name)!;
      expect(document).toMatch(/^<!doctype html>/i);
      expect(document).not.toMatch(/<link rel="stylesheet"/);
      expect(document).toMatch(/<style>[^<]*--/);
      expect(document, name).not.toMatch(SCRIPT_OF_ANY_KIND);
    }
    expect(previewDocument(files, 'no-such-page.html')).toBeUndefined();
  });

  it('drops script elements, inline handlers and javascript: addresses that reach it, and keeps text that only looks like them', () => {
    const hostile = [
      '<!doctype html><html><head><script>alert(1)</script><script src="/x.js"></script></head>',
      '<body onload="alert(2)"><img src="a.png" alt="A" onerror=alert(3)><a href="javascript:alert(4)">Go</a>',
      "<a href='JavaScript:void(0)' class=\"b\">Also</a><svg><a xlink:href=\"javascript:alert(5)\"></a></svg>",
      '<p>We are online=always, open on=Sundays; javascript is a language &lt;script&gt;</p><script>never closed',
    ].join('');
    const clean = withoutScripts(hostile);
    expect(clean).not.toMatch(/<script|onload|onerror|alert\(|void\(/i);
    expect(clean).toContain('<img src="a.png" alt="A">');
    expect(clean).toContain('<a href="#">Go</a>');
    expect(clean).toContain('<a href="#" class="b">Also</a>');
    expect(clean).toContain('<p>We are online=always, open on=Sundays; javascript is a language &lt;script&gt;</p>');
    expect(clean).toContain('<body>');
  });
});
