import type { EditProposal } from '../../roles.ts';
import type { PatchOperation } from '../../../patch/index.ts';

// The two shapes an offline answer takes: operations with a one-line summary, or one question and no operations.

export function change(summary: string, operations: PatchOperation[]): EditProposal {
  return { summary: clip(summary, 300), operations, question: null };
}

export function ask(question: string): EditProposal {
  return { summary: 'No change yet: a question first', operations: [], question: clip(question, 500) };
}

/** `text` cut at a word boundary with an ellipsis, so summaries and questions stay within their limits. */
export function clip(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > length / 2 ? cut.slice(0, space) : cut}…`;
}

/** A value as the summary quotes it: `"Fresh bread every morning"`, shortened when long. */
export function quoted(text: string): string {
  return `"${clip(text, 80)}"`;
}
