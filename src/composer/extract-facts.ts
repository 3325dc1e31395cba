import { removeInstructionNoise, stripMarkup } from './clean-text.ts';
import { chooseFamily } from './choose-family.ts';
import { detectLocale } from './detect-locale.ts';
import { extractContact } from './extract-contact.ts';
import { detectLanguage, extractAudience, extractFlags, extractFoundedYear, extractQualifiers } from './extract-details.ts';
import { extractHours } from './extract-hours.ts';
import { hoursInEnglish } from './hours-words.ts';
import { extractLocation } from './extract-location.ts';
import { extractName, extractPerson } from './extract-name.ts';
import { extractServices } from './extract-services.ts';
import { extractStyle } from './extract-style.ts';
import type { ExtractedFacts } from './facts.ts';

/** Longer descriptions are cut here: everything the composer needs is in the first few paragraphs. */
const MAX_PROMPT_LENGTH = 4_000;

/** The description as the composer reads it: markup removed, instructions to a model dropped. */
export function readableText(prompt: string): { text: string; removedSentences: number } {
  const { text, removed } = removeInstructionNoise(stripMarkup(withLinesEnded(prompt.slice(0, MAX_PROMPT_LENGTH))));
  return { text, removedSentences: removed };
}

/**
 * A line, a heading or a paragraph that ends without a stop ends its sentence: "Copper Kettle Tearoom⏎Cream teas …",
 * "<h1>Oak & Ember</h1><p>Wood-fired …" — else the name runs on into the next line's first word.
 */
function withLinesEnded(prompt: string): string {
  return prompt
    .replace(/(?<=[\p{L}\p{N})\]'’])\s*<\/(?:h[1-6]|p|li|div|title|header|td|th|dt|dd)\s*>/giu, '. ')
    // a line that ends in a pictograph ends too: "✂️ Fades • Beards ✂️⏎Kings & Queens Barbers"
    .replace(/(?<=[\p{L}\p{N})\]'’\p{Extended_Pictographic}\u{FE0F}])[ \t]*(?:<br\s*\/?>|\r?\n)\s*(?=\S)/giu, '. ');
}

export function extractFacts(prompt: string): ExtractedFacts {
  const { text, removedSentences } = readableText(prompt);
  const { locale, unsupported } = detectLocale(text);
  const guess = extractName(text, locale);
  const name = guess?.name;
  const withoutName = name === undefined ? text : text.split(name).join(' ');
  const industry = chooseFamily(text, locale, { name });
  const location = extractLocation(text, name ?? '');
  const withoutPlaces = [location.city, location.area].reduce<string>((rest, place) => (place ? rest.split(place).join(' ') : rest), withoutName);
  const language = detectLanguage(withoutPlaces);
  const hours = extractHours(hoursInEnglish(text, locale));
  const contact = extractContact(text);
  const style = extractStyle(withoutName);
  const placeWords = new Set([location.city, location.region, location.area].filter(Boolean).map((place) => place!.toLowerCase()));
  return {
    name,
    nameSource: guess?.source,
    person: guess?.person ?? extractPerson(text),
    industry: industry.profile.id,
    industryScore: industry.score,
    trade: industry.trade === undefined ? undefined : { preset: industry.trade.preset, label: industry.trade.label, isSure: industry.trade.confidence === 'high', written: industry.trade.written },
    qualifiers: language === 'other' ? [] : extractQualifiers(withoutName),
    city: location.city,
    region: location.region,
    country: location.country,
    area: location.area,
    street: location.street,
    postalCode: location.postalCode,
    phone: contact.phone,
    email: contact.email,
    socials: contact.socials,
    hours: hours.hours,
    hoursNotes: hours.notes,
    isOpen24x7: hours.isOpen24x7,
    services: language === 'other' ? [] : extractServices(text).filter((item) => !placeWords.has(item.toLowerCase())),
    audience: language === 'other' ? undefined : extractAudience(withoutName),
    foundedYear: extractFoundedYear(text),
    flags: extractFlags(withoutName),
    styles: style.styles,
    colors: style.colors,
    colorMood: style.colorMood,
    wantsDarkMode: style.wantsDarkMode,
    language,
    locale,
    unsupportedLanguage: unsupported,
    ignoredInstructions: removedSentences,
  };
}
