import { contrast, ensureContrast, fontStack, isDark, mix, nearestWeight, readableOn, resolveFontId, type Theme } from '../site/index.ts';

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

/** A surface close to the background (cards, alternating bands): the hint if it is a gentle step away, else derived. */
function surfaceFor(background: string, text: string, hint?: string): string {
  if (hint && isDark(hint) === isDark(background)) {
    const step = contrast(hint, background);
    if (step > 1.04 && step < 1.5) return hint;
  }
  return mix(background, text, isDark(background) ? 0.1 : 0.045);
}

/**
 * The colors of one band. Text, muted text and links are shaded until they reach AA on both the band and the
 * cards on it; if no shade can (a surface straddling mid-grey), cards take the band's own color.
 */
function palette(background: string, colors: { text: string; muted: string; link: string; primary: string; accent: string }, surfaceHint?: string): TonePalette {
  const build = (surface: string): TonePalette => {
    const readable = (color: string, ratio: number) => ensureContrast(ensureContrast(color, background, ratio), surface, AA);
    return {
      background,
      surface,
      text: readable(colors.text, 7),
      muted: readable(colors.muted, AA),
      link: readable(colors.link, AA),
      border: mix(background, colors.text, isDark(background) ? 0.28 : 0.16),
      primary: colors.primary,
      onPrimary: readableOn(colors.primary),
      accent: colors.accent,
    };
  };
  const tone = build(surfaceFor(background, colors.text, surfaceHint));
  const isReadable = [tone.text, tone.muted, tone.link].every((color) => contrast(color, background) >= AA && contrast(color, tone.surface) >= AA);
  return isReadable ? tone : build(background);
}

/** The four tones a section can take: base, surface (alternating rhythm), primary and dark. */
export function tonePalettes(theme: Theme): Record<'base' | 'surface' | 'primary' | 'dark', TonePalette> {
  const { colors } = theme;
  let background = colors.background;
  let text = colors.text;
  if (theme.mode === 'dark' && !isDark(background)) [background, text] = [isDark(text) ? text : '#111418', background];
  if (theme.mode === 'light' && isDark(background)) [background, text] = [isDark(text) ? '#ffffff' : text, background];
  const themed = { text, muted: colors.muted, link: colors.primary, primary: colors.primary, accent: colors.accent };
  const base = palette(background, themed, colors.surface);
  const surface = palette(base.surface, themed, background);
  const onFill = readableOn(colors.primary);
  const primary = palette(colors.primary, { text: onFill, muted: mix(onFill, colors.primary, 0.12), link: onFill, primary: onFill, accent: colors.accent });
  const darkBackground = isDark(text) ? mix(text, '#000000', 0.25) : '#14161a';
  const dark = palette(darkBackground, { ...themed, text: '#f5f5f4', muted: mix('#f5f5f4', darkBackground, 0.3) });
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
    `--font-heading:${fontStack(resolveFontId(theme.fonts.heading))}`,
    `--font-body:${fontStack(resolveFontId(theme.fonts.body))}`,
    `--heading-weight:${nearestWeight(resolveFontId(theme.fonts.heading), theme.headingWeight)}`,
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
