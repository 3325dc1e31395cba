import { sectionDefinition, type EditorField } from '../../../site/index.ts';

// Which text prop of a section a prompt names. The section catalog's editor fields carry the paths and labels;
// the everyday words people use for them ("headline", "subtitle", "button") are mapped onto those labels here,
// so no section type is special-cased.

export interface TextField {
  /** Path inside props, e.g. ["primaryAction", "label"]. */
  path: string[];
  label: string;
  isShort: boolean;
}

export interface ListField {
  path: string;
  label: string;
  itemLabel: string;
  fields: TextField[];
}

const TEXT_KINDS = new Set(['text', 'textarea', 'richtext']);

function toTextField(field: EditorField): TextField {
  return { path: field.path.split('.'), label: field.label, isShort: field.kind === 'text' };
}

export function textFields(type: string): TextField[] {
  return (sectionDefinition(type)?.fields ?? []).filter((field) => TEXT_KINDS.has(field.kind)).map(toTextField);
}

export function listFields(type: string): ListField[] {
  return (sectionDefinition(type)?.fields ?? []).flatMap((field) =>
    field.kind === 'list' ? [{ path: field.path, label: field.label, itemLabel: field.itemLabel, fields: field.fields.filter((child) => TEXT_KINDS.has(child.kind)).map(toTextField) }] : [],
  );
}

const byPath = (fields: TextField[], ...paths: string[]) => paths.map((path) => fields.find((field) => field.path.join('.') === path)).find((field) => field !== undefined);
const byLabel = (fields: TextField[], pattern: RegExp) => fields.find((field) => pattern.test(field.label));
const longest = (fields: TextField[]) => fields.find((field) => !field.isShort && field.path.length === 1);

/** Everyday words for a field, strongest first, each with how to find that field among a section's fields. */
const FIELD_WORDS: readonly [RegExp, (fields: TextField[]) => TextField | undefined][] = [
  [/\b(second(ary)?|other) button\b/, (fields) => byLabel(fields, /^second button text/i)],
  [/\b(submit|send) button\b/, (fields) => byPath(fields, 'submitLabel')],
  [/\bbuttons?\b|\bcta (text|label)\b/, (fields) => byLabel(fields, /^(main )?button text$/i)],
  [/\bsub-?\s?(head(line|ing|er)?|title)s?\b|\btag-?line\b|\bstrapline\b/, (fields) => byPath(fields, 'subheading', 'intro', 'text')],
  [/\b(eyebrow|kicker|overline)\b/, (fields) => byPath(fields, 'eyebrow')],
  [/\b(intro|introduction)\b/, (fields) => byPath(fields, 'intro', 'subheading')],
  [/\b(thank[- ]you|success) message\b/, (fields) => byPath(fields, 'successMessage')],
  [/\b(head(line|ing|er)?|titles?)\b/, (fields) => byPath(fields, 'heading')],
  [/\b(text|body|story|copy|paragraphs?|content|blurb|wording|description)\b/, (fields) => fields.find((field) => field.path.join('.') === 'body') ?? byPath(fields, 'text', 'intro', 'subheading') ?? longest(fields)],
];

/** The field of `type` that `instruction` (lowercase) names; a section's heading when it names none. */
export function namedField(type: string, instruction: string): TextField | undefined {
  const fields = textFields(type);
  for (const [pattern, find] of FIELD_WORDS) {
    if (pattern.test(instruction)) return find(fields);
  }
  const byOwnLabel = fields.filter((field) => new RegExp(`\\b${field.label.toLowerCase().replace(/[^a-z ]/g, '')}\\b`).test(instruction));
  return byOwnLabel.sort((first, second) => second.label.length - first.label.length)[0] ?? byPath(fields, 'heading');
}
