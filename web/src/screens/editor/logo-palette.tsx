// Theme → Colours from your logo: the logo picture's dominant colours, each offered as the primary or the accent
// colour, with how it reads on the site's background (the one contrast routine, src/site/color.ts).
import { contrast, readableOn, type ThemeColors } from '../../../../src/site/index.ts';
import type { ThemeColorName } from '../../../../src/patch/index.ts';
import { useAssetPalette } from '../../api/index.ts';
import { Button } from '../../ui/index.ts';

/** WCAG AA: body text 4.5:1; large text and the shapes of buttons 3:1. */
const TEXT = 4.5;
const LARGE = 3;

/** How a colour reads on the background, in a few words and in full (for screen readers). */
function readability(ratio: number): { short: string; full: string } {
  if (ratio >= TEXT) return { short: 'reads well as text', full: 'reads well as text on your background' };
  if (ratio >= LARGE) return { short: 'buttons and headings', full: 'fine for buttons and large headings on your background' };
  return { short: 'too faint for text', full: 'too close to your background for text; the site uses a darker or lighter shade where text needs it' };
}

export interface LogoPaletteProps {
  siteId: string;
  /** `asset:<id>` of the logo, or an address / undefined (no palette then). */
  logo: string | undefined;
  colors: ThemeColors;
  onUse: (name: ThemeColorName, color: string) => void;
}

export function LogoPalette({ siteId, logo, colors, onUse }: LogoPaletteProps) {
  const assetId = logo?.startsWith('asset:') ? logo.slice('asset:'.length) : undefined;
  const palette = useAssetPalette(siteId, assetId);
  const found = palette.data?.palette ?? [];
  if (!assetId || found.length === 0) return null;
  return (
    <section aria-labelledby="logo-palette-title" className="space-y-2 rounded-card border border-line bg-canvas p-3">
      <h3 id="logo-palette-title" className="text-small font-semibold">
        Colours from your logo
      </h3>
      <ul className="space-y-2">
        {found.map((color) => {
          const ratio = contrast(color, colors.background);
          const verdict = readability(ratio);
          const description = `${color}: ${ratio.toFixed(1)}:1, ${verdict.full}`;
          return (
            <li key={color} className="flex items-center gap-3">
              <span aria-hidden="true" className="grid size-10 shrink-0 place-items-center rounded-control border border-line-strong text-small font-semibold" style={{ backgroundColor: color, color: readableOn(color) }}>
                Aa
              </span>
              <span className="min-w-0 flex-1 text-small leading-tight">
                <span className="block font-mono">{color}</span>
                <span className="block text-ink-muted">
                  {ratio.toFixed(1)}:1 · {verdict.short}
                </span>
              </span>
              <span className="flex shrink-0 gap-1">
                <Button variant="secondary" size="sm" aria-label={`Use ${description} as the primary colour`} aria-pressed={colors.primary === color} onClick={() => onUse('primary', color)}>
                  Primary
                </Button>
                <Button variant="ghost" size="sm" aria-label={`Use ${color} as the accent colour`} aria-pressed={colors.accent === color} onClick={() => onUse('accent', color)}>
                  Accent
                </Button>
              </span>
            </li>
          );
        })}
      </ul>
      <p className="text-small text-ink-muted">The ratio is each colour’s contrast with your background: 4.5:1 or more reads well as text.</p>
    </section>
  );
}
