// Rules for whole pages: update_seo (search engines, meta description), rename_page, remove_page and add_page.
// Existing pages resolve against the outline by slug or title; a new page's target is the slug of its name.
import { HOME_SLUG } from '../../intent.ts';
import { cleanPageName, findOutlinePage, isHomeName, newPageSlug, slugify } from '../vocabulary/index.ts';
import { clarification, intentOf, type RuleIntent } from './build-intent.ts';
import type { PageMention } from './page-mentions.ts';
import { restoreQuotes, type PromptReading } from './prompt-reading.ts';
import { actsOn, ADD_VERB, goesAfter, REMOVE_VERB, verbBefore, WISHED_AFTER, WISHED_BEFORE } from './verb-phrases.ts';

const SEO = /\b(?:seo|search engines?|google(?! (?:maps?|reviews?|business|fonts?))|bing|meta(?: description| title| tags?|data)?|title tag|search results?|rank(?:s|ing)?(?: higher| better)?|keywords?|open graph|og image|social (?:share|preview)|share image|page description|serp|show(?:s|ing)? up (?:when|if) (?:[\w']+ ){0,3}search|near me|browser (?:tab|title)|tab title|optimi[sz]\w* (?:[\w']+ ){0,5}for (?:[\w-]+ ){0,2}(?:search|google|seo)|search[- ](?:friendly|engine friendly)|searchable|local seo|come(?:s)? up (?:on|in) (?:google|search)|(?:link|share|social|facebook|whatsapp|twitter|linkedin) (?:preview|card|snippet)s?|preview (?:text|image|card|snippet)s?|search (?:snippet|result|listing|description)s?|google (?:snippet|listing|description)s?|(?:show(?:s|ing)? up|appear(?:s|ing)?|found|find (?:us|it)) (?:on|in) (?:google|search))\b|\b(?:shar(?:e|es|ed|ing)|post(?:s|ed|ing)?|send(?:s|ing)?)\b[^.!?]*\b(?:previews?|thumbnails?|snippets?|link cards?)\b/;

function slugOf(mention: PageMention): string {
  return mention.slug ?? slugify(mention.name);
}

export function seoRule(reading: PromptReading): RuleIntent | undefined {
  if (!SEO.test(reading.instruction)) return undefined;
  const mention = reading.pages[0];
  // "meta description on services": a page's name said without "page".
  const bare = mention ? undefined : [...reading.instruction.matchAll(/\b(?:on|for|of|in)\s+(?:the\s+|our\s+)?([\p{L}]+(?:\s+us)?)\b/gu)].map((match) => findOutlinePage(reading.outline, match[1]!)).find((slug) => slug !== undefined);
  const target = mention ? slugOf(mention) : (bare ?? HOME_SLUG);
  return intentOf('update_seo', target, { page: target });
}

const RENAME_PAGE = /\b(?:rename[ds]?|renaming|retitled?|call|name|title|called|named|titled|label|change|switch)\b/;
/** "rename About to Our story", "rename the about us page as …": the page named before "to". */
const RENAME_NAMED = /\b(?:rename|retitle)\s+(?:the\s+|our\s+)?(.+?)\s+(?:page\s+)?(?:to|as|into)\b/;

const BARE_TITLE_CHANGED = /\b(?:[Cc]hange|[Ss]witch|[Rr]ename|[Tt]urn)\s+(?:the\s+)?(?:(?:name|title) of\s+(?:the\s+)?)?["'“‘]?(\p{Lu}[\p{L}]*(?:\s+\p{L}+){0,2}?)["'”’]?\s+(?:to|into|as)\s+["'“‘]?\p{Lu}/u;
/** "Home should be called Welcome", "About → Our story": a page's name said first, then what it is to be called. */
const RENAMED_SUBJECT = /^(?:(?:the|our|my)\s+)?([\p{L}][\p{L}' ]{0,30}?)\s+(?:(?:page|link|tab)\s+)?(?:(?:should|could|can|must|needs? to|has to|would)\s+(?:be|say)\s+(?:called|named|renamed|titled|labell?ed)?|(?:to be|is now)\s+(?:called|named|titled|labell?ed)|-+>|=>|→)/u;

export function renamePageRule(reading: PromptReading): RuleIntent | undefined {
  const text = reading.instruction;
  // "in the menu, About should say Our Story": in the menu a page's name is what its link says.
  const inMenu = /^(?:in|on) (?:the |our )?(?:menu|nav\w*|navigation|top bar|header|main menu)\s*,?\s*/.exec(text);
  const subjectText = (inMenu ? text.slice(inMenu[0].length).replace(/\bshould say\b/, 'should be called') : text).replace(/^(?:please|pls|so|ok|okay|and)\s+/, '');
  const subject = RENAMED_SUBJECT.exec(subjectText);
  const renamed = subject ? findOutlinePage(reading.outline, restoreQuotes(subject[1]!, reading.quoted)) : undefined;
  // "Contact should be Book a call": the new name written with its capital.
  const capitalised = renamed !== undefined && /^\s*(?:should|could|can|must|needs? to|has to|would)\s+be\s+\p{Lu}/u.test(reading.original.slice(reading.original.toLowerCase().indexOf(subject![1]!) + subject![1]!.length).replace(/^\s+(?:page|link|tab)\b/i, ''));
  if (renamed !== undefined && (/(?:->|=>|→|called|named|titled|label)/.test(subject![0]) || /\bbe\s+«\d+»/.test(text) || capitalised)) return intentOf('rename_page', renamed, { page: renamed });
  if (!RENAME_PAGE.test(text)) return undefined;
  // "change Contact to Get in touch": a page's title written with its capital, changed to another capitalised name.
  const bareTitle = BARE_TITLE_CHANGED.exec(reading.original);
  const titled = bareTitle ? findOutlinePage(reading.outline, bareTitle[1]!) : undefined;
  if (titled !== undefined) return intentOf('rename_page', titled, { page: titled });
  const named = RENAME_NAMED.exec(text) ?? (reading.payload !== '' ? /\b(?:rename|retitle)\s+(?:the\s+|our\s+)?(.+?)(?:\s+page)?\s*$/.exec(text) : null);
  const byName = named ? findOutlinePage(reading.outline, restoreQuotes(named[1]!, reading.quoted)) : undefined;
  if (byName !== undefined) return intentOf('rename_page', byName, { page: byName });
  const mention = reading.pages.find((page) => page.slug !== undefined);
  if (!mention) return undefined;
  const isRename =
    /\b(?:rename[ds]?|renaming|retitled?)\b/.test(text) ||
    new RegExp(`\\bcall\\s+(?:the\\s+|our\\s+)?${escapeText(text.slice(mention.start, mention.end))}`).test(text) ||
    /\b(?:should be|is now|be|was|were|to be|is) (?:called|named|titled|renamed)\b/.test(text) ||
    // "change Terms of use to Booking conditions": a page's title, said bare, changed to another.
    (!/\bpages?\b/.test(text.slice(mention.start, mention.end)) && /\b(?:change|switch)\s+(?:the\s+)?$/.test(text.slice(0, mention.start)) && /^\s+(?:to|into)\b(?!\s+(?:mention|say|include|be|read|make|add|show|reflect|remove|explain|cover|list|match|sound|use|have|look)\b)/.test(text.slice(mention.end))) ||
    /\b(?:name|title|label)\s+(?:of|for)\s+(?:the\s+|our\s+)?$/.test(text.slice(0, mention.start)) ||
    /^(?:'s)?\s+(?:name|title|label|link)\b/.test(text.slice(mention.end));
  return isRename ? intentOf('rename_page', slugOf(mention), { page: slugOf(mention) }) : undefined;
}

function escapeText(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "take the terms page down", "take the blog off": a removing verb whose particle follows the page. */
function takenDown(text: string, page: PageMention): boolean {
  return actsOn(/\b(?:take|taking|took|pull|pulling|get|leave)\b/g, text, page.start) && /^\s*(?:down|off|out)\b/.test(text.slice(page.end));
}

/** "delete about": a page's bare title as all that a removing verb acts on. */

export function removePageRule(reading: PromptReading): RuleIntent | undefined {
  if (reading.pages.length === 0 && reading.sections.length === 0) {
    const verb = verbBefore(REMOVE_VERB, reading.instruction, reading.instruction.length);
    const rest = verb && /^(?:please|pls|just|can you|could you|we|i|so|ok|okay|honestly|really|\s)*$/.test(reading.instruction.slice(0, verb.index)) ? reading.instruction.slice(verb.index + verb[0].length).replace(/^\s*(?:the|our)\s+/, '').replace(/\s*(?:please|pls)?[.!]*$/, '') : undefined;
    const slug = rest ? findOutlinePage(reading.outline, rest) : undefined;
    if (slug !== undefined) return intentOf('remove_page', slug, { page: slug });
  }
  const mention = reading.pages.find((page) => !page.isPlace && (actsOn(REMOVE_VERB, reading.instruction, page.start) || goesAfter(reading.instruction, page.end) || takenDown(reading.instruction, page)));
  if (!mention) return undefined;
  return intentOf('remove_page', slugOf(mention), { page: slugOf(mention) });
}

/** "a page just for reviews", "page about the team": a page the site lacks, said alone. */
const PAGE_ALONE = /^(?:(?:a|an|one|another)\s+)?(?:new\s+|separate\s+|extra\s+)?(?:page\b|[\p{L}&' -]{1,30}\s+page(?:\s+(?:please|pls|plz|too|as well))?[.!\s]*$)/u;
const NEW_PAGE = /\bnew page\b|\bpage (?:called|named|titled)\b/;

/** "create a blog page", "we need an FAQ page" — but not "make the about page more personal". */
function addsNewPage(text: string, start: number): boolean {
  const verb = verbBefore(ADD_VERB, text, start);
  return verb !== undefined && actsOn(ADD_VERB, text, start) && !/\b(?:the|this|that|our|my)\b/.test(text.slice(verb.index, start));
}

/** "a team page would be nice", "how about a gallery page?": a page the site lacks, wished for without a verb. */
function isWishedPage(text: string, page: PageMention): boolean {
  return page.slug === undefined && (WISHED_AFTER.test(text.slice(page.end)) || WISHED_BEFORE.test(text.slice(0, page.start)) || ASKED_BEFORE.test(text.slice(0, page.start)));
}

/** "can there be a separate page for prices", "could we have a page for weddings", "there should be a page for …": a page asked for. */
const ASKED_BEFORE = /\b(?:(?:can|could|should|shall|may)\s+(?:there\s+be|we\s+(?:have|get|add)|i\s+(?:have|get))|there\s+(?:should|could|needs to|ought to)\s+be|let's\s+(?:have|get|add)|we\s+(?:should|could|ought to)\s+(?:have|get|add))\s+(?:a|an|another|one more)\s+(?:new\s+|separate\s+|extra\s+|dedicated\s+)?$/;

/** "we want to start a blog", "set up a blog": a blog begun is a page of its own, unless it is put on a page. */
const STARTS_A_BLOG = /\b(?:start(?:ing)?|set(?:ting)? up|begin(?:ning)?|launch(?:ing)?)\s+(?:a|an|our|my)\s+(?:own\s+|new\s+|little\s+)?blog\b(?!\s+(?:section|feed|list|block|preview|strip|area))/;

/** "give the FAQs their own page", "move the menu onto a page of its own", "the gallery deserves its own page". */
const OWN_PAGE = /\b(?:(?:give|giving|put|move|moving|split|take)\s+(?:the\s+|our\s+|my\s+)?([\p{L}&' -]{2,30}?)\s+(?:(?:on|onto|to|into)\s+)?(?:(?:its|their)\s+own|a\s+(?:separate|dedicated))\s+page|(?:the\s+|our\s+)?([\p{L}&' -]{2,30}?)\s+(?:needs|deserves|should\s+(?:have|get)|could\s+(?:have|get))\s+(?:its|their)\s+own\s+page|(?:the\s+|our\s+)?([\p{L}&' -]{2,30}?)\s+(?:on|onto)\s+(?:a\s+)?page\s+of\s+(?:its|their)\s+own)\b/u;

/**
 * "a page where people can donate", "a page so customers can book online": what the page lets people do names it —
 * when nothing more is said of what ("a page where people can buy gift cards" is the gift cards page).
 */
const LETS_PEOPLE = /\bpage\s+(?:where|so(?:\s+that)?|for)\s+(?:people|customers|clients|visitors|guests|parents|members|students|patients|you|they|folks|users|anyone|everyone)\s+(?:can|could|to)\s+(donate|book|buy|order|shop|apply|sign\s+up|register|enrol|enroll|subscribe|pay)(?:\s+(?:online|here|now|easily|directly|with us|from us|a table|an appointment|a session|a place|a spot))?\s*(?:[.!?,]|$|\s+(?:please|too|as well)\b)/;
const PAGE_FOR_DOING: Readonly<Record<string, string>> = {
  donate: 'donate', book: 'booking', buy: 'shop', order: 'shop', shop: 'shop', apply: 'careers', 'sign up': 'sign-up',
  register: 'sign-up', enrol: 'sign-up', enroll: 'sign-up', subscribe: 'newsletter', pay: 'payments',
};

export function addPageRule(reading: PromptReading): RuleIntent | undefined {
  const text = reading.instruction;
  const doing = LETS_PEOPLE.exec(text)?.[1]?.replace(/\s+/gu, ' ');
  if (doing !== undefined && PAGE_FOR_DOING[doing] !== undefined && (NEW_PAGE.test(text) || /\b(?:add|create|make|need|want|put up|set up)\b|^(?:a|an)\s/.test(text))) return intentOf('add_page', PAGE_FOR_DOING[doing]!);
  const ownPage = OWN_PAGE.exec(text);
  const ownName = ownPage === null ? undefined : cleanPageName(ownPage[1] ?? ownPage[2] ?? ownPage[3] ?? '');
  if (ownName !== undefined && ownName !== '' && !isHomeName(ownName)) return intentOf('add_page', newPageSlug(ownName));
  if (STARTS_A_BLOG.test(text) && reading.pages.every((page) => !page.isPlace) && reading.sections.every((mention) => mention.type === 'blogList')) return intentOf('add_page', 'blog');
  const mention = reading.pages.find((page) => !page.isPlace && !isHomeName(page.name) && (NEW_PAGE.test(text) || (page.slug === undefined && PAGE_ALONE.test(text)) || ((page.slug === undefined || page.slug === HOME_SLUG) && addsNewPage(text, page.start)) || isWishedPage(text, page)));
  if (mention) return intentOf('add_page', newPageSlug(mention.name) || slugOf(mention));
  if (!NEW_PAGE.test(text) && !/\b(?:add|create|make|build|need|want)\s+(?:a|an|another|one more)\s+(?:new\s+)?page\b|(?:^|\b(?:and|also|plus)\s+)(?:another|one more)\s+page\b/.test(text)) return undefined;
  // "new page: Prices", "new page - Team": the name after a colon or a dash, read as the usual page.
  const given = reading.payload || (/\s[-–—]+\s+(.+)$/.exec(reading.original)?.[1] ?? '');
  const name = cleanPageName(given.split(/[.,;!?\n]/)[0]!.split(/\s+/).slice(0, 4).join(' '));
  const slug = newPageSlug(name);
  return slug === '' ? clarification('What should the new page be called, and what should it hold?') : intentOf('add_page', slug);
}
