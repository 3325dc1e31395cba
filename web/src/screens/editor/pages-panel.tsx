// The Pages tab: the site's pages (open, reorder, delete, add — named, with an address, in a dialog) and the open page's title and SEO texts.
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { movePage, removePage, renamePage, setPageSeo, type PatchOperation } from '../../../../src/patch/index.ts';
import { plainText, type SiteEditor } from '../../editor/index.ts';
import { Button, classNames } from '../../ui/index.ts';
import { AddPageDialog } from './add-page-dialog.tsx';
import { DraftTextControl } from './fields/draft-text-control.tsx';
import { changeValue } from './fields/field-change.ts';

const ICON_BUTTON = 'focus-ring rounded-control p-1.5 text-ink-muted hover:bg-canvas hover:text-ink disabled:opacity-30';

export function PagesPanel({ editor, pageIndex, onOpen }: { editor: SiteEditor; pageIndex: number; onOpen: (index: number) => void }) {
  const site = editor.document;
  const locale = site.locales.default;
  const page = site.pages[pageIndex];
  const text = (key: string, label: string, raw: unknown, operations: (value: string) => PatchOperation[]) => (
    <DraftTextControl
      key={key}
      label={label}
      isMultiline={label.includes('description')}
      value={plainText(raw, locale)}
      onChange={(value) => changeValue(editor.change, operations(value), `Edit the page ${label.toLowerCase()}`)}
      onBlur={editor.flush}
    />
  );
  const [isAdding, setAdding] = useState(false);
  const move = (from: number, to: number) => {
    const moved = site.pages[from];
    if (moved && !editor.change(movePage(site, moved.id, to), 'Reorder pages') && from === pageIndex) onOpen(to);
  };

  return (
    <div className="space-y-5">
      <ol className="space-y-1.5" aria-label="Pages">
        {site.pages.map((candidate, index) => {
          const title = plainText(candidate.title, locale) || candidate.id;
          return (
            <li key={candidate.id} className={classNames('flex items-center gap-1 rounded-control border py-1 pr-1 pl-1', index === pageIndex ? 'border-brand-600' : 'border-line')}>
              <button type="button" className="focus-ring min-w-0 flex-1 rounded-control px-2 py-1.5 text-left" aria-current={index === pageIndex ? 'page' : undefined} onClick={() => onOpen(index)}>
                <span className="block truncate text-small font-medium">{title}</span>
                <span className="block truncate font-mono text-caption text-ink-muted">/{candidate.slug}</span>
              </button>
              <button type="button" className={ICON_BUTTON} aria-label={`Move page ${title} up`} disabled={index === 0} onClick={() => move(index, index - 1)}>
                <ArrowUp aria-hidden="true" className="size-4" />
              </button>
              <button type="button" className={ICON_BUTTON} aria-label={`Move page ${title} down`} disabled={index === site.pages.length - 1} onClick={() => move(index, index + 1)}>
                <ArrowDown aria-hidden="true" className="size-4" />
              </button>
              <button
                type="button"
                className={ICON_BUTTON}
                aria-label={`Delete page ${title}`}
                disabled={candidate.slug === ''}
                onClick={() => {
                  if (!editor.change(removePage(site, candidate.id), `Delete the ${title} page`)) onOpen(0);
                }}
              >
                <Trash2 aria-hidden="true" className="size-4" />
              </button>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" size="sm" className="w-full" onClick={() => setAdding(true)}>
        <Plus aria-hidden="true" className="size-4" />
        Add a page
      </Button>
      <AddPageDialog editor={editor} isOpen={isAdding} onClose={() => setAdding(false)} onAdded={onOpen} />
      {page ? (
        <div className="space-y-4 border-t border-line pt-4">
          <h2 className="text-small font-semibold">This page</h2>
          {text(`${page.id}/title`, 'Title', page.title, (value) => renamePage(site, page.id, value))}
          {text(`${page.id}/seo/title`, 'SEO title', page.seo.title, (value) => setPageSeo(site, page.id, 'title', value))}
          {text(`${page.id}/seo/description`, 'SEO description', page.seo.description, (value) => setPageSeo(site, page.id, 'description', value))}
        </div>
      ) : null}
    </div>
  );
}
