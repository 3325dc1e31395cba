// The person's own description, as paragraphs for the About page: the most faithful copy there is. Sentences that
// ask for the website ("Create a landing page for…") or only describe its looks ("Earthy, warm, friendly.") are
// left out; so are characters the rich-text subset would read as formatting.
import { splitSentences } from './clean-text.ts';
import { extractStyle } from './extract-style.ts';

/** Fewer words than this and the description says too little to stand on its own: the profile's story is used. */
const MIN_WORDS = 12;
const SENTENCES_PER_PARAGRAPH = 3;
const MAX_SENTENCES = 12;

const ASKS_FOR_A_SITE = /^(?:please\s+)?(?:create|make|build|design|generate|give\s+me|i\s+(?:need|want|would\s+like)|i'd\s+like|we\s+(?:need|want))\b.{0,60}\b(?:site|website|web\s*page|page|landing)\b/i;
const ABOUT_THE_LOOK = /\b(?:our|the|my)\s+(?:brand|style|look|vibe|aesthetic|colou?rs?|palette|feel|tone)\b|\b(?:colou?rs?|palette|fonts?|theme)\s*[:-]/i;
/** Markdown the rich-text subset would act on: emphasis, links, headings, quotes, list markers at the start. */
const FORMATTING = /[*_`[\]]|^[#>]+\s*|^\d+\.\s|^[-•]\s+/gu;

export function ownWords(text: string): string[] | undefined {
  const kept = ownSentences(text);
  const words = kept.join(' ').split(/\s+/).filter(Boolean).length;
  if (words < MIN_WORDS) return undefined;
  const paragraphs: string[] = [];
  for (let index = 0; index < kept.length; index += SENTENCES_PER_PARAGRAPH) paragraphs.push(kept.slice(index, index + SENTENCES_PER_PARAGRAPH).join(' '));
  return paragraphs;
}

/** A short sentence of style and colour words, or one that talks about the brand's look. */
function isOnlyAboutLooks(sentence: string): boolean {
  if (ABOUT_THE_LOOK.test(sentence)) return true;
  const style = extractStyle(sentence);
  const words = sentence.split(/\s+/).filter(Boolean).length;
  return words <= 8 && style.styles.length + style.colors.length >= Math.max(1, words / 3);
}

/** The description's sentences that say something about the business, however few: the neutral hero's first line. */
export function ownSentences(text: string): string[] {
  return splitSentences(text)
    .map((sentence) => sentence.replace(FORMATTING, ' ').replace(/\s+/g, ' ').trim())
    .filter((sentence) => /\p{L}/u.test(sentence) && !ASKS_FOR_A_SITE.test(sentence) && !isOnlyAboutLooks(sentence))
    .slice(0, MAX_SENTENCES);
}
