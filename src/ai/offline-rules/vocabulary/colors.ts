// Colour words: colour names and shades, the theme colour each role word names ("brand colour" → primary), and
// the words for light and dark looks. Shared by the offline intent classifier and the offline editor.
import type { ThemeColors } from '../../../site/index.ts';
import { phraseAlternation, phrasePattern } from './phrases.ts';

export type ColorRole = keyof ThemeColors;

export const COLOR_NAMES: readonly string[] = [
  'red', 'crimson', 'scarlet', 'burgundy', 'maroon', 'wine', 'orange', 'terracotta', 'rust', 'coral', 'salmon', 'peach',
  'yellow', 'mustard', 'gold', 'golden', 'amber', 'cream', 'beige', 'sand', 'tan', 'brown', 'chocolate', 'coffee',
  'green', 'olive', 'sage', 'emerald', 'mint', 'lime', 'forest green', 'teal', 'turquoise', 'aqua', 'cyan', 'blue',
  'navy', 'navy blue', 'royal blue', 'sky blue', 'baby blue', 'cobalt', 'indigo', 'purple', 'violet', 'lavender',
  'lilac', 'plum', 'pink', 'hot pink', 'blush', 'rose', 'magenta', 'fuchsia', 'black', 'charcoal', 'grey', 'gray',
  'silver', 'white', 'off-white', 'ivory', 'slate', 'stone', 'pastel', 'neutral',
];

/** Shade words written before a colour name: "light gray", "deep blue". */
export const COLOR_MODIFIERS: readonly string[] = [
  'light', 'pale', 'soft', 'pastel', 'dark', 'deep', 'bright', 'vivid', 'electric', 'neon', 'muted', 'dusty', 'warm', 'cool', 'rich',
];

/** Words that name a theme colour, by role. */
export const COLOR_ROLE_WORDS: Readonly<Record<ColorRole, readonly string[]>> = {
  primary: ['primary', 'primary colour', 'main colour', 'brand colour', 'theme colour', 'button colour', 'buttons', 'links', 'link colour'],
  secondary: ['secondary', 'secondary colour', 'second colour'],
  accent: ['accent', 'accent colour', 'highlight', 'highlight colour', 'highlights'],
  background: ['background', 'background colour', 'backdrop', 'page background', 'bg'],
  surface: ['surface', 'card background', 'cards colour', 'surface colour'],
  text: ['text colour', 'font colour', 'text', 'writing', 'body text colour', 'letters'],
  muted: ['muted', 'muted text', 'grey text', 'gray text', 'secondary text', 'small text'],
};

const withBothSpellings = (phrases: readonly string[]) => phrases.flatMap((phrase) => (phrase.includes('colour') ? [phrase, phrase.replace('colour', 'color')] : [phrase]));

/** Finds a colour name, with or without a shade word. */
export const COLOR_NAME_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:${COLOR_MODIFIERS.join('|')})[\\s-]+)?(?:${phraseAlternation(COLOR_NAMES)})(?![\\p{L}\\p{N}])`, 'giu');
/** A hex colour (#1e3a8a, #fff) or an rgb()/hsl() value. */
export const HEX_COLOR_PATTERN = /#(?:[0-9a-f]{6}|[0-9a-f]{3})\b|\b(?:rgb|hsl)a?\([^)]*\)/i;
/** The word "colour" itself and its relatives. */
export const COLOR_WORD_PATTERN = /\b(?:colou?rs?|colou?r scheme|palette|shades|tones|hues?)\b/i;
/** Light and dark looks of the whole site ("dark mode", "a light theme", "darker background"). */
export const DARK_LIGHT_PATTERN = /\b(?:dark|light|night|black|white)(?:er)?[\s-]+(?:mode|theme|version|look|design|site|website|background|scheme)\b|\b(?:darker|lighter|brighter)\b|\b(?:site|website|theme|everything|it|design)\s+(?:look\s+|feel\s+)?(?:dark|light|black|white)\b/i;

const rolePatterns = (Object.entries(COLOR_ROLE_WORDS) as [ColorRole, readonly string[]][]).map(([role, words]) => [role, phrasePattern(withBothSpellings(words))] as const);

/** The theme colour a text names by role, the most specific role first; undefined when none. */
export function colorRoleIn(text: string): ColorRole | undefined {
  const found = rolePatterns
    .map(([role, pattern]) => ({ role, match: pattern.exec(text) }))
    // "something more muted": a role word said as a degree describes the colour, it names no role.
    .filter((entry) => entry.match !== null && !(entry.match[0] === 'muted' && /\b(?:more|less|too|bit|very|slightly|something|quite)\s+$/.test(text.slice(0, entry.match.index))));
  found.sort((first, second) => second.match![0].length - first.match![0].length || first.match!.index - second.match!.index);
  return found[0]?.role;
}

/** Whether `text` names a colour: a colour name, a hex value or rgb()/hsl(). */
export function mentionsColor(text: string): boolean {
  COLOR_NAME_PATTERN.lastIndex = 0;
  return HEX_COLOR_PATTERN.test(text) || COLOR_NAME_PATTERN.test(text);
}
