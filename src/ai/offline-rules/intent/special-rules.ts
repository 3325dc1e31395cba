// Rules for the intents named by one strong word: translate (a language), fix_bug (a symptom: "doesn't work",
// "unreadable"), add_logo and replace_logo ("logo"), generate_image ("generate a picture of …").
import { findLanguages } from '../vocabulary/index.ts';
import { clarification, intentOf, mainSectionOf, namedPageSlug, outlinePage, pageSectionIn, type RuleIntent } from './build-intent.ts';
import type { PromptReading } from './prompt-reading.ts';

/** Translating, in English and in the languages people may write to us in (traduire, traducir, übersetzen, vertalen…). */
const TRANSLATE_WORD = /(?<![\p{L}])(?:translat\p{L}*|locali[sz]\p{L}*|versions?|languages?|bilingual|multilingual|locales?|tradu\p{L}*|übersetz\p{L}*|ubersetz\p{L}*|vertal\p{L}*|tłumacz\p{L}*)(?![\p{L}])/u;
/** "add Italian", "support German too": a language alone as what is added. */
const LANGUAGE_AS_OBJECT = /^(?:please\s+)?(?:(?:can|could|would|will)\s+(?:you|we)\s+(?:please\s+)?)?(?:(?:we|i)\s+(?:need|want|'d like|would like)\s+|(?:add|support|offer|also|and|in|en|em|auf|op|na)\s+)?(?:an?\s+)?\p{L}+(?:\s+(?:too|as well|also|please|pls|plz|thanks|now|graag|bitte|por favor|per favore|s'il vous plaît|s'il vous plait|svp|alstublieft))*[.!?\s]*$/u;
const TRANSLATE_VERB = /(?<![\p{L}])(?:translat\p{L}*|locali[sz]e|tradu\p{L}*|übersetz\p{L}*|vertal\p{L}*)(?![\p{L}])/u;

export function translateRule(reading: PromptReading): RuleIntent | undefined {
  const codes = findLanguages(reading.full);
  if (codes.length === 0) return TRANSLATE_VERB.test(reading.instruction) ? clarification('Which language should the site be translated into?') : undefined;
  if (!TRANSLATE_WORD.test(reading.full) && !languageAfterIn(reading.full) && !LANGUAGE_AS_OBJECT.test(reading.instruction) && !languageOfSite(reading.full)) return undefined;
  const existing = new Set(reading.outline.locales.map((locale) => locale.split('-')[0]));
  // "rewrite the policy in plain english": the site's own language is how to write, not a translation.
  if (codes.every((code) => existing.has(code.split('-')[0])) && !TRANSLATE_VERB.test(reading.instruction)) return undefined;
  const target = codes.find((code) => !existing.has(code.split('-')[0])) ?? codes[0]!;
  return intentOf('translate', target);
}

/** "a French site", "can the site do german too?": a language said of the site, or as what the site does. */
function languageOfSite(text: string): boolean {
  for (const match of text.matchAll(/\b(\p{L}+)\s+(?:site|website|web site|version|copy|pages?|translation|text)\b|\b(?:do|speak|support|offer|have)\s+(\p{L}+)\b/gu)) {
    if (findLanguages(match[1] ?? match[2]!).length > 0) return true;
  }
  return false;
}

function languageAfterIn(text: string): boolean {
  for (const match of text.matchAll(/\b(?:in|into|en|em|auf|naar)\s+((?:\p{L}+\s+)?\p{L}+)/gu)) if (findLanguages(match[1]!).length > 0) return true;
  return false;
}

/** What a part does when it works: "doesn't expand", "won't send", "isn't clickable". */
const WORKING_VERBS = '(?:dial|ring|call|connect|redirect|download|zoom|resize|reach (?:us|me|anyone)|come through|arrive|get through|work|open|load|move|slide|swipe|rotate|send|submit|show(?: up)?|display|appear|click|respond|expand|collapse|close|scroll|play|go through|fit|line up|align|update|save|stay|link|go anywhere|do anything)';
const WORKING_STATES = '(?:reaching (?:us|me|anyone)|arriving|coming through|getting through|working|loading|showing(?: up)?|opening|sending|clickable|tappable|visible|readable|legible|aligned|centred|centered|responsive|expanding|playing|submitting|displaying|appearing|right on (?:mobile|phones?))';
const SYMPTOM_PHRASE = new RegExp(`\\b(?:(?:do(?:es)?|did|wo|ca)n'?t|(?:do(?:es)?|did|will|can) not|never|cannot|(?:nobody|no one|no-one|none of (?:them|us|our \\w+)) (?:can|could|is able to|manages to)) ${WORKING_VERBS}\\b|\\b(?:(?:is|are|was|were)n'?t|(?:is|are|was|were) not|not) ${WORKING_STATES}\\b|\\b(?:spins?|spinning|loads?|loading|hangs?|stuck|freezes|frozen) (?:forever|for ever|endlessly)\\b|\\b(?:keeps|kept) (?:spinning|loading|crashing|freezing|jumping|flickering)\\b|\\b(?:freez(?:es|ing)|frozen|flicker(?:s|ing)?|squashed|squished|stretched|distorted|blurry|pixelated|jumbled|messed up|garbled|(?:is|are|looks?|shows?|comes? up) (?:blank|empty|wonky|weird|wrong|broken)|does nothing|do nothing|did nothing|(?:has|have) (?:disappeared|vanished|gone missing)|too slow|slow to load|takes forever)\\b|\\b(\\w+) on (?:a |an )?\\1\\b|\\b(?:loads?|loading|runs?|opens?|is|are) (?:really |very |so |super |too |painfully )?slow(?:ly)?\\b|\\b(?:the|some of the|some|our|my|all the)\\s+(?:(?!logo)[\\w-]+\\s+){0,3}(?:is|are|went|go|have gone)\\s+missing(?=\\s*$|\\s*[.!,;?]|\\s+(?:from|on|in|when|since|now|again)\\b)`);
const SYMPTOM = /\b(?:do(?:es)?n'?t (?:work|open|load|send|submit|show(?: up)?|display|appear|click|respond)|do(?:es)? not (?:work|open|load|send|submit|show|display|appear)|(?:is|are)n'?t (?:working|loading|showing|opening|sending)|(?:is|are) not (?:working|loading|showing|opening|sending)|not (?:working|loading|showing(?: up)?|displaying|opening|sending|submitting|appearing|clickable)|stopped working|won'?t (?:work|open|load|send|submit|show)|broken|bugs?|buggy|glitch\w*|errors?|crash\w*|unreadable|illegible|(?:can'?t|cannot|can not) (?:read|see|click|tap|open)|hard to (?:read|see)|impossible to (?:read|see)|invisible|overlap\w*|cut off|misaligned|off[- ]screen|dead links?|go(?:es)? nowhere|jump(?:s|ing)? (?:around|about)|(?:takes?|sends?|leads?|goes|go|links?|points?) (?:(?:people|you|visitors|me|them|users|customers) )?to (?:a |an |the )?(?:blank|wrong|empty|error|dead|broken|404|missing)\b|never (?:get|gets|got|receive|receives|received|hear|hears|heard) (?:a |any |the )?(?:reply|replies|response|responses|message|messages|emails?|anything|it|them)|(?:show(?:s|ing)?|display(?:s|ing)?|point(?:s|ing)? (?:to|at)|has|have) the wrong (?:place|city|town|address|location|page|map|images?|photos?|pictures?)|(?:grey|gray|blank|empty|white|black) (?:boxes|squares|rectangles|screen|space)|broken images?|leads? nowhere|lead to nowhere|404|nothing happens|(?:sends?|gets?|getting|receives?|receiving) no|never (?:arrives?|works?|loads?|sends?|shows?)|(?:is|are)n'?t (?:sending|arriving|receiving))\b/;
const FIX_VERB = /\b(?:fix|repair|debug)\b/;
const WORDING = /\b(?:typos?|spelling|grammar|wording|misspell\w*)\b/;
const NAVBAR = /\b(?:nav ?bar|navigation(?: menu| bar| links)?|nav(?: menu)?|menu bar|mobile menu|hamburger(?: menu)?|main menu|top menu|menu button|site header|header|top bar)\b/;
const FOOTER = /\bfooter\b/;

const SEARCH_ENGINE = /\b(?:google(?! (?:maps?|reviews?|fonts?|business))|bing|search (?:results|engines?)|seo)\b/;
const WORDS_OF_A_PART = /\b(?:captions?|text|titles?|headings?|headlines?|answers?|questions?|descriptions?|names?|spelling|prices?|dates?|years?|quotes?|labels?|wording)\b/;

/** A fact said to be wrong and given right: "our address is wrong, it should be 22 Elm St" corrects, it is no bug. */
const WRONG_FACT = /\b(?:(?:is|are|was|were|looks?|'s|'re)\s+(?:(?:all|still|a bit|slightly)\s+)?(?:wrong|incorrect|out of date|outdated|old)|(?:wrong|incorrect|old|outdated))\b/;
const CORRECTION = /\b(?:should (?:be|say|read)|it'?s (?:actually|now|really)|(?:is|are) (?:actually|now|really)|we (?:now|actually)|we(?:'re| are) now|(?:the )?(?:right|correct|new|real) (?:one|number|address|email|hours|times|name) is|instead)\b|\d/;

/** "don't show the pricing yet", "please do not display it": a negative said as a request, not what a part does. */
const NEGATIVE_REQUEST = /(?:^|[,.;:!?]\s*|\b(?:please|pls|just|and|but|so|then)\s+)(?:don't|do not|never)\s+(?=\w+\s+(?:the|our|my|any|it|them|this|that|those|these)\b)/g;

export function fixBugRule(reading: PromptReading): RuleIntent | undefined {
  const text = reading.instruction.replace(NEGATIVE_REQUEST, (match) => match.replace(/(?:don't|do not|never)\s+$/, ''));
  if (WORDING.test(text)) return undefined;
  // "the contact page doesn't show up on google": how search engines list the site is SEO, not a bug.
  if (SEARCH_ENGINE.test(text)) return undefined;
  const wrongFact = WRONG_FACT.exec(text);
  // "the caption on the second photo is wrong": words said to be wrong are rewritten, not debugged.
  if (wrongFact && WORDS_OF_A_PART.test(text.slice(0, wrongFact.index))) return undefined;
  if (wrongFact && CORRECTION.test(text.slice(wrongFact.index))) {
    const rest = text.slice(0, wrongFact.index) + text.slice(wrongFact.index + wrongFact[0].length);
    if (!SYMPTOM.test(rest) && !SYMPTOM_PHRASE.test(rest)) return undefined;
  }
  const hasSymptom = SYMPTOM.test(text) || SYMPTOM_PHRASE.test(text);
  const part = partNamed(reading);
  // "fix the faq answer about travel, we go anywhere": words to fix, with the right ones given, are an edit
  const fixesWords = !hasSymptom && FIX_VERB.test(text) && WORDS_OF_A_PART.test(text);
  if (fixesWords || (!hasSymptom && !(FIX_VERB.test(text) && part !== undefined))) return undefined;
  if (part === undefined) return clarification('What is not working? Tell me the page and the part — for example the contact form, the menu or the footer.');
  return intentOf('fix_bug', part.target, { page: part.page, sections: part.isSection ? [part.target] : [] });
}

function partNamed(reading: PromptReading): { target: string; page: string | null; isSection: boolean } | undefined {
  const text = reading.instruction;
  if (FOOTER.test(text)) return { target: 'footer', page: null, isSection: false };
  const hasMenuSection = reading.outline.pages.some((page) => page.sections.some((section) => section.type === 'menu'));
  const mention = reading.sections.find((candidate) => candidate.type !== 'menu' || hasMenuSection);
  if ((NAVBAR.test(text) || reading.namesNavigation) && (!mention || mention.type === 'menu')) return { target: 'navbar', page: null, isSection: false };
  if (reading.sections.some((candidate) => candidate.type === 'menu') && !hasMenuSection) return { target: 'navbar', page: null, isSection: false };
  if (mention) return { target: mention.type, page: namedPageSlug(reading), isSection: true };
  const pageSection = pageSectionIn(reading);
  if (pageSection) return { target: pageSection.type, page: pageSection.page, isSection: true };
  const page = outlinePage(reading.outline, namedPageSlug(reading));
  const main = page ? mainSectionOf(page) : undefined;
  return page && main ? { target: main.type, page: page.slug, isSection: true } : undefined;
}

/** The logo itself, not others' logos nor the logo as a reference ("colours to match our logo"). */
const LOGO = /(?<!\b(?:client|partner|sponsor|customer|their|press)\s+)(?<!\b(?:match|matches|matching|like|from|in|with)\s+(?:the\s+|our\s+|my\s+)?)\blogo\b/;
const REPLACE_WORD = /\b(?:replac\w*|chang\w*|swap\w*|switch\w*|updat\w*|new|newer|different|another|updated|redo|redesign|remove|delete|old|outdated|current|existing|instead|version|rebrand\w*)\b|\blogo\b.*\bshould be (?:the|our)\b/;

export function logoRule(reading: PromptReading): RuleIntent | undefined {
  if (!LOGO.test(reading.instruction)) return undefined;
  return intentOf(REPLACE_WORD.test(reading.full) ? 'replace_logo' : 'add_logo', 'navbar');
}

const IMAGE_WORD = '(?:images?|pictures?|photos?|photographs?|illustrations?|drawings?|artwork|graphics?|visuals?|pics?)';
const ONE_IMAGE = '(?:image|picture|photo|photograph|illustration|drawing|artwork|graphic|visual|pic)';
const GENERATE = new RegExp(`\\b(?:ai|ai-generated|generated)\\s+${IMAGE_WORD}\\b|\\b${IMAGE_WORD}\\b.*\\b(?:create|make|generate|produce|design)\\s+(?:me\\s+|us\\s+)?(?:some|a few|one|a couple|them)(?:\\s+(?:for|of)\\b|\\s*[.!?]*$)|\\b(?:draw|sketch|paint)\\s+(?:me\\s+|us\\s+)?(?:something|anything|a|an|some)\\b|\\b(?:generate|draw|illustrate|imagine|render)\\b.*\\b(?:${IMAGE_WORD}|backgrounds?|banner)\\b|\\b(?:create|make|design|produce|paint|add|put|need|want|use|get|come up with|find)\\s+(?:me\\s+|us\\s+)?(?:a|an|some|new|another|one)\\s+(?:[\\w-]+\\s+){0,2}${ONE_IMAGE}\\b|\\b(?:create|design|produce|paint|sketch)\\s+(?:me\\s+|us\\s+)?(?:(?:a few|two|three|four|five|\\d+)\\s+)?(?:[\\w-]+\\s+)?(?:illustrations|drawings|artwork|graphics|icons|images|pictures|photos)\\b`);
/** "a photo gallery" is a section, not an image to make. */
/** Kinds of image that are always made, never chosen from photos: "I need icons for the services". */
const MADE_KIND = /\b(?:need|want|create|make|design|draw|get)\s+(?:me\s+|us\s+)?(?:some\s+|new\s+|a few\s+)?(?:icons|illustrations|graphics|artwork|drawings|clip ?art)\b/;
const GALLERY_PHRASE = /\b(?:photo|image|picture)s?\s+galler(?:y|ies)\b/g;
const DESTINATION = /\b(?:for|in|on|to|into|as)\s+(?:(?:each|every|all|one) of\s+|each\s+|every\s+)?(?:the\s+|our\s+|my\s+)?$/;
/** The words for the images to make ("generate images for …") name what is made, not where it goes. */
const MADE_IMAGE = new RegExp(`^(?:[\\w-]+\\s+)?${IMAGE_WORD}$`);

/** What the picture shows ("an image of a cosy bakery counter"): a section named there is the subject, not the place. */
const SUBJECT_START = new RegExp(`\\b${IMAGE_WORD}\\s+(?:of|showing|with)\\s+`);
const SUBJECT_END = /\s(?:for|on|in|at|into|to|as)\s+(?:the|our|my|this|each|every)\b/g;

function subjectSpan(text: string): { start: number; end: number } {
  const opening = SUBJECT_START.exec(text);
  if (!opening) return { start: text.length, end: text.length };
  const start = opening.index + opening[0].length;
  SUBJECT_END.lastIndex = start;
  return { start, end: SUBJECT_END.exec(text)?.index ?? text.length };
}

export function generateImageRule(reading: PromptReading): RuleIntent | undefined {
  if (!GENERATE.test(reading.instruction.replace(GALLERY_PHRASE, 'gallery')) && !MADE_KIND.test(reading.instruction)) return undefined;
  const subject = subjectSpan(reading.instruction);
  const sections = reading.sections.filter((mention) => (mention.type !== 'gallery' || (mention.kind !== 'item' && !MADE_IMAGE.test(mention.phrase))) && !(mention.start >= subject.start && mention.start < subject.end));
  const destination = sections.find((mention) => DESTINATION.test(reading.instruction.slice(0, mention.start))) ?? sections.find((mention) => mention.kind === 'section');
  const pageSection = pageSectionIn(reading);
  if (!destination && pageSection) return intentOf('generate_image', pageSection.type, { page: pageSection.page, sections: [pageSection.type] });
  if (destination) return intentOf('generate_image', destination.type, { page: namedPageSlug(reading), sections: [destination.type] });
  const page = namedPageSlug(reading);
  return intentOf('generate_image', 'hero', { page, sections: ['hero'] });
}
