// What a page render needs to know beyond the document: its locale and words, where its files live, how links and
// forms resolve. Built once per locale by render.ts; read by the page, its chrome and the not-found page.
import type { ImageAssets, LocalizedText, SectionRenderContext, Site, SiteIcons } from '../site/index.ts';
import type { ChromeWords } from './chrome-words.ts';

export interface PageRenderEnvironment {
  site: Site;
  /** The locale of the pages being rendered; `localize` resolves text to it, falling back to the default locale. */
  locale: string;
  localize(text: LocalizedText | undefined): string;
  /** `rtl` for right-to-left locales of multi-locale sites. */
  direction?: 'rtl';
  /** This locale's home page: `/`, or `/es/`. */
  homePath: string;
  words: ChromeWords;
  baseUrl: string;
  /** The stylesheet as every head's `<style>` element holds it (pageStyle). */
  style: string;
  /** The heading face's latin file, preloaded by every page (none for System UI). */
  fontPreload?: string | undefined;
  favicon: string;
  href(target: string): string;
  formAction(formId: string): string;
  posts: SectionRenderContext['posts'];
  /** Uploaded pictures the pages show, with their files. */
  images?: ImageAssets | undefined;
  /** Icons made from the logo at publish time, linked in every head. */
  icons?: SiteIcons | undefined;
  /** The "Made with PageHub" link in the footer (plans that carry it), to this address. */
  badge?: { href: string } | undefined;
}
