// The sections of a page: add one from the catalog, move, duplicate, remove, hide or show it. Sections are named
// by id; positions are indices in their page's list.
import { sectionDefinition, type Site } from '../../site/index.ts';
import { formatPointer, type JsonValue, type PatchOperation } from '../json-patch.ts';
import { freshSectionId, takenIds } from './fresh-ids.ts';
import { checkIndex, DocumentOperationError, locatePage, locateSection } from './locate.ts';
import { setValue } from './set-value.ts';

export interface AddSectionOptions {
  pageId: string;
  /** A type of the section catalog (`hero`, `testimonials`…). */
  type: string;
  /** Where it goes in the page's list; the end when absent. */
  at?: number;
  /** The new section's id; `freshSectionId(site, pageId, type)` when absent. */
  id?: string;
}

/** Adds a section of `type` with the catalog's default content, visible, under a fresh id. */
export function addSection(site: Site, { pageId, type, at, id }: AddSectionOptions): PatchOperation[] {
  const { page, path } = locatePage(site, pageId);
  const definition = sectionDefinition(type);
  if (definition === undefined) throw new DocumentOperationError(`There is no section type "${type}" in the catalog`);
  const index = checkIndex(at ?? page.sections.length, page.sections.length, 'Position', true);
  const sectionId = id ?? freshSectionId(site, pageId, type);
  if (takenIds(site).has(sectionId)) throw new DocumentOperationError(`The id "${sectionId}" is already used in this site`);
  const value = { id: sectionId, type, props: definition.props.parse(definition.defaults), visible: true } as JsonValue;
  return [{ op: 'add', path: `${path}/sections/${index}`, value }];
}

/**
 * Where a new section goes on a page: right after the selected section (`afterIndex`) when there is one, else at
 * the end — but before the page's closing sections (a call to action, a contact form) when they end it.
 */
export function newSectionPosition(site: Site, pageId: string, afterIndex?: number): number {
  const { page } = locatePage(site, pageId);
  if (afterIndex !== undefined && afterIndex >= 0 && afterIndex < page.sections.length) return afterIndex + 1;
  let position = page.sections.length;
  while (position > 0 && sectionDefinition(page.sections[position - 1]!.type)?.isClosing === true) position -= 1;
  return position;
}

/** Moves a section to `to` in its page's list (`[]` when it is already there). */
export function moveSection(site: Site, sectionId: string, to: number): PatchOperation[] {
  const { page, sectionIndex, path } = locateSection(site, sectionId);
  checkIndex(to, page.sections.length, 'Position');
  if (to === sectionIndex) return [];
  return [{ op: 'move', from: path, path: path.replace(/\/\d+$/, `/${to}`) }];
}

/** Puts a copy of a section right after it, under a fresh id (the page's id and the section's type). */
export function duplicateSection(site: Site, sectionId: string): PatchOperation[] {
  const { page, pageIndex, section, sectionIndex } = locateSection(site, sectionId);
  const copy = { ...structuredClone(section), id: freshSectionId(site, page.id, section.type) } as JsonValue;
  return [{ op: 'add', path: formatPointer(['pages', pageIndex, 'sections', sectionIndex + 1]), value: copy }];
}

/** Removes a section. Links to it (`page:about#about-team`) make the result invalid, which the applier reports. */
export function removeSection(site: Site, sectionId: string): PatchOperation[] {
  return [{ op: 'remove', path: locateSection(site, sectionId).path }];
}

/** Shows or hides a section; a hidden one stays in the document but is not published. */
export function setSectionVisible(site: Site, sectionId: string, isVisible: boolean): PatchOperation[] {
  return setValue(site, `${locateSection(site, sectionId).path}/visible`, isVisible);
}
