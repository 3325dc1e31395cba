import { DOMParser, type Element, type Node } from '@xmldom/xmldom';

/** Either the drawing rebuilt from allowed parts only, or why it was refused (words that finish "it …"). */
export type SanitizedSvg = { ok: true; svg: string } | { ok: false; reason: string };

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';

/** Elements a logo is drawn with; each is rebuilt with its allowed attributes only. */
const ELEMENTS = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath', 'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'pattern', 'marker', 'image', 'style',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG',
  'feFuncR', 'feGaussianBlur', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset',
]);

/** Elements whose text is part of the drawing. */
const TEXT_ELEMENTS = new Set(['title', 'desc', 'text', 'tspan', 'textPath', 'style']);

/** SVG containers left out but whose children are kept (a link around the whole logo, a conditional group). */
const UNWRAPPED = new Set(['a', 'switch']);

/** Elements that run code or embed other documents: the whole file is refused. */
const HOSTILE_ELEMENTS: Record<string, string> = {
  script: 'contains a script',
  foreignObject: 'embeds foreign content (a foreignObject)',
  iframe: 'embeds another page',
  object: 'embeds another document',
  embed: 'embeds another document',
  handler: 'contains a script',
  listener: 'contains a script',
};

const ATTRIBUTES = new Set([
  'id', 'class', 'style', 'transform', 'd', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'fr', 'width', 'height',
  'points', 'viewBox', 'preserveAspectRatio', 'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-linecap', 'stroke-linejoin',
  'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-opacity', 'opacity', 'clip-path', 'clip-rule', 'mask', 'offset',
  'stop-color', 'stop-opacity', 'gradientUnits', 'gradientTransform', 'spreadMethod', 'patternUnits', 'patternContentUnits', 'patternTransform',
  'clipPathUnits', 'maskUnits', 'maskContentUnits', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline',
  'letter-spacing', 'word-spacing', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust', 'startOffset', 'display', 'visibility', 'color', 'filter',
  'filterUnits', 'primitiveUnits', 'stdDeviation', 'in', 'in2', 'result', 'mode', 'operator', 'k1', 'k2', 'k3', 'k4', 'values', 'type',
  'tableValues', 'slope', 'intercept', 'amplitude', 'exponent', 'flood-color', 'flood-opacity', 'radius', 'markerWidth', 'markerHeight',
  'refX', 'refY', 'orient', 'markerUnits', 'marker-start', 'marker-mid', 'marker-end', 'href', 'overflow', 'vector-effect', 'paint-order',
  'shape-rendering', 'text-rendering', 'image-rendering', 'color-interpolation-filters', 'mix-blend-mode', 'isolation', 'version',
]);

/** Pictures an `<image>` may carry inline; anything else it points at is refused. */
const INLINE_PICTURE = /^data:image\/(png|jpeg|jpg|gif|webp);base64,[a-z0-9+/=\s]*$/i;
const SCRIPT_URL = /^\s*(javascript|vbscript|livescript)\s*:/i;
const URL_REFERENCE = /url\(\s*(['"]?)(.*?)\1\s*\)/gi;
/** A drawing with more elements than this is not a logo, and would cost too much to check and draw. */
const MAX_ELEMENTS = 20_000;

class Refusal extends Error {}
const refuse = (reason: string): never => {
  throw new Refusal(reason);
};

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

/** Refuses a value that points outside the drawing: `url(…)` other than `url(#id)`, or a script address. */
function checkReferences(value: string): void {
  if (/(javascript|vbscript|livescript)\s*:/i.test(value)) refuse('links to a script (javascript:)');
  for (const match of value.matchAll(URL_REFERENCE)) {
    if (!match[2]!.trim().startsWith('#')) refuse(`loads a file from elsewhere (${match[2]!.trim().slice(0, 60)})`);
  }
}

/** Refuses style text that loads anything or runs anything. */
function checkStyle(css: string): void {
  // CSS escapes spell `url(` or `@import` without those letters (`\75 rl(`): a logo's styles need none.
  if (css.includes('\\')) refuse('hides characters in its styles (CSS escapes)');
  if (/@import/i.test(css)) refuse('loads a style sheet from elsewhere (@import)');
  if (/expression\s*\(|behavior\s*:|-moz-binding/i.test(css)) refuse('contains a script in its styles');
  if (/@font-face/i.test(css)) refuse('loads a font from elsewhere (@font-face)');
  checkReferences(css);
}

function checkLink(element: string, value: string): void {
  const link = value.trim();
  if (link.startsWith('#')) return;
  if (SCRIPT_URL.test(link)) refuse('links to a script (javascript:)');
  if (element === 'image' && INLINE_PICTURE.test(link)) return;
  if (/^data:/i.test(link)) refuse(`carries an embedded file that is not a picture (${link.slice(0, link.indexOf(',') + 1 || 40)})`);
  refuse(`loads a file from elsewhere (${link.slice(0, 60)})`);
}

/** One element's allowed attributes, as ` name="value"` text; refuses handlers and outside references. */
function attributesOf(element: Element): string {
  let text = '';
  for (let index = 0; index < element.attributes.length; index += 1) {
    const attribute = element.attributes.item(index)!;
    const name = attribute.localName ?? attribute.name;
    const value = attribute.value;
    if (/^on/i.test(name)) refuse(`has an event handler (${attribute.name}), which runs a script`);
    if (attribute.name === 'xmlns' || attribute.prefix === 'xmlns') continue;
    const isLink = name === 'href' && (attribute.namespaceURI === XLINK_NS || attribute.namespaceURI === null || attribute.namespaceURI === '');
    if (isLink) {
      checkLink(element.localName!, value);
      text += ` ${attribute.namespaceURI === XLINK_NS ? 'xlink:href' : 'href'}="${escapeAttribute(value)}"`;
      continue;
    }
    if (SCRIPT_URL.test(value)) refuse(`links to a script (${attribute.name}="javascript:…")`);
    if (attribute.namespaceURI || !ATTRIBUTES.has(name)) continue;
    if (name === 'style') checkStyle(value);
    else checkReferences(value);
    text += ` ${name}="${escapeAttribute(value)}"`;
  }
  return text;
}

/** An element left out (or unwrapped) is still refused when it carries a handler or a script address: animation can set one on the drawing. */
function checkLeftOut(element: Element): void {
  for (let index = 0; index < element.attributes.length; index += 1) {
    const attribute = element.attributes.item(index)!;
    if (/^on/i.test(attribute.localName ?? attribute.name)) refuse(`has an event handler (${attribute.name}), which runs a script`);
    if (/(javascript|vbscript|livescript)\s*:/i.test(attribute.value)) refuse(`links to a script (${attribute.name}="javascript:…")`);
  }
}

function serialize(node: Node, count: { elements: number }): string {
  if (node.nodeType === node.TEXT_NODE || node.nodeType === node.CDATA_SECTION_NODE) return escapeText(node.nodeValue ?? '');
  if (node.nodeType !== node.ELEMENT_NODE) return ''; // comments and processing instructions are left out
  const element = node as Element;
  const name = element.localName!;
  count.elements += 1;
  if (count.elements > MAX_ELEMENTS) refuse(`has more than ${MAX_ELEMENTS.toLocaleString('en')} shapes`);
  const hostile = HOSTILE_ELEMENTS[name];
  if (hostile) refuse(hostile);
  if (element.namespaceURI === 'http://www.w3.org/1999/xhtml') refuse(`embeds a web page element (<${name}>)`);
  const children = (keepText: boolean) => {
    let text = '';
    for (let child = element.firstChild; child; child = child.nextSibling) {
      if (!keepText && (child.nodeType === child.TEXT_NODE || child.nodeType === child.CDATA_SECTION_NODE)) continue;
      text += serialize(child, count);
    }
    return text;
  };
  if (element.namespaceURI !== SVG_NS || !ELEMENTS.has(name)) {
    // Editors' own elements (Inkscape's sodipodi:namedview, RDF metadata), animation and links are left out — a
    // link's or a conditional group's drawing is kept — after the same checks for scripts.
    checkLeftOut(element);
    const inner = children(false);
    return element.namespaceURI === SVG_NS && UNWRAPPED.has(name) ? inner : '';
  }
  if (name === 'style') checkStyle(element.textContent ?? '');
  const attributes = attributesOf(element);
  const namespaces = name === 'svg' && element.parentNode?.nodeType === node.DOCUMENT_NODE ? ` xmlns="${SVG_NS}" xmlns:xlink="${XLINK_NS}"` : '';
  const inner = children(TEXT_ELEMENTS.has(name));
  return inner === '' ? `<${name}${namespaces}${attributes}/>` : `<${name}${namespaces}${attributes}>${inner}</${name}>`;
}

/**
 * Checks an SVG drawing with a real XML parser and rebuilds it from an allow-list: SVG drawing elements and
 * presentation attributes only, references only inside the drawing (`#id`) or inline raster pictures. A drawing
 * that could run or load anything — a script, an event handler, a foreignObject, a `javascript:` or outside link,
 * a style that imports, a DOCTYPE or entity declaration — is refused rather than cleaned, so what a person
 * uploads is either taken whole or refused with the reason. Comments, editors' metadata and animation are left out.
 */
export function sanitizeSvg(text: string): SanitizedSvg {
  // Before any parser sees it: entity declarations can expand a few bytes into gigabytes, or read local files.
  if (/<!DOCTYPE/i.test(text)) return { ok: false, reason: 'declares a document type (DOCTYPE), which can pull in other files' };
  if (/<!ENTITY/i.test(text)) return { ok: false, reason: 'declares entities, which can pull in other files' };
  let document;
  try {
    document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'image/svg+xml');
  } catch {
    return { ok: false, reason: 'is not a well-formed SVG file' };
  }
  const root = document.documentElement;
  if (!root || root.localName !== 'svg' || root.namespaceURI !== SVG_NS) return { ok: false, reason: 'is not an SVG drawing (its outer element is not <svg>)' };
  try {
    return { ok: true, svg: `${serialize(root, { elements: 0 })}\n` };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, reason: error.message };
    throw error;
  }
}
