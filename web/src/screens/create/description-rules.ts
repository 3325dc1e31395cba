// What the create form asks of a business description, checked as the person types and pastes: at least a
// sentence, at most the server's maximum (MAX_DESCRIPTION_LENGTH, the number the API refuses past).
import { MAX_DESCRIPTION_LENGTH } from '../../../../src/input-text.ts';

export { MAX_DESCRIPTION_LENGTH };

/** Fewer characters than this is not yet a description. */
export const MIN_DESCRIPTION_LENGTH = 10;

const count = (value: number) => value.toLocaleString('en');

/** "1,234 / 2,000": the counter under the description. */
export function descriptionCount(text: string): string {
  return `${count(text.length)} / ${count(MAX_DESCRIPTION_LENGTH)}`;
}

/** Why the description is too long to send, or null: shown while typing. */
export function tooLongProblem(text: string): string | null {
  if (text.length <= MAX_DESCRIPTION_LENGTH) return null;
  return `The description has ${count(text.length)} characters; PageHub reads up to ${count(MAX_DESCRIPTION_LENGTH)}. Shorten it by ${count(text.length - MAX_DESCRIPTION_LENGTH)} to create the site.`;
}

/** Why the description cannot be sent as it is, or null: checked when the form is sent. */
export function descriptionProblem(text: string): string | null {
  if (text.trim().length < MIN_DESCRIPTION_LENGTH) return 'Describe your business in at least a sentence: what it is, what it offers, where.';
  return tooLongProblem(text.trim());
}

/**
 * Why a paste is refused, or null when it fits: the text it would make is longer than the maximum. Nothing is cut —
 * a description cut mid-sentence would lose what the person meant to say.
 */
export function pasteProblem(current: string, selection: { start: number; end: number }, pasted: string): string | null {
  const length = current.length - (selection.end - selection.start) + pasted.length;
  if (length <= MAX_DESCRIPTION_LENGTH) return null;
  return `That paste has ${count(pasted.length)} characters, so the description would have ${count(length)}; PageHub reads up to ${count(MAX_DESCRIPTION_LENGTH)}. Nothing was pasted: shorten the text first, or paste the most important part.`;
}
