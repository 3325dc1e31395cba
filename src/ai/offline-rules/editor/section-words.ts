import { sectionDefinition } from '../../../site/index.ts';
import { phrasePattern } from './values.ts';

// How people name sections in a chat: the catalog label ("Call to action", "Services / features"), the type
// split into words ("contact form"), and the everyday words below. Used to find the other section a layout
// request is relative to ("above the features").

const EVERYDAY_WORDS: Readonly<Record<string, readonly string[]>> = {
  hero: ['hero', 'header', 'top banner'],
  features: ['features', 'services', 'service list', 'offerings'],
  richText: ['text', 'story', 'about text', 'text block'],
  cta: ['call to action', 'cta', 'banner'],
  contactForm: ['contact form', 'form', 'enquiry form', 'inquiry form'],
  contactInfo: ['contact details', 'contact info', 'contact information'],
  hours: ['opening hours', 'hours'],
  values: ['values', 'principles'],
  team: ['team', 'staff', 'people'],
  testimonials: ['testimonials', 'reviews', 'quotes'],
  gallery: ['gallery', 'photos', 'pictures', 'portfolio'],
  pricing: ['pricing', 'prices', 'plans', 'packages', 'price table', 'pricing table'],
  faq: ['faq', 'faqs', 'questions', 'q&a'],
  stats: ['stats', 'statistics', 'numbers', 'figures'],
  logos: ['logos', 'clients', 'partners'],
  menu: ['menu', 'catalog', 'price list'],
  location: ['location', 'map', 'directions', 'find us'],
  blogList: ['blog', 'posts', 'blog posts'],
};

export function sectionWords(type: string): string[] {
  const label = sectionDefinition(type)?.label ?? type;
  const fromType = type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const fromLabel = label.toLowerCase().split('/').map((part) => part.trim());
  return [...new Set([...(EVERYDAY_WORDS[type] ?? []), fromType, ...fromLabel])].sort((first, second) => second.length - first.length);
}

/** A short name for summaries: "Testimonials", "Call to action". */
export function sectionName(type: string): string {
  return (sectionDefinition(type)?.label ?? type).split(' / ')[0]!;
}

export interface Mention {
  index: number;
  /** Where in the prompt the section is named. */
  at: number;
}

/** The sections of `sections` (a page's list) named in `text`, in the order the text names them. */
export function mentionedSections(text: string, sections: readonly { id: string; type: string }[]): Mention[] {
  const mentions: Mention[] = [];
  sections.forEach((section, index) => {
    const positions = [section.id, ...sectionWords(section.type)].map((word) => phrasePattern(word).exec(text)?.index).filter((at): at is number => at !== undefined);
    if (positions.length > 0) mentions.push({ index, at: Math.min(...positions) });
  });
  return mentions.sort((first, second) => first.at - second.at || first.index - second.index);
}
