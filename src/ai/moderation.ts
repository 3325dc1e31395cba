import type { FieldError } from '../errors.ts';

/**
 * Markup and URLs no model output may carry, anywhere: the renderer escapes text, but a document holding them is
 * refused outright rather than trusted to stay escaped.
 */
const UNSAFE: readonly [RegExp, string][] = [
  [/<\s*\/?\s*(script|iframe|object|embed|frame|frameset|base|meta|link|style)\b/i, 'contains an HTML tag (<script>, <iframe>, …), which is not allowed'],
  [/<[^>]*[\s/"']on[a-z]+\s*=/i, 'contains an HTML event handler (on…=), which is not allowed'],
  [/\b(javascript|vbscript|livescript)\s*:/i, 'contains a javascript: URL, which is not allowed'],
  [/\bdata\s*:\s*(text\/html|image\/svg\+xml|application\/(x-)?javascript)/i, 'contains a data: URL that can run script, which is not allowed'],
];

/** Every string in `value` (keys too) that carries unsafe content, with its slash-separated path. */
export function findUnsafeContent(value: unknown, path: (string | number)[] = []): FieldError[] {
  if (typeof value === 'string') {
    const hit = UNSAFE.find(([pattern]) => pattern.test(value));
    return hit ? [{ path: path.join('/'), message: `This text ${hit[1]}: "${value.slice(0, 80)}"` }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((child, index) => findUnsafeContent(child, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => [...findUnsafeContent(key, [...path, `(key ${key.slice(0, 40)})`]).slice(0, 1), ...findUnsafeContent(child, [...path, key])]);
  }
  return [];
}
