import { sectionIdAmong } from '../../../patch/index.ts';
import type { EditProposal, EditRequest } from '../../roles.ts';
import { applyDetails } from './section-details.ts';
import { describePlacement, pageSections, placementIn, topIndex } from './page-sections.ts';
import { ask, change } from './proposal.ts';
import { sectionName } from './section-words.ts';

// add_section: a new section built from the catalog defaults (with the prompt's obvious details), under a fresh
// id, placed where the prompt says — else before the page's closing call to action, else at the end.

export function addSection(request: EditRequest): EditProposal {
  const { context, prompt } = request;
  const catalog = context.sectionTypes[0];
  const list = pageSections(context);
  if (catalog === undefined || list === undefined || context.page === null) return ask('Which kind of section should I add, and on which page?');
  const { sections, pointer } = list;
  const { props, notes } = applyDetails(catalog.type, catalog.defaults, prompt);
  const id = sectionIdAmong(context.page.id, catalog.type, context.takenIds);
  const placement = placementIn(prompt.replace(/\b(home ?page|front page|main page)\b/gi, ''), sections);
  const closing = sections.length > 0 && sections[sections.length - 1]!.type === 'cta' ? sections.length - 1 : sections.length;
  let index = closing;
  if (placement?.kind === 'relative') index = placement.reference + (placement.isAfter ? 1 : 0);
  else if (placement?.kind === 'top') index = topIndex(sections, catalog.type);
  else if (placement?.kind === 'bottom') index = sections.length;
  const value = { id, type: catalog.type, props, visible: true };
  const where = placement === undefined || placement.kind === 'step' ? '' : ` ${describePlacement(placement, sections, sectionName).replace(/^to the /, 'at the ')}`;
  const name = sectionName(catalog.type);
  const article = /^([aeiou]|FAQ)/i.test(name) ? 'an' : 'a';
  return change(`Added ${article} ${name} section to ${context.page.title}${where}${notes.length > 0 ? `, ${notes.join(', ')}` : ''}`, [{ op: 'add', path: `${pointer}/${index}`, value }]);
}
