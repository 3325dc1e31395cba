// The section catalog as a dialog: every section type with its label, its plain-words summary and a small preview of
// it with its default content in this site's theme. Choosing one adds it after the selected section.
import { useMemo } from 'react';
import { SECTION_CATALOG, type Site } from '../../../../src/site/index.ts';
import { SiteThumbnail, loadHomePageHtml } from '../../preview/index.ts';
import { Dialog } from '../../ui/index.ts';

export interface AddSectionDialogProps {
  isOpen: boolean;
  onClose: () => void;
  site: Site;
  onAdd: (type: string) => void;
}

function sectionPreviewSite(site: Site, type: string): Site {
  const definition = SECTION_CATALOG.find((candidate) => candidate.type === type);
  const home = site.pages.find((page) => page.slug === '') ?? site.pages[0];
  if (!definition || !home) return site;
  const section = { id: 'preview', type, props: definition.props.parse(definition.defaults), visible: true } as unknown as Site['pages'][number]['sections'][number];
  return { ...site, pages: [{ ...home, sections: [section] }] };
}

export function AddSectionDialog({ isOpen, onClose, site, onAdd }: AddSectionDialogProps) {
  const themeKey = useMemo(() => JSON.stringify(site.theme).length + site.theme.colors.primary + site.theme.fonts.heading, [site.theme]);
  return (
    <Dialog isOpen={isOpen} onClose={onClose} title="Add a section" description="Choose what to add to this page. You can change its content afterwards.">
      {isOpen ? (
        <ul className="grid max-h-[60vh] gap-3 overflow-y-auto pr-1 sm:grid-cols-2">
          {SECTION_CATALOG.map((definition) => (
            <li key={definition.type}>
              <button
                type="button"
                onClick={() => onAdd(definition.type)}
                aria-label={`Add ${definition.label}`}
                className="focus-ring flex h-full w-full flex-col overflow-hidden rounded-control border border-line text-left hover:border-brand-600"
              >
                <SiteThumbnail
                  cacheKey={`section:${definition.type}:${themeKey}`}
                  makeHtml={async () => (await loadHomePageHtml())(sectionPreviewSite(site, definition.type))}
                />
                <span className="block p-3">
                  <span className="block text-small font-semibold">{definition.label}</span>
                  <span className="mt-0.5 line-clamp-3 block text-caption text-ink-muted">{definition.summary}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </Dialog>
  );
}
