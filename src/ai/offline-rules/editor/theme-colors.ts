import { isDark, mix } from '../../../site/index.ts';
import type { PatchOperation } from '../../../patch/index.ts';
import type { EditProposal, EditRequest } from '../../roles.ts';
import { valueAt } from './context-values.ts';
import { colorIn, unknownColorWord } from './colors.ts';
import { ask, change } from './proposal.ts';

// Theme colours: one named colour for one role ("make the primary colour green"), or the light/dark palette
// ("switch to a dark theme") — background, surface, text and muted change together with the mode.

const ROLES = ['primary', 'secondary', 'accent', 'background', 'surface', 'text', 'muted'] as const;
type Role = (typeof ROLES)[number];

const ROLE_WORDS: readonly [RegExp, Role][] = [
  [/\bsecondary\b/, 'secondary'], [/\b(accent|highlight)s?\b/, 'accent'], [/\bbackground\b/, 'background'],
  [/\b(surface|cards?|panels?)\b/, 'surface'], [/\bmuted\b/, 'muted'], [/\b(text|font|writing) colou?r\b|\bcolou?r of the text\b/, 'text'],
  [/\b(primary|main|brand|button)\b/, 'primary'],
];

const ROLE_NAMES: Readonly<Record<Role, string>> = {
  primary: 'Primary colour', secondary: 'Secondary colour', accent: 'Accent colour', background: 'Background colour',
  surface: 'Surface colour', text: 'Text colour', muted: 'Muted text colour',
};

const DARK = { background: '#111418', surface: '#1c2128', text: '#eef1f4', muted: '#a9b1bb' };
const LIGHT = { background: '#ffffff', surface: '#f5f5f4', text: '#1a1a1a', muted: '#5c5c5c' };

/** The role a prompt names, else the one the target names (`theme.colors.accent`), else primary. */
export function colorRole(text: string, target: string): Role {
  const fromTarget = ROLES.find((role) => target === `theme.colors.${role}`);
  if (fromTarget !== undefined) return fromTarget;
  return ROLE_WORDS.find(([pattern]) => pattern.test(text.toLowerCase()))?.[1] ?? 'primary';
}

export function wantsPalette(text: string): 'dark' | 'light' | undefined {
  const lower = text.toLowerCase();
  if (colorIn(lower) === undefined && /\bdark\b|\bnight mode\b/.test(lower)) return 'dark';
  if (colorIn(lower) === undefined && /\blight (theme|mode|look|version|background)\b|\blight\b$/.test(lower)) return 'light';
  return undefined;
}

export function setPalette(request: EditRequest, mode: 'dark' | 'light'): EditProposal {
  const colors = mode === 'dark' ? DARK : LIGHT;
  const operations: PatchOperation[] = [{ op: 'replace', path: '/theme/mode', value: mode }];
  for (const [role, hex] of Object.entries(colors)) operations.push({ op: 'replace', path: `/theme/colors/${role}`, value: hex });
  if (valueAt(request.context, '/theme/mode') === mode && valueAt(request.context, '/theme/colors/background') === colors.background) {
    return ask(`The site already uses the ${mode} theme. Did you mean a particular colour, such as "make the background cream"?`);
  }
  return change(mode === 'dark' ? 'Dark theme: dark background with light text' : 'Light theme: white background with dark text', operations);
}

export function setColor(request: EditRequest): EditProposal {
  const { prompt, intent, context } = request;
  const role = colorRole(prompt, intent.target ?? '');
  const color = colorIn(prompt);
  if (color === undefined) {
    const word = unknownColorWord(prompt);
    const known = 'a common colour name (green, navy, gold, teal, light blue…) or a hex code such as #1d4ed8';
    return ask(word === undefined ? `Which colour should the ${ROLE_NAMES[role].toLowerCase()} be? Give me ${known}.` : `I don't know the colour "${word}". Use ${known}.`);
  }
  if (valueAt(context, `/theme/colors/${role}`) === color.hex) return ask(`The ${ROLE_NAMES[role].toLowerCase()} is already ${color.name}. Which colour did you have in mind?`);
  const operations: PatchOperation[] = [{ op: 'replace', path: `/theme/colors/${role}`, value: color.hex }];
  const label = color.name.startsWith('#') ? color.hex : `${color.name} (${color.hex})`;
  if (role === 'background' && isAllowed(context.allowedPaths, '/theme/mode')) operations.push(...followBackground(request, color.hex));
  return change(`${ROLE_NAMES[role]} → ${label}`, operations);
}

/** A dark background needs light text (and the dark mode), a light one the reverse: keep the pair readable. */
function followBackground(request: EditRequest, background: string): PatchOperation[] {
  const mode = isDark(background) ? 'dark' : 'light';
  const text = valueAt(request.context, '/theme/colors/text');
  if (valueAt(request.context, '/theme/mode') === mode && typeof text === 'string' && isDark(text) !== isDark(background)) return [];
  const palette = mode === 'dark' ? DARK : LIGHT;
  return [
    { op: 'replace', path: '/theme/mode', value: mode },
    { op: 'replace', path: '/theme/colors/surface', value: mix(background, mode === 'dark' ? '#ffffff' : '#000000', 0.06) },
    { op: 'replace', path: '/theme/colors/text', value: palette.text },
    { op: 'replace', path: '/theme/colors/muted', value: palette.muted },
  ];
}

function isAllowed(allowed: readonly string[], pointer: string): boolean {
  return allowed.some((prefix) => pointer === prefix || pointer.startsWith(`${prefix}/`));
}
