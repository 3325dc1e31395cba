// The rule for update_business_info: which business detail a prompt changes (phone, email, address, hours,
// socials, name, tagline, description). "Add our opening hours to the contact page" adds a section instead.
import {
  ADDRESS_PATTERN, DAY_PATTERN, DESCRIPTION_PATTERN, EMAIL_PATTERN, HOURS_WORD_PATTERN, NAME_PATTERN, OPEN_CLOSED_PATTERN,
  PHONE_NUMBER_PATTERN, PHONE_WORD_PATTERN, SOCIAL_PATTERN, TAGLINE_PATTERN, TIME_PATTERN,
} from '../vocabulary/index.ts';
import { intentOf, type RuleIntent } from './build-intent.ts';
import type { PromptReading } from './prompt-reading.ts';
import { actsOn, ADD_VERB, goesAfter, REMOVE_VERB } from './verb-phrases.ts';

/** "sign up for our monthly email", "join the mailing list": an email one subscribes to. */
const SUBSCRIBING = /\b(?:newsletters?|mailing list|subscrib\w*|sign(?:s|ing)?[- ]?up (?:for|to))\b/;

/** "the phone field", "an email input": a form field, not the business detail. */
const FIELD_AFTER = /^\s*(?:address\s+)?(?:fields?|inputs?|box|boxes|questions?)\b/;
/** "the opening hours section", "the hours heading": the section, not the hours. */
const SECTION_AFTER = /^\s*(?:section|block|heading|title|table|note|layout)\b/;
/** "embed our YouTube tour", "an instagram feed": media from a profile shown on the site, not the profile's link. */
const EMBEDDED_MEDIA = /\bembed\w*\b|\b(?:youtube|vimeo|instagram|insta|tiktok|facebook)\s+(?:videos?|feed|posts?|reels?|tour|clips?|player|widget|gallery|photos)\b/;
const NUMBER_CONTEXT = /\b(?:numbers?|call|reach|phone|tel|whatsapp|mobile|cell|contact)\b/;

/** The part whose words a prompt gives ("the footer should say we're closed on bank holidays"). */
const PART_SAYS = /\b(?:footer|header|banner|button|heading|headline|title|caption|text|notice)\b/;

/** "make the contact form ask for a phone number": a field of a form, not the business's phone. */
const FORM_ASKS = /\b(?:ask(?:s|ing)? for|collect(?:s|ing)?|request(?:s|ing)?|requires?|fields?|inputs?)\b/;

export function businessRule(reading: PromptReading): RuleIntent | undefined {
  if (removesSection(reading) || givesPartWords(reading) || addsToPart(reading)) return undefined;
  if (reading.sections.some((mention) => mention.type === 'contactForm') && FORM_ASKS.test(reading.instruction)) return undefined;
  // "can people sign up for our monthly email?": a newsletter, not the business's address
  if (SUBSCRIBING.test(reading.instruction)) return undefined;
  const field = businessField(reading);
  return field === undefined ? undefined : intentOf('update_business_info', field);
}

/** "on my phone", "on mobile": the device someone looks at the site on, not the business's phone. */
const DEVICE = /\b(?:on|from|with|using) (?:my|a|the|your|their|his|her|our|an|his) (?:phone|mobile|cell(?: phone)?|iphone|android)\b/g;

function businessField(reading: PromptReading): string | undefined {
  const full = reading.full.replace(DEVICE, ' ');
  const instruction = reading.head.replace(DEVICE, ' ');
  if (matchesOutsideField(SOCIAL_PATTERN, full) && !EMBEDDED_MEDIA.test(full)) return 'socials';
  if (matchesOutsideField(EMAIL_PATTERN, full)) return 'email';
  if (matchesOutsideField(PHONE_WORD_PATTERN, instruction, reading) || (PHONE_NUMBER_PATTERN.test(full) && NUMBER_CONTEXT.test(full))) return 'phone';
  if (matchesOutsideField(ADDRESS_PATTERN, instruction, reading)) return 'address';
  if (isAboutHours(reading)) return 'hours';
  if (NAME_PATTERN.test(instruction)) return 'name';
  if (TAGLINE_PATTERN.test(instruction)) return 'tagline';
  if (DESCRIPTION_PATTERN.test(instruction)) return 'description';
  return undefined;
}

/** "we don't want a contact form, people should just call us": a section goes; the phone stays as it is. */
function removesSection(reading: PromptReading): boolean {
  return reading.sections.some((mention) => mention.kind === 'section' && (actsOn(REMOVE_VERB, reading.head, mention.start) || goesAfter(reading.head, mention.end)));
}

/** "add a phone number to the call to action", "our social links in the footer": a detail shown in a part. */
function addsToPart(reading: PromptReading): boolean {
  const text = reading.head;
  // Social profiles are linked where the site shows them ("add a link to our instagram in the footer").
  if (!/\b(?:add|put|include|show|display|insert)\b/.test(text) || SOCIAL_PATTERN.test(text)) return false;
  return /\b(?:to|in|into|on|under|below|inside) (?:the |our )?footer\b/.test(text) || reading.sections.some((mention) => mention.kind === 'section' && /\b(?:to|in|into|inside)\s+(?:the\s+|our\s+)?$/.test(text.slice(0, mention.start)));
}

/** "the footer should say …", "make the banner read …": the business words are the new text of a part. */
function givesPartWords(reading: PromptReading): boolean {
  if (!/\b(?:say|says|saying|read|reads)\b/.test(reading.instruction)) return false;
  const head = reading.head;
  return PART_SAYS.test(head) || reading.sections.some((mention) => mention.kind === 'section' && mention.end <= head.length);
}

/** Whether `pattern` names a business detail in `text`: not a form field, nor a part of a section's name. */
function matchesOutsideField(pattern: RegExp, text: string, reading?: PromptReading): boolean {
  const match = pattern.exec(text);
  if (match === null || FIELD_AFTER.test(text.slice(match.index + match[0].length))) return false;
  // "the address and phone block": the words name a section, not the details.
  return !reading?.sections.some((mention) => mention.kind === 'section' && mention.start < match.index + match[0].length && match.index < mention.end);
}

/** A number of hours: how long something takes ("3 hours", "two hours"), not when the business opens (24 hours is). */
const DURATION = /\b(?:\d{1,2}(?:\.\d)?|one|two|three|four|five|six|a few|a couple of)\s+hours?\b/;

function isAboutHours(reading: PromptReading): boolean {
  const { full, instruction } = reading;
  const hasDay = DAY_PATTERN.test(full);
  const hasTime = TIME_PATTERN.test(full);
  const hasOpenClosed = OPEN_CLOSED_PATTERN.test(instruction);
  // "the session is 3 hours, not 2": a length of time, not opening hours.
  const hoursWord = DURATION.test(instruction) ? null : HOURS_WORD_PATTERN.exec(instruction);
  if (hoursWord && !hasDay && !hasTime && (actsOn(ADD_VERB, instruction, hoursWord.index) || SECTION_AFTER.test(instruction.slice(hoursWord.index + hoursWord[0].length)))) return false;
  if (hasDay && (hasOpenClosed || hasTime || hoursWord !== null)) return true;
  if (hoursWord && (hasTime || hasOpenClosed || /\b(?:change|update|set|new|correct|fix|are now|is now|now)\b/.test(full))) return true;
  return hasOpenClosed && hasTime;
}
