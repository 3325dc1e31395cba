// Business detail words: how people mention the phone, email, address, opening hours, social profiles, name,
// tagline and description of the business (src/site/business.ts) in a chat.

export const SOCIAL_PATTERN = /\b(?:instagram|insta|facebook|fb|twitter|x\.com|linkedin|youtube|tiktok|pinterest|github|whatsapp channel|social media|socials|social (?:links?|profiles?|accounts?|icons?|handles?))\b/i;
export const EMAIL_PATTERN = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\be-?mail(?: address)?\b/i;
/** A phone number as written: at least seven digits with spaces, dots, dashes or brackets between. */
export const PHONE_NUMBER_PATTERN = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d[\d\s.-]{5,}\d/;
export const PHONE_WORD_PATTERN = /\b(?:phone|telephone|tel|mobile(?: number)?|cell(?: phone| number)?|call us|whatsapp)\b/i;
export const ADDRESS_PATTERN = /\b(?:(?:street|postal|mailing|physical|business|our|new) address|address|we(?:'ve| have)? (?:moved|relocated)|we(?:'re| are) (?:moving|relocating)|relocated|new (?:location|premises|office|shop|studio) (?:is|at)|located at|our location is|find us at|we(?:'re| are) now (?:at|on|in)|(?:we(?:'re| are)|you can find us) (?:now )?(?:based|located) (?:at|on|in))\b|\b\d+[a-z]?\s+(?:[A-Za-z]+\s+){1,3}(?:street|st|road|rd|lane|ln|avenue|ave|drive|dr|way|boulevard|blvd|court|ct|square|sq|highway|hwy|parkway|pkwy)\b/i;
export const DAY_PATTERN = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|satur|sun)days?\b|\b(?:weekends?|weekdays?|public holidays?|holidays?|christmas|easter|new year'?s?(?: eve| day)?)\b|\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
export const TIME_PATTERN = /\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|h)\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s?[-–]\s?\d{1,2}\b|\b(?:noon|midnight)\b|\b24\/7\b|\b24 hours\b|\baround the clock\b/i;
export const OPEN_CLOSED_PATTERN = /\b(?:open(?:s|ing)?|clos(?:e|ed|es|ing)|shut)\b/i;
export const HOURS_WORD_PATTERN = /\b(?:opening (?:hours|times)|business hours|office hours|store hours|shop hours|hours|open times|schedule)\b/i;
export const NAME_PATTERN = /\b(?:(?:business|company|shop|store|studio|brand|site|website|restaurant|salon|cafe|café) name|we(?:'re| are) (?:now )?called|rename (?:the |our )?(?:business|company|shop|store|studio|brand|restaurant|salon)|our name is|(?:is|are|'re) now (?:called|named|known as)|(?:change[ds]?|changing|update[ds]?|updating|new|correct|fix) (?:of )?(?:our|my|the business's|the company's) name\b|(?:our |the )?new name (?:for|of) (?:the|our|my) [\p{L}]+(?: [\p{L}]+)? (?:is|will be|should be)|(?:we(?:'re| are|'ve| have)|the business is|we got) (?:now )?(?:been )?(?:renamed|rebranded)(?: to| as)?|rebrand(?:ed|ing)? (?:to|as))\b/iu;
export const TAGLINE_PATTERN = /\b(?:tagline|slogan|motto|strapline)\b/i;
export const DESCRIPTION_PATTERN = /\b(?:(?:business|company) description|description of (?:the|our) (?:business|company)|describe (?:the|our) (?:business|company))\b/i;
