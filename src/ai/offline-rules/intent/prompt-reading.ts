// Reading a prompt once before the rules run: the instruction (what to do) apart from the new text it carries
// (quoted or after a colon), and the sections and pages it names, in order.
import type { SiteOutline } from '../../site-outline.ts';
import { correctTypos, findSectionMentions, type SectionMention } from '../vocabulary/index.ts';
import { findPageMentions, type PageMention } from './page-mentions.ts';
import { actsOn, ADD_VERB } from './verb-phrases.ts';

export interface PromptReading {
  /** The prompt as written, trimmed, markup removed. */
  original: string;
  /** Lower case, quotes kept: where values are looked for (hex colours, phone numbers, languages). */
  full: string;
  /** Lower case instruction: quoted text replaced by «0», «1» …, and nothing after a colon. */
  instruction: string;
  /** The quoted texts, in order, as written. */
  quoted: string[];
  /** What follows the first colon, as written ("New page: Pricing" → "Pricing"). */
  payload: string;
  /** The instruction up to where its new text starts ("make the CTA say …", "change the headline to …"). */
  head: string;
  sections: SectionMention[];
  /** True when "menu" names the site's navigation (a site without a menu of dishes: "the menu at the top"). */
  namesNavigation: boolean;
  pages: PageMention[];
  outline: SiteOutline;
}

const MAX_LENGTH = 2000;
const MARKUP = /<\/?[a-z][^>]*>/gi;
/**
 * "…", “…”, «…», and '…' opened after a space (so "we're" and "doesn't" stay whole); inside '…' an apostrophe
 * between letters is part of the text ('Photos you'll love').
 */
const QUOTED = /"([^"]*)"|“([^”]*)”|«([^»]*)»|‘([^’]*)’|(?<=^|[\s(:])'((?:[^']|(?<=\p{L})'(?=\p{L}))*)'(?=$|[\s.,!?;:)])/gu;
const COLON = /:(?:\s|$)/;
/** What follows a quoted text that names a part of the page rather than giving new words. */
const NAMES_A_PART = /^\s+(?:section|bit|block|part|area|box|panel|strip|row|banner|button|carousel|slider|thing|one)\b/i;
/** Contractions written without their apostrophe ("dont", "isnt", "wont"), read as meant. */
const BARE_CONTRACTION = /\b(do|does|did|is|are|was|were|has|have|had|should|would|could|ca|wo|must|need)nt\b/gi;

/** "i dont want" → "i don't want": the rules look for negatives with their apostrophe; "pg" → "page", "seperate" → "separate". */
function expandContractions(text: string): string {
  // "new pg for recipes", "a seperate page": a page and "separate" as written in a hurry
  return text.replace(BARE_CONTRACTION, (_word, stem: string) => `${stem}n't`).replace(/\bpg(s?)\b/giu, 'page$1').replace(/\bseperate(ly)?\b/giu, 'separate$1');
}

export function readPrompt(prompt: string, outline: SiteOutline): PromptReading {
  const original = prompt.slice(0, MAX_LENGTH).replace(MARKUP, ' ').replace(/\s+/g, ' ').trim();
  const quoted: string[] = [];
  const marked = original.replace(QUOTED, (...groups: unknown[]) => {
    const text = (groups.slice(1, 6).find((group) => typeof group === 'string') as string | undefined) ?? '';
    const end = (groups[6] as number) + (groups[0] as string).length;
    // "put a 'meet the staff' bit on the about page": a quoted name of a part is read, not new text.
    if (NAMES_A_PART.test(original.slice(end))) return text;
    quoted.push(text);
    return `«${quoted.length - 1}»`;
  });
  const colon = COLON.exec(marked);
  const payload = colon ? restoreQuotes(marked.slice(colon.index + 1), quoted).trim() : '';
  // Slips are read as meant in the instruction only: quoted text and what follows a colon are the person's words.
  const siteWords = outline.pages.flatMap((page) => [page.title, page.slug]);
  const spelled = expandContractions(marked);
  const colonAt = COLON.exec(spelled)?.index;
  const said = colonAt !== undefined ? correctTypos(spelled.slice(0, colonAt), siteWords) + spelled.slice(colonAt) : correctTypos(spelled, siteWords);
  const instruction = (colonAt !== undefined ? said.slice(0, said.search(COLON)) : said).toLowerCase().replace(/[’`]/g, "'");
  const pages = findPageMentions(instruction, quoted, outline);
  const named = byPurpose(instruction, joinSameType(instruction, findSectionMentions(instruction)));
  const byHeading = partsByHeading(instruction, named, pages, outline);
  const byPlace = partsByPlace(instruction, [...named, ...byHeading], pages, outline);
  const found = [...named, ...byHeading, ...byPlace];
  const details = detailsPlaced(instruction, found, outline);
  const mentions = [...found.filter((mention) => !details.some((detail) => detail.start < mention.end && detail.end > mention.start)), ...details].sort((first, second) => first.start - second.start);
  const sections = mentions.filter((mention) => !isNavigationMenu(instruction, mention, outline));
  return {
    original,
    full: restoreQuotes(said, quoted).toLowerCase().replace(/[’`]/g, "'"),
    instruction,
    quoted,
    payload,
    head: instruction.slice(0, newTextStart(instruction, sections)),
    sections,
    namesNavigation: sections.length < mentions.length,
    pages,
    outline,
  };
}

/** "say" starts new text; "read" only as what a part should read ("nobody reads the faq" is no new text). */
const SAYS = /\b(?:say|says|saying)\b|\b(?:should|to|must|will|would|could|can|it|that|now|and|instead)\s+read\b|\breads?\s*(?:«|:)/;
/** "to"/"with" after a section starts new text, but not a place nor a verb: "FAQ to the bottom", "needs to be lower". */
const TO_AFTER_SECTION = /\b(?:to|with|into)\b(?! the (?:very )?(?:top|bottom|end|start|front|beginning)\b| (?:be|go|come|sit|move|appear|stay)\b)/g;

/** Where the new text starts: after "say"/"read", or after "to"/"with" that follows a named section or field. */
function newTextStart(instruction: string, sections: readonly SectionMention[]): number {
  const says = SAYS.exec(instruction)?.index ?? instruction.length;
  const first = sections[0];
  if (!first) return says;
  let to = instruction.length;
  for (const match of instruction.slice(first.end).matchAll(TO_AFTER_SECTION)) {
    const index = first.end + match.index;
    // "the call to action": a "to" inside a section's name starts nothing.
    if (!sections.some((mention) => mention.start <= index && index < mention.end)) {
      to = index;
      break;
    }
  }
  return Math.min(says, to);
}

/** "the bit where customers review us", "the part with our prices": a part named by what it holds. */
const PURPOSE_BEFORE = /(?:\b(?:the|a|an|our|that|this)\s+(?:bit|part|section|area|block|box|strip|panel|space|place|spot|corner)\s+(?:where|with|that|which|for|showing|listing|about|of|on|introducing|featuring|presenting|highlighting|to (?:show|introduce|list|present|feature|display))|(?:^|[,.;:!?]\s*)where)\b(?:\s+[\p{L}'-]+){0,5}?\s+$/u;
/** Words that end the description of a part read forwards ("… review us | should go after …"). */
const PURPOSE_END = /^(?:\s+(?!(?:should|can|could|would|must|needs?|has|have|is|are|was|to|go|goes|come|comes|on|from|in|at|please|and|but|first|last|higher|lower|above|below|before|after|under|with|into|onto|so|because|as)\b)[\p{L}'-]+){0,3}/u;

/** "the menu at the top", "the menu button": where the site lists no dishes, a bare "menu" not being added is its navigation. */
function isNavigationMenu(instruction: string, mention: SectionMention, outline: SiteOutline): boolean {
  if (mention.type !== 'menu' || mention.phrase !== 'menu') return false;
  const hasMenu = outline.pages.some((page) => page.sections.some((section) => section.type === 'menu'));
  return !hasMenu && !actsOn(ADD_VERB, instruction, mention.start);
}

/** "the section at the bottom", "the last bit", "the second section": a part named by its place on its page. */
const PART_BY_PLACE = /\b(?:(first|second|third|fourth|fifth|sixth|last|final|bottom)\s+(?:section|bit|part|block|box|banner)|(?:section|bit|part|block|box|banner|stuff)\s+(?:at|near)\s+the\s+(?:very\s+)?(bottom|end)(?:\s+of\s+(?:the\s+)?(?:[\p{L}]+\s+)?page)?)\b/gu;
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

/** The parts a prompt names by place, read against the outline's page (the one named, else the home page). */
function partsByPlace(instruction: string, named: readonly SectionMention[], pages: readonly PageMention[], outline: SiteOutline): SectionMention[] {
  const slug = pages.find((page) => page.slug !== undefined)?.slug;
  const sections = (outline.pages.find((page) => page.slug === slug) ?? outline.pages[0])?.sections.filter((section) => section.visible) ?? [];
  const found: SectionMention[] = [];
  for (const match of instruction.matchAll(PART_BY_PLACE)) {
    const start = match.index;
    const end = start + match[0].length;
    if (named.some((mention) => mention.start < end && mention.end > start)) continue;
    const ordinal = ORDINALS.indexOf(match[1] ?? '');
    const section = ordinal >= 0 ? sections[ordinal] : sections[sections.length - 1];
    if (section) found.push({ type: section.type as SectionMention['type'], kind: 'section', phrase: match[0], start, end });
  }
  return found;
}

const DETAIL = String.raw`(?:address|phone(?: number)?|numbers?|e-?mail(?: address)?|opening (?:times|hours)|hours)`;
/** Business details said to go somewhere: "show the address before the form", "opening times and address first". */
const DETAILS_PLACED = new RegExp(String.raw`\b(?:the |our )?${DETAIL}(?:(?:,| and| &) (?:the |our )?${DETAIL})*(?= (?:(?:should|to|must|can|could|needs? to) )?(?:(?:be|go|come|sit|appear|show|move) )?(?:(?:right|just|straight|much|a bit|further) )?(?:first|above|before|after|below|under|underneath|higher|lower|up|down|at the (?:top|bottom)|near the (?:top|bottom))\b)`, 'g');

/**
 * Business details placed like a part: the part of the outline that shows them (the hours section for hours alone
 * when there is one, else the contact details), so "the address" moves the box it is in. Named parts the details
 * cover give way to it.
 */
function detailsPlaced(instruction: string, named: readonly SectionMention[], outline: SiteOutline): SectionMention[] {
  const types = new Set(outline.pages.flatMap((page) => page.sections.map((section) => section.type)));
  const found: SectionMention[] = [];
  for (const match of instruction.matchAll(DETAILS_PLACED)) {
    const start = match.index;
    const end = start + match[0].length;
    // A part named inside the details stands, unless it is an hours section the site does not have.
    if (named.some((mention) => mention.start < end && mention.end > start && (mention.type !== 'hours' || types.has('hours')))) continue;
    const type = /^(?:the |our )?(?:opening (?:times|hours)|hours)$/.test(match[0]) && types.has('hours') ? 'hours' : types.has('contactInfo') ? 'contactInfo' : undefined;
    if (type) found.push({ type, kind: 'section', phrase: match[0], start, end });
  }
  return found;
}

/** "that 'is your date free' bit": a part named by its heading on the site (two words or more). */
function partsByHeading(instruction: string, named: readonly SectionMention[], pages: readonly PageMention[], outline: SiteOutline): SectionMention[] {
  const found: SectionMention[] = [];
  for (const { heading, type } of headingsOf(outline)) {
    const start = instruction.indexOf(heading);
    const end = start + heading.length;
    if (start < 0 || /[\p{L}\p{N}]/u.test(instruction.charAt(start - 1) + instruction.charAt(end))) continue;
    if ([...named, ...found, ...pages].some((mention) => mention.start < end && mention.end > start)) continue;
    found.push({ type: type as SectionMention['type'], kind: 'section', phrase: heading, start, end });
  }
  return found;
}

const HEADINGS = new WeakMap<SiteOutline, { heading: string; type: string }[]>();

/** The outline's headings of two words or more, lower case, read once per outline. */
function headingsOf(outline: SiteOutline): { heading: string; type: string }[] {
  let headings = HEADINGS.get(outline);
  if (headings === undefined) {
    const titles = new Set(outline.pages.map((page) => page.title.toLowerCase()));
    headings = outline.pages
      .flatMap((page) => page.sections)
      .map((section) => ({ heading: section.heading.toLowerCase().replace(/[^\p{L}\p{N}&' ]+/gu, ' ').replace(/\s+/g, ' ').trim(), type: section.type }))
      // A heading that is also a page's title ("Privacy policy") names the page.
      .filter(({ heading }) => heading.split(' ').length >= 2 && !titles.has(heading));
    HEADINGS.set(outline, headings);
  }
  return headings;
}

/** "our packages and prices", "photos / pictures": two names of one kind of section joined by "and" are one mention. */
function joinSameType(instruction: string, mentions: SectionMention[]): SectionMention[] {
  const joined: SectionMention[] = [];
  for (const mention of mentions) {
    const previous = joined[joined.length - 1];
    if (previous && previous.type === mention.type && previous.kind === mention.kind && /^\s*(?:and|&|\/|or)\s+(?:(?:the|our|my)\s+)?$/.test(instruction.slice(previous.end, mention.start))) {
      joined[joined.length - 1] = { ...previous, end: mention.end };
      continue;
    }
    joined.push(mention);
  }
  return joined;
}

/** Mentions named by purpose become whole sections spanning the description, so "should go after" follows them. */
function byPurpose(instruction: string, mentions: SectionMention[]): SectionMention[] {
  const read = mentions.map((mention) => {
    const before = PURPOSE_BEFORE.exec(instruction.slice(0, mention.start));
    if (before === null) return { mention, isPurpose: false };
    const after = PURPOSE_END.exec(instruction.slice(mention.end))![0];
    return { mention: { ...mention, kind: 'section' as const, start: before.index, end: mention.end + after.length }, isPurpose: true };
  });
  // "the part where clients say nice things": one description naming two kinds is the one its longest words name.
  return read
    .filter(({ mention, isPurpose }) => !isPurpose || !read.some((other) => other.isPurpose && other.mention.start === mention.start && other.mention.phrase.length > mention.phrase.length))
    .map(({ mention }) => mention);
}

/** "subtitle: Family run since 1990", "buttons: dark red": a short name of what changes, then its new value. */
export function isKeyValue(reading: PromptReading): boolean {
  return reading.payload !== '' && reading.instruction.trim().split(/\s+/).length <= 4;
}

/** Puts the quoted texts back in place of their «n» markers. */
export function restoreQuotes(text: string, quoted: readonly string[]): string {
  return text.replace(/«(\d+)»/g, (_marker, index: string) => quoted[Number(index)] ?? '');
}
