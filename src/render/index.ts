// render(site) → files: the published site as a pure, deterministic function of the document. Isomorphic —
// no Node or DOM APIs — so the editor's preview runs this very code in the browser. All text is escaped by the
// `html` template; rich text passes through the one sanitizer (rich-text.ts).
export { render, renderStylesheet, type RenderOptions } from './render.ts';
export { renderPage, pageTitle, pageDescription } from './render-page.ts';
export { html, escapeHtml, isSafeHtml, type SafeHtml } from '../markup/index.ts';
export { renderRichText } from './rich-text.ts';
export { pagePath, pageFile } from './links.ts';
export { previewDocument, withoutScripts } from './preview-document.ts';
export { tonePalettes, themeCss } from './theme-css.ts';
export { DEFAULT_FONT_URL, EDITOR_FONT_URL, fontFaceCss, headingFontFile, usedFaces, usedFontFiles, type FontUrl, type UsedFace } from './font-faces.ts';
export { auditTheme, type ThemeWarning } from './audit-theme.ts';
export { isMultilingual, localePrefix, localizePath, localeVersions, siteLocales, type LocaleVersion } from './locales.ts';
export { languageName } from './language-names.ts';
export { THANKS_PATH } from './thanks-page.ts';
