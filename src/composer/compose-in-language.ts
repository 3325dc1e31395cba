// A site in the description's own language (pt, es, fr, de, it, nl): the layout family's look and its offer page,
// every sentence either the person's own words (the description, what it lists, its facts) or a phrase of the
// language's phrase book (./languages). PageHub's ready-made copy of each trade exists in English only, so none of
// it is used: nothing on these sites is said for the business that it didn't say.
import { CURRENT_SCHEMA_VERSION, parseSite, type Site, type SiteInput } from '../site/index.ts';
import { splitSentences } from './clean-text.ts';
import { telHref, type SectionInput } from './compose-blocks.ts';
import type { PageInput } from './compose-pages.ts';
import { composeTheme } from './compose-theme.ts';
import type { Composition } from './composition.ts';
import { truncate } from './fill-template.ts';
import { listedItems, PHRASE_BOOKS, say, type LegalSection, type PhraseBook, type PhraseLocale } from './languages/index.ts';

const SEO_LIMIT = 160;
const HOME_ITEMS = 6;
/** An offer page needs at least this many listed items; with fewer, what there is stays on the home page. */
const MIN_OFFER_ITEMS = 2;

export function isPhraseLocale(locale: string): locale is PhraseLocale {
  return Object.hasOwn(PHRASE_BOOKS, locale);
}

export interface LanguageSite {
  site: Site;
  /** The pages, for the notes. */
  pages: PageInput[];
}

export function composeInLanguage(c: Composition, locale: PhraseLocale, text: string): LanguageSite {
  const words = PHRASE_BOOKS[locale];
  const { facts, profile, name } = c;
  const place = [facts.area, facts.city].filter(Boolean).join(', ');
  const values = {
    name,
    place,
    inPlace: place === '' ? '' : say(words.inPlace, { place }),
    phone: facts.phone ?? '',
    email: facts.email ?? '',
  };
  const phrase = (template: string, extra: Record<string, string> = {}) => say(template, { ...values, ...extra });
  const items = listedItems(text, words.and, [name, facts.city ?? '', facts.area ?? '', facts.region ?? '']);
  const offerTitle = words.offerPage[profile.page.id] ?? words.offerPage.services;
  const hasOfferPage = items.length >= MIN_OFFER_ITEMS;
  const tagline = facts.trade?.isSure ? facts.trade.label : '';
  const firstSentence = c.ownWords !== undefined ? (splitSentences(c.ownWords[0] ?? '')[0] ?? '') : text.trim();
  const homeDescription = truncate(firstSentence || phrase(words.seo.home), SEO_LIMIT);
  const contactAction = { label: words.action, href: 'page:contact' };
  const callAction = facts.phone !== undefined ? { label: phrase(words.call), href: telHref(facts.phone) } : undefined;
  const cta: SectionInput = {
    id: 'cta', type: 'cta',
    props: { variant: 'banner', heading: phrase(words.cta.heading), text: phrase(words.cta.text), primaryAction: contactAction, ...(callAction ? { secondaryAction: callAction } : {}) },
  };
  const ctaOn = (pageId: string): SectionInput => ({ ...cta, id: `${pageId}-cta` });
  const offerSection = (pageId: string, list: readonly string[], variant: 'cards' | 'list' | 'alternating'): SectionInput[] => (list.length === 0 ? [] : [{
    id: pageId === 'home' ? 'home-services' : `${pageId}-list`,
    type: 'features',
    props: { variant, heading: phrase(words.offerHeading), intro: '', items: list.map((title) => ({ title, text: '', icon: 'check' as const })) },
  }]);

  const home: PageInput = {
    id: 'home', slug: '', title: words.nav.home, kind: 'page',
    seo: { title: truncate([tagline, place].filter(Boolean).join(' · ') || name, 60), description: homeDescription },
    sections: [
      {
        id: 'home-hero', type: 'hero',
        props: {
          variant: profile.look.hero, eyebrow: [tagline, place].filter(Boolean).join(' · '), heading: name, subheading: firstSentence,
          primaryAction: contactAction,
          secondaryAction: callAction ?? (hasOfferPage ? { label: offerTitle, href: `page:${profile.page.id}` } : { label: words.nav.about, href: 'page:about' }),
        },
      },
      ...offerSection('home', items.slice(0, HOME_ITEMS), profile.look.servicesVariant),
      ctaOn('home'),
    ],
  };
  const offer: PageInput = {
    id: profile.page.id, slug: profile.page.id, title: offerTitle, kind: 'page',
    seo: { title: offerTitle, description: truncate(phrase(words.seo.offer, { page: offerTitle }), SEO_LIMIT) },
    sections: [
      { id: `${profile.page.id}-hero`, type: 'hero', props: { variant: 'centered', eyebrow: name, heading: offerTitle, subheading: phrase(words.offerText), primaryAction: contactAction } },
      ...offerSection(profile.page.id, items, 'list'),
      ctaOn(profile.page.id),
    ],
  };
  const about: PageInput = {
    id: 'about', slug: 'about', title: words.nav.about, kind: 'page',
    seo: { title: phrase(words.about.heading), description: truncate(phrase(words.seo.about), SEO_LIMIT) },
    sections: [
      { id: 'about-hero', type: 'hero', props: { variant: 'centered', eyebrow: words.about.eyebrow, heading: phrase(words.about.heading), subheading: tagline, primaryAction: contactAction } },
      { id: 'about-story', type: 'richText', props: { variant: 'narrow', heading: words.about.ownWords, body: (c.ownWords ?? [text.trim()]).join('\n\n') } },
      ctaOn('about'),
    ],
  };
  const pages = [home, ...(hasOfferPage ? [offer] : []), about, contactPage(c, words, phrase), legalPage('privacy', words.privacy, c, words, phrase), legalPage('terms', words.terms, c, words, phrase)];
  const document: SiteInput = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name,
    business: {
      name,
      tagline,
      description: truncate(firstSentence || phrase(words.seo.home), 300),
      industry: profile.id,
      email: facts.email ?? '',
      phone: facts.phone ?? '',
      address: { street: facts.street ?? '', city: facts.city ?? '', region: facts.region !== undefined && facts.region !== facts.city ? facts.region : '', postalCode: facts.postalCode ?? '', country: facts.country ?? '' },
      ...(facts.hours !== undefined ? { hours: facts.hours } : {}),
      socials: facts.socials,
    },
    theme: composeTheme(profile, facts).theme,
    navigation: {
      items: [
        { label: words.nav.home, href: 'page:home' },
        ...(hasOfferPage ? [{ label: offerTitle, href: `page:${profile.page.id}` }] : []),
        { label: words.nav.about, href: 'page:about' },
        { label: words.nav.contact, href: 'page:contact' },
      ],
      cta: contactAction,
    },
    footer: {
      text: [name, tagline].filter(Boolean).join(' — ') + (place ? ` · ${place}` : ''),
      links: [{ label: words.privacy.title, href: 'page:privacy' }, { label: words.terms.title, href: 'page:terms' }],
      showSocials: true,
    },
    locales: { default: locale, available: [locale] },
    seo: { titleTemplate: `%s · ${name}`, description: homeDescription },
    pages,
  };
  return { site: parseSite(document), pages };
}

type Phrase = (template: string, extra?: Record<string, string>) => string;

function contactPage(c: Composition, words: PhraseBook, phrase: Phrase): PageInput {
  const { facts, name } = c;
  const text = words.contact;
  const sections: SectionInput[] = [{
    id: 'contact-form', type: 'contactForm',
    props: {
      variant: 'split', heading: text.heading, intro: text.intro,
      fields: [
        { name: 'name', label: text.name, kind: 'text', required: true },
        { name: 'email', label: text.email, kind: 'email', required: true },
        { name: 'message', label: text.message, kind: 'textarea', required: true },
      ],
      submitLabel: text.submit,
      successMessage: phrase(text.success),
    },
  }];
  if (facts.phone !== undefined || facts.email !== undefined || facts.city !== undefined || facts.street !== undefined) {
    sections.push({ id: 'contact-details', type: 'contactInfo', props: { variant: 'cards', heading: text.detailsHeading, intro: phrase(text.detailsIntro) } });
  }
  if (facts.hours !== undefined) sections.push({ id: 'contact-hours', type: 'hours', props: { variant: 'compact', heading: text.hoursHeading, note: '' } });
  if (facts.city !== undefined || facts.street !== undefined) {
    sections.push({ id: 'contact-location', type: 'location', props: { variant: 'split', heading: text.findHeading, directions: phrase(text.directions), showHours: false } });
  }
  return {
    id: 'contact', slug: 'contact', title: words.nav.contact, kind: 'page',
    seo: { title: `${words.nav.contact} · ${name}`, description: truncate(phrase(words.seo.contact), SEO_LIMIT) },
    sections,
  };
}

function legalPage(id: 'privacy' | 'terms', page: { title: string; description: string; sections: readonly LegalSection[] }, c: Composition, words: PhraseBook, phrase: Phrase): PageInput {
  const contact = phrase(c.facts.email === undefined ? words.legalContact.withoutEmail : words.legalContact.withEmail);
  const body = page.sections.flatMap(([heading, paragraph]) => [...(heading ? [`### ${heading}`] : []), phrase(paragraph, { contact })]).join('\n\n');
  return {
    id, slug: id, title: page.title, kind: 'legal',
    seo: { title: page.title, description: truncate(phrase(page.description), SEO_LIMIT) },
    sections: [{ id: `${id}-text`, type: 'richText', props: { variant: 'narrow', heading: page.title, body } }],
  };
}
