import type { z } from 'zod';
import type { SectionDefinition } from './section-definition.ts';
import { blogList } from './sections/blog-list.ts';
import { contactForm } from './sections/contact-form.ts';
import { contactInfo } from './sections/contact-info.ts';
import { cta } from './sections/cta.ts';
import { faq } from './sections/faq.ts';
import { features } from './sections/features.ts';
import { gallery } from './sections/gallery.ts';
import { hero } from './sections/hero.ts';
import { hours } from './sections/hours.ts';
import { location } from './sections/location.ts';
import { logos } from './sections/logos.ts';
import { menu } from './sections/menu.ts';
import { pricing } from './sections/pricing.ts';
import { richText } from './sections/rich-text.ts';
import { stats } from './sections/stats.ts';
import { team } from './sections/team.ts';
import { testimonials } from './sections/testimonials.ts';
import { values } from './sections/values.ts';

/** The section catalog: adding a section type means adding one file under sections/ and listing it here. */
export const SECTION_CATALOG = [
  hero, features, richText, cta, contactForm, contactInfo, hours, values, team,
  testimonials, gallery, pricing, faq, stats, logos, menu, location, blogList,
] as const;

export type SectionType = (typeof SECTION_CATALOG)[number]['type'];

/** What each section type's props accept (defaults may be left out), keyed by type: `SectionPropsInput['cta']`. */
export type SectionPropsInput = { [Definition in (typeof SECTION_CATALOG)[number] as Definition['type']]: z.input<Definition['props']> };

/** What each section type's props hold once validated (defaults filled in): `SectionProps['contactForm']`. */
export type SectionProps = { [Definition in (typeof SECTION_CATALOG)[number] as Definition['type']]: z.output<Definition['props']> };

const byType = new Map<string, SectionDefinition>(SECTION_CATALOG.map((definition) => [definition.type, definition as unknown as SectionDefinition]));

export function sectionDefinition(type: string): SectionDefinition | undefined {
  return byType.get(type);
}

export const SECTION_TYPES = SECTION_CATALOG.map((definition) => definition.type) as [SectionType, ...SectionType[]];
