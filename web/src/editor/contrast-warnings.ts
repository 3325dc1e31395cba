// The theme's colour pairs that fall below WCAG AA for normal text (4.5:1).
import { contrast, type ThemeColors } from '../../../src/site/index.ts';

const MINIMUM = 4.5;

export function contrastWarnings(colors: ThemeColors): string[] {
  const pairs: [string, string, string][] = [
    ['Text on the background', colors.text, colors.background],
    ['White text on the primary colour', '#ffffff', colors.primary],
  ];
  return pairs.flatMap(([name, first, second]) => {
    const ratio = contrast(first, second);
    return ratio < MINIMUM ? [`${name} has a contrast of ${ratio.toFixed(2)}:1, below ${MINIMUM}:1; it may be hard to read.`] : [];
  });
}
