// The words the offline composer writes itself when a description is not in English: navigation, headings,
// buttons, the contact form, meta descriptions and the legal pages. The business's own words (its name, its
// description, the list of what it offers) fill the rest, so nothing here makes a claim about a business.
//
// Templates take {name}, {inPlace} (" em Lisboa" or nothing), {place}, {phone}, {page} (the offer page's title),
// {contact} (a sentence with the email or the contact page) and {email}.

/** The languages with a phrase book; English sites are composed from the industry profiles. */
export type PhraseLocale = 'pt' | 'es' | 'fr' | 'de' | 'it' | 'nl';

/** A heading and its paragraph of a legal page; a paragraph of lines starting with "- " is a list. */
export type LegalSection = readonly [heading: string, body: string];

export interface PhraseBook {
  /** The language's name in English, for the notes the person reads in the editor. */
  englishName: string;
  /** How copy says where a business is: " em Lisboa", " in Köln". */
  inPlace: string;
  /** The last "and" of a list: "a, b e c". */
  and: string;
  nav: { home: string; about: string; contact: string };
  /** The offer page's title by the layout family's page id (menu, rooms, classes …); `services` for the rest. */
  offerPage: Readonly<Record<string, string>> & { services: string };
  action: string;
  call: string;
  offerHeading: string;
  offerText: string;
  about: { eyebrow: string; heading: string; ownWords: string };
  cta: { heading: string; text: string };
  contact: {
    heading: string;
    intro: string;
    name: string;
    email: string;
    message: string;
    submit: string;
    success: string;
    detailsHeading: string;
    detailsIntro: string;
    hoursHeading: string;
    findHeading: string;
    directions: string;
  };
  seo: { home: string; offer: string; about: string; contact: string };
  privacy: { title: string; description: string; sections: readonly LegalSection[] };
  terms: { title: string; description: string; sections: readonly LegalSection[] };
  legalContact: { withEmail: string; withoutEmail: string };
}
