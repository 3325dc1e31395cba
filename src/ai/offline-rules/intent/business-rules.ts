// The rule for update_business_info: which business detail a prompt changes (phone, email, address, hours,
// socials, name, tagline, description). "Add our opening hours to the contact page" adds a section instead.
import {
  ADDRESS_PATTERN, DAY_PATTERN, DESCRIPTION_PATTERN, EMAIL_PATTERN, HOURS_WORD_PATTERN, NAME_PATTERN, OPEN_CLOSED_PATTERN,
  PHONE_NUMBER_PATTERN, PHONE_WORD_PATTERN, SOCIAL_PATTERN, TAGLINE_PATTERN, TIME_PATTERN,
} from '../vocabulary/index.ts';
import { intentOf, type RuleIntent } from './build-intent.ts';
import type { PromptReading } from './prompt-reading.ts';
import { actsOn, ADD_VERB } from './verb-phrases.ts';

/** "the phone field", "an email input": a form field, not the business detail. */
const FIELD_AFTER = /^\s*(?:address\s+)?(?:fields?|inputs?|box|boxes|questions?)\b/;
/** "the opening hours section", "the hours heading": the section, not the hours. */
const SECTION_AFTER = /^\s*(?:section|block|heading|title|table|note|layout)\b/;
const NUMBER_CONTEXT = /\b(?:numbers?|call|reach|phone|tel|whatsapp|mobile|cell|contact)\b/;

export function businessRule(reading: PromptReading): RuleIntent | undefined {
  const field = businessField(reading);
  return field === undefined ? undefined : intentOf('update_business_info', field);
}

function businessField(reading: PromptReading): string | undefined {
  const { full, head: instruction } = reading;
  if (matchesOutsideField(SOCIAL_PATTERN, full)) return 'socials';
  if (matchesOutsideField(EMAIL_PATTERN, full)) return 'email';
  if (matchesOutsideField(PHONE_WORD_PATTERN, instruction) || (PHONE_NUMBER_PATTERN.test(full) && NUMBER_CONTEXT.test(full))) return 'phone';
  if (matchesOutsideField(ADDRESS_PATTERN, instruction)) return 'address';
  if (isAboutHours(reading)) return 'hours';
  if (NAME_PATTERN.test(instruction)) return 'name';
  if (TAGLINE_PATTERN.test(instruction)) return 'tagline';
  if (DESCRIPTION_PATTERN.test(instruction)) return 'description';
  return undefined;
}

function matchesOutsideField(pattern: RegExp, text: string): boolean {
  const match = pattern.exec(text);
  return match !== null && !FIELD_AFTER.test(text.slice(match.index + match[0].length));
}

function isAboutHours(reading: PromptReading): boolean {
  const { full, instruction } = reading;
  const hasDay = DAY_PATTERN.test(full);
  const hasTime = TIME_PATTERN.test(full);
  const hasOpenClosed = OPEN_CLOSED_PATTERN.test(instruction);
  const hoursWord = HOURS_WORD_PATTERN.exec(instruction);
  if (hoursWord && !hasDay && !hasTime && (actsOn(ADD_VERB, instruction, hoursWord.index) || SECTION_AFTER.test(instruction.slice(hoursWord.index + hoursWord[0].length)))) return false;
  if (hasDay && (hasOpenClosed || hasTime || hoursWord !== null)) return true;
  if (hoursWord && (hasTime || hasOpenClosed || /\b(?:change|update|set|new|correct|fix|are now|is now|now)\b/.test(full))) return true;
  return hasOpenClosed && hasTime;
}
