import { describe, expect, it } from 'vitest';
import { cleanSvgLogo, HOSTILE_SVGS } from '../../../test/support/test-svgs.ts';
import { sanitizeSvg } from './sanitize-svg.ts';

describe('sanitizeSvg', () => {
  it('refuses every drawing that could run or load anything, saying why', () => {
    for (const [name, { svg, says }] of Object.entries(HOSTILE_SVGS)) {
      const result = sanitizeSvg(svg);
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.reason, name).toMatch(says);
    }
  });

  it('keeps a clean logo’s drawing: shapes, gradients, inner references and text', () => {
    const result = sanitizeSvg(cleanSvgLogo);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const part of ['<linearGradient id="brand"', 'fill="url(#brand)"', '<use href="#dot"', 'xlink:href="#dot"', '>Bakery</text>', 'viewBox="0 0 300 100"']) expect(result.svg).toContain(part);
    expect(result.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  });

  it('leaves out editors’ metadata, comments and animation, and escapes what it keeps', () => {
    const result = sanitizeSvg(`<?xml version="1.0"?>
<!-- Generator: Inkscape -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" width="40" height="40" inkscape:version="1.2">
  <sodipodi:namedview pagecolor="#ffffff"/>
  <metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>
  <a href="https://bakery.example"><rect width="40" height="40" fill="#c0392b" data-name="Layer 1"><animate attributeName="fill" to="#000" dur="1s"/></rect></a>
  <text x="2" y="30">Tom &amp; Jerry&lt;s&gt;</text>
</svg>`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.svg).not.toMatch(/inkscape|sodipodi|metadata|rdf|animate|data-name|<a |Generator|bakery\.example/);
    expect(result.svg).toContain('<rect width="40" height="40" fill="#c0392b"/>');
    expect(result.svg).toContain('Tom &amp; Jerry&lt;s&gt;');
  });

  it('refuses what is not an SVG drawing, and gives a drawing without xmlns its namespace', () => {
    expect(sanitizeSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>')).toMatchObject({ ok: false, reason: /not a well-formed/ });
    expect(sanitizeSvg('<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>')).toMatchObject({ ok: false, reason: /not an SVG drawing/ });
    expect(sanitizeSvg('<svg><rect/></svg>')).toEqual({ ok: true, svg: '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><rect/></svg>\n' });
  });
});
