// Page words: the names people give the home page, a slug maker for new pages ("Gift Cards" → gift-cards), and
// the lookup of a page someone names against a site outline ("the privacy policy page" → privacy).
import { HOME_SLUG } from '../../intent.ts';
import type { SiteOutline } from '../../site-outline.ts';

export const HOME_PAGE_WORDS: readonly string[] = ['home', 'homepage', 'home page', 'front page', 'landing page', 'main page', 'start page', 'index page', 'index', 'first page'];

/** The slug a new page named `name` gets: lower case ASCII words joined by hyphens ("Über uns" → uber-uns). */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** Everyday names of the pages people most often ask for, and the slug each page gets ("our prices" → pricing). */
const PAGE_NAME_SYNONYMS: Readonly<Record<string, string>> = {
  prices: 'pricing', price: 'pricing', rates: 'pricing', 'price list': 'pricing', packages: 'pricing', plans: 'pricing',
  reviews: 'testimonials', review: 'testimonials', testimonial: 'testimonials', 'customer reviews': 'testimonials',
  photos: 'gallery', pictures: 'gallery', images: 'gallery', 'photo gallery': 'gallery', 'our work': 'portfolio',
  questions: 'faq', faqs: 'faq', 'frequently asked questions': 'faq', 'common questions': 'faq', 'q&a': 'faq',
  staff: 'team', 'our team': 'team', 'the team': 'team', people: 'team', 'meet the team': 'team', 'team members': 'team', 'our people': 'team',
  jobs: 'careers', job: 'careers', vacancies: 'careers', vacancy: 'careers', 'job openings': 'careers', openings: 'careers', 'open positions': 'careers', positions: 'careers', recruitment: 'careers', career: 'careers', hiring: 'careers', 'work with us': 'careers',
  'opening times': 'opening-hours', hours: 'opening-hours', returns: 'returns-policy', 'return policy': 'returns-policy',
  'gift card': 'gift-cards', 'gift vouchers': 'gift-cards', vouchers: 'gift-cards',
};

/**
 * The usual pages of a small business's site, as their slugs, with the other forms people write them in ("menus",
 * "bookings", "an event", "online store"). A page name whose last word is one of them is that page ("upcoming events",
 * "latest news").
 */
const USUAL_PAGES: Readonly<Record<string, string>> = {
  menu: 'menu', menus: 'menu', events: 'events', event: 'events', shop: 'shop', store: 'shop', 'online shop': 'shop',
  'online store': 'shop', booking: 'booking', bookings: 'booking', appointments: 'booking', appointment: 'booking',
  portfolio: 'portfolio', projects: 'portfolio', gallery: 'gallery', news: 'news', blog: 'blog', classes: 'classes',
  class: 'classes', courses: 'courses', course: 'courses', locations: 'locations', location: 'locations', delivery: 'delivery',
  products: 'products', product: 'products', testimonials: 'testimonials', pricing: 'pricing',
  faq: 'faq', team: 'team', careers: 'careers', donate: 'donate', donations: 'donate', donation: 'donate',
  partners: 'partners', partner: 'partners', sponsors: 'sponsors', sponsor: 'sponsors', press: 'press', media: 'press',
  'press coverage': 'press', 'media coverage': 'press', work: 'portfolio', 'past work': 'portfolio',
};

/** Words before a usual page's name that say which of them, not what kind: "upcoming events", not "corporate events". */
const WHICH_ONES = new Set(['upcoming', 'latest', 'recent', 'current', 'past', 'future', 'online', 'full', 'complete', 'customer', 'client', 'all', 'some', 'weekly', 'monthly', 'regular', 'little', 'main']);

/** Words that only say a page is about something ("the catering side of the business"). */
const PAGE_NAME_FILLERS = /\s+(?:side|part|bit|stuff)$/u;

/** The slug a new page named `name` gets, its everyday names read as the usual page ("our prices" → pricing). */
export function newPageSlug(name: string): string {
  // "photos of the rooms", "the catering side of the business": the name is what comes before "of"
  const cleaned = cleanPageName(name).replace(/\s+(?:of|for|about|from)(?:\s.*)?$/u, '').replace(PAGE_NAME_FILLERS, '');
  // "job vacancies", "customer reviews", "upcoming events": the last word names the usual page when the whole name is not one
  const head = cleaned.split(/\s+/).pop() ?? '';
  const whole = PAGE_NAME_SYNONYMS[cleaned] ?? USUAL_PAGES[cleaned];
  const isWhichOnes = cleaned.split(/\s+/).slice(0, -1).every((word) => WHICH_ONES.has(word));
  const byHead = cleaned.includes(' ') ? PAGE_NAME_SYNONYMS[head] ?? (isWhichOnes ? USUAL_PAGES[head] : undefined) : undefined;
  return whole ?? byHead ?? slugify(cleaned);
}

/** A page name as written, without articles, possessives and a trailing "page". */
export function cleanPageName(name: string): string {
  return name
    .toLowerCase()
    .replace(/["'“”‘’«»]/g, '')
    .replace(/^(?:\s*(?:the|a|an|our|my|your|this|that|new)\s+)+/g, '')
    .replace(/\s+pages?\s*$/, '')
    .trim();
}

/** Whether a cleaned page name means the home page. */
export function isHomeName(name: string): boolean {
  return HOME_PAGE_WORDS.includes(cleanPageName(name));
}

/** Other everyday names of the pages most sites have ("T&Cs" is the terms page, "privacy notice" the privacy one). */
export const PAGE_ALIASES: Readonly<Record<string, string>> = {
  't&cs': 'terms', 't&c': 'terms', 'ts&cs': 'terms', 'ts and cs': 'terms', 'terms and conditions': 'terms', 'terms & conditions': 'terms',
  'terms of service': 'terms', 'terms of use': 'terms', 'legal terms': 'terms', 'conditions of use': 'terms', 'tos': 'terms',
  'privacy notice': 'privacy', 'privacy statement': 'privacy', 'data protection': 'privacy', 'cookie policy': 'privacy', 'gdpr': 'privacy',
  'contact us': 'contact', 'get in touch': 'contact', 'contact details': 'contact', 'about us': 'about', 'who we are': 'about',
};

/** Words people add to a page's name: "about us", "contact info", "privacy policy". */
const NAME_TAILS = new Set(['us', 'me', 'page', 'info', 'information', 'details', 'policy', 'notice', 'of-use', 'of-service', 'and-conditions', 'conditions']);

/**
 * The slug of the outline page `name` names — by slug, title, or a name that starts the same way ("privacy" and
 * "privacy policy" → privacy; "about us" → about) — `home` for the home page, or undefined when none matches.
 */
export function findOutlinePage(outline: SiteOutline, name: string): string | undefined {
  const cleaned = cleanPageName(name);
  if (cleaned === '') return undefined;
  if (isHomeName(cleaned)) return HOME_SLUG;
  const wanted = PAGE_ALIASES[cleaned] ?? cleaned;
  const wantedSlug = slugify(wanted);
  const pages = outline.pages.map((page) => ({ slug: page.slug, title: page.title.toLowerCase(), titleSlug: slugify(page.title) }));
  const exact = pages.find((page) => page.slug === wanted || page.title === wanted || page.slug === wantedSlug || page.titleSlug === wantedSlug);
  if (exact) return exact.slug;
  const shortened = pages.find((page) => page.titleSlug.startsWith(`${wantedSlug}-`));
  if (shortened) return shortened.slug;
  const extended = pages.find((page) => [page.slug, page.titleSlug].some((base) => wantedSlug.startsWith(`${base}-`) && NAME_TAILS.has(wantedSlug.slice(base.length + 1))));
  return extended?.slug;
}
