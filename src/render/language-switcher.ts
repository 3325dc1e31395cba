// The language switcher of multi-locale sites, without JavaScript: on wide screens a compact `<details>` drop-down
// in the header (globe, `ES`, chevron — short, so long brand names and navigations keep to one row); inside the
// phone menu a row of language buttons. Every link goes to
// the same page in another language, is labelled with that language's own name and carries `hreflang` and `lang`.
import { html, type SafeHtml } from '../markup/index.ts';
import { languageCode, languageName } from './language-names.ts';
import type { LocaleVersion } from './locales.ts';

/** A globe, drawn in the icon style of icons.ts (constant markup, decorative). */
const GLOBE = html`<svg class="icon" viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="1.75" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="9.5"/><ellipse cx="12" cy="12" rx="4" ry="9.5"/><path d="M2.5 12h19M4 7.5h16M4 16.5h16"/></svg>`;

const localesOf = (versions: readonly LocaleVersion[]) => versions.map((version) => version.locale);

function languageItems(versions: readonly LocaleVersion[], currentLocale: string): SafeHtml[] {
  return versions.map(({ locale, path }) => {
    const current = locale === currentLocale ? html` aria-current="true"` : '';
    return html`<li><a href="${path}" hreflang="${locale}" lang="${locale}"${current}>${languageName(locale, localesOf(versions))}</a></li>`;
  });
}

/**
 * The header's drop-down, shown from 56em up. `label` is "Language" in the page's language; the summary's name
 * starts with the code it shows ("ES — Idioma: Español"), so what is seen is what voice control can say.
 */
export function renderLanguageMenu(versions: readonly LocaleVersion[], currentLocale: string, label: string): SafeHtml {
  const locales = localesOf(versions);
  return html`<details class="language-menu"><summary>${GLOBE}<span class="language-code">${languageCode(currentLocale, locales)}</span><span class="visually-hidden"> — ${label}: ${languageName(currentLocale, locales)}</span></summary><ul class="language-list">${languageItems(versions, currentLocale)}</ul></details>`;
}

/** The same links as a row of buttons, for the phone menu. */
export function renderLanguageLinks(versions: readonly LocaleVersion[], currentLocale: string, label: string): SafeHtml {
  return html`<div class="language-links"><p class="language-label">${GLOBE}<span>${label}</span></p><ul class="language-list">${languageItems(versions, currentLocale)}</ul></div>`;
}

/** Added to the stylesheet of multi-locale sites only, so single-locale sites keep their exact stylesheet. */
export const LANGUAGE_SWITCHER_CSS = `
.site-header .nav-desktop{margin-inline-start:auto}
.language-menu{display:none;position:relative}
.language-menu summary{display:inline-flex;align-items:center;gap:var(--space-2);min-height:2.75rem;padding:0 var(--space-3);font-size:var(--step--1);letter-spacing:0.04em;border:1px solid var(--color-border);border-radius:var(--radius-control);cursor:pointer;font-weight:500;list-style:none;white-space:nowrap}
.language-menu summary::-webkit-details-marker{display:none}
.language-menu summary::after{content:"";width:0.4em;height:0.4em;margin-inline-start:var(--space-1);border-right:2px solid currentColor;border-bottom:2px solid currentColor;transform:translateY(-25%) rotate(45deg)}
.language-menu[open] summary::after{transform:translateY(25%) rotate(-135deg)}
.language-menu summary:hover,.language-menu[open] summary{border-color:var(--color-link);color:var(--color-link)}
.language-menu .icon,.language-label .icon{width:1.25rem;height:1.25rem}
.language-menu .language-list{position:absolute;inset-inline-end:0;top:calc(100% + var(--space-2));z-index:60;min-width:12rem;margin:0;padding:var(--space-2);list-style:none;background:var(--color-background);border:1px solid var(--color-border);border-radius:var(--radius);box-shadow:var(--shadow)}
.language-list li{margin:0}
.language-menu .language-list a{white-space:nowrap;display:flex;align-items:center;justify-content:space-between;gap:var(--space-4);min-height:2.75rem;padding:0 var(--space-3);border-radius:var(--radius-control);color:var(--color-text);text-decoration:none}
.language-menu .language-list a:hover{background:var(--color-surface);color:var(--color-link)}
.language-menu .language-list a[aria-current]{color:var(--color-link);font-weight:600}
.language-menu .language-list a[aria-current]::after{content:"";width:0.35em;height:0.7em;border-right:2px solid currentColor;border-bottom:2px solid currentColor;transform:translateY(-15%) rotate(45deg)}
.nav-mobile[open] .nav-panel{position:absolute;left:0;right:0;top:100%;padding:var(--space-3) var(--gutter) var(--space-5);background:var(--color-background);border-bottom:1px solid var(--color-border);box-shadow:var(--shadow)}
.nav-mobile[open] .nav-panel .nav-list{position:static;padding:0;border:0;box-shadow:none;background:none}
.language-links{margin-top:var(--space-4);padding-top:var(--space-4);border-top:1px solid var(--color-border)}
.language-label{display:flex;align-items:center;gap:var(--space-2);margin:0 0 var(--space-3);font-size:var(--step--1);font-weight:600;color:var(--color-muted)}
.language-links .language-list{display:flex;flex-wrap:wrap;gap:var(--space-2);margin:0;padding:0;list-style:none}
.language-links .language-list a{display:inline-flex;align-items:center;min-height:2.75rem;padding:0 var(--space-4);border:1px solid var(--color-border);border-radius:var(--radius-control);color:var(--color-text);text-decoration:none;font-weight:500}
.language-links .language-list a[aria-current]{border-color:var(--color-link);color:var(--color-link);font-weight:600;box-shadow:inset 0 0 0 1px var(--color-link)}
@media (min-width:56em){.language-menu{display:block}}
`;
