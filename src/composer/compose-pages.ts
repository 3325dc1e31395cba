import { capitalize } from './clean-text.ts';
import { blockSection, telHref, type BlockContext, type SectionInput } from './compose-blocks.ts';
import type { Composition } from './composition.ts';
import { pageServices } from './compose-services.ts';
import { truncate } from './fill-template.ts';
import { describeHours, usesTwelveHourClock } from './hours-text.ts';
import type { BlockKind } from './industries/index.ts';
import type { FormField, PageInput, SectionProps } from './section-types.ts';

export type { PageInput };

// The four content pages: Home, About, the industry page (Menu, Services, Pricing, Classes …) and Contact.

type Props<Type extends keyof SectionProps> = SectionProps[Type];

export interface PageContext extends Omit<BlockContext, 'pageId'> {
  heroVariant: 'centered' | 'split' | 'overlay';
}

const SEO_LIMIT = 160;

function blocks(kinds: readonly BlockKind[], context: PageContext, pageId: string): SectionInput[] {
  return kinds.map((kind) => blockSection(kind, { ...context, pageId })).filter((section): section is SectionInput => section !== undefined);
}

export function homePage(context: PageContext): PageInput {
  const c = context.composition;
  const { profile } = c;
  const eyebrow = [c.values.descriptor, c.values.place].filter(Boolean).map(capitalize).join(' · ');
  const secondary = c.facts.phone !== undefined
    ? { label: `Call ${c.facts.phone}`, href: telHref(c.facts.phone) }
    : profile.action.target === 'page'
      ? { label: 'Contact us', href: 'page:contact' }
      : { label: profile.page.linkLabel ?? `See our ${profile.page.title.toLowerCase()}`, href: `page:${profile.page.id}` };
  const hero: SectionInput = {
    id: 'home-hero',
    type: 'hero',
    props: {
      variant: context.heroVariant,
      eyebrow,
      heading: c.fill(profile.hero.heading),
      subheading: [heroText(c), foundedLine(c), openingLine(c), c.facts.flags.isLicensed && c.facts.flags.isInsured ? 'Licensed and insured.' : ''].filter(Boolean).join(' '),
      primaryAction: { label: profile.action.label, href: c.actionHref },
      secondaryAction: secondary,
    },
    ...(context.hasDarkBands ? { style: { tone: 'dark' as const } } : {}),
  };
  return {
    id: 'home',
    slug: '',
    title: 'Home',
    kind: 'page',
    seo: { title: truncate(capitalize(`${c.values.descriptor}${c.values.inPlace}`), 60), description: truncate(c.fill(profile.seo), SEO_LIMIT) },
    sections: [hero, ...blocks(profile.home, context, 'home')],
  };
}

export function aboutPage(context: PageContext): PageInput {
  const c = context.composition;
  const { profile, facts } = c;
  // The person's own words are the story when they said enough; otherwise the profile's, with the facts read.
  const story = c.ownWords ? [...c.ownWords] : profile.about.story.map((paragraph) => c.fill(paragraph));
  const factsParagraph = c.ownWords ? '' : [
    facts.foundedYear !== undefined ? `${facts.flags.isFamilyOwned ? 'Family owned' : 'In business'} since ${facts.foundedYear}, we are proud to be part of life${c.values.inPlace || ' in our community'}.` : '',
    facts.flags.isLicensed && facts.flags.isInsured ? 'We are fully licensed and insured.' : '',
  ].filter(Boolean).join(' ');
  if (factsParagraph !== '') story.splice(1, 0, factsParagraph);
  const sections: SectionInput[] = [
    {
      id: 'about-hero',
      type: 'hero',
      props: { variant: 'centered', eyebrow: 'About us', heading: `About ${c.name}`, subheading: c.fill(profile.tagline), primaryAction: { label: profile.action.label, href: c.actionHref } },
    },
    { id: 'about-story', type: 'richText', props: { variant: 'narrow', heading: c.ownWords ? 'In our own words' : 'Our story', body: story.join('\n\n') } },
  ];
  if (profile.about.values.length > 0) {
    const items = profile.about.values.map((value) => ({ title: value.title, text: c.fill(value.text) }));
    sections.push({ id: 'about-values', type: 'values', props: { variant: 'grid', heading: 'What we stand for', intro: '', items } });
  }
  if (facts.person !== undefined) {
    const member: Props<'team'>['members'][number] = { name: facts.person, role: profile.about.ownerRole, bio: `${facts.person} leads ${c.name} and looks forward to meeting you.` };
    sections.push({ id: 'about-team', type: 'team', props: { variant: 'grid', heading: 'Meet the team', intro: '', members: [member] } });
  }
  sections.push(...blocks(['cta'], context, 'about'));
  return {
    id: 'about',
    slug: 'about',
    title: 'About',
    kind: 'page',
    seo: { title: `About ${c.name}`, description: truncate(c.fill('Meet {name}, {aDescriptor}{inPlace}: our story, what we stand for and the people behind it.'), SEO_LIMIT) },
    sections,
  };
}

export function industryPage(context: PageContext): PageInput {
  const c = context.composition;
  const { page } = c.profile;
  const action = c.profile.action.target === 'page' ? { label: 'Contact us', href: 'page:contact' } : { label: c.profile.action.label, href: c.actionHref };
  const hero: SectionInput = {
    id: `${page.id}-hero`,
    type: 'hero',
    props: { variant: 'centered', eyebrow: c.name, heading: c.fill(page.heading), subheading: c.fill(page.text), primaryAction: action },
  };
  return {
    id: page.id,
    slug: page.id,
    title: page.title,
    kind: 'page',
    seo: { title: page.title, description: truncate(c.fill(page.seo), SEO_LIMIT) },
    sections: [hero, ...blocks(page.blocks, context, page.id)],
  };
}

export function contactPage(context: PageContext): PageInput {
  const c = context.composition;
  const { profile, facts } = c;
  const serviceOptions = [...pageServices(context.services).map((item) => item.title), 'Something else'];
  const fields = (profile.contact.fields ?? [
    { name: 'name', label: 'Your name', kind: 'text', required: true },
    { name: 'email', label: 'Email', kind: 'email', required: true },
    { name: 'message', label: 'Message', kind: 'textarea', required: true },
  ]).map((field): FormField => (field.kind === 'select' && (field.options ?? []).length === 0 ? { ...field, options: serviceOptions } : { ...field }));
  const sections: SectionInput[] = [
    {
      id: 'contact-form',
      type: 'contactForm',
      props: {
        variant: 'split',
        heading: c.fill(profile.contact.heading),
        intro: c.fill(profile.contact.intro),
        fields,
        submitLabel: profile.contact.submitLabel,
        successMessage: `Thank you — ${c.name} has your message and will reply soon.`,
      },
    },
  ];
  const hasDetails = facts.phone !== undefined || facts.email !== undefined || facts.city !== undefined || facts.street !== undefined;
  if (hasDetails) {
    sections.push({ id: 'contact-details', type: 'contactInfo', props: { variant: 'cards', heading: 'Contact details', intro: `The quickest ways to reach ${c.name}.` } });
  }
  if (facts.hours !== undefined) {
    const note = facts.isOpen24x7 ? 'We are available around the clock, every day of the year.' : `${capitalize(describeHours(facts.hours, usesTwelveHourClock(facts.country)))}.`;
    sections.push({ id: 'contact-hours', type: 'hours', props: { variant: 'compact', heading: 'Opening hours', note } });
  }
  if (facts.city !== undefined || facts.street !== undefined) {
    sections.push({
      id: 'contact-location',
      type: 'location',
      props: { variant: 'split', heading: `Find ${c.name}`, directions: `${c.name} is${c.values.inPlace || ' nearby'}. Send us a message if you would like directions or parking tips before your visit.`, showHours: false },
    });
  }
  return {
    id: 'contact',
    slug: 'contact',
    title: 'Contact',
    kind: 'page',
    seo: { title: `Contact ${c.name}`, description: truncate(`Contact ${c.name}${c.values.inPlace}: send a message or ${profile.action.label.toLowerCase()}.`, SEO_LIMIT) },
    sections,
  };
}

/** "Open 24/7.", "Open every day, 7am–6pm." — only when the description says so. */
function openingLine(c: PageContext['composition']): string {
  const { hours, isOpen24x7, country } = c.facts;
  if (isOpen24x7) return 'Open 24/7.';
  if (hours === undefined) return '';
  const summary = describeHours(hours, usesTwelveHourClock(country));
  return summary.startsWith('open every day') ? `${capitalize(summary)}.` : '';
}

/** "Family owned since 1987." — only when the description says so. */
function foundedLine(c: PageContext['composition']): string {
  const { foundedYear, flags } = c.facts;
  if (foundedYear === undefined) return '';
  return flags.isFamilyOwned ? `Family owned since ${foundedYear}.` : `Serving ${c.values.place || 'our customers'} since ${foundedYear}.`;
}

/** The hero's sentence: the profile's, or for the neutral layout the description's own first sentence. */
function heroText(c: Composition): string {
  const own = c.profile.hero.isOwnWordsFirst ? c.ownFirstSentence : undefined;
  return own ?? c.fill(c.profile.hero.text);
}
