// A JSON Patch operation in plain words for the compare view: "Changed page “About” › title to “Our story”",
// "Removed page “Home” › section 3". Page indices are named by the page's title in the newer document.
import type { Site } from '../../../../src/site/index.ts';
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
};

/** `camelCase` and `kebab-case` keys as words. */
function words(key: string): string {
  return WORDS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').replaceAll(/[-_]/g, ' ').toLowerCase();
}

const unescape = (segment: string) => segment.replaceAll('~1', '/').replaceAll('~0', '~');

/** Where an operation lands, outermost first, e.g. "page “About” › title" or "theme › colours › primary". */
export function describePath(path: string, document?: Site): string {
  const segments = path.split('/').slice(1).map(unescape);
  const parts: string[] = [];
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index] ?? '';
    const next = segments[index + 1];
    if (segment === 'pages' && next !== undefined) {
      const page = /^\d+$/.test(next) ? document?.pages[Number(next)] : undefined;
      parts.push(page ? `page “${page.title}”` : next === '-' ? 'a new page' : `page ${Number(next) + 1}`);
      index += 1;
    } else if (segment === 'sections' && next !== undefined) {
      parts.push(next === '-' ? 'a new section' : /^\d+$/.test(next) ? `section ${Number(next) + 1}` : 'a section');
      index += 1;
    } else if (/^\d+$/.test(segment)) {
      parts.push(`item ${Number(segment) + 1}`);
    } else {
      parts.push(words(segment));
    }
  }
  return parts.length ? parts.join(' › ') : 'the whole site';
}

/** A short, quoted rendering of a value that is text or a number; objects are summarised. */
export function describeValue(value: unknown): string | null {
  if (typeof value === 'string') return `“${value.length > 80 ? `${value.slice(0, 77)}…` : value}”`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object' && 'type' in value && typeof value.type === 'string') return `a ${words(value.type)} section`;
  return null;
}

export function describeOperation(operation: PatchOperation, document?: Site): string {
  const where = describePath(operation.path, document);
  const value = describeValue(operation.value);
  if (operation.op === 'move' && operation.from) return `Moved ${describePath(operation.from, document)} to ${where}`;
  if (operation.op === 'replace' && value) return `Changed ${where} to ${value}`;
  if (operation.op === 'add' && value) return `Added ${value} as ${where}`;
  return `${VERBS[operation.op]} ${where}`;
}
