// Markup that is safe by construction: the `html` tagged template (every interpolation escaped unless it is
// already SafeHtml) and the inline SVG icons. A leaf: it imports nothing, so both the section catalog in
// src/site and the renderer in src/render build on it without depending on each other.
export { attr, escapeHtml, html, isSafeHtml, join, phoneHref, phoneText, trustedMarkup, type Interpolation, type SafeHtml } from './html.ts';
export { icon, ICON_NAMES, type IconName } from './icons.ts';
