// The words people use for each section type of the catalog (src/site/catalog.ts) and a finder that locates them
// in a prompt. Shared by the offline intent classifier and the offline editor: one place to teach a new synonym.
import { SECTION_TYPES, sectionDefinition, type SectionType } from '../../../site/index.ts';
import { phraseAlternation, phraseKey } from './phrases.ts';

/** Everyday names of a whole section, beside its catalog label and its type split into words. */
export const SECTION_WORDS: Readonly<Record<SectionType, readonly string[]>> = {
  hero: ['header section', 'header banner', 'header area', 'intro section', 'intro area', 'intro bit', 'welcome area', 'splash', 'splash section', 'landing section', 'main banner', 'main button', 'opening section', 'hero area', 'masthead', 'hero', 'hero section', 'hero banner', 'banner', 'top banner', 'header image', 'hero image', 'intro banner', 'welcome banner',
    // Named by place or by look: "the bit at the top", "the big picture at the top".
    'bit at the top', 'part at the top', 'top bit', 'top part', 'top section', 'top of the page', 'very top', 'banner at the top',
    'picture at the top', 'big picture at the top', 'image at the top', 'photo at the top', 'big picture', 'big photo', 'big image',
    'main picture', 'main image', 'main photo', 'header photo', 'header picture', 'top image', 'top photo', 'top picture', 'welcome message', 'welcome text', 'message at the top', 'text at the top',
    'words at the top', 'welcome section'],
  features: ['service cards', 'services cards', 'specialties', 'specialities', 'our specialties', 'treatments', 'our treatments', 'products', 'our products', 'what we do', 'our offer', 'services section', 'service boxes', 'feature cards', 'feature boxes', 'sessions', 'our sessions', 'classes', 'courses', 'features', 'feature list', 'services', 'services list', 'service list', 'our services', 'list of services', 'what we offer', 'offerings', 'benefits', 'why choose us'],
  richText: ['rich text', 'text section', 'text block', 'block of text', 'paragraph', 'paragraph of text', 'story', 'our story', 'about text', 'about us text', 'story text', 'history'],
  cta: ['booking strip', 'booking section', 'booking bit', 'get a quote button', 'quote button', 'enquire button', 'enquiry button', 'contact button', 'call to book', 'sign up button', 'cta button', 'cta section', 'banner at the bottom', 'bottom banner', 'closing section', 'last button', 'bottom button', 'button at the bottom', 'cta', 'call to action', 'call-to-action', 'calls to action', 'banner button', 'booking banner', 'action banner',
    'book now', 'book now button', 'book now banner', 'booking button', 'button at the bottom', 'button at the end', 'button at the end of the page', 'big button', 'enquire now', 'get in touch button'],
  contactForm: ['contact us form', 'email form', 'form section', 'enquiry box', 'contact form', 'form', 'enquiry form', 'inquiry form', 'booking form', 'request form', 'quote form', 'message form'],
  contactInfo: ['phone and email', 'email and phone', 'address box', 'contact box', 'contact card', 'our details', 'details section', 'contact details', 'contact info', 'contact information', 'contact section', 'contact block', 'address and phone', 'phone and address', 'address and phone number', 'phone number and address', 'address and contact details', 'address block', 'how to reach us', 'get in touch details'],
  hours: ['opening hours', 'opening times', 'business hours', 'hours', 'office hours', 'store hours', 'hours section', 'shop hours', 'open hours', 'when we are open', "when we're open", 'times we are open', "times we're open"],
  values: ['mission', 'mission statement', 'ethos', 'our ethos', 'what we believe', 'what we believe in', 'beliefs', 'our beliefs', 'philosophy', 'our philosophy', 'our promise', 'commitments', 'values', 'our values', 'principles', 'what we stand for', 'our mission', 'core values'],
  team: ['staff bios', 'team bios', 'people section', 'team section', 'our staff', 'the crew', 'team', 'our team', 'the team', 'team members', 'staff', 'our people', 'employees', 'meet the team', 'meet the staff', 'meet our team', 'meet the crew', 'meet the people', 'people behind', 'the people behind', 'introducing me', 'introducing us', 'introduce me', 'introduce us', 'me and my partner', 'faces behind', 'the faces behind', 'who is behind', 'who we are', 'crew', 'staff members', 'colleagues'],
  testimonials: ['say nice things', 'nice things people say', 'customer stories', 'client stories', 'success stories', 'ratings', 'star ratings', 'google reviews', 'endorsements', 'recommendations', 'what our clients think', 'what our customers think', 'what our couples say', 'what couples say', 'what our guests say', 'what our patients say', 'praise', 'social proof', 'client testimonials', 'customer testimonials', 'happy customers', 'happy clients', 'rave reviews', 'testimonials', 'reviews', 'customer reviews', 'client reviews', 'what customers say', 'what clients say', 'what people say', 'what our customers say', 'what our clients say', 'quotes', 'customer quotes', 'kind words',
    'feedback', 'customer feedback', 'client feedback', 'review section', 'reviews section', 'what people think'],
  gallery: ['slideshow', 'photo wall', 'image grid', 'photo grid', 'lookbook', 'showcase', 'photo carousel', 'image carousel', 'photo slider', 'image slider', 'portfolio section', 'examples of our work', 'recent work', 'past work', 'projects', 'our projects', 'work samples', 'gallery', 'photo gallery', 'image gallery', 'pics', 'our pics', 'picture gallery', 'photos', 'pictures', 'images', 'portfolio', 'our work', 'gallery images'],
  pricing: ['fees', 'our fees', 'costs', 'price cards', 'pricing cards', 'price boxes', 'our rates', 'prices section', 'how much we charge', 'what we charge', 'investment', 'pricing', 'pricing table', 'price table', 'prices', 'plans', 'price plans', 'pricing plans', 'packages', 'tiers', 'memberships', 'rates'],
  faq: ['help section', 'help centre', 'help center', 'q and a', 'q & a', 'faq section', 'questions section', 'questions people ask', 'faq', 'faqs', 'f.a.q.', 'questions', 'frequently asked questions', 'q&a', 'questions and answers', 'common questions'],
  stats: ['stats', 'statistics', 'numbers', 'key numbers', 'key figures', 'figures', 'counters', 'counter', 'by the numbers', 'in numbers', 'achievements', 'milestones', 'facts and figures'],
  logos: ['logos', 'partner logos', 'magazines', 'publications', 'as seen in', 'press mentions', 'featured in', 'client logos', 'partners', 'clients', 'sponsors', 'as featured in', 'trusted by', 'press logos', 'brands', 'brands we work with', "brands we've worked with", 'companies we work with',
    'venues we work with', 'businesses we work with', 'who we work with', 'who we have worked with'],
  menu: ['lunch menu', 'dinner menu', 'breakfast menu', 'brunch menu', 'wine list', 'cocktail menu', 'dessert menu', 'kids menu', 'tasting menu', 'set menu', 'menu', 'food menu', 'drinks menu', 'drink menu', 'restaurant menu', 'cafe menu', 'price list', 'catalog', 'catalogue', 'product list', 'dishes'],
  location: ['google map', 'google maps', 'map section', 'location map', 'location', 'map', 'directions', 'where to find us', 'find us', 'how to find us', 'how to get here', 'where we are'],
  blogList: ['blog list', 'blog posts', 'latest posts', 'recent posts', 'blog', 'news', 'latest news', 'articles', 'posts'],
};

/**
 * Kinds of section people ask for that the catalog does not have (yet): asked for by name, they are what the
 * person wants added; the editor answers that it cannot build them rather than building something else.
 */
export const WISHED_SECTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  newsletter: ['newsletter', 'newsletter signup', 'newsletter sign up', 'newsletter sign-up', 'mailing list', 'email signup', 'email sign up', 'signup form', 'sign up form', 'subscribe box', 'subscription box', 'sign up for updates', 'email updates', 'email list', 'subscribe form', 'subscription form', 'sign up for our newsletter', 'sign up for the newsletter', 'signup for our newsletter', 'signup for the newsletter', 'place to subscribe', 'way to subscribe', 'subscribe', 'subscribe to our emails', 'subscribe to emails', 'monthly email', 'weekly email', 'monthly newsletter', 'weekly newsletter'],
  steps: ['how it works', 'steps', 'our process', 'process', 'step by step', 'step-by-step'],
  video: ['video', 'videos', 'showreel', 'youtube video', 'promo video', 'intro video', 'video tour', 'youtube tour', 'youtube', 'vimeo', 'clip', 'film'],
};

const WISHED_SECTION_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${phraseAlternation(Object.values(WISHED_SECTION_WORDS).flat())})(?![\\p{L}\\p{N}-])`, 'iu');

/** The uncatalogued section kind `text` names ("a newsletter signup" → newsletter), with where its name starts. */
export function findWishedSection(text: string): { type: string; start: number; end: number } | undefined {
  const match = WISHED_SECTION_PATTERN.exec(text);
  if (match === null) return undefined;
  const key = phraseKey(match[0]);
  const type = Object.keys(WISHED_SECTION_WORDS).find((kind) => WISHED_SECTION_WORDS[kind]!.some((phrase) => phraseKey(phrase) === key || `${phraseKey(phrase)}s` === key));
  return type === undefined ? undefined : { type, start: match.index, end: match.index + match[0].length };
}

/** Words naming one item of a section ("a review", "the second question"): adding or removing one edits the section. */
export const SECTION_ITEM_WORDS: Readonly<Partial<Record<SectionType, readonly string[]>>> = {
  features: ['service', 'feature', 'benefit'],
  testimonials: ['testimonial', 'review', 'quote'],
  faq: ['question', 'answer', 'faq item', 'faq entry'],
  pricing: ['plan', 'package', 'tier', 'price'],
  team: ['team member', 'staff member', 'member', 'employee', 'bio'],
  gallery: ['photo', 'picture', 'image', 'caption'],
  stats: ['stat', 'statistic', 'figure'],
  logos: ['logo of a client', 'client logo', 'partner logo'],
  menu: ['dish', 'menu item', 'drink'],
  values: ['value', 'principle'],
  blogList: ['blog post', 'post', 'article'],
};

/** Fields of the hero that name it when no section is named ("change the headline"). */
export const HERO_FIELD_WORDS: readonly string[] = ['headline', 'main title', 'big heading', 'big title', 'big headline', 'heading', 'main heading', 'title', 'subheadline', 'sub-headline', 'subheading', 'sub heading', 'subtitle', 'hero title', 'page title'];

export type SectionMentionKind = 'section' | 'item' | 'field';

export interface SectionMention {
  type: SectionType;
  kind: SectionMentionKind;
  /** The words as found, lower case. */
  phrase: string;
  start: number;
  end: number;
}

/** Catalog labels too vague to name a section on their own ("Text": "the button text" is not a text section). */
const VAGUE_LABELS = new Set(['text']);

const phraseKinds = new Map<string, { type: SectionType; kind: SectionMentionKind }>();
function learn(type: SectionType, kind: SectionMentionKind, phrases: readonly string[]): void {
  for (const phrase of phrases.map(phraseKey)) if (!phraseKinds.has(phrase)) phraseKinds.set(phrase, { type, kind });
}
for (const type of SECTION_TYPES) {
  const label = (sectionDefinition(type)?.label ?? '').toLowerCase();
  const typeWords = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  learn(type, 'section', [...(SECTION_WORDS[type] ?? []), typeWords, ...label.split('/').map((part) => part.trim()).filter((part) => part !== '' && !VAGUE_LABELS.has(part))]);
}
for (const type of SECTION_TYPES) learn(type, 'item', SECTION_ITEM_WORDS[type] ?? []);
learn('hero', 'field', HERO_FIELD_WORDS);

const MENTION_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${phraseAlternation([...phraseKinds.keys()])})(?![\\p{L}\\p{N}-])`, 'giu');
/** "a testimonial carousel", "the review section": an item's word before the word for a part names the whole section. */
const PART_AFTER = /^\s+(?:section|block|carousel|slider|grid|wall|strip|area|bit|part|box|boxes|row|widget|feed|cards|tiles|table)\b/i;
/** "the contact page", "the FAQ page": a page named like a section is a page, not the section. */
const PAGE_AFTER = /^\s+pages?\b/i;

/** Every section named in `text`, in order; a name followed by "page" names a page and is skipped. */
export function findSectionMentions(text: string): SectionMention[] {
  const mentions: SectionMention[] = [];
  for (const match of text.matchAll(MENTION_PATTERN)) {
    const phrase = phraseKey(match[0]);
    const start = match.index;
    const end = start + match[0].length;
    if (PAGE_AFTER.test(text.slice(end))) continue;
    const known = phraseKinds.get(phrase) ?? phraseKinds.get(phrase.replace(/s$/, ''));
    if (!known) continue;
    const previous = mentions[mentions.length - 1];
    // "the pricing plan", "a gallery photo": an item of the section just named.
    if (previous && previous.kind === 'section' && known.kind === 'item' && known.type === previous.type && /^\s+$/.test(text.slice(previous.end, start))) {
      mentions[mentions.length - 1] = { ...previous, kind: 'item', phrase: `${previous.phrase} ${phrase}`, end };
      continue;
    }
    mentions.push({ ...known, kind: known.kind === 'item' && PART_AFTER.test(text.slice(end)) ? 'section' : known.kind, phrase, start, end });
  }
  return mentions;
}

/** The section type a single phrase names ("reviews" → testimonials), or undefined. */
export function sectionTypeOf(phrase: string): SectionType | undefined {
  const normalized = phraseKey(phrase);
  return (phraseKinds.get(normalized) ?? phraseKinds.get(normalized.replace(/s$/, '')))?.type;
}
