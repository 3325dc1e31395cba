import { CURRENT_SCHEMA_VERSION, parseSite, type Site, type SiteInput } from '../site/index.ts';
import { resolveServices } from './compose-services.ts';
import { composeInLanguage, isPhraseLocale } from './compose-in-language.ts';
import { composeNotes, type ComposeNote } from './compose-notes.ts';
import { aboutPage, contactPage, homePage, industryPage, type PageContext } from './compose-pages.ts';
import { composeTheme } from './compose-theme.ts';
import { createComposition, withOffer } from './composition.ts';
import { extractFacts, readableText } from './extract-facts.ts';
import type { ExtractedFacts } from './facts.ts';
import { capitalize } from './clean-text.ts';
import { truncate } from './fill-template.ts';
import { industryById } from './industries/index.ts';
import { PHRASE_BOOKS } from './languages/index.ts';
import { privacyPage, termsPage } from './legal-pages.ts';

export interface ComposeResult {
  site: Site;
  /** What was assumed or invented, each with where the person fixes it. */
  notes: ComposeNote[];
  facts: ExtractedFacts;
}

export function composeSite(prompt: string): ComposeResult {
  const facts = extractFacts(prompt);
  const { text } = readableText(prompt);
  const draft = createComposition(facts, industryById(facts.industry), text);
  const { profile } = draft;
  const hadMarkup = /<[^>]*>/.test(prompt);
  if (isPhraseLocale(facts.locale)) {
    const { site, pages } = composeInLanguage(draft, facts.locale, text);
    return { site, notes: composeNotes(draft, { pages, hadMarkup, writtenIn: PHRASE_BOOKS[facts.locale].englishName }), facts };
  }
  const services = resolveServices(draft);
  const composition = withOffer(draft, services.offerTerms);
  const { theme, heroVariant, hasDarkBands } = composeTheme(profile, facts);
  const context: PageContext = { composition, services, hasDarkBands, heroVariant };
  const pages = [homePage(context), industryPage(context), aboutPage(context), contactPage(context), privacyPage(composition), termsPage(composition)];
  const { name } = composition;
  const document: SiteInput = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    name,
    business: {
      name,
      tagline: composition.fill(profile.tagline),
      description: truncate(composition.fill(profile.seo), 300),
      industry: profile.id,
      email: facts.email ?? '',
      phone: facts.phone ?? '',
      address: {
        street: facts.street ?? '',
        city: facts.city ?? '',
        region: facts.region !== undefined && facts.region !== facts.city ? facts.region : '',
        postalCode: facts.postalCode ?? '',
        country: facts.country ?? '',
      },
      ...(facts.hours !== undefined ? { hours: facts.hours } : {}),
      socials: facts.socials,
    },
    theme,
    navigation: {
      items: [
        { label: 'Home', href: 'page:home' },
        { label: profile.page.title, href: `page:${profile.page.id}` },
        { label: 'About', href: 'page:about' },
        { label: 'Contact', href: 'page:contact' },
      ],
      cta: { label: profile.action.label, href: composition.actionHref },
    },
    footer: {
      text: `${name} — ${composition.fill(profile.tagline)}${composition.values.place ? ` · ${capitalize(composition.values.place)}` : ''}`,
      links: [
        { label: 'Privacy policy', href: 'page:privacy' },
        { label: 'Terms of use', href: 'page:terms' },
      ],
      showSocials: true,
    },
    locales: { default: 'en', available: ['en'] },
    seo: { titleTemplate: `%s · ${name}`, description: truncate(composition.fill(profile.seo), 160) },
    pages,
  };
  const site = parseSite(document);
  return { site, notes: composeNotes(composition, { pages, hadMarkup }), facts };
}
