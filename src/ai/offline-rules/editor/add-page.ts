import { freshIdAmong, kebabCase, type JsonValue, type PatchOperation } from '../../../patch/index.ts';
import type { EditContext } from '../../edit-context.ts';
import type { EditProposal, EditRequest } from '../../roles.ts';
import { isRecord, textOf, valueAt } from './context-values.ts';
import { ask, change } from './proposal.ts';
import { asSamples } from './samples.ts';
import { sectionName } from './section-words.ts';
import { cleanValue, hasMarkup, quotedValues, titleCase } from './values.ts';

// add_page: a new page with an opening hero (its title as the headline), a short text to replace, and a call to
// action to the contact page when there is one; listed before the legal pages and added to the navigation.

/** Legal pages close the page list and live in the footer; the summary of pages gives no kind, so slugs tell. */
const LEGAL_SLUGS = /^(privacy|terms|legal|cookies?|imprint|impressum|disclaimer|accessibility|gdpr)(-|$)/;
const MAX_NAVIGATION_ITEMS = 12;
/** What every new page starts from; another type in the context is the section the page's name asks for. */
const STARTING_TYPES = new Set(['hero', 'richText', 'cta']);

interface PageSummary { id: string; slug: string; title: string }

export function addPage(request: EditRequest): EditProposal {
  const { context, prompt, intent } = request;
  const pages = (valueAt(context, '/pages') as JsonValue[] | undefined ?? []).filter(isRecord).map((page) => ({ id: String(page.id), slug: String(page.slug), title: textOf(page.title, context.locale) }));
  const title = pageTitle(prompt, intent.target);
  if (title === undefined) return ask('What should the new page be called? For example: add a page called "Careers".');
  const slug = freshSlug(kebabCase(title) || 'page', pages);
  if (pages.some((page) => page.title.toLowerCase() === title.toLowerCase())) return ask(`There is already a page called "${title}". Should I add another one with a different name?`);
  const id = freshIdAmong(slug.replace(/\//g, '-'), context.takenIds, 'page');
  const sectionIds = [...context.takenIds, id];
  const nextId = (suffix: string) => { const fresh = freshIdAmong(`${id}-${suffix}`, sectionIds); sectionIds.push(fresh); return fresh; };
  const contact = pages.find((page) => page.slug === 'contact' || page.id === 'contact');
  // A page named after a kind of section (Team, FAQ, Gallery…) holds that section, its examples marked as samples.
  const named = context.sectionTypes.find((entry) => !STARTING_TYPES.has(entry.type));
  const body: JsonValue = named !== undefined
    ? { id: nextId(kebabCase(named.type)), type: named.type, props: asSamples(named.type, defaultsOf(context, named.type)), visible: true }
    : { id: nextId('text'), type: 'richText', props: { ...defaultsOf(context, 'richText'), heading: '', body: `What visitors should know about ${title}: replace this text in the editor, or tell me in the chat what it should say.` }, visible: true };
  const sections: JsonValue[] = [{ id: nextId('hero'), type: 'hero', props: { ...defaultsOf(context, 'hero'), heading: title, subheading: '' }, visible: true }, body];
  for (const section of sections) delete ((section as { props: { [key: string]: JsonValue } }).props).primaryAction;
  if (contact !== undefined && contact.id !== id) {
    sections.push({ id: nextId('cta'), type: 'cta', props: { ...defaultsOf(context, 'cta'), primaryAction: { label: 'Contact us', href: `page:${contact.id}` } }, visible: true });
  }
  const legalIndex = pages.findIndex((page) => LEGAL_SLUGS.test(page.slug));
  const index = legalIndex === -1 ? pages.length : legalIndex;
  const operations: PatchOperation[] = [{ op: 'add', path: `/pages/${index}`, value: { id, slug, title, kind: 'page', excerpt: '', seo: { title, description: '' }, sections } }];
  const navigation = valueAt(context, '/navigation/items');
  const items = Array.isArray(navigation) ? navigation : [];
  let navigationNote = ' and to the navigation';
  if (items.length < MAX_NAVIGATION_ITEMS) {
    // A trailing Contact link stays last: that is where visitors look for it.
    const last = items[items.length - 1];
    const isContactLast = contact !== undefined && isRecord(last) && last.href === `page:${contact.id}`;
    operations.push({ op: 'add', path: `/navigation/items/${isContactLast ? items.length - 1 : items.length}`, value: { label: title, href: `page:${id}` } });
  } else {
    navigationNote = ' (the navigation is full, so it is not listed there)';
  }
  const filling = named !== undefined ? `with a ${sectionName(named.type)} section whose examples are marked as samples` : 'with a text to fill in';
  return change(`Added a ${title} page at /${slug}${navigationNote}, ${filling}`, operations);
}

/** "a new page called Menu", "a Careers page", "create a blog page", or the target slug. */
function pageTitle(prompt: string, target: string | null): string | undefined {
  const quoted = quotedValues(prompt)[0]?.text;
  const named = /\b(?:called|named|titled|for)\s+(?:the\s+|our\s+|a\s+)?([^,.;!?]+?)\s*(?:page)?\s*$/i.exec(prompt)?.[1];
  const before = /\b(?:an?|the|new|our)\s+((?:[\p{L}\p{N}&'’-]+\s+){0,3}?)page\b/iu.exec(prompt)?.[1]?.replace(/^(new|separate|extra|another)\s+/i, '');
  const candidate = quoted ?? named ?? (before !== undefined && before.trim() !== '' ? before : undefined) ?? target?.replace(/[-_/]+/g, ' ');
  if (candidate === undefined) return undefined;
  const cleaned = cleanValue(candidate, true);
  if (cleaned === '' || hasMarkup(cleaned) || cleaned.length > 60) return undefined;
  return /\p{Lu}/u.test(cleaned) ? cleaned : titleCase(cleaned);
}

function freshSlug(base: string, pages: readonly PageSummary[]): string {
  const used = new Set(pages.map((page) => page.slug));
  if (!used.has(base)) return base;
  for (let number = 2; ; number += 1) if (!used.has(`${base}-${number}`)) return `${base}-${number}`;
}

function defaultsOf(context: EditContext, type: string): { [key: string]: JsonValue } {
  const defaults = context.sectionTypes.find((entry) => entry.type === type)?.defaults;
  return isRecord(defaults) ? structuredClone(defaults) : {};
}
