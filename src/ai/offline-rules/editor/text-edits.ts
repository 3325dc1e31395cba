import type { JsonValue, PatchOperation } from '../../../patch/index.ts';
import type { EditContext, SelectedSection } from '../../edit-context.ts';
import type { EditProposal, EditRequest } from '../../roles.ts';
import { isRecord, sectionPointer, textOf, valueAt, writeText } from './context-values.ts';
import { addListItem } from './add-list-item.ts';
import { removeListItem } from './list-items.ts';
import { ask, change, quoted } from './proposal.ts';
import { INSTEAD, modelRequired } from './refusals.ts';
import { sectionName, sectionWords } from './section-words.ts';
import { listFields, namedField, textFields, type TextField } from './text-fields.ts';
import { cleanValue, hasMarkup, instructionOf, isVague, newValue, phrasePattern } from './values.ts';

// content_edit: set one named text of the selected section(s) — a headline, a button label, an FAQ answer found
// by a word of its question — to the text the prompt gives; or take one item out of a list (./list-items.ts), or
// add one (./add-list-item.ts).

interface Target {
  /** Path inside the section's props. */
  path: (string | number)[];
  field: TextField;
  /** What the summary calls it: "Hero headline", `Question "Is there parking?": answer`. */
  name: string;
}

const STOPWORDS = new Set(['the', 'that', 'this', 'with', 'about', 'from', 'change', 'update', 'should', 'make', 'please', 'rewrite', 'replace', 'edit', 'section', 'page', 'into', 'have', 'what', 'which', 'there', 'their', 'our', 'your', 'one', 'for', 'set', 'say', 'says', 'read', 'reads', 'text', 'new', 'now', 'instead', 'just', 'it']);

/** Requests to write or improve copy without giving it: "make the headline catchier". */
const ASKS_FOR_COPY = /\b(catchier|punchier|better|improve|friendlier|shorter|longer|snappier|more (engaging|exciting|professional|fun))\b/;

export function editText(request: EditRequest): EditProposal {
  const { context, prompt } = request;
  if (request.intent.target === 'footer') return editChrome(request, '/footer/text', 'Footer text', false);
  if (request.intent.target === 'navbar') return editChrome(request, '/navigation/cta/label', 'Navigation button', true);
  const removal = removeListItem(request);
  if (removal !== undefined) return removal;
  const addition = addListItem(request);
  if (addition !== undefined) return addition;
  const value = newValue(prompt);
  const instruction = instructionOf(prompt, value);
  const targets = context.sections.map((section) => ({ section, target: findTarget(context, section, instruction) }));
  const first = targets.find((entry) => entry.target !== undefined);
  if (first === undefined || first.target === undefined) {
    const type = context.sections[0]?.type ?? '';
    const labels = textFields(type).map((field) => field.label.toLowerCase());
    return ask(`Which text of the ${sectionName(type)} section should change${labels.length > 0 ? `: ${labels.join(', ')}` : ''}? For example: change the ${labels[0] ?? 'heading'} to "…".`);
  }
  const problem = valueProblem(value?.text ?? (ASKS_FOR_COPY.test(instruction) ? 'something better' : undefined), first.target.name);
  if (problem !== undefined) return ask(problem);
  const text = cleanValue(value!.text, first.target.field.isShort);
  const operations: PatchOperation[] = [];
  for (const { section, target } of targets) {
    if (target === undefined) continue;
    const pointer = sectionPointer(section.pageIndex, section.sectionIndex, 'props', ...target.path);
    if (target.path.length > 1 && valueAt(context, sectionPointer(section.pageIndex, section.sectionIndex, 'props', ...target.path.slice(0, -1))) === undefined) {
      return ask(`The ${sectionName(section.type)} has no ${target.field.label.toLowerCase().replace(/ text$/, '')} yet. Add it in the editor first (it needs a link), then I can change its text.`);
    }
    operations.push(writeText(pointer, valueAt(context, pointer), text, context.locale));
  }
  return change(`${first.target.name} → ${quoted(text)}`, operations);
}

/** Why `text` cannot be used as the new text of `name`, or undefined when it can. */
export function valueProblem(text: string | undefined, name: string): string | undefined {
  const subject = name.charAt(0).toLowerCase() + name.slice(1);
  if (text === undefined || cleanValue(text, false) === '') return `What should the ${subject} say? Give me the new text, for example: change the ${subject} to "…".`;
  if (hasMarkup(text)) return `Text on the site is plain words: HTML and scripts are not allowed. What should the ${subject} say, in plain text?`;
  if (isVague(text)) throw modelRequired('Rewriting copy', 'PAGEHUB_MODEL_EDITOR', `${INSTEAD.text}, or tell me the exact words the ${subject} should say`);
  return undefined;
}

function findTarget(context: EditContext, section: SelectedSection, instruction: string): Target | undefined {
  const props = valueAt(context, sectionPointer(section.pageIndex, section.sectionIndex, 'props'));
  const label = sectionName(section.type);
  const item = isRecord(props) ? findItem(section.type, props, instruction, context.locale) : undefined;
  if (item !== undefined) return { path: item.path, field: item.field, name: `${item.itemLabel} ${quoted(item.title)}: ${item.field.label.toLowerCase()}` };
  const field = namedField(section.type, instruction);
  if (field === undefined) return undefined;
  const fieldName = field.label.toLowerCase().replace(/^main /, '');
  // A section whose field is named like the section itself ("Text" of a Text section) is named by its page.
  const name = fieldName === label.toLowerCase() && context.page !== null ? `${context.page.title} page ${fieldName}` : `${label} ${fieldName}`;
  return { path: field.path, field, name: name.charAt(0).toUpperCase() + name.slice(1) };
}

/**
 * An item of one of the section's lists, when the prompt names one of the item's fields ("answer", "price") and
 * a word that occurs in exactly that item ("about parking").
 */
function findItem(type: string, props: { [key: string]: JsonValue }, instruction: string, locale: string): (Omit<Target, 'name'> & { title: string; itemLabel: string }) | undefined {
  const ignored = new Set([...STOPWORDS, ...sectionWords(type).flatMap((word) => word.split(' '))]);
  for (const list of listFields(type)) {
    const items = props[list.path];
    const field = list.fields.find((candidate) => phrasePattern(candidate.label).test(instruction));
    if (!Array.isArray(items) || field === undefined) continue;
    for (const child of list.fields) child.label.toLowerCase().split(/\W+/).forEach((word) => ignored.add(word));
    const words = (instruction.match(/[\p{L}\p{N}$€£]{3,}/gu) ?? []).filter((word) => !ignored.has(word));
    // The item sharing the most words with the request; a tie is ambiguous, so no item is chosen.
    const scores = items.map((item) => {
      const texts = list.fields.map((child) => textOf(isRecord(item) ? item[child.path[0]!] : undefined, locale)).join(' ');
      return words.filter((word) => phrasePattern(word).test(texts)).length;
    });
    const best = Math.max(0, ...scores);
    if (best === 0 || scores.filter((score) => score === best).length > 1) continue;
    const index = scores.indexOf(best);
    const item = items[index];
    const title = textOf(isRecord(item) ? item[list.fields[0]!.path[0]!] : undefined, locale);
    return { path: [list.path, index, ...field.path], field, title, itemLabel: list.itemLabel };
  }
  return undefined;
}

/** Footer text and the navigation button: the two texts outside pages a content edit can name. */
function editChrome(request: EditRequest, pointer: string, name: string, isShort: boolean): EditProposal {
  const value = newValue(request.prompt);
  const problem = valueProblem(value?.text, name);
  if (problem !== undefined) return ask(problem);
  const current = valueAt(request.context, pointer);
  if (current === undefined) return ask(`There is no ${name.toLowerCase()} yet: add it in the editor first.`);
  const text = cleanValue(value!.text, isShort);
  return change(`${name} → ${quoted(text)}`, [writeText(pointer, current, text, request.context.locale)]);
}
