import type { ComposerLocale } from '../detect-locale.ts';
import { endsLikeBusiness } from './business-shaped-run.ts';
import { closesPresentedName } from './name-checks.ts';
import { isFollowedByVerb } from './name-cues.ts';
import { longRunAt } from './name-words.ts';
import { isPlaceName } from './proper-nouns.ts';

// A name a rule read may stop short of the name as written: at a small word inside it ("Pawfect on the Go", "Polished
// by Jade", "Paws for Thought") or before the number that ends it ("Noodle Bar 88", "Gallery 44"). Where the text goes
// on with the longer name and then closes it (a verb, a comma, a dash, "and I …", the sentence's end; after a number,
// not a verb: "Splash Kingdom 15 slides"), the longer one is the name. Never when the words added lead to a place
// ("Bakery in Leeds", "Trattoria da Gino a Bologna": "in", "at", "à", "a" are not read as inside a name; "with" and
// "by" only before one word, whose it is: "Yoga with Kate").

/** What an added part may open with: a small word names hold, not one that leads out to a place or a person. */
const INNER_OPENING = /^\s+(?:on the|in (?:a|the)|by|with|for|to|of|ao|au|aux)\s/u;
/**
 * …and in the Romance languages: "Casa com Alma", "Pan con Tomate", "Pain sans Gluten"; in Portuguese and Spanish "a"
 * too ("Sabor a Mar", "Mar à Vista"), where a town takes "em" or "en". Never "em", "en", "in": they lead to a town, and
 * the towns PageHub knows are too few to tell one from a word of the name.
 */
const ROMANCE_INNER_OPENING: Partial<Record<ComposerLocale, RegExp>> = {
  pt: /^\s+(?:a|à|com|sem|para|ao|de|da|do|das|dos)\s/u,
  es: /^\s+(?:a|con|sin|para|al|de|del)\s/u,
  fr: /^\s+(?:avec|sans|sur|au|aux|de|du|des)\s/u,
  it: /^\s+(?:con|senza|per|di|del|della)\s/u,
};
/** A number that ends a name ("Studio 54"), not a count ("Cottage 12 rooms", "Open 7 days") or a year. */
const ENDING_NUMBER = /^\s+(\p{N}{1,3})(?![\p{L}\p{N}/:.,%-]\p{N}?)(?=\s|[.,;:!?]|$)/u;
const COUNTED = /^\s+(?:\p{L}+\s+)?(?:rooms?|beds?|years?|days?|hours?|minutes?|seats?|people|guests|tables|pitches|cabins|covers|miles?|km|kg|pm|am|h)\b/iu;

/** The longer name the text writes at the first place `name` stands, when it closes there; else `name` itself. */
export function extendedName(name: string, text: string, locale: ComposerLocale): string {
  if (!/^[\p{Lu}\p{N}]/u.test(name)) return name;
  const afterCompany = withTradeAfterCompany(name, text, locale);
  if (afterCompany !== name) return afterCompany;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) continue;
    const rest = text.slice(at);
    const longer = withEndingNumber(longRunAt(rest) ?? name, rest);
    if (longer === name || !longer.startsWith(name)) return name;
    const added = longer.slice(name.length);
    const after = rest.slice(longer.length);
    const isClosed = closesPresentedName(after) || (!/^\s+\p{N}+$/u.test(added) && isFollowedByVerb(after, locale));
    if (!isInnerPart(added, longer, locale) || !isClosed) return name;
    return longer;
  }
  return name;
}

function isInnerPart(added: string, longer: string, locale: ComposerLocale): boolean {
  if (/^\s+\p{N}+$/u.test(added)) return true;
  const romance = ROMANCE_INNER_OPENING[locale];
  const opening = romance?.test(added) ? romance : INNER_OPENING;
  if (!opening.test(added)) return false;
  const tail = added.replace(opening, '').trim();
  // "… by Jade": a first name is whose it is; "… by Jade Smith" is a person who made something
  // "Yoga with Kate", "Pilates with Pippa": the same with "with" (not "Yoga with Anna Price", a teacher)
  if (/^\s+(?:by|with)\s/u.test(added)) return !/\s/u.test(tail) && !isPlaceName(tail);
  return !isPlaceName(tail) && !isPlaceName(longer.slice(longer.lastIndexOf(' ') + 1));
}

function withEndingNumber(run: string, rest: string): string {
  const after = rest.slice(run.length);
  const number = ENDING_NUMBER.exec(after);
  if (number === null || COUNTED.test(after.slice(number[0].length))) return run;
  return `${run} ${number[1]}`;
}

/** "Bark & Co. Grooming offers …", "Spruce & Co. Interiors designs …": a trade after "Co." still belongs to the name. */
function withTradeAfterCompany(name: string, text: string, locale: ComposerLocale): string {
  if (!/\s(?:Co|Bros)\.$/u.test(name)) return name;
  const at = text.indexOf(name);
  const rest = at < 0 ? '' : text.slice(at + name.length);
  const trade = /^\s+(\p{Lu}[\p{L}'’-]+(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’-]+){0,2})/u.exec(rest);
  if (trade === null) return name;
  const isTrade = endsLikeBusiness(trade[1] ?? '');
  const after = rest.slice(trade[0].length);
  return isTrade && (closesPresentedName(after) || isFollowedByVerb(after, locale)) ? `${name} ${trade[1]}` : name;
}
