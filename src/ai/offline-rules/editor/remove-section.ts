import type { PatchOperation } from '../../../patch/index.ts';
import type { EditProposal, EditRequest } from '../../roles.ts';
import { isRecord, sectionPointer, textOf } from './context-values.ts';
import { ask, change, quoted } from './proposal.ts';
import { sectionName } from './section-words.ts';

// remove_section: the selected sections go; links that pointed at them (`page:home#home-faq`) now open their
// page instead, so no link breaks.

export function removeSection(request: EditRequest): EditProposal {
  const { context } = request;
  if (context.sections.length === 0) return ask('Which section should I remove?');
  const removed = context.sections.map((section) => sectionPointer(section.pageIndex, section.sectionIndex));
  const operations: PatchOperation[] = [];
  // Links first: removing a section shifts the indices of the sections after it.
  for (const entry of context.entries) {
    if (entry.note === undefined || entry.note === 'summary' || !isRecord(entry.value)) continue;
    if (removed.some((pointer) => entry.path.startsWith(`${pointer}/`))) continue;
    const href = String(entry.value.href ?? '');
    const page = /^page:([^#]+)#/.exec(href)?.[1];
    if (page !== undefined) operations.push({ op: 'replace', path: `${entry.path}/href`, value: `page:${page}` });
  }
  const links = operations.length;
  const ordered = [...context.sections].sort((first, second) => second.pageIndex - first.pageIndex || second.sectionIndex - first.sectionIndex);
  for (const section of ordered) operations.push({ op: 'remove', path: sectionPointer(section.pageIndex, section.sectionIndex) });
  const first = context.sections[0]!;
  const heading = context.entries.find((entry) => entry.path === removed[0] && isRecord(entry.value));
  const headingText = heading !== undefined && isRecord(heading.value) ? textOf(heading.value.heading, context.locale) : '';
  const what = context.sections.length === 1 ? `the ${sectionName(first.type)} section${headingText !== '' ? ` (${quoted(headingText)})` : ''}` : `${context.sections.length} sections (${context.sections.map((section) => sectionName(section.type)).join(', ')})`;
  const from = context.page !== null ? ` from ${context.page.title}` : '';
  const linkNote = links === 0 ? '' : `; ${links === 1 ? 'a link to it now opens' : `${links} links to it now open`} the page instead`;
  return change(`Removed ${what}${from}${linkNote}`, operations);
}
