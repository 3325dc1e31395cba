// Finding the pages a prompt names: "the about page", "the homepage", "a page called Menu", "the privacy policy"
// (an outline title said without "page"), each resolved against the outline, and whether it is the place of the
// change ("add a team section to the about page") or its object ("delete the terms page").
import { HOME_SLUG } from '../../intent.ts';
import type { SiteOutline } from '../../site-outline.ts';
import { cleanPageName, findOutlinePage, PAGE_ALIASES, SOCIAL_PATTERN } from '../vocabulary/index.ts';

export interface PageMention {
  /** The name as written, cleaned: "privacy policy", "careers", "home". */
  name: string;
  /** The outline page it names (`home` for the home page), or undefined for a page the site does not have. */
  slug: string | undefined;
  /** True for where a change happens ("on the about page"), false for what it is about ("rename the about page"). */
  isPlace: boolean;
  start: number;
  end: number;
}

const HOME_PHRASE = /\b(?:home ?page|front page|landing page|main page|start page|index page)\b/g;
const PAGE_WORD = /\bpages?\b/g;
const PLACE_WORDS = new Set(['to', 'on', 'onto', 'from', 'in', 'into', 'of', 'at', 'for', 'across', 'throughout', 'within', 'inside', 'under']);
const DETERMINERS = /(?:\b(?:the|a|an|our|my|your|this|that|new|whole|entire)\s+)+$/;
/** Words that end a page name read backwards from "page". */
const NAME_STOPS = new Set([
  ...PLACE_WORDS, 'the', 'a', 'an', 'our', 'my', 'your', 'their', 'its', 'this', 'that', 'these', 'those', 'with', 'and', 'or',
  'new', 'another', 'separate', 'dedicated', 'own', 'extra', 'whole', 'entire', 'single', 'one', 'each', 'every', 'same', 'other',
  'add', 'create', 'make', 'build', 'delete', 'remove', 'rename', 'call', 'set', 'change', 'edit', 'update', 'improve', 'get',
  'rid', 'need', 'want', 'drop', 'hide', 'show', 'move', 'put', 'take', 'out', 'please', 'we', 'i', 'me', 'you', 'is', 'are',
  'be', 'should', 'can', 'could', 'would', 'also', 'just', 'like', 'have', 'has', 'there', 'separate', 'seo', 'title', 'meta',
  'seperate', 'seperated', 'more', 'second', 'further', 'additional', 'proper', 'full', 'whole',
]);
const NAMED_AFTER = /^\s+(?:(?:called|named|titled)\s+)?(«\d+»)|^\s+(?:called|named|titled)\s+([\p{L}\p{N}&'-]+(?:\s+[\p{L}\p{N}&'-]+){0,3})/u;
const ABOUT_AFTER = /^\s+(?:(?:just|only|all|purely)\s+)?(?:for|about|with(?:\s+all)?|(?:introducing|showing|listing|featuring|presenting|covering|describing|explaining|answering|showcasing|dedicated to|just for|(?:that|which) (?:shows|lists|features|has|holds|explains|covers|presents))|(?:where|so) (?:people|customers|clients|visitors|you|they|folks|users|we) can (?:see|find|read|buy|book|get|order|view|browse|check|look at|learn about|sign up for|apply for)|to (?:show(?: off)?|list|sell|showcase|post))\s+(?:(?:our|the|my|upcoming|all|some)\s+)?([\p{L}\p{N}&'-]+(?:\s+[\p{L}\p{N}&'-]+){0,2})/u;
const NAME_END = /\s+(?:for|with|to|on|and|that|which|where|in|at|instead|please|now|too|we|we've|we're|i|i've|you|people|they)(?![\p{L}']).*$/u;

export function findPageMentions(instruction: string, quoted: readonly string[], outline: SiteOutline): PageMention[] {
  const mentions: PageMention[] = [];
  const add = (name: string, slug: string | undefined, start: number, end: number) => {
    if (name === '' || SOCIAL_PATTERN.test(name) || mentions.some((mention) => start < mention.end && end > mention.start)) return;
    mentions.push({ name, slug, isPlace: isPlace(instruction, start), start, end });
  };
  for (const match of instruction.matchAll(HOME_PHRASE)) add('home', HOME_SLUG, match.index, match.index + match[0].length);
  // the pages' titles and slugs, and the everyday names of those the site has ("terms and conditions" → terms)
  const titles = outline.pages
    .flatMap((page) => [page.title.toLowerCase(), page.slug, ...Object.keys(PAGE_ALIASES).filter((alias) => findOutlinePage(outline, alias) === page.slug)])
    .filter((title) => title.length > 1)
    .sort((first, second) => second.length - first.length);
  for (const match of instruction.matchAll(PAGE_WORD)) {
    const before = instruction.slice(0, match.index).trimEnd();
    const end = match.index + match[0].length;
    const title = titles.find((candidate) => before.endsWith(candidate) && !/[\p{L}\p{N}]/u.test(before.charAt(before.length - candidate.length - 1)));
    if (title !== undefined) {
      add(title, findOutlinePage(outline, title), before.length - title.length, end);
      continue;
    }
    const words: string[] = [];
    for (const word of before.split(/\s+/).reverse()) {
      if (words.length === 3 || NAME_STOPS.has(word) || !/^[\p{L}\p{N}&«».'-]+$/u.test(word)) break;
      words.unshift(word);
    }
    const after = instruction.slice(end);
    const named = NAMED_AFTER.exec(after) ?? (words.length === 0 ? ABOUT_AFTER.exec(after) : null);
    const written = words.length > 0 ? words.join(' ') : (named?.[1] ?? named?.[2] ?? '').replace(NAME_END, '');
    const name = cleanPageName(written.replace(/«(\d+)»/g, (_marker, index: string) => quoted[Number(index)] ?? ''));
    const start = words.length > 0 ? before.length - words.join(' ').length : match.index;
    add(name, findOutlinePage(outline, name), start, named && words.length === 0 ? end + named[0].length : end);
  }
  for (const title of titles.filter((candidate) => candidate.includes(' '))) {
    const index = instruction.indexOf(title);
    if (index !== -1) add(title, findOutlinePage(outline, title), index, index + title.length);
  }
  return mentions.sort((first, second) => first.start - second.start);
}

function isPlace(instruction: string, start: number): boolean {
  const before = instruction.slice(0, start).replace(DETERMINERS, '').trimEnd();
  // "put in a testimonials page": "in" belongs to the verb
  if (/\b(?:rid of|care of|take|took|taking)$|\b(?:put|putting|add|adding|throw|bung|pop|stick)\s+in$/.test(before)) return false;
  const previous = /([\p{L}]+)$/u.exec(before)?.[1] ?? '';
  return PLACE_WORDS.has(previous);
}
