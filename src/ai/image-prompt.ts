// What a chat request for a picture asks to see, in the person's own words: "generate a photo of a loaf on a table
// for the hero" → "a loaf on a table" (the subject), drawn as a photograph. The subject becomes the image model's
// description and, capitalised, the picture's alt text — nothing is invented about what the picture shows.
import { cleanPrompt } from './sanitize-prompt.ts';

export type ImageStyle = 'photograph' | 'illustration' | 'painting';

export interface ImageSubject {
  /** What the picture shows, as the person said it ("a loaf on a table"); '' when they did not say. */
  subject: string;
  style: ImageStyle;
}

const IMAGE_NOUN = String.raw`(?:images?|pictures?|photos?|photographs?|shots?|illustrations?|drawings?|sketch(?:es)?|paintings?|watercolou?rs?|artwork|graphics?|visuals?|pics?|backgrounds?|banners?)`;
/** "a photo of …", "an illustration showing …". */
const NOUN_OF = new RegExp(String.raw`\b${IMAGE_NOUN}\s+(?:of|showing|depicting|featuring|with)\s+(.+)$`, 'i');
/** "draw a baguette", "generate a sunset beach": a verb of making, then what to make. */
const VERB_THEN = /\b(?:generate|draw|paint|sketch|illustrate|imagine|render|create|make|design|produce)\s+(?:me\s+|us\s+)?(.+)$/i;
/** What is only the kind of picture, left at the start once "of …" did not match: "a nicer picture", "one". */
const ONLY_A_PICTURE = new RegExp(String.raw`^(?:(?:a|an|the|some|one|new|another|nice|nicer|better|good|great|beautiful|pretty|lovely|hero|header|banner|background|cover|main|top|ai|generated|[\w-]+ly)\s+)*${IMAGE_NOUN}\b`, 'i');
/** Where the picture goes, which is not what it shows: "for the hero", "on the about page", "at the top". */
const PLACE = String.raw`(?:hero|banner|header|heading|section|page|homepage|top|bottom|cta|call to action|gallery|site|website|services?|about(?: us)?|contact|pricing|testimonials?|faq|booking|story|intro|part|bit|area|block|slot|card)`;
const PREPOSITION = String.raw`(?:for|on|in|at|into|as|to|under|above|near|of|with)`;
const DESTINATION = new RegExp(String.raw`\s*,?\s*\b(?:for|on|in|at|into|as|to|under|above|near)\s+(?:the\s+|our\s+|my\s+|this\s+|that\s+|each\s+|every\s+)(?:(?!${PREPOSITION}\b)[\w'-]+\s+){0,3}?${PLACE}\b.*$`, 'i');
/** "… for the call to action of a couple laughing": the subject after the place. */
const PLACE_OF = new RegExp(String.raw`\b${PLACE}\s+of\s+(.+)$`, 'i');
const ONLY_A_PLACE = new RegExp(String.raw`^(?:the|our|my|this)\s+(?:[\w'-]+\s+){0,2}?${PLACE}\b`, 'i');
const TRAILING = /(?:\s*[,;]?\s*\b(?:please|pls|thanks|thank you|maybe|perhaps|if you can|if possible|too|as well)\b)+[\s.!?]*$|[\s.,;:!?'"“”]+$/i;
const LEADING = /^[\s'"“”:,-]+|^(?:(?:please|pls|can you|could you|would you|kindly)\s+)+|^(?:one|some|a few|two|three)\s+of\s+(?=(?:a|an|the|our|my|some)\b)/i;
const NOTHING = /^(?:something|anything|one|some|it|them|this|that)?$/i;
const MAX_SUBJECT = 300;

/** The subject and style of the picture a request asks for; the subject is '' when the request names none. */
export function imageSubject(prompt: string): ImageSubject {
  const text = cleanPrompt(prompt);
  const style = styleOf(text);
  const afterNoun = NOUN_OF.exec(text)?.[1];
  let subject = afterNoun ?? VERB_THEN.exec(text)?.[1]?.replace(ONLY_A_PICTURE, '') ?? '';
  subject = subject.replace(DESTINATION, '');
  for (let round = 0; round < 3; round += 1) subject = subject.replace(TRAILING, '').replace(LEADING, '');
  if (NOTHING.test(subject)) {
    // "… for the call to action of a couple laughing": the subject can follow the place too.
    const afterPlace = PLACE_OF.exec(text)?.[1]?.replace(TRAILING, '') ?? '';
    subject = ONLY_A_PLACE.test(afterPlace) ? '' : afterPlace;
  }
  if (NOTHING.test(subject)) return { subject: '', style };
  return { subject: subject.slice(0, MAX_SUBJECT).trim(), style };
}

function styleOf(text: string): ImageStyle {
  if (/\b(?:paint\w*|watercolou?r\w*|oil|acrylic)\b/i.test(text)) return 'painting';
  if (/\b(?:illustrat\w*|drawings?|draw|sketch\w*|cartoon\w*|graphics?|icons?|artwork|clip ?art)\b/i.test(text)) return 'illustration';
  return 'photograph';
}

/** The alt text of the picture: the subject as a sentence ("A loaf on a table"). */
export function altFromSubject(subject: string): string {
  const trimmed = subject.trim().slice(0, 150);
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

const STYLE_WORDS: Record<ImageStyle, string> = {
  photograph: 'A natural, well-lit photograph',
  illustration: 'A clean, friendly illustration',
  painting: 'A painting',
};

/**
 * The image model's description: the person's subject in the style they asked for, for the place it goes on the
 * site of this business, with no lettering (text in pictures is unreadable to screen readers and rarely spelt right).
 */
export function imageDescription(input: { subject: ImageSubject; businessName: string; industry: string; place: string }): string {
  const business = input.industry && input.industry !== 'general' ? `${input.businessName} (${input.industry})` : input.businessName;
  return `${STYLE_WORDS[input.subject.style]} of ${input.subject.subject}. It is the ${input.place} picture on the website of ${business}. No text, letters, logos or watermarks in the picture.`;
}
