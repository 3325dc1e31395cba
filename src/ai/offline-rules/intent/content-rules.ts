// The rule for content_edit (the text of a section: "change the headline", "the FAQ answer about parking should
// say …", "add a question to the FAQ") and the questions asked when a prompt names nothing to act on.
import { sectionDefinition } from '../../../site/index.ts';
import { DISCONTINUED_PATTERN, type SectionMention } from '../vocabulary/index.ts';
import { clarification, intentOf, mainSectionOf, namedPageSlug, outlinePage, pageSectionIn, type RuleIntent } from './build-intent.ts';
import { isKeyValue, type PromptReading } from './prompt-reading.ts';
import { EDIT_VERB } from './verb-phrases.ts';

/** Where the new text starts: "change the headline to …", "should say …". */
const NEW_TEXT_START = /\b(?:to|say|says|saying|read|reads|into|with)\b|«\d+»|→|->|=>/g;
const TEXT_WORDS = /\b(?:text|copy|wording|words|content|paragraphs?|sentence|story|policy|intro|introduction|description|answer|question|heading|headline|title|button|label|caption|typos?|spelling|links?)\b/;
const HEADING_WORDS = /\b(?:heading|header|title|headline|subheading|subtitle|banner|intro|introduction|welcome)\b/;
/** The footer, or what only the footer carries ("the copyright still says 2024"). */
const FOOTER = /\b(?:footer|copyright)\b|©/;
const NAVIGATION = /\b(?:nav ?bar|navigation|nav menu|menu bar|main menu|top menu|nav links|nav)\b/;
const CONTAINER_BEFORE = /\b(?:in|on|of|from|to|into|onto|for)\s+(?:(?:the|our|my|this)\s+)?$/;

/** A value of an item changes: "the basic package is now $49 instead of $39". */
const VALUE_CHANGE = /\b(?:is|are|costs?) now\b|\binstead of\b|\bused to (?:be|cost)\b|\b(?:has|have) gone (?:up|down)\b|[$€£]\s?\d/;
/** The top of a page, where its hero is. */
const TOP_OF_PAGE = /\b(?:at|on|in) the (?:very )?top\b|\btop of the (?:page|site|home ?page|screen)\b|\bfirst thing (?:people|visitors|you) see\b/;
/** An amount of money: "$150", "£1,100", "40 €", "25 euros". */
const PRICE = /[$€£]\s?\d|\d(?:[\d,.]*)\s?(?:€|£|euros?|dollars?|pounds?|usd|gbp|eur)\b/;
/** Where an amount is said of something else than the price list: a question, a review, a fee in the business's details. */
const NOT_A_PRICE_LIST = /\b(?:faq|questions?|answers?|reviews?|testimonials?|footer|hero|banner|heading|headline|button|caption|deposit|delivery|parking|shipping|postage|minimum|gift cards?|vouchers?)\b/;
/** The sections that list what a business offers, where a discontinued offering is looked for. */
const OFFER_LISTS = ['features', 'pricing', 'menu'];

export function contentEditRule(reading: PromptReading): RuleIntent | undefined {
  const text = reading.instruction;
  const isDiscontinued = DISCONTINUED_PATTERN.test(text);
  const isPriceStatement = PRICE.test(reading.full) && reading.quoted.length === 0 && !NOT_A_PRICE_LIST.test(text);
  const hasCue = EDIT_VERB.test(text) || TEXT_WORDS.test(text) || isDiscontinued || isKeyValue(reading) || isPriceStatement || (VALUE_CHANGE.test(reading.full) && reading.sections.length > 0);
  if (!hasCue) return undefined;
  if (isDiscontinued && reading.sections.length === 0) return offerListsEdit(reading);
  // "mini sessions cost $150", "a full day is $2,000": a price said for something offered is the price list's
  const sectionsNamed = reading.sections.filter((mention) => mention.kind === 'section');
  if (isPriceStatement && (sectionsNamed.length === 0 || sectionsNamed.some((mention) => mention.type === 'pricing'))) {
    const prices = reading.outline.pages.flatMap((page) => page.sections.filter((section) => section.type === 'pricing'));
    if (prices.length > 0) return intentOf('content_edit', 'pricing', { page: null, sections: prices.map((section) => section.id) });
  }
  // "put our opening hours in the footer": the footer said as the place holds the words.
  if (/\b(?:in|into|to|on|at) (?:the |our )?footer\b/.test(reading.head)) return intentOf('content_edit', 'footer');
  const mention = chooseMention(reading);
  // "the menu button should say Book now": the navigation, named before any section, is what changes.
  const navigationAt = reading.namesNavigation ? /\bmenu\b/.exec(text)?.index : undefined;
  if (navigationAt !== undefined && (!mention || navigationAt < mention.start)) return intentOf('content_edit', 'navbar');
  // "the heading 'Sessions' should be …": a quoted heading of the outline says whose heading it is.
  const byHeading = sectionByHeading(reading);
  if (mention && !(mention.kind === 'field' && byHeading)) return intentOf('content_edit', mention.type, { page: namedPageSlug(reading, false, reading.head.length), sections: [mention.type] });
  if (byHeading) return intentOf('content_edit', byHeading.type, { page: byHeading.page, sections: [byHeading.type] });
  const part = FOOTER.test(reading.head) ? 'footer' : NAVIGATION.test(reading.head) || reading.namesNavigation ? 'navbar' : undefined;
  if (part) return intentOf('content_edit', part);
  const pageSection = pageSectionIn(reading);
  if (pageSection) return intentOf('content_edit', pageSection.type, { page: pageSection.page, sections: [pageSection.type] });
  const page = outlinePage(reading.outline, namedPageSlug(reading));
  if (!page) return undefined;
  // "the button at the top should say …": the top of a page is its hero
  const hero = HEADING_WORDS.test(text) || TOP_OF_PAGE.test(text) ? page.sections.find((section) => section.type === 'hero') : undefined;
  const section = hero ?? mainSectionOf(page);
  return section ? intentOf('content_edit', section.type, { page: page.slug, sections: [section.type] }) : undefined;
}

/**
 * "we don't do gutter cleaning any more": an item of whichever list offers it — the services, prices and menu of
 * every page, by section id, so the editor finds the item wherever it is listed.
 */
function offerListsEdit(reading: PromptReading): RuleIntent {
  const lists = reading.outline.pages.flatMap((page) => page.sections.filter((section) => OFFER_LISTS.includes(section.type)));
  const target = OFFER_LISTS.find((type) => lists.some((section) => section.type === type)) ?? 'features';
  return intentOf('content_edit', target, { page: null, sections: lists.map((section) => section.id) });
}

/** "Change 'Sessions' to 'What we do'": the first quoted text is the heading of a section in the outline. */
function sectionByHeading(reading: PromptReading): { type: string; page: string } | undefined {
  const heading = reading.quoted[0]?.trim().toLowerCase();
  if (!heading) return undefined;
  for (const page of reading.outline.pages) {
    const section = page.sections.find((candidate) => candidate.heading.toLowerCase() === heading);
    if (section) return { type: section.type, page: page.slug };
  }
  return undefined;
}

/** The section whose text changes: named before the new text starts; whole sections before items and fields. */
function chooseMention(reading: PromptReading): SectionMention | undefined {
  const first = reading.sections[0];
  if (!first) return undefined;
  NEW_TEXT_START.lastIndex = first.end;
  const cut = NEW_TEXT_START.exec(reading.instruction)?.index ?? reading.instruction.length;
  NEW_TEXT_START.lastIndex = 0;
  const candidates = reading.sections.filter((mention) => mention.start < cut);
  const chosen = candidates.find((mention) => mention.kind !== 'field') ?? candidates[0];
  if (chosen?.kind !== 'item') return chosen;
  // "add a photo to the hero": the item goes into the section named after a preposition.
  const container = candidates.find((mention) => mention.kind === 'section' && mention.start > chosen.start && CONTAINER_BEFORE.test(reading.instruction.slice(0, mention.start)));
  return container ?? chosen;
}

const GENERAL_QUESTION =
  'What would you like to change — a text, a colour, a section or a page? For example: "Change the headline to Fresh bread every morning", "Make the primary colour green" or "Add a testimonials section".';

/** The last rule: a question that says what is understood and what is missing. */
export function clarificationRule(reading: PromptReading): RuleIntent {
  const mention = reading.sections[0];
  if (mention) {
    const label = (sectionDefinition(mention.type)?.label ?? mention.type).split(' / ')[0]!;
    return clarification(`What should I do with the ${label} section — change its text, its look or its place on the page, or remove it?`);
  }
  const page = outlinePage(reading.outline, namedPageSlug(reading));
  if (page) return clarification(`What should change on the ${page.title} page — a text, a section, its name, or should the page be removed?`);
  return clarification(GENERAL_QUESTION);
}
