import { capitalize } from './clean-text.ts';
import type { Composition } from './composition.ts';
import { isTradeNoun } from './detect-industry.ts';
import type { Icon, ServiceEntry } from './industries/index.ts';

// The services shown on the site. Items the description lists come first (with the industry's own copy when it
// knows the item, e.g. "teeth whitening"), then services it mentions in passing, then the industry's defaults.

export interface ServiceItem {
  title: string;
  text: string;
  detail: string;
  icon: Icon;
  /** Not the person's: a service the industry usually offers, or a price line they never gave. */
  isSample: boolean;
}

export interface ResolvedServices {
  /** What the description listed or mentioned. */
  mentioned: ServiceItem[];
  /** `mentioned`, then the industry's general services. */
  all: ServiceItem[];
  /** The listed items in words, for copy: known services by their title, others as written ("mugs"). */
  offerTerms: string[];
}

/**
 * Icons for items the profile does not know: ones that say nothing of a trade. A leaf says natural or garden, a
 * sparkle says shine or beauty: true of some businesses, claims about the others.
 */
const CUSTOM_ICONS: readonly Icon[] = ['star', 'check', 'heart', 'bolt'];

export function resolveServices(composition: Composition): ResolvedServices {
  const { profile, facts } = composition;
  const entries = profile.services.items;
  const chosen: (ServiceEntry | { custom: string })[] = [];
  const offerTerms: string[] = [];
  const has = (entry: ServiceEntry): boolean => chosen.includes(entry);
  for (const item of facts.services) {
    const matches = entries.filter((entry) => entry.match?.test(item) === true);
    for (const term of matches.length > 0 ? matches.map((entry) => entry.title) : isTradeNoun(profile, item) ? [] : [item]) {
      if (!offerTerms.includes(term)) offerTerms.push(term);
    }
    if (matches.length > 0) {
      for (const entry of matches) if (!has(entry)) chosen.push(entry);
    } else if (!isTradeNoun(profile, item) && !isCatalogItem(composition, item)) {
      chosen.push({ custom: item });
    }
  }
  for (const entry of entries) if (entry.match?.test(composition.mentionText) === true && !has(entry)) chosen.push(entry);
  const mentioned = chosen.map((entry, index) => toItem(composition, entry, index));
  const defaults = entries.filter((entry) => !entry.isSpecific && !has(entry)).map((entry, index) => ({ ...toItem(composition, entry, index), isSample: true }));
  return { mentioned, all: [...mentioned, ...defaults], offerTerms };
}

/** For industries with a catalog or menu, products the menu already lists ("mugs", "candles") are not services. */
function isCatalogItem(composition: Composition, item: string): boolean {
  const categories = composition.profile.menu?.categories ?? [];
  return categories.some((category) => category.match?.test(item) === true || category.items.some((entry) => entry.name.toLowerCase().includes(item.toLowerCase())));
}

function toItem(composition: Composition, entry: ServiceEntry | { custom: string }, index: number): ServiceItem {
  if ('custom' in entry) {
    const templates = composition.profile.services.customText;
    const template = templates[index % templates.length] ?? '{item}';
    const text = capitalize(composition.fill(template, { item: entry.custom.toLowerCase() }));
    return { title: capitalize(entry.custom), text, detail: '', icon: CUSTOM_ICONS[index % CUSTOM_ICONS.length] ?? 'check', isSample: false };
  }
  const detail = composition.fill(entry.detail ?? '');
  return { title: entry.title, text: composition.fill(entry.text), detail, icon: entry.icon, isSample: detail !== '' };
}

/** The services for the home page: what was mentioned (3–6 items), topped up with defaults. */
export function homeServices(services: ResolvedServices): ServiceItem[] {
  return services.all.slice(0, Math.min(6, Math.max(3, services.mentioned.length)));
}

/** The services for the industry page: everything mentioned, at least six, at most eight. */
export function pageServices(services: ResolvedServices): ServiceItem[] {
  return services.all.slice(0, Math.min(8, Math.max(6, services.mentioned.length)));
}
