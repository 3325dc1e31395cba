import { type DefaultTreeAdapterMap, parse, parseFragment } from 'parse5';

export type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];

function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && 'tagName' in node;
}

/** Every element of a parsed HTML document, in document order (template contents included). */
export function* elements(node: ParentNode): Generator<Element> {
  for (const child of node.childNodes) {
    if (isElement(child)) {
      yield child;
      yield* elements(child);
      if (child.tagName === 'template') yield* elements((child as unknown as { content: ParentNode }).content);
    }
  }
}

export function parseDocument(markup: string): ParentNode {
  return parse(markup) as unknown as ParentNode;
}

export function parseHtmlFragment(markup: string): ParentNode {
  return parseFragment(markup) as unknown as ParentNode;
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((entry) => entry.name === name)?.value;
}

export function hasClass(element: Element, name: string): boolean {
  return (attribute(element, 'class') ?? '').split(/\s+/).includes(name);
}

export function textContent(node: ParentNode): string {
  let text = '';
  for (const child of node.childNodes) {
    if ('value' in child && child.nodeName === '#text') text += (child as { value: string }).value;
    else if (isElement(child)) text += textContent(child);
  }
  return text;
}
