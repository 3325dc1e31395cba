// Sending what a person typed: the operations (from src/patch's named operations) are applied; the first error of
// the attempt is what the field shows.
import type { PatchOperation } from '../../../../../src/patch/index.ts';
import type { ValidationError } from '../../../../../src/site/index.ts';
import type { ChangeOptions } from '../../../editor/index.ts';

export type ChangeDocument = (operations: PatchOperation[], summary: string, options?: ChangeOptions) => ValidationError[] | null;

/** Applies `operations` (nothing to do when empty). Answers the message to show, or null. */
export function changeValue(change: ChangeDocument, operations: PatchOperation[], summary: string, options: ChangeOptions = { isTyping: true }): string | null {
  if (operations.length === 0) return null;
  const errors = change(operations, summary, options);
  return errors ? (errors[0]?.message ?? 'This value is not allowed.') : null;
}
