import type { EditProposal, EditRequest } from '../../roles.ts';
import { sectionPointer, valueAt } from './context-values.ts';
import { colorIn } from './colors.ts';
import { fontIn, fontLabel, fontStyleIn } from './fonts.ts';
import { ask, change } from './proposal.ts';
import { INSTEAD, modelRequired } from './refusals.ts';
import { sectionName } from './section-words.ts';
import { setColor, setPalette, wantsPalette } from './theme-colors.ts';

// update_styles: theme colours, the light/dark palette, fonts, corner radius and density by name, and a
// section's background tone. Judgements of taste ("more professional") need a model.

const RADII = ['none', 'sm', 'md', 'lg', 'full'] as const;
const DENSITIES = ['compact', 'comfortable', 'spacious'] as const;

export function editStyles(request: EditRequest): EditProposal {
  const target = request.intent.target ?? '';
  if (target === 'theme' || target === '') return editWholeTheme(request);
  if (target === 'theme.mode' || /^theme\.colors\.(background|surface|text|muted)$/.test(target)) {
    const palette = wantsPalette(request.prompt);
    return palette !== undefined ? setPalette(request, palette) : setColor(request);
  }
  if (target.startsWith('theme.colors')) return setColor(request);
  if (target.startsWith('theme.fonts')) return setFont(request);
  if (target === 'theme.radius') return setRadius(request);
  if (target === 'theme.density') return setDensity(request);
  if (target.startsWith('theme.logo')) return ask('Upload the logo image in the editor first, then ask me to use it as the logo.');
  if (target.startsWith('theme.')) throw modelRequired('Changing this part of the design', 'PAGEHUB_MODEL_EDITOR', INSTEAD.design);
  return setSectionTone(request);
}

/** "theme" as a whole: concrete requests are still done here; a change of overall look needs a model. */
function editWholeTheme(request: EditRequest): EditProposal {
  const lower = request.prompt.toLowerCase();
  const palette = wantsPalette(lower);
  if (palette !== undefined) return setPalette(request, palette);
  if (fontIn(lower) !== undefined && /\bfonts?\b|\btypeface\b|\bheadings?\b|\bbody\b/.test(lower)) return setFont(request);
  if (colorIn(request.prompt) !== undefined) return setColor(request);
  if (/\bround|\bcorners?\b|\bsquare\b|\bsharp\b/.test(lower)) return setRadius(request);
  if (/\bspac(e|ious)|\bcompact\b|\bairy\b|\bdenser\b|\btighter\b/.test(lower)) return setDensity(request);
  throw modelRequired('Changing the overall look of the site', 'PAGEHUB_MODEL_EDITOR', INSTEAD.design);
}

function setFont(request: EditRequest): EditProposal {
  const { prompt, intent } = request;
  const lower = prompt.toLowerCase();
  const target = intent.target ?? '';
  const roles: ('heading' | 'body')[] = target.endsWith('.heading') ? ['heading'] : target.endsWith('.body') ? ['body']
    : /\b(head(ing|line)s?|titles?)\b/.test(lower) && !/\b(body|text|paragraphs?)\b/.test(lower) ? ['heading']
    : /\b(body|text|paragraphs?)\b/.test(lower) && !/\b(head(ing|line)s?|titles?)\b/.test(lower) ? ['body'] : ['heading', 'body'];
  const font = fontIn(prompt);
  if (font === undefined) return setFontStyle(request, roles);
  const operations = roles.filter((role) => valueAt(request.context, `/theme/fonts/${role}`) !== font.id).map((role) => ({ op: 'replace' as const, path: `/theme/fonts/${role}`, value: font.id }));
  if (operations.length === 0) {
    const closest = font.askedFor === undefined ? '' : `, the closest PageHub has to ${font.askedFor}`;
    return ask(`The ${roles.length === 2 ? 'fonts are' : `${roles[0]} font is`} already ${fontLabel(font.id)}${closest}. Would you like a different one, such as Playfair Display, Inter or Nunito?`);
  }
  const what = roles.length === 2 ? 'Fonts' : roles[0] === 'heading' ? 'Heading font' : 'Body font';
  const closest = font.askedFor === undefined ? '' : ` (the closest PageHub has to ${font.askedFor})`;
  return change(`${what} → ${fontLabel(font.id)}${closest}`, operations);
}

/** "make the font more elegant": the composer's pairing for the style word, for the roles asked about. */
function setFontStyle(request: EditRequest, roles: readonly ('heading' | 'body')[]): EditProposal {
  const pairing = fontStyleIn(request.prompt);
  const choices = roles.flatMap((role) => (pairing?.[role] === undefined ? [] : [[role, pairing[role]] as const]));
  if (pairing === undefined || choices.length === 0) {
    return ask('Which font? Name one (Inter, Lato, Poppins, Playfair Display, Lora…) or a style: elegant, modern, playful, formal, warm or bold.');
  }
  const operations = choices.filter(([role, id]) => valueAt(request.context, `/theme/fonts/${role}`) !== id).map(([role, id]) => ({ op: 'replace' as const, path: `/theme/fonts/${role}`, value: id }));
  const described = choices.map(([role, id]) => `${fontLabel(id)} for ${role === 'heading' ? 'headings' : 'body text'}`).join(' and ');
  if (operations.length === 0) return ask(`The site already uses ${described}, PageHub's ${pairing.style} choice. Would you like a particular font instead?`);
  return change(`Fonts → ${described} (${pairing.style})`, operations);
}

function setRadius(request: EditRequest): EditProposal {
  const lower = request.prompt.toLowerCase();
  const current = valueAt(request.context, '/theme/radius');
  const index = Math.max(0, RADII.indexOf(current as (typeof RADII)[number]));
  let next: number;
  if (/\b(square|sharp|straight|no round|not rounded|no rounded|boxy)/.test(lower)) next = 0;
  else if (/\b(pill|fully rounded|completely rounded|circular)\b/.test(lower)) next = RADII.length - 1;
  else if (/\b(less|slightly|a bit|a little|subtle|subtler)\b.*\bround/.test(lower)) next = /\bless\b/.test(lower) ? index - 1 : 1;
  else if (/\bround/.test(lower)) next = index + 1;
  else return ask('Should corners be more rounded, less rounded, or square?');
  next = Math.min(RADII.length - 1, Math.max(0, next));
  if (next === index) return ask(`Corners are already ${RADII[index] === 'none' ? 'square' : RADII[index] === 'full' ? 'as round as they go' : `at "${RADII[index]}"`}. Should they be more or less rounded?`);
  return change(`Corner radius → ${RADII[next]} (was ${RADII[index]})`, [{ op: 'replace', path: '/theme/radius', value: RADII[next]! }]);
}

function setDensity(request: EditRequest): EditProposal {
  const lower = request.prompt.toLowerCase();
  const current = DENSITIES.indexOf(valueAt(request.context, '/theme/density') as (typeof DENSITIES)[number]);
  const next = /\b(compact|tighter|denser|less space|less spacing|smaller gaps)\b/.test(lower) ? current - 1 : /\b(spacious|airy|airier|more space|roomier|more spacing|breathing room)\b/.test(lower) ? current + 1 : current;
  const value = DENSITIES[Math.min(DENSITIES.length - 1, Math.max(0, next))]!;
  if (value === DENSITIES[current]) return ask(`Spacing is "${DENSITIES[current]}". Should it be more compact or more spacious?`);
  return change(`Spacing → ${value}`, [{ op: 'replace', path: '/theme/density', value }]);
}

const TONE_WORDS: readonly [RegExp, 'surface' | 'dark' | 'primary' | 'base' | 'auto', string][] = [
  [/\b(white|plain|no|none|transparent|clear|base)\b.*\bbackground\b|\bbackground\b.*\b(white|plain|none|removed?)\b|\bremove the background\b/, 'base', 'plain'],
  [/\b(light|pale|soft|subtle|gr[ae]y|grey|tinted|off[- ]white|beige|cream|muted)\b/, 'surface', 'light (the theme surface colour)'],
  [/\b(dark|black|charcoal|night)\b/, 'dark', 'dark'],
  [/\b(brand|primary|main|accent|colou?r(ed)?|bold|vibrant|highlight)\b/, 'primary', 'the primary colour'],
  [/\b(default|auto|alternat|reset|normal)/, 'auto', 'automatic (alternating)'],
];

function setSectionTone(request: EditRequest): EditProposal {
  const { context, prompt } = request;
  if (context.sections.length === 0) return ask('Which section should change its background?');
  const lower = prompt.toLowerCase();
  const tone = TONE_WORDS.find(([pattern]) => pattern.test(lower));
  const first = context.sections[0]!;
  const name = sectionName(first.type);
  if (tone === undefined) {
    return ask(`Section backgrounds use the theme's tones so text stays readable: plain, light (surface), dark, or the primary colour. Which one should the ${name} section have?`);
  }
  const operations = context.sections.map((section) => ({ op: 'add' as const, path: sectionPointer(section.pageIndex, section.sectionIndex, 'style'), value: { tone: tone[1] } }));
  const current = valueAt(context, sectionPointer(first.pageIndex, first.sectionIndex, 'style'));
  if (context.sections.length === 1 && typeof current === 'object' && current !== null && !Array.isArray(current) && current.tone === tone[1]) {
    return ask(`The ${name} section already has a ${tone[2]} background. Which other tone should it have: plain, light, dark or the primary colour?`);
  }
  return change(`${name} section background → ${tone[2]}`, operations);
}
