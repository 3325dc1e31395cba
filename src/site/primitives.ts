import { z } from 'zod';
import { ShortText } from './text.ts';

/** Stable ids: lowercase letters, digits and hyphens; never reused within a site. */
export const Id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'Ids are 1–64 lowercase letters, digits or hyphens');

/**
 * Set on a list item PageHub wrote as an example rather than from the person's words — a testimonial nobody gave,
 * an example price or plan, a service or menu item the industry usually has, an invented team member. The editor
 * badges it "sample — replace or remove", publishing asks first while any is left (findSamples), and editing the
 * item's text makes it the person's own (the named document operations drop the flag).
 */
export const Sample = z.literal(true).optional().describe('true on an example PageHub wrote, until the person edits or keeps it');

export const HexColor = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'Use a 6-digit hex color such as #1d4ed8')
  .transform((value) => value.toLowerCase());

/**
 * Where a link goes: `page:<pageId>` (survives renames), `page:<pageId>#<sectionId>`, a site path (`/about/`),
 * an in-page anchor (`#contact`), `https:`/`http:` URLs, `mailto:` or `tel:`. Anything else — notably
 * `javascript:` and `data:` — is refused here, so it can never reach the renderer.
 */
export const Href = z
  .string()
  .max(2_000)
  .refine((value) => isAllowedHref(value), {
    message: 'Use page:<id>, a path starting with /, #anchor, or an https:, http:, mailto: or tel: URL',
  });

export function isAllowedHref(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed !== value || trimmed === '' || /[\s<>"'`\\]/.test(trimmed)) return false;
  if (/^page:[a-z0-9][a-z0-9-]*(#[A-Za-z0-9_-]+)?$/.test(trimmed)) return true;
  if (/^\/(?!\/)/.test(trimmed) || /^#[A-Za-z0-9_-]+$/.test(trimmed)) return true;
  if (/^mailto:[^@\s]+@[^@\s]+$/.test(trimmed)) return true;
  if (/^tel:\+?[0-9().\- ]{3,}$/.test(trimmed)) return true;
  return /^https?:\/\/[a-z0-9.-]+(:[0-9]+)?(\/[^\s]*)?$/i.test(trimmed);
}

export const Link = z.object({
  label: ShortText,
  href: Href,
});
export type Link = z.infer<typeof Link>;

/** An image source: an `https:` URL, a site path, or `asset:<id>` from the site's uploads. */
export const ImageSrc = z
  .string()
  .max(2_000)
  .refine((value) => /^(https:\/\/[^\s<>"'`]+|\/[^\s<>"'`]*|asset:[a-z0-9-]+)$/i.test(value), {
    message: 'Use an https: URL, a path starting with /, or asset:<id>',
  });

export const Image = z.object({
  src: ImageSrc,
  alt: ShortText,
  width: z.number().int().min(1).max(10_000).default(1200),
  height: z.number().int().min(1).max(10_000).default(800),
});
export type Image = z.infer<typeof Image>;
