import { FALLBACK_METRICS, fallbackFamilies, FONT_SUBSETS, fontFileName, isWebFont, nearestWeight, resolveFontId, WEB_FONTS, type FallbackMetrics, type FontId, type FontSubset, type StandInId, type Theme, type WebFontId } from '../site/index.ts';

/** Where the page finds a curated font file (`inter-latin-400-normal.woff2`): a fingerprinted path when published. */
export type FontUrl = (file: string) => string;

/** Until a deployment says otherwise, font files sit under /fonts/ (where `pagehub render` writes them). */
export const DEFAULT_FONT_URL: FontUrl = (file) => `/fonts/${file}`;

/** Where the editor's preview and font picker find the files: the API's font route (GET /api/fonts/{file}). */
export const EDITOR_FONT_URL: FontUrl = (file) => `/api/fonts/${encodeURIComponent(file)}`;

/** One face the stylesheet asks for: a family at one weight (both subsets). */
export interface UsedFace {
  family: WebFontId;
  weight: number;
}

/** The faces a theme uses: the heading family at its weight, the body family regular and bold; none for System UI. */
export function usedFaces(theme: Pick<Theme, 'fonts' | 'headingWeight'>): UsedFace[] {
  const faces: UsedFace[] = [];
  const add = (id: FontId, weight: number) => {
    const family = resolveFontId(id);
    if (!isWebFont(family)) return;
    const face = { family, weight: nearestWeight(family, weight) };
    if (!faces.some((known) => known.family === face.family && known.weight === face.weight)) faces.push(face);
  };
  add(theme.fonts.heading, theme.headingWeight);
  add(theme.fonts.body, 400);
  add(theme.fonts.body, 700);
  return faces;
}

/** Every file the stylesheet can request: each used face in latin and latin-ext. */
export function usedFontFiles(theme: Pick<Theme, 'fonts' | 'headingWeight'>): string[] {
  return usedFaces(theme).flatMap((face) => (Object.keys(FONT_SUBSETS) as FontSubset[]).map((subset) => fontFileName(face.family, subset, face.weight)));
}

/** The one file worth preloading: the heading face's latin file (the largest text above the fold). */
export function headingFontFile(theme: Pick<Theme, 'fonts' | 'headingWeight'>): string | undefined {
  const heading = resolveFontId(theme.fonts.heading);
  return isWebFont(heading) ? fontFileName(heading, 'latin', nearestWeight(heading, theme.headingWeight)) : undefined;
}

/** A web family's fallback faces: each local stand-in, scaled to take the web face's room. */
function fallbackFaces(family: WebFontId): string[] {
  const measured: Partial<Record<StandInId, FallbackMetrics>> = FALLBACK_METRICS[family];
  return fallbackFamilies(family).map(({ family: name, standIn }) => {
    const metrics = measured[standIn.id] as FallbackMetrics;
    return `@font-face{font-family:"${name}";src:${standIn.names.map((local) => `local("${local}")`).join(',')};size-adjust:${metrics.sizeAdjust}%;ascent-override:${metrics.ascent}%;descent-override:${metrics.descent}%;line-gap-override:${metrics.lineGap}%}`;
  });
}

/**
 * The @font-face rules of a theme: for each used face a latin and a latin-ext rule (`font-display: swap`, the
 * subset's unicode-range, so a page downloads latin-ext only if it shows such a letter), and for each web family
 * its fallback face, a local font scaled to the same metrics so nothing moves when the web font arrives.
 */
export function fontFaceCss(theme: Pick<Theme, 'fonts' | 'headingWeight'>, fontUrl: FontUrl = DEFAULT_FONT_URL): string {
  const faces = usedFaces(theme);
  const rules = faces.flatMap((face) =>
    (Object.keys(FONT_SUBSETS) as FontSubset[]).map(
      (subset) =>
        `@font-face{font-family:"${WEB_FONTS[face.family].label}";font-style:normal;font-weight:${face.weight};font-display:swap;src:url("${fontUrl(fontFileName(face.family, subset, face.weight))}") format("woff2");unicode-range:${FONT_SUBSETS[subset]}}`,
    ),
  );
  const families = [...new Set(faces.map((face) => face.family))];
  return [...rules, ...families.flatMap(fallbackFaces)].join('\n');
}
