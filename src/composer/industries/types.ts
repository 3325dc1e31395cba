import type { FontFamilyId, Theme } from '../../site/index.ts';
import type { FormField, Icon } from '../section-types.ts';

export type { FormField, Icon };

/**
 * A copy template: plain text with tokens the composer fills in — {name}, {place|fallback}, {city|fallback},
 * {inPlace} (" in Austin" or nothing), {audience|fallback}, {descriptor} ("vegan bakery") and {c} (currency).
 */
export type Template = string;


/** A keyword (regular expression source, matched as whole words, any case) and how much it counts. */
export type Keyword = readonly [pattern: string, weight: number];

/** Blocks a page is built from; the composer knows how to turn each into sections. */
export type BlockKind = 'services' | 'menu' | 'menu-preview' | 'pricing' | 'process' | 'gallery' | 'stats' | 'testimonials' | 'faq' | 'cta';

/**
 * A particular some businesses of a family have: found in stock copy by one pattern, and said by the description when
 * it matches it (or the second pattern, when what the description says differs from the copy's words).
 */
export type Particular = RegExp | readonly [inCopy: RegExp, said: RegExp];

export interface Look {
  colors: Theme['colors'];
  /** Curated families only (never a legacy id): the pairing this kind of business gets. */
  heading: FontFamilyId;
  body: FontFamilyId;
  radius: Theme['radius'];
  density: Theme['density'];
  typeScale: number;
  headingWeight: Theme['headingWeight'];
  hero: 'centered' | 'split' | 'overlay';
  servicesVariant: 'cards' | 'list' | 'alternating';
}

export interface ServiceEntry {
  title: string;
  text: Template;
  /** A price or duration line; {c} is the currency symbol. */
  detail?: Template;
  icon: Icon;
  /** When the description mentions this, the entry is listed first. */
  match?: RegExp;
  /** Listed only when the description mentions it (beach cleanups are not for every nonprofit). */
  isSpecific?: boolean;
}

export interface MenuItemEntry {
  name: string;
  description: string;
  price: Template;
  tags?: readonly string[];
}

export interface MenuCategoryEntry {
  name: string;
  description?: string;
  /** When the description mentions this, the category is listed first. */
  match?: RegExp;
  items: readonly MenuItemEntry[];
}

export interface PlanEntry {
  name: string;
  price: Template;
  period: string;
  description: Template;
  features: readonly string[];
  isFeatured?: boolean;
}

export interface IndustryProfile {
  readonly id: string;
  /** For people: "Bakery", "Law firm". */
  readonly label: string;
  /** Lower-case noun for copy: "bakery" → "vegan bakery in Austin". */
  readonly noun: string;
  /** A more precise noun when the description uses one: [/garden cent(?:er|re)/i, 'garden center']. */
  readonly nouns?: readonly (readonly [RegExp, string])[];
  /** Title-case noun for invented names: "Bakery" → "Downtown Bakery". */
  readonly nameNoun: string;
  /** First words of invented names when no place is known: "Rise & Shine" → "Rise & Shine Bakery". */
  readonly keywords: readonly Keyword[];
  /**
   * What only some businesses of the family have, beyond the specific services: stock copy naming one is said only
   * when the description names it too (./profile-as-said.ts). A barbershop does no balayage; a kennel may not groom.
   */
  readonly particulars?: readonly Particular[];
  readonly look: Look;
  /** The main call to action, and where it leads: the contact page or the industry page. */
  readonly action: { label: string; target: 'contact' | 'page' };
  readonly tagline: Template;
  /** `isOwnWordsFirst`: the hero says the description's first sentence when there is one (the neutral layout). */
  readonly hero: { heading: Template; text: Template; isOwnWordsFirst?: boolean };
  readonly services: { heading: Template; intro: Template; items: readonly ServiceEntry[]; customText: readonly Template[] };
  readonly menu?: {
    heading: Template;
    intro: Template;
    note: Template;
    categories: readonly MenuCategoryEntry[];
    /** A catalog: when the description names some categories ("mugs"), show only those and the unmatched general ones. */
    isCatalog?: boolean;
    /** Menus for a qualifier the description uses ("italian"), replacing `categories`. */
    alternatives?: Readonly<Record<string, readonly MenuCategoryEntry[]>>;
  };
  readonly pricing?: { heading: Template; intro: Template; note: Template; plans: readonly PlanEntry[] };
  readonly process?: { heading: Template; intro: Template; steps: readonly { title: string; text: Template }[] };
  readonly gallery?: { heading: Template; intro: Template; captions: readonly string[] };
  readonly about: { story: readonly Template[]; values: readonly { title: string; text: Template }[]; ownerRole: string };
  readonly testimonials: readonly { quote: Template; author: string; detail: string }[];
  readonly faq: readonly { question: string; answer: Template }[];
  readonly cta: { heading: Template; text: Template };
  readonly contact: { heading: Template; intro: Template; submitLabel: string; fields?: readonly FormField[] };
  readonly home: readonly BlockKind[];
  /** The page that fits the business: Menu, Services, Pricing, Classes, Portfolio … */
  readonly page: {
    id: string;
    title: string;
    /** Text of links to the page when "See <title>" reads badly. */
    linkLabel?: string;
    heading: Template;
    text: Template;
    blocks: readonly BlockKind[];
    seo: Template;
  };
  /** Meta description of the home page (≤ 160 characters once filled). */
  readonly seo: Template;
  /** An example description for the template gallery. */
  readonly starterPrompt: string;
}
