import { splitSentences } from './clean-text.ts';

// Style words ("minimalist", "playful", "formal" …), colours ("dark blue", "black and orange", "pink and gold"),
// colour moods ("earthy tones", "bright colors") and an explicit wish for a dark theme.

export interface StyleFacts {
  /** Canonical style words in the order written: 'minimal', 'modern', 'playful' … */
  styles: string[];
  /** Colour phrases as written, in order: 'dark blue', 'gold'. */
  colors: string[];
  colorMood: string | undefined;
  wantsDarkMode: boolean;
}

const STYLE_SYNONYMS: Readonly<Record<string, string>> = {
  minimalist: 'minimal', minimal: 'minimal', minimalistic: 'minimal', clean: 'minimal',
  modern: 'modern', contemporary: 'modern', sleek: 'modern',
  playful: 'playful', fun: 'playful', quirky: 'playful', whimsical: 'playful',
  elegant: 'elegant', classy: 'elegant', sophisticated: 'elegant', luxurious: 'elegant', luxury: 'elegant', refined: 'elegant', chic: 'elegant',
  bold: 'bold', energetic: 'bold', striking: 'bold', dynamic: 'bold', powerful: 'bold',
  serene: 'serene', tranquil: 'serene', peaceful: 'serene', zen: 'serene',
  calm: 'calm', soothing: 'calm', relaxed: 'calm', gentle: 'calm',
  formal: 'formal', serious: 'formal', traditional: 'formal', conservative: 'formal', prestigious: 'formal',
  warm: 'warm', cozy: 'warm', cosy: 'warm', welcoming: 'warm', inviting: 'warm', homey: 'warm',
  friendly: 'friendly', approachable: 'friendly', caring: 'friendly',
  techy: 'techy', futuristic: 'techy', technical: 'techy', 'high-tech': 'techy',
  cheerful: 'cheerful', joyful: 'cheerful', vibrant: 'cheerful', colorful: 'cheerful', colourful: 'cheerful', lively: 'cheerful',
  professional: 'professional', corporate: 'professional', trustworthy: 'professional', reliable: 'professional', polished: 'professional',
  rustic: 'rustic', vintage: 'rustic', artisanal: 'rustic', earthy: 'warm',
};

const COLOR_WORDS = 'red|crimson|scarlet|burgundy|maroon|orange|terracotta|rust|coral|peach|yellow|mustard|gold|golden|cream|beige|sand|tan|brown|chocolate|green|olive|sage|emerald|mint|teal|turquoise|aqua|cyan|blue|navy|indigo|purple|violet|lavender|lilac|plum|pink|blush|magenta|black|charcoal|grey|gray|silver|white|ivory';
const MODIFIERS = 'light|pale|soft|pastel|baby|dark|deep|bright|vivid|electric|neon|muted|dusty|burnt|hot|royal|forest|sky|navy|olive|sage|lime|midnight|warm|cool';
const COLOR_PHRASE = new RegExp(`(?<![\\p{L}])(?:(?:${MODIFIERS})[\\s-]+)?(?:${COLOR_WORDS})(?![\\p{L}])`, 'giu');
const STYLE_CONTEXT = new RegExp(`\\b(?:colou?rs?|palette|tones?|theme|brand(?:ing)?|scheme|accents?|look|feel|vibe|${Object.keys(STYLE_SYNONYMS).join('|')})\\b`, 'iu');

export function extractStyle(text: string): StyleFacts {
  const styles: string[] = [];
  for (const match of text.matchAll(new RegExp(`(?<![\\p{L}-])(?:${Object.keys(STYLE_SYNONYMS).join('|')})(?![\\p{L}-])`, 'giu'))) {
    const style = STYLE_SYNONYMS[match[0].toLowerCase()];
    if (style !== undefined && !styles.includes(style)) styles.push(style);
  }
  const colors: string[] = [];
  for (const sentence of splitSentences(text)) {
    const found = [...sentence.matchAll(COLOR_PHRASE)]
      .filter((match) => isLookColor(sentence, match.index, match[0].length))
      .map((match) => match[0].toLowerCase().replace(/-/g, ' '));
    // A colour counts when the sentence is about looks: another colour, a style word, "colors", "palette" …
    if (found.length === 0 || (found.length < 2 && !STYLE_CONTEXT.test(sentence))) continue;
    for (const color of found) if (!colors.includes(color)) colors.push(color);
  }
  return { styles, colors, colorMood: colorMood(text), wantsDarkMode: /\b(?:dark (?:mode|theme|background|site|website|design|look)|black background|night mode)\b/i.test(text) };
}

/** "white bread", "ice cream", "green tea" name products; "white", "blue and gold", "red accents" name looks. */
const LOOK_NOUNS = /^(?:and|or|with|on|tones?|colou?rs?|palette|accents?|theme|scheme|background|text|buttons?|logo|branding|highlights|details|feel|look|vibe|shades?)$/i;
function isLookColor(sentence: string, index: number, length: number): boolean {
  if (/\b(?:ice|sour|whipped|clotted)\s+$/i.test(sentence.slice(Math.max(0, index - 10), index))) return false;
  const next = /^\s*([\p{L}-]+)/u.exec(sentence.slice(index + length))?.[1];
  return next === undefined || LOOK_NOUNS.test(next) || COLOR_PHRASE_WORD.test(next);
}
const COLOR_PHRASE_WORD = new RegExp(`^(?:${COLOR_WORDS}|${MODIFIERS})$`, 'i');

function colorMood(text: string): string | undefined {
  if (/\b(?:earthy|earth[- ]tones?|natural tones|earth colou?rs)\b/i.test(text)) return 'earthy';
  if (/\b(?:bright|vibrant|bold|vivid|happy) colou?rs\b|\bcolou?rful\b|\brainbow\b/i.test(text)) return 'bright';
  if (/\bpastels?\b/i.test(text)) return 'pastel';
  if (/\bmonochrome\b|\bblack and white\b|\bblack & white\b/i.test(text)) return 'monochrome';
  if (/\bneutrals?\b|\bneutral tones\b/i.test(text)) return 'neutral';
  if (/\bmuted (?:colou?rs|tones|palette)\b/i.test(text)) return 'muted';
  return undefined;
}
