// The look of a site: its colours, fonts, corner radius, light or dark mode and the logo's picture and text.
import type { Site, ThemeColors } from '../../site/index.ts';
import type { PatchOperation } from '../json-patch.ts';
import { setText, setValue } from './set-value.ts';

export type ThemeColorName = keyof ThemeColors;

/** Sets one of the theme's colours to a hex colour (`#1d4ed8`; stored lowercase). */
export function setThemeColor(site: Site, name: ThemeColorName, color: string): PatchOperation[] {
  return setValue(site, `/theme/colors/${name}`, color.trim().toLowerCase());
}

/** Sets the heading or body font to one of the curated fonts (`FONTS`). */
export function setThemeFont(site: Site, role: 'heading' | 'body', font: string): PatchOperation[] {
  return setValue(site, `/theme/fonts/${role}`, font);
}

/** Sets the corner radius of buttons, cards, images and inputs: `none`, `sm`, `md`, `lg` or `full`. */
export function setThemeRadius(site: Site, radius: string): PatchOperation[] {
  return setValue(site, '/theme/radius', radius);
}

export function setThemeMode(site: Site, mode: string): PatchOperation[] {
  return setValue(site, '/theme/mode', mode);
}

/** Shows an uploaded picture (`asset:<id>`) as the logo in the header and as the favicon; undefined goes back to the lettermark. */
export function setLogoImage(site: Site, source: string | undefined): PatchOperation[] {
  return setValue(site, '/theme/logo/src', source);
}

/** Sets the text shown as the logo (added when the site has none yet). */
export function setLogoText(site: Site, text: string): PatchOperation[] {
  return setText(site, '/theme/logo/text', text);
}
