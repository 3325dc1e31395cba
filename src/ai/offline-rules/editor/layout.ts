import type { PatchOperation } from '../../../patch/index.ts';
import type { EditProposal, EditRequest } from '../../roles.ts';
import { describePlacement, pageSections, placementIn, topIndex } from './page-sections.ts';
import { ask, change } from './proposal.ts';
import { mentionedSections, sectionName } from './section-words.ts';

// update_layout: hide or show sections, move one ("above the features", "to the bottom", "up"), or swap two.
// Moves are RFC 6902 `move` operations on the page's section list, so ids and content stay untouched.

const HIDE = /\b(hide|hidden|unpublish|turn off|switch off|disable|don'?t show|do not show|stop showing|take down)\b/i;
const SHOW = /\b(show|unhide|visible|display|bring back|restore|turn on|switch on|enable|reveal|unhidden)\b/i;
const SWAP = /\b(swap|switch|exchange|trade places|flip|reverse)\b/i;

export function editLayout(request: EditRequest): EditProposal {
  const { context, prompt, intent } = request;
  const list = pageSections(context);
  if (list === undefined || context.page === null || context.sections.length === 0) return ask('Which section should move, and where to?');
  const { pointer, sections } = list;
  const page = context.page.title;
  const chosen = context.sections.filter((section) => section.pageIndex === context.page!.index);
  const mover = chosen.find((section) => section.type === intent.target) ?? chosen[0]!;
  const name = sectionName(mover.type);

  if (HIDE.test(prompt) || SHOW.test(prompt)) {
    const visible = !HIDE.test(prompt);
    const changing = chosen.filter((section) => sections[section.sectionIndex]?.visible !== visible);
    if (changing.length === 0) return ask(`The ${name} section is already ${visible ? 'shown' : 'hidden'}. Did you mean to ${visible ? 'hide' : 'show'} it, or another section?`);
    const operations: PatchOperation[] = changing.map((section) => ({ op: 'replace', path: `${pointer}/${section.sectionIndex}/visible`, value: visible }));
    const names = changing.map((section) => sectionName(section.type)).join(' and ');
    const noun = changing.length === 1 ? 'section' : 'sections';
    return change(visible ? `Showing the ${names} ${noun} on ${page} again` : `Hid the ${names} ${noun} on ${page} (${changing.length === 1 ? 'it stays' : 'they stay'} in the editor)`, operations);
  }

  const from = mover.sectionIndex;
  if (SWAP.test(prompt)) {
    const other = chosen.find((section) => section.sectionIndex !== from)?.sectionIndex ?? mentionedSections(prompt, sections).find((mention) => mention.index !== from)?.index;
    if (other === undefined) return ask(`Which section should the ${name} section swap places with?`);
    const [first, last] = from < other ? [from, other] : [other, from];
    const operations: PatchOperation[] = [{ op: 'move', from: `${pointer}/${first}`, path: `${pointer}/${last}` }];
    if (last - first > 1) operations.push({ op: 'move', from: `${pointer}/${last - 1}`, path: `${pointer}/${first}` });
    return change(`Swapped ${name} and ${sectionName(sections[other]!.type)} on ${page}`, operations);
  }

  const placement = placementIn(prompt, sections, from);
  if (placement === undefined) {
    return ask(`Where should the ${name} section go? For example "move it above the ${sectionName(sections[0]?.type ?? 'hero')}", "to the bottom", or "hide it".`);
  }
  let to: number;
  switch (placement.kind) {
    case 'relative': {
      const reference = placement.reference + (placement.isAfter ? 1 : 0);
      to = reference > from ? reference - 1 : reference;
      break;
    }
    case 'top': to = topIndex(sections, mover.type); break;
    case 'bottom': to = sections.length - 1; break;
    case 'step': to = Math.min(sections.length - 1, Math.max(0, from + placement.delta)); break;
  }
  const where = describePlacement(placement, sections, sectionName);
  if (to === from) return ask(`The ${name} section is already ${where.replace(/^to the /, 'at the ')}. Where else should it go?`);
  return change(`Moved ${name} ${where} on ${page}`, [{ op: 'move', from: `${pointer}/${from}`, path: `${pointer}/${to}` }]);
}
