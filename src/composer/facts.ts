import type { Hours } from '../site/index.ts';
import type { ComposerLocale } from './detect-locale.ts';

/** What the offline composer read in a description. Everything is optional except what it always decides. */
export interface ExtractedFacts {
  /** The business name as written (cleaned of markup), or undefined when none was found. */
  name: string | undefined;
  /** How the name was found: 'quoted', 'called', 'leading', 'person' … */
  nameSource: string | undefined;
  /** A person the description names ("Dr. Ana Souza", "Sam Lee"). */
  person: string | undefined;
  /** Industry profile id ('bakery', 'law' …; 'general' when nothing matched). */
  industry: string;
  /** Keyword score of the chosen industry; 0 for the generic fallback (or a family the taxonomy alone chose). */
  industryScore: number;
  /**
   * The trade as the OpenStreetMap taxonomy names it (an iD preset, "amenity/veterinary"), its name in the
   * description's language, whether the reader is sure of it, and the words that say it as the description writes
   * them ("apiary"); undefined when the description names none.
   */
  trade: { preset: string; label: string; isSure: boolean; written: string | undefined } | undefined;
  /** Words that qualify the business: "vegan", "family", "Italian". */
  qualifiers: string[];
  city: string | undefined;
  region: string | undefined;
  country: string | undefined;
  /** A neighbourhood or area: "North End", "Downtown". */
  area: string | undefined;
  street: string | undefined;
  postalCode: string | undefined;
  phone: string | undefined;
  email: string | undefined;
  socials: Partial<Record<'instagram' | 'facebook' | 'x' | 'linkedin' | 'youtube' | 'tiktok' | 'pinterest' | 'github', string>>;
  hours: Hours | undefined;
  /** Notes about assumptions made while reading the hours. */
  hoursNotes: string[];
  isOpen24x7: boolean;
  /** Services, products or subjects listed in the description, in order ("perennials", "teeth whitening"). */
  services: string[];
  /** Who the business serves ("small businesses", "e-commerce teams"). */
  audience: string | undefined;
  foundedYear: number | undefined;
  flags: BusinessFlags;
  /** Style words in the order written: "modern", "minimalist" … */
  styles: string[];
  /** Colour phrases in the order written: "dark blue", "gold" … */
  colors: string[];
  /** A colour mood: "earthy", "bright", "pastel", "neutral", "monochrome". */
  colorMood: string | undefined;
  wantsDarkMode: boolean;
  /** 'en', 'other' (another language), or 'unknown' (too little to tell). */
  language: 'en' | 'other' | 'unknown';
  /** Another language was recognised that PageHub doesn't compose in (ISO 639-3, "pol"); the site is in English. */
  unsupportedLanguage: string | undefined;
  /** The description's language among the composer's (English when unsure). */
  locale: ComposerLocale;
  /** Sentences that read as instructions to a model and were ignored. */
  ignoredInstructions: number;
}

export interface BusinessFlags {
  isFamilyOwned: boolean;
  isLicensed: boolean;
  isInsured: boolean;
  hasOnline: boolean;
  hasInPerson: boolean;
  hasPickup: boolean;
  hasDelivery: boolean;
  canTravel: boolean;
  hasFreeConsultation: boolean;
  hasEmergency: boolean;
}
