import { resolveText, sectionDefinition, type Site } from '../site/index.ts';
import { HOME_SLUG } from './intent.ts';

/** The shape of a site in a few hundred bytes: what the intent role needs to name pages and sections. */
export interface SiteOutline {
  name: string;
  locales: string[];
  pages: OutlinePage[];
}

export interface OutlinePage {
  id: string;
  /** `home` for the home page. */
  slug: string;
  title: string;
  kind: string;
  sections: { id: string; type: string; heading: string; visible: boolean }[];
}

export function siteOutline(site: Site): SiteOutline {
  const locale = site.locales.default;
  return {
    name: site.name,
    locales: site.locales.available,
    pages: site.pages.map((page) => ({
      id: page.id,
      slug: page.slug === '' ? HOME_SLUG : page.slug,
      title: resolveText(page.title, locale),
      kind: page.kind,
      sections: page.sections.map((section) => ({
        id: section.id,
        type: section.type,
        heading: resolveText(sectionDefinition(section.type)?.heading(section.props as never), locale).slice(0, 80),
        visible: section.visible,
      })),
    })),
  };
}

/**
 * The outline as the compact text models read, one line per page: `slug: type type#id …`. A section is named by
 * its type; its id is added only where a page holds two of that type, so scope can still tell them apart.
 */
export function outlineText(outline: SiteOutline): string {
  const lines = outline.pages.map((page) => {
    const count = new Map<string, number>();
    for (const section of page.sections) count.set(section.type, (count.get(section.type) ?? 0) + 1);
    const names = page.sections.map((section) => `${section.type}${count.get(section.type)! > 1 ? `#${section.id}` : ''}${section.visible ? '' : '(hidden)'}`);
    return `${page.slug}: ${names.join(' ')}`;
  });
  return [...(outline.locales.length > 1 ? [`locales: ${outline.locales.join(',')}`] : []), ...lines].join('\n');
}
