import type { z } from 'zod';
import type { SiteInput } from '../../site/index.ts';
// Type-only imports of the section files: the Site schema's Section union is built from definitions whose `type`
// is a plain string, so `Extract<Section, { type: 'features' }>` is `never`. Reading each section's props schema
// directly keeps the composer's sections checked against the real props. Nothing here exists at run time.
import type { contactForm } from '../../site/sections/contact-form.ts';
import type { contactInfo } from '../../site/sections/contact-info.ts';
import type { cta } from '../../site/sections/cta.ts';
import type { faq } from '../../site/sections/faq.ts';
import type { features } from '../../site/sections/features.ts';
import type { gallery } from '../../site/sections/gallery.ts';
import type { hero } from '../../site/sections/hero.ts';
import type { hours } from '../../site/sections/hours.ts';
import type { location } from '../../site/sections/location.ts';
import type { menu } from '../../site/sections/menu.ts';
import type { pricing } from '../../site/sections/pricing.ts';
import type { richText } from '../../site/sections/rich-text.ts';
import type { stats } from '../../site/sections/stats.ts';
import type { team } from '../../site/sections/team.ts';
import type { testimonials } from '../../site/sections/testimonials.ts';
import type { values } from '../../site/sections/values.ts';

export interface SectionProps {
  hero: z.input<typeof hero.props>;
  features: z.input<typeof features.props>;
  richText: z.input<typeof richText.props>;
  cta: z.input<typeof cta.props>;
  contactForm: z.input<typeof contactForm.props>;
  contactInfo: z.input<typeof contactInfo.props>;
  hours: z.input<typeof hours.props>;
  values: z.input<typeof values.props>;
  team: z.input<typeof team.props>;
  testimonials: z.input<typeof testimonials.props>;
  gallery: z.input<typeof gallery.props>;
  pricing: z.input<typeof pricing.props>;
  faq: z.input<typeof faq.props>;
  stats: z.input<typeof stats.props>;
  menu: z.input<typeof menu.props>;
  location: z.input<typeof location.props>;
}

type Tone = 'auto' | 'base' | 'surface' | 'primary' | 'dark';

/** One section the composer writes, typed by its section type. */
export type SectionInput = {
  [Type in keyof SectionProps]: { id: string; type: Type; props: SectionProps[Type]; style?: { tone: Tone } };
}[keyof SectionProps];

export type PageInput = Omit<SiteInput['pages'][number], 'sections'> & { sections: SectionInput[] };

export type FormField = SectionProps['contactForm']['fields'][number];
export type Icon = NonNullable<SectionProps['features']['items'][number]['icon']>;
