import { z } from 'zod';

/**
 * SVG path data in the 24-unit grid of an outline icon: commands, numbers, separators and nothing else, so a drawing
 * in a document can never carry markup, however it got there.
 */
export const PathData = z
  .string()
  .min(1)
  .max(4_000)
  .regex(/^[MmLlHhVvCcSsQqTtAaZz0-9.,\s+-]+$/, 'Use SVG path data (commands and numbers only)');

/** A drawing that stands in for photos the person hasn't added: an outline icon's name and its strokes. */
export const ArtMotif = z.object({
  name: z.string().regex(/^[a-z0-9-]{1,60}$/, 'Use the drawing’s name: lowercase letters, digits and dashes'),
  paths: z.array(PathData).min(1).max(24),
});
export type ArtMotif = z.infer<typeof ArtMotif>;

/** The drawings of a site, in the order the composer ranked them; without them, empty picture slots show a pattern. */
export const ThemeArt = z.object({ motifs: z.array(ArtMotif).max(8) });
export type ThemeArt = z.infer<typeof ThemeArt>;
