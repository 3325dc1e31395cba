// Typing slips in a chat prompt ("remvoe the gallary", "transalte to portugese"): a word the rules don't know is
// read as the one word of their vocabulary it is one slip away from — a letter missing, extra, wrong, or two
// swapped (two slips for long words) — with the same first letter, and only when exactly one word is that close.
// The vocabulary is the rules' own: section, colour, font, language and page words, and the verbs of editing.
import { COLOR_MODIFIERS, COLOR_NAMES, COLOR_ROLE_WORDS } from './colors.ts';
import { COMMON_WORDS } from './common-words.ts';
import { FONT_FAMILIES, FONT_KINDS } from './fonts.ts';
import { LANGUAGES } from './languages.ts';
import { SECTION_ITEM_WORDS, SECTION_WORDS } from './sections.ts';

/** The verbs and nouns of editing a site that the rules look for, beside the sections, colours, fonts and languages. */
const EDITING_WORDS = [
  'add', 'remove', 'delete', 'rename', 'change', 'update', 'replace', 'translate', 'generate', 'create', 'make', 'move', 'swap',
  'hide', 'show', 'unhide', 'upload', 'insert', 'put', 'fix', 'edit', 'write', 'rewrite', 'reword', 'shorten', 'lengthen',
  'section', 'sections', 'page', 'pages', 'website', 'site', 'background', 'colour', 'color', 'colours', 'colors', 'font',
  'fonts', 'heading', 'headline', 'title', 'subtitle', 'button', 'buttons', 'image', 'photo', 'picture', 'logo', 'theme',
  'footer', 'header', 'navigation', 'menu', 'phone', 'number', 'email', 'address', 'hours', 'opening', 'closed', 'description',
  'tagline', 'name', 'about', 'contact', 'services', 'home', 'privacy', 'terms', 'broken', 'working', 'clickable', 'readable',
  'should', 'before', 'after', 'above', 'below', 'first', 'last', 'bottom', 'top', 'instead', 'please', 'rounder', 'rounded',
  'corners', 'dark', 'light', 'mode', 'bigger', 'smaller', 'search', 'google', 'description', 'everything', 'whole', 'english',
  'accent', 'primary', 'secondary', 'text',
];

/** Everyday words a slip could turn into a rule word ("from" → "form"): never corrected. */
const EVERYDAY_WORDS = new Set([
  'from', 'with', 'that', 'this', 'than', 'then', 'they', 'them', 'their', 'there', 'these', 'those', 'what', 'when', 'where',
  'which', 'while', 'who', 'whom', 'whose', 'your', 'yours', 'ours', 'also', 'just', 'some', 'more', 'most', 'very', 'only',
  'like', 'want', 'need', 'have', 'been', 'were', 'will', 'would', 'could', 'does', 'done', 'into', 'onto', 'over', 'under',
  'much', 'many', 'each', 'every', 'other', 'same', 'here', 'now', 'still', 'even', 'well', 'good', 'great', 'nice', 'look',
  'looks', 'feel', 'feels', 'seem', 'seems', 'know', 'think', 'thing', 'things', 'stuff', 'people', 'customers', 'thanks',
  'thank', 'sure', 'able', 'again', 'away', 'back', 'down', 'know', 'less', 'long', 'lot', 'lots', 'next', 'once', 'soon',
  'sort', 'kind', 'bit', 'little', 'form', 'free', 'time', 'times', 'week', 'year', 'years', 'days', 'today', 'tomorrow',
  ...COMMON_WORDS,
  // The verbs the intent rules read (../intent/verb-phrases.ts) and real words found "corrected" while writing
  // ../intent/everyday.jsonl: never slips ("ditch" is not "dutch", "wording" is not "working").
  'ditch', 'scrap', 'drop', 'lose', 'erase', 'trash', 'eliminate', 'axe', 'nix', 'kill', 'bin', 'cut', 'include', 'introduce',
  'feature', 'display', 'rephrase', 'tweak', 'modify', 'adjust', 'polish', 'simplify', 'proofread', 'shift', 'reorder',
  'rearrange', 'drag', 'slide', 'unpublish', 'disable', 'restore', 'attach', 'append', 'build', 'place', 'bring', 'position',
  'love', 'draw', 'boring', 'being', 'park', 'wording', 'session', 'sessions', "we've", 'dish', 'pitch', 'patch', 'batch',
  'match', 'catch', 'touch', 'bush', 'rush', 'push', 'pull', 'fill', 'feed', 'seed', 'need', 'deed', 'shoot', 'shoots',
  // Words for a part of a page (../intent/verb-phrases.ts): "an area showing our team" is no slip for "are".
  'area', 'areas', 'part', 'parts', 'block', 'blocks', 'strip', 'panel', 'spot', 'space', 'place', 'widget', 'carousel', 'slider',
  'column', 'columns', 'card', 'cards', 'shut', 'shuts', 'opens', 'closes', 'short', 'shorter', 'tile', 'tiles', 'field', 'fields', 'embed', 'taller', 'wider', 'narrower',
]);

const MIN_LENGTH = 4;
/** Slips of short words too common to leave to the distance reader: "move teh gallery". */
const SHORT_SLIPS: Readonly<Record<string, string>> = { teh: 'the', hte: 'the', adn: 'and', nad: 'and', taht: 'that', waht: 'what', fo: 'of', ot: 'to', u: 'you', ur: 'your', thx: 'thanks' };
const INFLECTION = /^(?:s|es|d|ed|ing|er|ers|est|ly|y|'s)$/;
const LONG_WORD = 8;

let vocabulary: ReadonlySet<string> | undefined;

function words(phrases: Iterable<string>): string[] {
  return [...phrases].flatMap((phrase) => phrase.toLowerCase().split(/[^\p{L}']+/u)).filter((word) => word.length >= 3);
}

function ruleVocabulary(): ReadonlySet<string> {
  vocabulary ??= new Set(
    words([
      ...EDITING_WORDS,
      ...Object.values(SECTION_WORDS).flat(),
      ...Object.values(SECTION_ITEM_WORDS).flat(),
      ...COLOR_NAMES,
      ...COLOR_MODIFIERS,
      ...Object.values(COLOR_ROLE_WORDS).flat(),
      ...Object.keys(FONT_FAMILIES),
      ...Object.keys(FONT_KINDS),
      ...Object.keys(LANGUAGES),
    ]),
  );
  return vocabulary;
}

/** `text` with each slipped word replaced by the vocabulary word it was meant as; `known` adds the site's own words. */
export function correctTypos(text: string, known: Iterable<string> = []): string {
  const local = new Set(words(known));
  const isKnown = (word: string) => ruleVocabulary().has(word) || local.has(word);
  const siteKey = [...local].join(' ');
  return text.replace(/\p{L}(?:[\p{L}']*\p{L})?/gu, (token) => {
    const lower = token.toLowerCase();
    const short = SHORT_SLIPS[lower];
    if (short !== undefined) return short;
    if (lower.length < MIN_LENGTH || isKnown(lower) || EVERYDAY_WORDS.has(lower)) return token;
    const key = `${siteKey}\u0000${lower}`;
    const remembered = meant.get(key);
    if (remembered !== undefined) return remembered === lower ? token : remembered;
    const corrected = correctWord(lower, local);
    if (meant.size > MEMORY) meant.clear();
    meant.set(key, corrected);
    return corrected === lower ? token : corrected;
  });
}

/** Words already read, with the word each was meant as (itself when no slip): prompts repeat their words. */
const meant = new Map<string, string>();
const MEMORY = 20_000;

/** The vocabulary word `lower` is one slip from, or `lower` itself. */
function correctWord(lower: string, local: ReadonlySet<string>): string {
  const limit = lower.length >= LONG_WORD ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let isTie = false;
  for (const candidate of candidatesOf(local, lower[0]!)) {
    // "moved", "cards", "pages": an inflected word is the word the person meant, not a slip.
    if (lower.startsWith(candidate) && INFLECTION.test(lower.slice(candidate.length))) return lower;
    if (Math.abs(candidate.length - lower.length) > limit) continue;
    const distance = slips(lower, candidate, limit);
    if (distance > limit || distance > bestDistance) continue;
    if (distance === bestDistance) {
      if (candidate !== best) isTie = true;
      continue;
    }
    isTie = false;
    best = candidate;
    bestDistance = distance;
  }
  return best !== undefined && !isTie ? best : lower;
}

/** Optimal string alignment distance (a swap of neighbours is one slip), or more than `limit` as soon as it must be. */
function slips(a: string, b: string, limit: number): number {
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, index) => index)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
      smallest = Math.min(smallest, value);
    }
    if (smallest > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

let byFirstLetter: Map<string, string[]> | undefined;

/** The vocabulary's words and the site's own that start with `letter` (a slip keeps the first letter). */
function* candidatesOf(local: ReadonlySet<string>, letter: string): Iterable<string> {
  if (byFirstLetter === undefined) {
    byFirstLetter = new Map();
    for (const word of ruleVocabulary()) byFirstLetter.set(word[0]!, [...(byFirstLetter.get(word[0]!) ?? []), word]);
  }
  yield* byFirstLetter.get(letter) ?? [];
  for (const word of local) if (word[0] === letter) yield word;
}
