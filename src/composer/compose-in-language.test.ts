import { describe, expect, it } from 'vitest';
import { composeInLanguage } from './compose-in-language.ts';
import { createComposition } from './composition.ts';
import { extractFacts, readableText } from './extract-facts.ts';
import { INDUSTRIES } from './industries/index.ts';
import { PHRASE_BOOKS, type PhraseLocale } from './languages/index.ts';

// Every layout family composes in every phrase-book language: its offer page takes the language's title, and no
// sentence of the family's English copy comes with it.

const DESCRIPTIONS: Record<PhraseLocale, string> = {
  pt: 'Estúdio Alfama, em Lisboa: consultas, workshops, encomendas e visitas guiadas. Ligue 912 345 678.',
  es: 'Estudio Triana, en Sevilla: consultas, talleres, encargos y visitas guiadas. Llame al 954 123 456.',
  fr: 'Atelier Croix-Rousse, à Lyon : consultations, ateliers, commandes et visites guidées. Appelez le 04 72 00 00 00.',
  de: 'Werkstatt Ehrenfeld in Köln: Beratung, Workshops, Bestellungen und Führungen. Rufen Sie 0221 555 123 an.',
  it: 'Bottega Brera a Milano: consulenze, laboratori, ordini e visite guidate. Chiamate il 02 555 1234.',
  nl: 'Atelier Jordaan in Amsterdam: advies, workshops, bestellingen en rondleidingen. Bel 020 555 1234.',
};

describe.each(Object.keys(PHRASE_BOOKS) as PhraseLocale[])('composing in %s', (locale) => {
  const text = readableText(DESCRIPTIONS[locale]).text;
  const facts = extractFacts(text);
  const words = PHRASE_BOOKS[locale];

  it.each(INDUSTRIES.map((profile) => [profile.id, profile] as const))('the %s family', (_id, profile) => {
    const { site } = composeInLanguage(createComposition(facts, profile, text), locale, text);
    expect(site.locales.default).toBe(locale);
    const offer = site.pages.find((page) => page.id === profile.page.id);
    expect(offer?.title).toBe(words.offerPage[profile.page.id] ?? words.offerPage.services);
    expect(site.navigation.items.map((item) => item.label)).toContain(offer?.title);
    const json = JSON.stringify(site);
    for (const sentence of [profile.cta.heading, profile.contact.intro, profile.services.heading, ...profile.faq.map((item) => item.question)]) {
      if (!/\{/.test(sentence) && sentence.length > 8) expect(json).not.toContain(sentence);
    }
  });
});
