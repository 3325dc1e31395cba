// The rule for update_styles: fonts (theme.fonts.heading / body), corners (theme.radius), spacing, type size and
// weight, colours by role (theme.colors.<role>), light and dark (theme.mode, or theme.colors.background when the
// background is named), one section's
// background (its section type) and the overall look (theme).
import {
  BODY_TEXT_PATTERN, CLEAR_FONT_KIND_PATTERN, COLOR_NAME_PATTERN, COLOR_WORD_PATTERN, colorRoleIn, DARK_LIGHT_PATTERN, DENSITY_PATTERN,
  FONT_FAMILY_PATTERN, FONT_WORD_PATTERN, HEADING_TEXT_PATTERN, HEADING_WEIGHT_PATTERN, HEX_COLOR_PATTERN, LOOK_NOUN_PATTERN,
  LOOK_WORDS, phrasePattern, RADIUS_PATTERN, TYPE_SIZE_PATTERN,
} from '../vocabulary/index.ts';
import { intentOf, namedPageSlug, type RuleIntent } from './build-intent.ts';
import { isKeyValue, type PromptReading } from './prompt-reading.ts';

const FONT_VERB = /\b(?:use|using|switch to|try|prefer|go with|like|love|want|fancy)\b/;
/** A family named as what text is set in: "headings in Georgia", "can we have Poppins", "Lato everywhere". */
const SET_IN_BEFORE = /\b(?:in|have|with|to)\s+(?:the\s+)?$/;
const SET_IN_AFTER = /^\s+(?:everywhere|throughout|for|on (?:the )?(?:headings?|titles?|body|text))\b/;
const FOR_TEXT = /\b(?:for|on|in) (?:the |all |our )?(?:headings?|titles?|headlines?|body|text|paragraphs?|everything)\b/;
/** A family we do not know, written with capitals: "use Zorblat Grotesk for headings". */
const UNKNOWN_FAMILY = /\b(?:use|try|switch to|go with)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+(?:for|on|as)\s+(?:the\s+|all\s+)?(?:headings?|titles?|headlines?|body|text|paragraphs?|everything)\b/;
const LOOK_PATTERN = phrasePattern(LOOK_WORDS);
/** Verbs that restyle whatever they act on: "modernise the design", "spruce up the gallery". */
const RESTYLE_VERB = /\b(?:moderni[sz]e|moderni[sz]ing|revamp|revamping|restyle|spruce up|smarten up|freshen up|jazz up|glam up|liven up|pretty up|update the look|refresh the look)\b/;
const WORDS_NAMED = /\b(?:text|copy|wording|words|writing|story|tone of voice|language|description|intro|bio|answers?|paragraphs?)\b/;
const LOOK_DEGREE = /\b(?:more|less|too|a bit|bit|little|very|feel|look|seem|site|website|everything|overall|whole)\b|\bmake (?:it|things)\b/;
const COLOR_VERB = /\b(?:make|turn|paint|go|use|want|switch to|prefer|give|color|colour|tint)\b|\b(?:change|switch|swap|replace)\s+(?:the|our|that|this|all the)\s+$|\bin\s+(?:a\s+)?(?:shade of\s+)?$|\b(?:be|is|are)\s+(?:(?:a|an|more|bit|slightly|light|dark|pale|soft|in)\s+)*$/;
/** "the green is too bright": a colour of the site said to be wrong in degree. */
const COLOR_CRITIQUE = /^\s+(?:is|are|looks?|feels?|seems?)\s+(?:a bit |a little |way |much |far |just )?too\b/;
/** "more colour", "a splash of colour": colour wished for the whole palette, whatever colour the site is now. */
const MORE_COLOR = /\b(?:more|some|a (?:bit|splash|pop|touch) of|add(?:ing)?)\s+colou?rs?\b/;
const IMAGE_AFTER = /^\s*(?:image|photo|picture|video)/;

export function styleRule(reading: PromptReading): RuleIntent | undefined {
  const target = typeTarget(reading) ?? wholeTheme(reading) ?? fontTarget(reading) ?? shapeTarget(reading) ?? colorTarget(reading) ?? partLook(reading) ?? lookTarget(reading);
  if (target === undefined) return undefined;
  if (target.startsWith('theme')) return intentOf('update_styles', target);
  return intentOf('update_styles', target, { page: namedPageSlug(reading), sections: [target] });
}

/** "font colour: charcoal", "font size": the colour or size of type, not its family. */
const FONT_PROPERTY = /\bfont[- ](?:colou?rs?|sizes?)\b/g;

/** "use our brand colours and fonts throughout": colours and fonts together are the whole theme. */
function wholeTheme(reading: PromptReading): string | undefined {
  const text = reading.instruction.replace(FONT_PROPERTY, ' ');
  return COLOR_WORD_PATTERN.test(text) && FONT_WORD_PATTERN.test(text) ? 'theme' : undefined;
}

/** How a part is laid out and drawn: "centre the text in the hero", "make the banner taller", "shadows on the cards". */
const PART_LOOK = /\b(?:cent(?:re|er)(?:ed|ing)?|(?:left|right)[- ]align(?:ed)?|align(?:ed|ment)?|taller|wider|narrower|full[- ](?:width|screen|height)|shadows?|drop shadows?|borders?|outlined?)\b/;
const DRAWN_THINGS = /\b(?:cards?|boxes|buttons?|images?|photos?|pictures?|sections?)\b/;

function partLook(reading: PromptReading): string | undefined {
  const text = reading.instruction;
  if (!PART_LOOK.test(text) && !(/\b(?:bigger|larger|smaller)\b/.test(text) && reading.sections.some((mention) => mention.kind === 'section'))) return undefined;
  const section = reading.sections.find((mention) => mention.kind === 'section');
  if (section) return section.type;
  return PART_LOOK.test(text) && DRAWN_THINGS.test(text) ? 'theme' : undefined;
}

function fontTarget(reading: PromptReading): string | undefined {
  const text = reading.instruction.replace(FONT_PROPERTY, ' ');
  const family = FONT_FAMILY_PATTERN.exec(reading.full) ?? CLEAR_FONT_KIND_PATTERN.exec(text);
  const isSetIn = family !== null && (SET_IN_BEFORE.test(reading.full.slice(0, family.index)) || SET_IN_AFTER.test(reading.full.slice(family.index + family[0].length)));
  const isAboutFonts = isSetIn || FONT_WORD_PATTERN.test(text) || /\bitalics?\b/.test(text) || (family !== null && family[0].length === text.replace(/[.!?\s]+$/, '').length) || (family !== null && (FONT_VERB.test(text) || FOR_TEXT.test(text) || HEADING_TEXT_PATTERN.test(text) || BODY_TEXT_PATTERN.test(text))) || UNKNOWN_FAMILY.test(reading.original);
  if (!isAboutFonts) return undefined;
  const heading = HEADING_TEXT_PATTERN.exec(text);
  const body = BODY_TEXT_PATTERN.exec(text);
  if (heading && (!body || heading.index <= body.index)) return 'theme.fonts.heading';
  if (body) return 'theme.fonts.body';
  return 'theme.fonts';
}

/** Size and weight of type: "bigger headings", "bolder titles". */
function typeTarget(reading: PromptReading): string | undefined {
  if (HEADING_WEIGHT_PATTERN.test(reading.instruction)) return 'theme.headingWeight';
  if (TYPE_SIZE_PATTERN.test(reading.instruction)) return 'theme.typeScale';
  return undefined;
}

/** Corners and spacing. */
function shapeTarget(reading: PromptReading): string | undefined {
  if (RADIUS_PATTERN.test(reading.instruction)) return 'theme.radius';
  if (DENSITY_PATTERN.test(reading.instruction)) return 'theme.density';
  return undefined;
}

function colorTarget(reading: PromptReading): string | undefined {
  // "buttons: dark red": the value after a short key is read with it.
  const text = isKeyValue(reading) ? `${reading.instruction} ${reading.payload.toLowerCase()}` : reading.instruction;
  COLOR_NAME_PATTERN.lastIndex = 0;
  const colorName = COLOR_NAME_PATTERN.exec(text);
  COLOR_NAME_PATTERN.lastIndex = 0;
  const background = /\bbackground\b/.exec(text);
  const isBackground = background !== null && !IMAGE_AFTER.test(text.slice(background.index + background[0].length));
  const isColorAlone = colorName !== null && colorName[0].length === text.replace(/[.!?\s]+$/, '').length;
  // "accents in olive green": a colour said of a colour role (other than the ambiguous "text").
  const roleNamed = colorRoleIn(text);
  const isRoleColored = colorName !== null && roleNamed !== undefined && roleNamed !== 'text';
  const hasColor = isColorAlone || isRoleColored || HEX_COLOR_PATTERN.test(reading.full) || COLOR_WORD_PATTERN.test(text) || DARK_LIGHT_PATTERN.test(text) || isBackground || (colorName !== null && (COLOR_VERB.test(text.slice(0, colorName.index)) || COLOR_CRITIQUE.test(text.slice(colorName.index + colorName[0].length))));
  if (!hasColor) return undefined;
  const section = reading.sections.find((mention) => mention.kind === 'section');
  if (section && (isBackground || colorName !== null || DARK_LIGHT_PATTERN.test(text) || /\b(?:colou?r|tone|darker|lighter)\b/.test(text))) return section.type;
  // "dark mode please": the site's mode; "a darker background" stays a background colour.
  if (DARK_LIGHT_PATTERN.test(text) && background === null && /\b(?:dark|night)[\s-]+(?:mode|theme|version)\b|\b(?:mode|theme) (?:dark|night)\b|\bmode\b/.test(text) && !/\b(?:colou?rs?|tone)\b/.test(text)) return 'theme.mode';
  if (DARK_LIGHT_PATTERN.test(text) && /\b(?:mode|theme|background|site|website|version|look|design|scheme)\b/.test(text)) return 'theme.colors.background';
  const role = colorRoleIn(text);
  if (role !== undefined && (role !== 'text' || colorName !== null || HEX_COLOR_PATTERN.test(reading.full) || COLOR_WORD_PATTERN.test(text) || DARK_LIGHT_PATTERN.test(text))) return `theme.colors.${role}`;
  // "colours: navy and coral", "more colour": the palette, not one role.
  if ((COLOR_WORD_PATTERN.test(text) || role === undefined) && (colorName === null || MORE_COLOR.test(text) || colorCount(text) > 1) && !HEX_COLOR_PATTERN.test(reading.full)) return 'theme.colors';
  if (DARK_LIGHT_PATTERN.test(text)) return 'theme.colors.background';
  return 'theme.colors.primary';
}

/** How many different colours `text` names ("navy and gold" → 2). */
function colorCount(text: string): number {
  const names = [...text.matchAll(COLOR_NAME_PATTERN)];
  // Joined as a list ("navy and gold", "black, white"), not one replacing another ("the blue to purple").
  const isList = names.slice(1).some((name, index) => /^\s*(?:and|&|,|\/|plus|with)\s*(?:(?:a|some)\s+)?$/.test(text.slice(names[index]!.index + names[index]![0].length, name.index)));
  return isList ? new Set(names.map((match) => match[0])).size : Math.min(names.length, 1);
}

function lookTarget(reading: PromptReading): string | undefined {
  const text = reading.instruction;
  const look = LOOK_PATTERN.exec(text);
  const lookNoun = LOOK_NOUN_PATTERN.test(text);
  if (RESTYLE_VERB.test(text)) return reading.sections.find((mention) => mention.kind === 'section')?.type ?? 'theme';
  if (!look && !(lookNoun && /\b(?:change|new|fresh|update|refresh|redesign|restyle|makeover|different|improve|better)\b/.test(text))) return undefined;
  if (look && !lookNoun && !LOOK_DEGREE.test(text)) return undefined;
  // "make the text on the about page less formal": the tone of the words, written, not drawn.
  if (look && !lookNoun && WORDS_NAMED.test(text)) return undefined;
  const section = reading.sections.find((mention) => mention.kind === 'section');
  if (section) return lookNoun ? section.type : undefined;
  if (reading.sections.length > 0) return undefined;
  return 'theme';
}
