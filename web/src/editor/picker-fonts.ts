// The faces the font picker shows its names in: each curated family's latin regular file from the API's font
// route, added to the editor's document under a name of its own ("PageHub Picker Inter", so a font installed on the
// computer never stands in). Loaded once, the first time a picker opens — never on an editor load.
import { EDITOR_FONT_URL } from '../../../src/render/index.ts';
import { fontFileName, fontStack, FONTS, isWebFont, nearestWeight, type FontFamilyId } from '../../../src/site/index.ts';

let loading: Promise<void> | undefined;

/** The CSS font-family that sets a family's name in its own face inside the picker. */
export function pickerFontFamily(id: FontFamilyId): string {
  return isWebFont(id) ? `"PageHub Picker ${FONTS[id].label}", ${fontStack(id)}` : fontStack(id);
}

export function loadPickerFonts(): Promise<void> {
  loading ??= Promise.allSettled(
    (Object.keys(FONTS) as FontFamilyId[]).filter(isWebFont).map((id) => {
      const weight = nearestWeight(id, 400);
      const face = new FontFace(`PageHub Picker ${FONTS[id].label}`, `url("${EDITOR_FONT_URL(fontFileName(id, 'latin', weight))}") format("woff2")`, { weight: String(weight), display: 'swap' });
      document.fonts.add(face);
      return face.load();
    }),
  ).then(() => undefined);
  return loading;
}
