import { contrast, type Theme } from '../site/index.ts';

export interface ThemeWarning {
  path: string;
  message: string;
}

/**
 * What the renderer had to adjust: the theme's own colors that miss WCAG AA against the background. The site
 * still renders readable (theme-css.ts derives shades that pass); the editor shows these as warnings.
 */
export function auditTheme(theme: Theme): ThemeWarning[] {
  const { colors } = theme;
  const warnings: ThemeWarning[] = [];
  const check = (name: keyof typeof colors, ratio: number, purpose: string) => {
    const value = contrast(colors[name], colors.background);
    if (value < ratio) {
      warnings.push({ path: `theme.colors.${name}`, message: `${name} on the background has a contrast of ${value.toFixed(2)}:1, below the ${ratio}:1 that ${purpose} needs; the site uses a darker or lighter shade of it instead.` });
    }
  };
  check('text', 4.5, 'body text');
  check('muted', 4.5, 'secondary text');
  check('primary', 3, 'buttons and links');
  return warnings;
}
