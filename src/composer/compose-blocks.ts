import { capitalize } from './clean-text.ts';
import { homeServices, pageServices, type ResolvedServices } from './compose-services.ts';
import type { Composition } from './composition.ts';
import { isDietary } from './extract-details.ts';
import { describeHours, isOpenEveryDay, usesTwelveHourClock } from './hours-text.ts';
import type { BlockKind, MenuCategoryEntry } from './industries/index.ts';
import type { SectionInput, SectionProps } from './section-types.ts';

export type { SectionInput };

// Blocks → sections. Each builder returns one section of the Site document, or undefined when the business has
// nothing true to put in it (no stats without facts, no menu for a law firm).

type Props<Type extends keyof SectionProps> = SectionProps[Type];

export interface BlockContext {
  composition: Composition;
  services: ResolvedServices;
  pageId: string;
  /** Paint the call-to-action band dark (black was asked for). */
  hasDarkBands: boolean;
}

const BLOCK_IDS: Record<BlockKind, string> = {
  services: 'services', menu: 'menu', 'menu-preview': 'menu-preview', pricing: 'pricing', process: 'process',
  gallery: 'gallery', stats: 'highlights', testimonials: 'testimonials', faq: 'faq', cta: 'cta',
};

export function blockSection(kind: BlockKind, context: BlockContext): SectionInput | undefined {
  const id = BLOCK_IDS[kind] === context.pageId ? `${context.pageId}-list` : `${context.pageId}-${BLOCK_IDS[kind]}`;
  const { composition: c } = context;
  const { profile } = c;
  switch (kind) {
    case 'services': {
      const isHome = context.pageId === 'home';
      const items = (isHome ? homeServices(context.services) : pageServices(context.services)).map((item) => ({ title: item.title, text: item.text, detail: item.detail, icon: item.icon, ...asSample(item.isSample) }));
      // A profile with no services of its own (the general layout) shows only what the description lists.
      if (items.length === 0) return undefined;
      const props: Props<'features'> = {
        variant: isHome ? profile.look.servicesVariant : 'list',
        heading: c.fill(profile.services.heading),
        intro: c.fill(profile.services.intro),
        items,
      };
      return { id, type: 'features', props };
    }
    case 'menu':
    case 'menu-preview': {
      const props = menuProps(c, kind === 'menu-preview');
      return props === undefined ? undefined : { id, type: 'menu', props };
    }
    case 'pricing': {
      const pricing = profile.pricing;
      if (pricing === undefined || pricing.plans.length === 0) return undefined;
      const props: Props<'pricing'> = {
        variant: 'cards',
        heading: c.fill(pricing.heading),
        intro: c.fill(pricing.intro),
        note: c.fill(pricing.note),
        plans: pricing.plans.map((plan) => ({
          name: plan.name,
          price: c.fill(plan.price),
          period: plan.period,
          description: c.fill(plan.description),
          features: [...plan.features],
          action: { label: plan.isFeatured ? profile.action.label : `Choose ${plan.name}`, href: 'page:contact' },
          isFeatured: plan.isFeatured ?? false,
          sample: true,
        })),
      };
      return { id, type: 'pricing', props };
    }
    case 'process': {
      const process = profile.process;
      if (process === undefined || process.steps.length < 2) return undefined;
      const props: Props<'values'> = { variant: 'numbered', heading: c.fill(process.heading), intro: c.fill(process.intro), items: process.steps.map((step) => ({ title: step.title, text: c.fill(step.text) })) };
      return { id, type: 'values', props };
    }
    case 'gallery': {
      const gallery = profile.gallery;
      if (gallery === undefined || gallery.captions.length === 0) return undefined;
      const captions = context.pageId === 'home' ? gallery.captions.slice(0, 3) : gallery.captions;
      const props: Props<'gallery'> = { variant: context.pageId === 'home' ? 'grid' : 'masonry', heading: c.fill(gallery.heading), intro: c.fill(gallery.intro), items: captions.map((caption) => ({ caption })) };
      return { id, type: 'gallery', props };
    }
    case 'stats': {
      const items = factStats(c);
      return items.length < 2 ? undefined : { id, type: 'stats', props: { variant: 'row', heading: '', items } };
    }
    case 'testimonials': {
      if (profile.testimonials.length === 0) return undefined;
      const props: Props<'testimonials'> = {
        variant: 'cards',
        heading: `What people say about ${c.name}`,
        items: profile.testimonials.map((item) => ({ quote: c.fill(item.quote), author: item.author, detail: item.detail, sample: true })),
      };
      return { id, type: 'testimonials', props };
    }
    case 'faq': {
      const items = faqItems(c);
      if (items.length === 0) return undefined;
      const props: Props<'faq'> = { variant: 'accordion', heading: 'Questions and answers', items };
      return { id, type: 'faq', props };
    }
    case 'cta': {
      const props: Props<'cta'> = {
        variant: 'banner',
        heading: c.fill(profile.cta.heading),
        text: c.fill(profile.cta.text),
        primaryAction: { label: profile.action.label, href: c.actionHref },
        ...(c.facts.phone !== undefined ? { secondaryAction: { label: `Call ${c.facts.phone}`, href: telHref(c.facts.phone) } } : {}),
      };
      return { id, type: 'cta', props, style: { tone: context.hasDarkBands ? 'dark' : 'primary' } };
    }
  }
}

export function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
}

function menuProps(c: Composition, isPreview: boolean): Props<'menu'> | undefined {
  const menu = c.profile.menu;
  if (menu === undefined || menu.categories.length === 0) return undefined;
  const alternative = c.facts.qualifiers.map((qualifier) => menu.alternatives?.[qualifier]).find((categories) => categories !== undefined);
  const categories = orderCategories(alternative ?? menu.categories, c.mentionText, menu.isCatalog === true);
  const dietary = c.facts.qualifiers.filter(isDietary);
  const shown = isPreview ? categories.slice(0, 1) : categories;
  return {
    variant: isPreview ? 'cards' : 'list',
    heading: isPreview ? `From ${c.name}` : c.fill(menu.heading),
    intro: c.fill(menu.intro),
    categories: shown.map((category) => ({
      name: category.name,
      description: category.description ?? '',
      items: category.items.slice(0, isPreview ? 4 : 60).map((item) => ({
        name: item.name,
        description: item.description,
        price: c.fill(item.price),
        tags: [...new Set([...(item.tags ?? []), ...dietary])].slice(0, 6),
        sample: true,
      })),
    })),
    note: [dietary.length > 0 ? `Everything here is ${dietary.join(' and ')}.` : '', c.fill(menu.note)].filter(Boolean).join(' '),
  };
}

/** A menu keeps its order (starters before desserts); a catalog shows what the description names, plus general categories. */
function orderCategories(categories: readonly MenuCategoryEntry[], text: string, isCatalog: boolean): MenuCategoryEntry[] {
  const mentioned = categories.filter((category) => category.match?.test(text) === true);
  const rest = categories.filter((category) => !mentioned.includes(category));
  if (!isCatalog) return [...categories];
  if (mentioned.length > 0) return [...mentioned, ...rest.filter((category) => category.match === undefined)];
  return [...categories];
}

/** Figures the description states — never invented ones. */
function factStats(c: Composition): { value: string; label: string }[] {
  const { facts } = c;
  const items: { value: string; label: string }[] = [];
  if (facts.foundedYear !== undefined) items.push({ value: `Since ${facts.foundedYear}`, label: facts.flags.isFamilyOwned ? 'family owned and run' : `serving ${c.values.place || 'our customers'}` });
  else if (facts.flags.isFamilyOwned) items.push({ value: 'Family', label: 'owned and run' });
  if (facts.isOpen24x7) items.push({ value: '24/7', label: c.profile.id === 'plumbing' || c.profile.id === 'electrician' ? 'emergency service' : 'open every day and night' });
  else if (facts.hours !== undefined && isOpenEveryDay(facts.hours)) items.push({ value: '7 days', label: 'a week' });
  if (facts.flags.isLicensed || facts.flags.isInsured) {
    items.push(facts.flags.isLicensed && facts.flags.isInsured ? { value: 'Licensed', label: 'and fully insured' } : { value: facts.flags.isLicensed ? 'Licensed' : 'Insured', label: 'for your peace of mind' });
  }
  if (facts.flags.hasFreeConsultation) items.push({ value: 'Free', label: /quote|estimate/i.test(c.mentionText) ? 'quotes' : 'consultations' });
  if (facts.flags.hasOnline && facts.flags.hasInPerson) items.push({ value: 'Online', label: 'and in person' });
  if (facts.flags.hasPickup) items.push({ value: 'Pickup', label: 'and drop-off available' });
  if (facts.flags.canTravel) items.push({ value: 'Will travel', label: 'for your day' });
  if (facts.flags.hasEmergency && !facts.isOpen24x7) items.push({ value: 'Emergency', label: 'visits available' });
  return items.slice(0, 4);
}

function faqItems(c: Composition): { question: string; answer: string }[] {
  const items = c.profile.faq.map((item) => ({ question: c.fill(item.question), answer: c.fill(item.answer) }));
  if (c.facts.hours !== undefined) items.unshift({ question: 'When are you open?', answer: `${capitalize(describeHours(c.facts.hours, usesTwelveHourClock(c.facts.country)))}.` });
  if (c.facts.street !== undefined) items.push({ question: `Where is ${c.name}?`, answer: `You will find us at ${c.facts.street}${c.values.inPlace}. See the contact page for directions.` });
  if (c.facts.phone !== undefined) items.push({ question: 'Can I call you?', answer: `Yes — call ${c.facts.phone}, or send a message through the contact page.` });
  return items.slice(0, 8);
}

/** The Sample flag (src/site) on an item PageHub wrote rather than read: the editor badges it, publishing asks. */
function asSample(isSample: boolean): { sample?: true } {
  return isSample ? { sample: true } : {};
}
