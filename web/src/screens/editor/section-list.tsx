// The sections of the page being edited, in order: select one to edit it, drag it (or use Move up / Move down)
// to reorder, hide or show it, duplicate it (a new id) or delete it (undo brings it back).
import { ArrowDown, ArrowUp, Copy, Eye, EyeOff, GripVertical, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { Page } from '../../../../src/site/index.ts';
import { Button, classNames } from '../../ui/index.ts';
import { sectionLabel } from './section-label.ts';

export interface SectionListProps {
  page: Page;
  locale: string;
  selectedId: string | null;
  /** False for a viewer: the list only opens sections, read-only. */
  canEdit: boolean;
  onSelect: (sectionId: string) => void;
  onMove: (from: number, to: number) => void;
  onToggleVisible: (index: number) => void;
  onDuplicate: (index: number) => void;
  onDelete: (index: number) => void;
  onAdd: () => void;
}

const ICON_BUTTON = 'focus-ring rounded-control p-1.5 text-ink-muted hover:bg-canvas hover:text-ink disabled:opacity-30';

export function SectionList({ page, locale, selectedId, canEdit, onSelect, onMove, onToggleVisible, onDuplicate, onDelete, onAdd }: SectionListProps) {
  const [dragged, setDragged] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const count = page.sections.length;
  return (
    <div className="space-y-3">
      <ol className="space-y-1.5" aria-label={`Sections of ${typeof page.title === 'string' ? page.title : page.id}`}>
        {page.sections.map((section, index) => {
          const { type, heading } = sectionLabel(section, locale);
          const name = heading ? `${type}: ${heading}` : type;
          return (
            <li
              key={section.id}
              draggable={canEdit}
              onDragStart={(event) => {
                setDragged(index);
                event.dataTransfer.effectAllowed = 'move';
                event.dataTransfer.setData('text/plain', section.id);
              }}
              onDragOver={(event) => {
                event.preventDefault();
                setOver(index);
              }}
              onDragLeave={() => setOver(null)}
              onDrop={(event) => {
                event.preventDefault();
                if (dragged !== null && dragged !== index) onMove(dragged, index);
                setDragged(null);
                setOver(null);
              }}
              onDragEnd={() => {
                setDragged(null);
                setOver(null);
              }}
              data-testid="section-row"
              className={classNames(
                'flex items-center gap-1 rounded-control border bg-surface py-1 pr-1 pl-1.5',
                section.id === selectedId ? 'border-brand-600 ring-1 ring-brand-600' : 'border-line',
                over === index && dragged !== index && 'border-dashed border-brand-600 bg-brand-50',
                dragged === index && 'opacity-50',
              )}
            >
              {canEdit ? <GripVertical aria-hidden="true" className="size-4 shrink-0 cursor-grab text-ink-muted" /> : null}
              <button type="button" className="focus-ring min-w-0 flex-1 rounded-control px-1.5 py-1.5 text-left" onClick={() => onSelect(section.id)} aria-label={canEdit ? `Edit ${name}` : `Open ${name}`}>
                <span className={classNames('block truncate text-small font-medium', !section.visible && 'text-ink-muted line-through')}>{type}</span>
                {heading ? <span className="block truncate text-caption text-ink-muted">{heading}</span> : null}
              </button>
              {canEdit ? (
                <>
                  <button type="button" className={ICON_BUTTON} aria-label={`Move ${type} up`} disabled={index === 0} onClick={() => onMove(index, index - 1)}>
                    <ArrowUp aria-hidden="true" className="size-4" />
                  </button>
                  <button type="button" className={ICON_BUTTON} aria-label={`Move ${type} down`} disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
                    <ArrowDown aria-hidden="true" className="size-4" />
                  </button>
                  <button type="button" className={ICON_BUTTON} aria-label={section.visible ? `Hide ${type}` : `Show ${type}`} onClick={() => onToggleVisible(index)}>
                    {section.visible ? <Eye aria-hidden="true" className="size-4" /> : <EyeOff aria-hidden="true" className="size-4" />}
                  </button>
                  <button type="button" className={ICON_BUTTON} aria-label={`Duplicate ${type}`} onClick={() => onDuplicate(index)}>
                    <Copy aria-hidden="true" className="size-4" />
                  </button>
                  <button type="button" className={ICON_BUTTON} aria-label={`Delete ${type}`} onClick={() => onDelete(index)}>
                    <Trash2 aria-hidden="true" className="size-4" />
                  </button>
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
      {canEdit ? (
        <Button variant="secondary" size="sm" className="w-full" onClick={onAdd}>
          <Plus aria-hidden="true" className="size-4" />
          Add a section
        </Button>
      ) : null}
    </div>
  );
}
