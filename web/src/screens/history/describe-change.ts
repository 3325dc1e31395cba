// A JSON Patch operation in plain words for the compare view: "Changed the title of page “About” to “Our story”",
// "Linked the button in page “Home” › the Hero section to the Team page". Pages and sections are named by
// their titles and kinds in the newer document; link targets (`page:<id>`) by the page's title; fonts by name.
// Nothing a person reads here carries an internal id, a `page:` value or a prop name in camelCase.
import { FONTS, resolveText, sectionDefinition, type LocalizedText, type Site } from '../../../../src/site/index.ts';
import type { PatchOperation } from '../../api/index.ts';

const VERBS: Record<PatchOperation['op'], string> = { add: 'Added', remove: 'Removed', replace: 'Changed', move: 'Moved', copy: 'Copied', test: 'Checked' };

const WORDS: Record<string, string> = {
  seo: 'search settings',
  sections: 'section',
  props: 'content',
  business: 'business details',
  navigation: 'navigation',
  footer: 'footer',
  theme: 'theme',
  colors: 'colours',
  fonts: 'fonts',
  locales: 'languages',
  href: 'link',
  primaryAction: 'main button',
  secondaryAction: 'second button',
  action: 'button',
  cta: 'button',
  items: 'items',
};

/** Props holding a button's label and link: their link reads "the button". */
const BUTTON_KEYS = /(^|[a-z])(action|button|cta)$/i;

/** `camelCase` and `kebab-case` keys as words. */
function words(key: string): string {
  return WORDS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').replaceAll(/[-_]/g, ' ').toLowerCase();
}

const unescape = (segment: string) => segment.replaceAll('~1', '/').replaceAll('~0', '~');

/** "Services / features" → "Services": the catalog label as a short name. */
function sectionName(type: string): string | undefined {
  return sectionDefinition(type)?.label.split(' / ')[0];
}

function titleOf(document: Site | undefined, title: LocalizedText): string {
  return resolveText(title, document?.locales.default ?? 'en');
}

/** "the Team page" for `page:team` or `page:team#contact`; the address itself for a web address. */
export function describeLinkTarget(target: string, document?: Site): string {
  if (target.startsWith('page:')) {
    const [pageId = '', anchor] = target.slice('page:'.length).split('#');
    const page = document?.pages.find((candidate) => candidate.id === pageId);
    const section = anchor ? page?.sections.find((candidate) => candidate.id === anchor) : undefined;
    const pageName = page ? `the ${titleOf(document, page.title)} page` : 'a page of this site';
    if (!anchor) return pageName;
    const sectionLabel = section ? sectionName(section.type) : undefined;
    return sectionLabel ? `the ${sectionLabel} section of ${pageName}` : `a section of ${pageName}`;
  }
  if (target.startsWith('mailto:')) return `an email to ${target.slice('mailto:'.length).split('?')[0]}`;
  if (target.startsWith('tel:')) return `a call to ${target.slice('tel:'.length)}`;
  if (target.startsWith('#')) return 'a section of the same page';
  return target;
}

/** Where an operation lands, outermost first, e.g. "page “About” › title" or "theme › colours › primary". */
export function describePath(path: string, document?: Site): string {
  const segments = path.split('/').slice(1).map(unescape);
  const parts: string[] = [];
  let page: Site['pages'][number] | undefined;
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index] ?? '';
    const next = segments[index + 1];
    if (segment === 'pages' && next !== undefined && index === 0) {
      page = /^\d+$/.test(next) ? document?.pages[Number(next)] : undefined;
      parts.push(page ? `page “${titleOf(document, page.title)}”` : next === '-' ? 'a new page' : `page ${Number(next) + 1}`);
      index += 1;
    } else if (segment === 'sections' && next !== undefined) {
      const section = /^\d+$/.test(next) ? page?.sections[Number(next)] : undefined;
      const label = section ? sectionName(section.type) : undefined;
      parts.push(label ? `the ${label} section` : next === '-' ? 'a new section' : /^\d+$/.test(next) ? `section ${Number(next) + 1}` : 'a section');
      index += 1;
    } else if (segment === 'props') {
      continue;
    } else if (/^\d+$/.test(segment)) {
      parts.push(`item ${Number(segment) + 1}`);
    } else {
      parts.push(words(segment));
    }
  }
  return parts.length ? parts.join(' › ') : 'the whole site';
}

/** `[Our team](page:team)` → `Our team`: rich text as a person reads it. */
function readableText(text: string): string {
  return text.replaceAll(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/** A short, quoted rendering of a value that is text or a number; objects are summarised. */
export function describeValue(value: unknown, document?: Site): string | null {
  if (typeof value === 'string') {
    if (value.startsWith('page:')) return describeLinkTarget(value, document);
    const text = readableText(value);
    return `“${text.length > 80 ? `${text.slice(0, 77)}…` : text}”`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object' && 'type' in value && typeof value.type === 'string') {
    const label = sectionName(value.type) ?? words(value.type);
    return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label} section`;
  }
  return null;
}

/** "Linked the button in page “Home” › the Hero section to the Team page" for a changed link. */
function describeLink(operation: PatchOperation, document?: Site): string | null {
  const segments = operation.path.split('/').map(unescape);
  if (segments.at(-1) !== 'href' || typeof operation.value !== 'string' || (operation.op !== 'replace' && operation.op !== 'add')) return null;
  const owner = segments.at(-2) ?? '';
  const thing = BUTTON_KEYS.test(owner) ? 'the button' : segments.includes('navigation') ? 'the menu link' : 'the link';
  const containerPath = segments.slice(0, BUTTON_KEYS.test(owner) ? -2 : -1).join('/');
  const where = containerPath ? describePath(containerPath, document) : '';
  return `Linked ${thing}${where ? ` in ${where}` : ''} to ${describeLinkTarget(operation.value, document)}`;
}

/** A font id as its name: `playfair-display` → “Playfair Display”. */
function describeFont(operation: PatchOperation): string | null {
  if (!/^\/theme\/fonts\/[a-z]+$/.test(operation.path) || typeof operation.value !== 'string') return null;
  const font = (FONTS as Record<string, { label: string }>)[operation.value];
  return font ? `Changed the ${operation.path.split('/').at(-1)} font to ${font.label}` : null;
}

export function describeOperation(operation: PatchOperation, document?: Site): string {
  const special = describeLink(operation, document) ?? describeFont(operation);
  if (special) return special;
  const where = describePath(operation.path, document);
  const value = describeValue(operation.value, document);
  if (operation.op === 'move' && operation.from) return `Moved ${describePath(operation.from, document)} to ${where}`;
  if (operation.op === 'replace' && value) return `Changed ${where} to ${value}`;
  const parent = operation.path.replace(/\/sections\/(\d+|-)$/, '');
  if (operation.op === 'add' && value && parent !== operation.path) return `Added ${value} to ${describePath(parent, document)}`;
  if (operation.op === 'add' && value) return `Added ${value} as ${where}`;
  return `${VERBS[operation.op]} ${where}`;
}
