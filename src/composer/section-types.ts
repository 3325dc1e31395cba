import type { SectionPropsInput, SiteInput } from '../site/index.ts';

/** The section types the composer writes, with the props each accepts (derived from the site's catalog). */
export type SectionProps = SectionPropsInput;

type Tone = 'auto' | 'base' | 'surface' | 'primary' | 'dark';

/** One section the composer writes, typed by its section type. */
export type SectionInput = {
  [Type in keyof SectionProps]: { id: string; type: Type; props: SectionProps[Type]; style?: { tone: Tone } };
}[keyof SectionProps];

export type PageInput = Omit<SiteInput['pages'][number], 'sections'> & { sections: SectionInput[] };

export type FormField = SectionProps['contactForm']['fields'][number];
export type Icon = NonNullable<SectionProps['features']['items'][number]['icon']>;
