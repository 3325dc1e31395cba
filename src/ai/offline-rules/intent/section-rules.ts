// Rules for whole sections: update_layout (move, swap, hide, show again), remove_section and add_section. The
// target is the section type; for moves scope.sections lists the moved section, then the one it moves next to.
import { findSectionMentions, findWishedSection, type SectionMention } from '../vocabulary/index.ts';
import { intentOf, namedPageSlug, pageSectionIn, type RuleIntent } from './build-intent.ts';
import type { PromptReading } from './prompt-reading.ts';
import { actsOn, ADD_VERB, addsDescribedPart, goesAfter, REMOVE_VERB, verbBefore, WISHED_AFTER, WISHED_BEFORE } from './verb-phrases.ts';

const MOVE = /\b(?:move|moving|shift|reorder|re-order|rearrange|reverse the order|drag|slide|buried|bring (?:(?:it|them|this|that|these|those|the [\w ]{1,30}?)\s+)?(?:up|down|forward|higher|lower)|push (?:(?:it|them|the [\w ]{1,30}?)\s+)?(?:down|up|back))\b/;
/** A section said to belong somewhere: "the FAQ should come before pricing", "can the CTA go first". */
const BELONGS =
  /^\s*(?:(?:section|block|bit|part|area)\b\s*)?(?:,?\s*(?:(?:can|could|should|would|will|must|please)\s+)?(?:it|that|this|they|these|those|them)\s+)?(?:(?:should|can|could|would|must|has to|needs to|to)?\s*(?:come|go|sit|be|appear|live|move)\s+(?:right |straight |just |directly |a bit |much |the )?(?:first|last|above|below|before|after|under|underneath|at the (?:very )?(?:top|bottom|end|start)|to the (?:very )?(?:top|bottom)|(?:higher|further|more) up|higher|lower|(?:lower|further) down|down a bit|up a bit|(?:up|down)\b(?! to\b)|near(?:er)? the (?:top|bottom|start|end)|close(?:r)? to the (?:top|bottom|start|end))\b|(?:first|last|on top|(?:up|down)(?: (?:one|a|1|two|2))?(?: (?:spots?|places?|positions?|notch|levels?|sections?|steps?))?|(?:at|to) the (?:very )?(?:top|bottom|end|start|front)(?: of (?:the |our )?(?:[\p{L}]+ )?page)?)(?:\s+(?:please|pls|plz|thanks|thx))?[\s.!]*$)/u;
/** What may stand between a section's name and where it belongs: "the story text on the about page should come after". */
const NAME_TAIL = /^\s*(?:(?:text|section|block|bit|part|area|box|banner)\b\s*)?(?:(?:on|in|from) (?:the |our )?(?:[\p{L}]+ ){1,2}?page\b\s*|at the (?:very )?(?:top|bottom)(?: of (?:the |our )?(?:[\p{L}]+ )?page)?\b\s*)?/u;

/** Whether what follows a section's name says where it belongs, past a tail that places or describes it. */
function belongsAfter(text: string, end: number): boolean {
  const rest = text.slice(end);
  return BELONGS.test(rest) || BELONGS.test(` ${rest.replace(NAME_TAIL, '')}`);
}
/** What stands between two sections said with no verb ("faq above pricing", "the gallery should be after the hero"). */
const TERSE_PLACE = /^\s*(?:section\s+)?(?:(?:should|to|must|can|could)\s+)?(?:(?:be|go|come|sit)\s+)?(?:right |just |straight |directly )?(?:above|below|before|after|under|underneath|beneath|over|next to|ahead of)\s+(?:the\s+|our\s+)?$/;
/** Verbs that give a part new words: "write a welcome message at the top" writes, it moves nothing. */
const WRITE_VERB = /\b(?:write|rewrite|reword|rephrase|change|edit|update|say|translate|shorten)\b/g;
/** Swapping needs two sections, or the word "order": "swap hero image" swaps an image, not sections. */
const SWAP = /\b(?:swap|switch|exchange|trade places)\b/;
const ORDER = /\b(?:order|places|positions|around)\b/;
const PLACING = /\b(?:put|place|bring|position|make|set|have|want|need|like|prefer|love)\b/g;
const POSITION = /\b(?:above|below|before|after|under|underneath|beneath|on top|at the (?:top|bottom|end|start|beginning)|to the (?:top|bottom|end|start|beginning|front)|(?:first|last)(?!\s+(?:names?|time|thing|one|of|and|few|couple|line|word|letter|paragraph|sentence|question|answer|photo|picture|image|review|testimonial|item|plan|package)s?\b)|higher|lower|further (?:up|down)|next to|between)\b/;
const HIDE =
  /\bbut keep (?:it|them|the [\w ]{1,20}?)(?:\s+(?:for later|saved|there|around))?\s*[.!]*$|\b(?:visible|shown|showing|live|public|online) (?:at the moment|right now|yet|for now|until)\b|\b(?:hide|unpublish|turn off|disable|switch off|(?:don't|do not|stop) show(?:ing)?|make (?:it |them )?invisible|(?:don't|do not) want (?:people|anyone|visitors|customers|clients|them|it|everyone|the public) to see|keep (?:it |them )?(?:hidden|out of sight|offline)|(?:don't|do not) (?:delete|remove) (?:it|them))\b/;
const TEMPORARY = /\b(?:for now|temporarily|for the time being|for a while|for a bit|right now|until further notice|until we're ready)\b/;
const SHOW_AGAIN = /\b(?:unhide|un-hide|bring back|restore|put back|turn (?:it |them )?back on|re-?enable|make .* visible)\b|\b(?:show|display)\b.*\bagain\b/;
/** "the faq is hidden, can you show it": the person says the part is hidden now. */
const SAID_HIDDEN = /\b(?:is|are|was|were|got|been)\s+(?:\w+\s+)?(?:hidden|invisible|unpublished|disabled|turned off)\b/;
const SHOW = /\b(?:show|display|enable|turn on)\b/;
/** Verbs that add only what follows them indefinitely ("show our hours", "have a FAQ"), never "the X". */
const STRONG_ADD = /^(?:show off|showcase|add|adding|insert|include|append|attach|create|build|set up|introduce|new)$/;

/**
 * The sections a prompt names, fields ("headline") aside; empty when the first is inside the new text ("change
 * the headline to Add a testimonials section" adds nothing).
 */
function namedSections(reading: PromptReading): SectionMention[] {
  const mentions = reading.sections.filter((mention) => mention.kind !== 'field');
  return mentions[0] !== undefined && mentions[0].start < reading.head.length ? mentions : [];
}

function orderedTypes(mentions: readonly SectionMention[]): string[] {
  return [...new Set(mentions.map((mention) => mention.type))];
}

export function layoutRule(reading: PromptReading): RuleIntent | undefined {
  const text = reading.head;
  const mentions = namedSections(reading);
  const first = mentions[0];
  const page = namedPageSlug(reading);
  if (!first) {
    const listed = orderListed(reading);
    if (listed) return listed;
    const pageSection = pageSectionIn(reading);
    const isLayout = HIDE.test(text) || SHOW_AGAIN.test(text) || MOVE.test(text);
    return pageSection && isLayout ? intentOf('update_layout', pageSection.type, { page: pageSection.page, sections: [pageSection.type] }) : undefined;
  }
  const layout = () => intentOf('update_layout', first.type, { page, sections: orderedTypes(mentions) });
  if (HIDE.test(text) || SHOW_AGAIN.test(text)) return layout();
  if (TEMPORARY.test(text) && actsOn(REMOVE_VERB, text, first.start)) return layout();
  if (SHOW.test(text) && (isHiddenInOutline(reading, first.type) || SAID_HIDDEN.test(reading.instruction))) return layout();
  if (MOVE.test(text)) return layout();
  // "the contact page should start with the map": the section a page starts or ends with moves there.
  const opener = mentions.find((mention) => /\b(?:start|starts|begin|begins|open|opens|lead|leads|end|ends|finish|finishes)\s+with\s+(?:the\s+|our\s+|a\s+)?$/.test(text.slice(0, mention.start)));
  if (opener) return intentOf('update_layout', opener.type, { page, sections: [opener.type] });
  // "could the pricing go straight after the hero": the section said to belong somewhere moves, whichever it is.
  const placed = mentions.find((mention) => belongsAfter(text, mention.end) && !actsOn(ADD_VERB, text, mention.start) && !actsOn(REMOVE_VERB, text, mention.start) && !actsOn(WRITE_VERB, text, mention.start));
  if (placed) return intentOf('update_layout', placed.type, { page, sections: orderedTypes([placed, ...mentions]) });
  if (SWAP.test(text) && (ORDER.test(text) || orderedTypes(mentions).length > 1)) return layout();
  // "faq above pricing", "gallery after the hero pls": two sections and where one goes, nothing else.
  const second = mentions.find((mention) => mention.type !== first.type);
  if (second && TERSE_PLACE.test(text.slice(first.end, second.start)) && /^\s*(?:(?:the|our)\s+)?$/.test(text.slice(0, first.start).replace(/^(?:please|pls|can|could|we|i)\b.*?\b(?:have|want|like|get)\b/, ''))) return layout();
  const placing = verbBefore(PLACING, text, first.start);
  if (placing && POSITION.test(reading.instruction.slice(first.end))) {
    const gap = text.slice(placing.index + placing[0].length, first.start);
    // "put what we offer first": a part the site already has, placed, moves.
    const exists = !isMissingFrom(reading, first.type, null);
    if ((/\b(?:the|our|my|this|that)\b/.test(gap) || (exists && gap.trim() === '')) && !/\b(?:a|an|some|new|another)\b/.test(gap)) return layout();
  }
  return undefined;
}

/**
 * "reorder the home page: hero, gallery, reviews, then the rest": the order listed after the colon; the target is
 * the first listed section not already in its place.
 */
function orderListed(reading: PromptReading): RuleIntent | undefined {
  if (!MOVE.test(reading.instruction) && !/\b(?:order|sequence)\b/.test(reading.instruction)) return undefined;
  const listed = [...new Set(findSectionMentions(reading.payload.toLowerCase()).map((mention) => mention.type))];
  if (listed.length < 2) return undefined;
  const slug = namedPageSlug(reading) ?? reading.outline.pages[0]?.slug ?? null;
  const current = reading.outline.pages.find((candidate) => candidate.slug === slug)?.sections.map((section) => section.type) ?? [];
  const moved = listed.find((type, index) => current[index] !== type) ?? listed[0]!;
  return intentOf('update_layout', moved, { page: slug, sections: listed });
}

/**
 * "show the opening hours on the home page": the named page has no section of that type yet; with no page named,
 * no page of the site has one ("show the logos of our partners").
 */
function isMissingFrom(reading: PromptReading, type: string, slug: string | null): boolean {
  const pages = slug === null ? reading.outline.pages : reading.outline.pages.filter((candidate) => candidate.slug === slug);
  return pages.length > 0 && !pages.some((page) => page.sections.some((section) => section.type === type));
}

function isHiddenInOutline(reading: PromptReading, type: string): boolean {
  return reading.outline.pages.some((page) => page.sections.some((section) => section.type === type && !section.visible));
}

/** "take the form off the contact page", "leave the faq out": a removing verb whose particle follows its object. */
export function takenOff(text: string, mention: { start: number; end: number }): boolean {
  return actsOn(/\b(?:take|taking|took|get|leave|cut|strip|knock)\b/g, text, mention.start) && /^\s*(?:(?:section|bit|part|block|page)\s+)?(?:off|out)\b/.test(text.slice(mention.end));
}

export function removeSectionRule(reading: PromptReading): RuleIntent | undefined {
  const text = reading.head;
  const first = namedSections(reading)[0];
  if (!first) {
    const pageSection = pageSectionIn(reading);
    const remove = verbBefore(REMOVE_VERB, text, text.length);
    return pageSection && remove ? intentOf('remove_section', pageSection.type, { page: pageSection.page, sections: [pageSection.type] }) : undefined;
  }
  if (first.kind !== 'section' || !(actsOn(REMOVE_VERB, text, first.start) || goesAfter(text, first.end) || takenOff(text, first))) return undefined;
  return intentOf('remove_section', first.type, { page: namedPageSlug(reading), sections: [first.type] });
}

/** A part wished for without a verb: "a place for reviews would be nice", "how about some stats?". */

/** "somewhere people can sign up for our newsletter would be nice": a place wished for what it holds. */
const SOMEWHERE_FOR = /(?:^|[,.;!?]\s*)(?:somewhere|a place|a spot|a way|an area|a space)\b[^.!?]{0,40}$/;

function isWished(text: string, mention: { start: number; end: number }): boolean {
  const before = text.slice(0, mention.start);
  return /\b(?:a|an|some)\s+(?:[\p{L}-]+\s+){0,2}$/u.test(before) || /^(?:a|an|some)\b/.test(text.slice(mention.start)) || SOMEWHERE_FOR.test(before)
    ? WISHED_AFTER.test(text.slice(mention.end)) || WISHED_BEFORE.test(before)
    : false;
}

/** "add a lunch menu", "embed our wedding film": one word of its own before the name of the part added. */
function addsModified(text: string, mention: { start: number }): boolean {
  const modifier = /([\p{L}-]+)\s+$/u.exec(text.slice(0, mention.start));
  return modifier !== null && actsOn(ADD_VERB, text, modifier.index) && /\b(?:a|an|our|my|some|new)\s+$/.test(text.slice(0, modifier.index));
}

/** "put our opening hours in the footer": the footer holds text, not sections. */
const IN_FOOTER = /\b(?:in|into|to|on|at) (?:the |our )?footer\b/;

export function addSectionRule(reading: PromptReading): RuleIntent | undefined {
  const text = reading.head;
  if (IN_FOOTER.test(text)) return undefined;
  const mentions = namedSections(reading);
  const first = mentions[0];
  // "add a newsletter signup", "a video would be nice": a kind of section the catalog does not have, asked for.
  const wished = findWishedSection(text);
  if (wished && (!first || wished.start < first.start) && (actsOn(ADD_VERB, text, wished.start) || isWished(text, wished) || addsDescribedPart(text, wished) || addsModified(text, wished))) {
    return intentOf('add_section', wished.type, { page: namedPageSlug(reading, true), sections: [] });
  }
  if (first && first.kind === 'section' && (isWished(text, first) || addsDescribedPart(text, first))) return intentOf('add_section', first.type, { page: namedPageSlug(reading, true), sections: [first.type] });
  if (!first || !(actsOn(ADD_VERB, text, first.start) || (first.kind === 'section' && addsModified(text, first)))) return undefined;
  // "add star ratings to the reviews": added into a part of the same kind, it is that part's content.
  if (reading.sections.some((mention) => mention.start > first.end && mention.type === first.type && /\b(?:to|into|in)\s+(?:the\s+|our\s+)?$/.test(reading.instruction.slice(0, mention.start)))) return undefined;
  const verb = verbBefore(ADD_VERB, text, first.start)!;
  // "make our values sound more personal": a determiner inside the section's name ("our values") counts as said.
  const gap = `${text.slice(verb.index + verb[0].length, first.start)} ${/^(?:the|our|my)\b/.exec(first.phrase)?.[0] ?? ''}`;
  const page = namedPageSlug(reading, true);
  if (!STRONG_ADD.test(verb[0]) && (/\b(?:the|this|that)\b/.test(gap) || (/\b(?:our|my)\b/.test(gap) && !/^\s*(?:a|an|some|another|new)\b/.test(gap))) && !isMissingFrom(reading, first.type, page)) return undefined;
  if (first.kind === 'item') {
    const isItemOfAnother = mentions.some((mention) => mention.kind === 'section' && mention.type !== first.type);
    const exists = reading.outline.pages.some((page) => page.sections.some((section) => section.type === first.type));
    if (isItemOfAnother || exists) return undefined;
  }
  const anchor = POSITION.test(reading.instruction.slice(first.end)) ? mentions.find((mention) => mention.type !== first.type) : undefined;
  return intentOf('add_section', first.type, { page, sections: [first.type, ...(anchor ? [anchor.type] : [])] });
}
