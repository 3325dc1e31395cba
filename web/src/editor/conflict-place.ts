// Where a conflict is, in the words of the editor's own panels: "Headline of the Hero section on Home", "The
// theme", … — never a JSON Pointer or an internal id. `path` points into `site` (the server's version).
import { parsePointer } from '../../../src/patch/index.ts';
import { sectionDefinition, type Site } from '../../../src/site/index.ts';
import { plainText } from './document-paths.ts';

const SETTINGS: Record<string, string> = { theme: 'The look of the site (theme)', business: 'The business details', seo: 'The search engine settings', name: 'The site’s name', locales: 'The site’s languages' };

export function conflictPlace(site: Site, path: string): string {
  let segments: string[];
  try {
    segments = parsePointer(path);
  } catch {
    return 'A part of the site';
  }
  const locale = site.locales.default;
  if (segments[0] !== 'pages') return SETTINGS[segments[0] ?? ''] ?? 'The site settings';
  const page = segments[1] === undefined ? undefined : site.pages[Number(segments[1])];
  if (!page) return 'The order of the pages';
  const pageTitle = plainText(page.title, locale) || 'this page';
  if (segments[2] !== 'sections') return `The page “${pageTitle}”`;
  const section = segments[3] === undefined ? undefined : page.sections[Number(segments[3])];
  if (!section) return `The order of the sections on “${pageTitle}”`;
  const definition = sectionDefinition(section.type);
  const name = definition?.label ?? 'a';
  const fieldPath = segments[4] === 'props' ? segments.slice(5).join('.') : '';
  const field = fieldPath === '' ? undefined : definition?.fields.find((candidate) => fieldPath === candidate.path || fieldPath.startsWith(`${candidate.path}.`) || candidate.path.startsWith(`${fieldPath}.`));
  return field ? `${field.label} of the ${name} section on “${pageTitle}”` : `The ${name} section on “${pageTitle}”`;
}
