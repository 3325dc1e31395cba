// One line that tells a person what changed between two versions of a site: "Changed the heading of the hero
// section on Home; changed theme colors (primary)". Used for commit summaries and the diff view.
import { resolveText, sectionDefinition, type LocalizedText, type Page, type Section, type Site } from '../site/index.ts';
import { definedKeys, jsonEqual } from './json-equal.ts';

const MOST_SHOWN = 3;

/** At most three changes, then "and N more changes"; "No changes" when the sites are equal. */
export function summarizeChanges(from: Site, to: Site): string {
  const changes = describeChanges(from, to);
  if (changes.length === 0) return 'No changes';
  const hidden = changes.length - MOST_SHOWN;
  const shown = hidden > 0 ? [...changes.slice(0, MOST_SHOWN), `and ${hidden} more change${hidden === 1 ? '' : 's'}`] : changes;
  const line = shown.join('; ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}

/** Each change as a lowercase phrase, site settings first, then pages in their new order. */
export function describeChanges(from: Site, to: Site): string[] {
  const before = from as unknown as Record<string, unknown>;
  const after = to as unknown as Record<string, unknown>;
  const settings = changedKeys(before, after).filter((key) => key !== 'pages');
  return [...settings.flatMap((key) => describeSetting(key, before[key], after[key], to)), ...describePages(from, to)];
}

const SETTING_PHRASES: Record<string, string> = {
  schemaVersion: 'upgraded the document format',
  navigation: 'changed the navigation',
  footer: 'changed the footer',
  locales: 'changed the languages',
  seo: 'changed the site SEO settings',
};

function describeSetting(key: string, before: unknown, after: unknown, to: Site): string[] {
  if (key === 'name') return [`renamed the site to "${to.name}"`];
  if (key === 'business') return [`changed business details (${changedKeys(before, after).map(humanize).join(', ')})`];
  if (key === 'theme') {
    return changedKeys(before, after).map((part) => {
      const details = part === 'colors' || part === 'fonts' ? ` (${changedKeys(field(before, part), field(after, part)).join(', ')})` : '';
      return `changed theme ${humanize(part)}${details}`;
    });
  }
  return [SETTING_PHRASES[key] ?? `changed ${humanize(key)}`];
}

function describePages(from: Site, to: Site): string[] {
  const changes: string[] = [];
  const fromIds = new Set(from.pages.map((page) => page.id));
  const toIds = new Set(to.pages.map((page) => page.id));
  for (const page of from.pages) if (!toIds.has(page.id)) changes.push(`removed page "${pageTitle(page, from)}"`);
  for (const page of to.pages) if (!fromIds.has(page.id)) changes.push(`added page "${pageTitle(page, to)}"`);
  if (isReordered(from.pages, to.pages)) changes.push('reordered pages');
  for (const page of to.pages) {
    const previous = from.pages.find((candidate) => candidate.id === page.id);
    if (previous !== undefined) changes.push(...describePage(previous, page, from, to));
  }
  return changes;
}

function describePage(before: Page, after: Page, from: Site, to: Site): string[] {
  const changes: string[] = [];
  const title = pageTitle(after, to);
  const fields = changedKeys(before, after).filter((key) => key !== 'sections');
  if (fields.length === 1 && fields[0] === 'title') changes.push(`renamed page "${pageTitle(before, from)}" to "${title}"`);
  else if (fields.length > 0) changes.push(`changed the ${listOf(fields.map(humanize))} of page "${title}"`);
  const afterIds = new Set(after.sections.map((section) => section.id));
  const beforeIds = new Set(before.sections.map((section) => section.id));
  for (const section of before.sections) if (!afterIds.has(section.id)) changes.push(`removed the ${sectionLabel(section)} section from ${title}`);
  for (const section of after.sections) if (!beforeIds.has(section.id)) changes.push(`added ${withArticle(sectionLabel(section))} section to ${title}`);
  if (isReordered(before.sections, after.sections)) changes.push(`reordered the sections on ${title}`);
  for (const section of after.sections) {
    const previous = before.sections.find((candidate) => candidate.id === section.id);
    if (previous !== undefined) changes.push(...describeSection(previous, section, title));
  }
  return changes;
}

function describeSection(before: Section, after: Section, pageName: string): string[] {
  if (before.type !== after.type) return [`replaced the ${sectionLabel(before)} section on ${pageName} with ${withArticle(sectionLabel(after))} section`];
  const label = sectionLabel(after);
  const changes: string[] = [];
  const fields = changedKeys(before, after).flatMap((key) => {
    if (key === 'props') return changedKeys(before.props, after.props).map(humanize);
    return key === 'visible' ? [] : [humanize(key)];
  });
  if (fields.length > 0) changes.push(`changed the ${listOf(fields)} of the ${label} section on ${pageName}`);
  if ((before.visible ?? true) !== (after.visible ?? true)) changes.push(`${after.visible === false ? 'hid' : 'showed'} the ${label} section on ${pageName}`);
  return changes;
}

/** Whether the items present on both sides appear in a different order. */
function isReordered(before: readonly { id: string }[], after: readonly { id: string }[]): boolean {
  const afterIds = new Set(after.map((item) => item.id));
  const beforeIds = new Set(before.map((item) => item.id));
  const kept = before.map((item) => item.id).filter((id) => afterIds.has(id));
  return !jsonEqual(kept, after.map((item) => item.id).filter((id) => beforeIds.has(id)));
}

/** Keys whose values differ, in the order they appear (`before`'s keys first). */
function changedKeys(before: unknown, after: unknown): string[] {
  const beforeObject = isRecord(before) ? before : {};
  const afterObject = isRecord(after) ? after : {};
  const keys = [...new Set([...definedKeys(beforeObject), ...definedKeys(afterObject)])];
  return keys.filter((key) => !jsonEqual(field(beforeObject, key), field(afterObject, key)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

function pageTitle(page: Page, site: Site): string {
  return resolveText(page.title as LocalizedText, site.locales.default) || page.slug || page.id;
}

/** "Hero" → "hero", "Menu / catalog" → "menu", "FAQ" stays "FAQ". */
function sectionLabel(section: Section): string {
  const label = sectionDefinition(section.type)?.label.split(' / ')[0] ?? humanize(section.type);
  return label === label.toUpperCase() ? label : label.toLowerCase();
}

function withArticle(label: string): string {
  return `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
}

/** Props whose words a person would not use: a section's buttons are buttons. */
const PROP_WORDS: Record<string, string> = { seo: 'SEO', primaryAction: 'main button', secondaryAction: 'second button', href: 'link' };

/** `primaryAction` → "main button", `seo` → "SEO", `openingHours` → "opening hours". */
function humanize(key: string): string {
  if (PROP_WORDS[key]) return PROP_WORDS[key];
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
