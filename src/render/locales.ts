import type { Site } from '../site/index.ts';

/** One language version of a page: its locale and the URL path it is served at. */
export interface LocaleVersion {
  locale: string;
  path: string;
}

/** The locales the site is published in: the default first, then the others in the order the site lists them. */
export function siteLocales(site: Site): string[] {
  return [...new Set([site.locales.default, ...site.locales.available])];
}

export function isMultilingual(site: Site): boolean {
  return siteLocales(site).length > 1;
}

/**
 * Where a locale's pages live: the default locale at the root (`/about/`), every other one under its lowercased
 * code (`/es/about/`, `/pt-br/about/`).
 */
export function localePrefix(site: Site, locale: string): string {
  return locale === site.locales.default ? '' : `/${locale.toLowerCase()}`;
}

/** A default-locale path (`/about/`) as it is served in `locale` (`/es/about/`). */
export function localizePath(site: Site, locale: string, path: string): string {
  return `${localePrefix(site, locale)}${path}`;
}

/** Every language version of the page served at `path` in the default locale. */
export function localeVersions(site: Site, path: string): LocaleVersion[] {
  return siteLocales(site).map((locale) => ({ locale, path: localizePath(site, locale, path) }));
}
