import type { PatchOperation } from '../../../patch/index.ts';
import type { EditProposal, EditRequest } from '../../roles.ts';
import { isRecord, textOf, valueAt, writeText } from './context-values.ts';
import { ask, change, quoted } from './proposal.ts';
import { cleanValue, hasMarkup, newValue } from './values.ts';

// remove_page and rename_page. Removing a page also removes its navigation and footer entries and points every
// other link to it at the home page; renaming keeps the address (slug), so links and bookmarks keep working.

const LIST_LINK = /^\/(navigation\/items|footer\/links)\/(\d+)$/;
/** The home page's path: always valid, whatever the home page's id (which this context does not show). */
const HOME_HREF = '/';

export function removePage(request: EditRequest): EditProposal {
  const { context } = request;
  if (context.page === null) return ask('Which page should I delete?');
  const pagePointer = `/pages/${context.page.index}`;
  const listed: { path: string; index: number }[] = [];
  const operations: PatchOperation[] = [];
  for (const entry of context.entries) {
    if (entry.note === undefined || entry.note === 'summary' || entry.path.startsWith(`${pagePointer}/`)) continue;
    const inList = LIST_LINK.exec(entry.path);
    if (inList !== null) listed.push({ path: entry.path, index: Number(inList[2]) });
    else operations.push({ op: 'replace', path: `${entry.path}/href`, value: HOME_HREF });
  }
  // Highest index first, so removing one list entry does not shift the next one removed.
  listed.sort((first, second) => second.index - first.index);
  operations.push(...listed.map((link): PatchOperation => ({ op: 'remove', path: link.path })));
  operations.push({ op: 'remove', path: pagePointer });
  const retargeted = operations.length - listed.length - 1;
  const notes = [
    listed.length === 0 ? '' : listed.length === 1 ? 'removed its menu link' : `removed ${listed.length} menu links`,
    retargeted === 0 ? '' : retargeted === 1 ? 'a link to it now opens the home page' : `${retargeted} links to it now open the home page`,
  ].filter((note) => note !== '');
  return change(`Deleted the ${context.page.title} page${notes.length > 0 ? ` (${notes.join('; ')})` : ''}`, operations);
}

export function renamePage(request: EditRequest): EditProposal {
  const { context, prompt } = request;
  if (context.page === null) return ask('Which page should I rename?');
  const oldTitle = context.page.title;
  const value = newValue(prompt);
  const name = value === undefined ? '' : cleanValue(value.text.replace(/\s+(?:instead|please|now)\s*[.!]?$/i, '').replace(/\s+page\s*$/i, ''), true);
  if (name === '' || hasMarkup(name)) return ask(`What should the ${oldTitle} page be called? For example: rename the ${oldTitle} page to "Our story".`);
  if (name === oldTitle) return ask(`The page is already called "${oldTitle}". What new name should it have?`);
  const pointer = `/pages/${context.page.index}`;
  const operations: PatchOperation[] = [writeText(`${pointer}/title`, valueAt(context, `${pointer}/title`), name, context.locale)];
  const seoTitle = valueAt(context, `${pointer}/seo/title`);
  if (textOf(seoTitle, context.locale) !== '') operations.push(writeText(`${pointer}/seo/title`, seoTitle, name, context.locale));
  let labels = 0;
  for (const entry of context.entries) {
    if (!entry.path.endsWith('/label') || entry.path.startsWith(`${pointer}/`)) continue;
    const label = textOf(entry.value, context.locale);
    const isMenuLink = LIST_LINK.test(entry.path.slice(0, -'/label'.length));
    if (label.toLowerCase() === oldTitle.toLowerCase() || (isMenuLink && label.toLowerCase().includes(oldTitle.toLowerCase()))) {
      operations.push(writeText(entry.path, isRecord(entry.value) || typeof entry.value === 'string' ? entry.value : undefined, name, context.locale));
      labels += 1;
    }
  }
  const slug = context.page.slug === 'home' ? '/' : `/${context.page.slug}`;
  const labelNote = labels === 0 ? '' : `, ${labels === 1 ? '1 menu label' : `${labels} menu labels`} updated`;
  return change(`Renamed the ${oldTitle} page to ${quoted(name)} (address ${slug} kept${labelNote})`, operations);
}
