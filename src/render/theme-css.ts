import { FONTS, type Theme } from '../site/index.ts';
import { contrast, ensureContrast, isDark, mix, readableOn } from './color.ts';

/** The colors a band of the page is painted with; every text color meets WCAG AA on `background`. */
export interface TonePalette {
  background: string;
  surface: string;
  text: string;
  muted: string;
  link: string;
  border: string;
  primary: string;
  onPrimary: string;
  accent: string;
}

const AA = 4.5;

function palette(background: string, text: string, theme: Theme, surfaceHint?: string): TonePalette {
  const safeText = ensureContrast(text, background, 7);
  const primaryFill = theme.colors.primary;
  const surface = surfaceHint && contrast(surfaceHint, background) > 1.04 ? surfaceHint : mix(background, safeText, isDark(background) ? 0.1 : 0.045);
  // Muted text must read on both the band and cards placed on it.
  const muted = ensureContrast(ensureContrast(theme.colors.muted, background, AA), surface, AA);
  const link = ensureContrast(ensureContrast(theme.colors.primary, background, AA), surface, AA);
  return {
    background,
    surface,
    text: ensureContrast(safeText, surface, AA),
    muted,
    link,
    border: mix(background, safeText, isDark(background) ? 0.28 : 0.16),
    primary: primaryFill,
    onPrimary: readableOn(primaryFill),
    accent: theme.colors.accent,
  };
}

/** The four tones a section can take: base, surface (alternating rhythm), primary and dark. */
export function tonePalettes(theme: Theme): Record<'base' | 'surface' | 'primary' | 'dark', TonePalette> {
  const { colors } = theme;
  let background = colors.background;
  let text = colors.text;
  if (theme.mode === 'dark' && !isDark(background)) [background, text] = [isDark(text) ? text : '#111418', background];
  if (theme.mode === 'light' && isDark(background)) [background, text] = [isDark(text) ? '#ffffff' : text, background];
  const base = palette(background, text, theme, colors.surface);
  const surface = palette(base.surface, text, theme, background);
  const primaryText = readableOn(colors.primary);
  const primary: TonePalette = {
    ...palette(colors.primary, primaryText, theme),
    muted: ensureContrast(mix(primaryText, colors.primary, 0.12), colors.primary, AA),
    link: primaryText,
    primary: primaryText,
    onPrimary: ensureContrast(colors.primary, primaryText, AA),
  };
  const darkBackground = isDark(text) ? mix(text, '#000000', 0.25) : '#14161a';
  const dark = palette(darkBackground, '#f5f5f4', theme);
  return { base, surface, primary, dark };
}

function variables(tone: TonePalette): string {
  return [
    `--color-background:${tone.background}`,
    `--color-surface:${tone.surface}`,
    `--color-text:${tone.text}`,
    `--color-muted:${tone.muted}`,
    `--color-link:${tone.link}`,
    `--color-border:${tone.border}`,
    `--color-primary:${tone.primary}`,
    `--color-on-primary:${tone.onPrimary}`,
    `--color-accent:${tone.accent}`,
  ].join(';');
}

const RADIUS: Record<Theme['radius'], [card: string, control: string]> = {
  none: ['0', '0'],
  sm: ['0.25rem', '0.25rem'],
  md: ['0.5rem', '0.5rem'],
  lg: ['1rem', '0.75rem'],
  full: ['1.5rem', '999px'],
};

const SECTION_SPACE: Record<Theme['density'], [phone: number, desktop: number]> = {
  compact: [3, 4],
  comfortable: [3.5, 6],
  spacious: [4.5, 8],
};

/** A fluid size between 375 px and 1280 px viewports, in rem. */
function fluid(phone: number, desktop: number): string {
  if (Math.abs(desktop - phone) < 0.01) return `${phone.toFixed(3)}rem`;
  const slope = (desktop - phone) / (1280 - 375);
  const intercept = phone - slope * 375;
  return `clamp(${phone.toFixed(3)}rem, ${(intercept).toFixed(3)}rem + ${(slope * 1600).toFixed(3)}vw, ${desktop.toFixed(3)}rem)`;
}

/** `:root` custom properties from the theme tokens, plus one class per tone. */
export function themeCss(theme: Theme): string {
  const tones = tonePalettes(theme);
  const phoneRatio = Math.min(theme.typeScale, 1.2);
  const steps = [-1, 0, 1, 2, 3, 4, 5].map((step) => {
    const phone = 1 * phoneRatio ** step;
    const desktop = 1.0625 * theme.typeScale ** step;
    return `--step-${step < 0 ? `-${-step}` : step}:${fluid(phone, desktop)}`;
  });
  const [cardRadius, controlRadius] = RADIUS[theme.radius];
  const [sectionPhone, sectionDesktop] = SECTION_SPACE[theme.density];
  const root = [
    variables(tones.base),
    `--font-heading:${FONTS[theme.fonts.heading].stack}`,
    `--font-body:${FONTS[theme.fonts.body].stack}`,
    `--heading-weight:${theme.headingWeight}`,
    ...steps,
    `--radius:${cardRadius}`,
    `--radius-control:${controlRadius}`,
    `--space-section:${fluid(sectionPhone, sectionDesktop)}`,
    `--space-section-lg:${fluid(sectionPhone * 1.25, sectionDesktop * 1.25)}`,
    `color-scheme:${isDark(tones.base.background) ? 'dark' : 'light'}`,
  ];
  return [
    `:root{${root.join(';')}}`,
    `.tone-base{${variables(tones.base)}}`,
    `.tone-surface{${variables(tones.surface)}}`,
    `.tone-primary{${variables(tones.primary)}}`,
    `.tone-dark{${variables(tones.dark)};color-scheme:dark}`,
  ].join('\n');
}
