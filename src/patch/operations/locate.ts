// Finding what an operation names — a page or a section by its stable id — and reading a value inside a section.
// Operations address sections and pages by id, never by a position the caller remembered.
import type { Page, Section, Site } from '../../site/index.ts';
import { formatPointer, getAt, parsePointer, type JsonValue } from '../json-patch.ts';

/** An operation asked for something the document does not have (an unknown id, a position off the list). */
export class DocumentOperationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentOperationError';
  }
}

export interface PageLocation {
  page: Page;
  pageIndex: number;
  /** `/pages/<index>` */
  path: string;
}

export interface SectionLocation extends PageLocation {
  section: Section;
  sectionIndex: number;
  /** `/pages/<index>/sections/<index>` */
  path: string;
}

export function locatePage(site: Site, pageId: string): PageLocation {
  const pageIndex = site.pages.findIndex((page) => page.id === pageId);
  const page = site.pages[pageIndex];
  if (page === undefined) throw new DocumentOperationError(`There is no page "${pageId}" in this site`);
  return { page, pageIndex, path: formatPointer(['pages', pageIndex]) };
}

export function locateSection(site: Site, sectionId: string): SectionLocation {
  for (const [pageIndex, page] of site.pages.entries()) {
    const sectionIndex = page.sections.findIndex((section) => section.id === sectionId);
    const section = page.sections[sectionIndex];
    if (section !== undefined) return { page, pageIndex, section, sectionIndex, path: formatPointer(['pages', pageIndex, 'sections', sectionIndex]) };
  }
  throw new DocumentOperationError(`There is no section "${sectionId}" in this site`);
}

/** The value at a JSON Pointer, or undefined when nothing is there. */
export function readAt(site: Site, path: string): unknown {
  try {
    return getAt(site as unknown as JsonValue, parsePointer(path));
  } catch {
    return undefined;
  }
}

/** The value at `path` (a pointer inside the section's props, such as `/items/0/quote`), or undefined. */
export function fieldValue(site: Site, sectionId: string, path: string): unknown {
  return readAt(site, `${locateSection(site, sectionId).path}/props${path}`);
}

/** Refuses a position outside `0…length` (`length` itself when `isEnd` allows the end of the list). */
export function checkIndex(index: number, length: number, what: string, isEnd = false): number {
  const last = isEnd ? length : length - 1;
  if (!Number.isInteger(index) || index < 0 || index > last) throw new DocumentOperationError(`${what} ${index} is out of range (0–${last})`);
  return index;
}
