// Turning what a person typed into operations: text is set (or, when emptied and the schema refuses an empty
// value, removed); the first error of the attempt is what the field shows.
import type { PatchOperation } from '../../../../../src/patch/index.ts';
import type { Site, ValidationError } from '../../../../../src/site/index.ts';
import { type ChangeOptions, setOperation } from '../../../editor/index.ts';

export type ChangeDocument = (operations: PatchOperation[], summary: string, options?: ChangeOptions) => ValidationError[] | null;

/** Sets `path` to `value`; an empty value that is refused is tried as a removal. Answers the message to show. */
export function changeValue(change: ChangeDocument, site: Site, path: string, value: unknown, summary: string, options: ChangeOptions = { isTyping: true }): string | null {
  const operations = setOperation(site, path, value);
  if (operations.length === 0) return null;
  const errors = change(operations, summary, options);
  if (!errors) return null;
  if (value === '' || value === undefined) {
    const removal = setOperation(site, path, undefined);
    if (removal.length > 0 && !change(removal, summary, options)) return null;
  }
  return errors[0]?.message ?? 'This value is not allowed.';
}
