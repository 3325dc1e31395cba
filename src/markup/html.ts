// Escaping by construction. `html` is a tagged template whose every interpolation is escaped unless it is
// already SafeHtml (the result of another `html` call, or of the one sanitizer in rich-text.ts).
// This file imports nothing: the section catalog in src/site and the renderer in src/render both use it.

const trusted = Symbol('SafeHtml');

export interface SafeHtml {
  readonly [trusted]: true;
  readonly value: string;
  toString(): string;
}

function safe(value: string): SafeHtml {
  return { [trusted]: true, value, toString: () => value };
}

export function isSafeHtml(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && (value as { [trusted]?: true })[trusted] === true;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (char) => ESCAPES[char] ?? char);
}

export type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

function toHtml(value: Interpolation): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (Array.isArray(value)) return value.map((item) => toHtml(item)).join('');
  if (isSafeHtml(value)) return value.value;
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let index = 0; index < values.length; index += 1) {
    out += toHtml(values[index]) + (strings[index + 1] ?? '');
  }
  return safe(out);
}

/** Joins already-safe fragments. */
export function join(parts: readonly Interpolation[], separator = ''): SafeHtml {
  return safe(parts.map((part) => toHtml(part)).filter((part) => part !== '').join(separator));
}

/** An attribute that appears only when its value is present: attr('href', url). Names are code, never data. */
export function attr(name: string, value: string | number | undefined | null | false): SafeHtml {
  if (value === undefined || value === null || value === false) return safe('');
  return safe(` ${name}="${escapeHtml(String(value))}"`);
}

/**
 * The only door for markup that did not come from a template literal in our code. Callers: rich-text.ts (the
 * sanitizer, which builds its output from escaped parts) and svg-art.ts (markup generated from numbers).
 * Keep this list short; grep for `trustedMarkup(` to audit it.
 */
export function trustedMarkup(markup: string): SafeHtml {
  return safe(markup);
}

/** A phone number as displayed: spaces and hyphens become non-breaking so the number never wraps. */
export function phoneText(phone: string): string {
  return phone.replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}

/** A phone number as a `tel:` URL: its digits, with a leading + kept. */
export function phoneHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/[^0-9]/g, '')}`;
}
