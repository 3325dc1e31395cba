// The one rule for text entering PageHub: what PostgreSQL can't store (NUL) or would store differently from what
// was sent (an unpaired UTF-16 surrogate turns into U+FFFD in text columns, and is refused by jsonb) is refused
// up front, naming the field. The input guard applies it to every request's path, query, headers and JSON body;
// the visitors' form endpoint applies it to the fields it reads itself.
import type { FieldError } from './errors.ts';

/**
 * The longest business description PageHub accepts, in characters (once markup is removed): the generate route
 * refuses a longer one, and the create form counts against the same number while the person types.
 */
export const MAX_DESCRIPTION_LENGTH = 2_000;

/** Deepest nesting of arrays and objects a JSON body may have. The Site document itself stays well under it. */
export const MAX_JSON_DEPTH = 64;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `text` can't be accepted ("The text contains …"), or null when it can. `subject` names what `text` is. */
export function unsafeTextReason(text: string, subject = 'The text'): string | null {
  const problem = text.includes('\u0000') ? 'a NUL character (U+0000)' : LONE_SURROGATE.test(text) ? 'a broken character (an unpaired UTF-16 surrogate)' : null;
  return problem && `${subject} contains ${problem}, which cannot be stored. Remove it and try again.`;
}

/** A key that would reach an object's prototype when copied with plain assignment. */
export function isReservedKey(key: string): boolean {
  return key === '__proto__';
}

/**
 * The field errors of every string (values and keys) in a parsed JSON value, with paths such as
 * `body/patch/0/value`. `value` must already be depth-checked (jsonDepthExceeds), so recursion is bounded.
 */
export function unsafeTextErrors(value: unknown, path: string, errors: FieldError[] = [], limit = 20): FieldError[] {
  if (errors.length >= limit) return errors;
  if (typeof value === 'string') {
    const reason = unsafeTextReason(value);
    if (reason) errors.push({ path, message: reason });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => unsafeTextErrors(item, `${path}/${index}`, errors, limit));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const keyReason = isReservedKey(key) ? '"__proto__" is a reserved name and cannot be used as a key.' : unsafeTextReason(key, 'The key');
      if (keyReason) errors.push({ path: `${path}/${key}`, message: keyReason });
      else unsafeTextErrors(item, `${path}/${key}`, errors, limit);
    }
  }
  return errors;
}

/**
 * Whether JSON `text` nests arrays and objects deeper than `maxDepth`: one pass over the characters, strings
 * skipped, before anything recursive (parsing aside, which V8 does without recursion) touches the value.
 */
export function jsonDepthExceeds(text: string, maxDepth = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let isInString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (isInString) {
      if (code === 0x5c) index += 1; // backslash: skip the escaped character
      else if (code === 0x22) isInString = false;
    } else if (code === 0x22) {
      isInString = true;
    } else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (code === 0x5d || code === 0x7d) {
      depth -= 1;
    }
  }
  return false;
}
