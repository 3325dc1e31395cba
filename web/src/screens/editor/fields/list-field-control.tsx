// A list prop (quotes, features, menu items…): each item's fields in a group, with buttons to move it up or
// down, remove it, and add another (a copy of the last item, so it starts valid). An item PageHub wrote as an
// example carries a "Sample" badge until the person edits it or keeps it.
import { ArrowDown, ArrowUp, ChevronRight, Plus, Trash2 } from 'lucide-react';
import { Fragment, useState, type ReactNode } from 'react';
import type { EditorField, Site } from '../../../../../src/site/index.ts';
import { addListItem, fieldValue, keepSample, moveListItem, removeListItem, type JsonValue } from '../../../../../src/patch/index.ts';
import { plainText } from '../../../editor/index.ts';
import { Badge, Button } from '../../../ui/index.ts';
import type { ChangeDocument } from './field-change.ts';

export interface ListFieldControlProps {
  field: Extract<EditorField, { kind: 'list' }>;
  sectionId: string;
  /** JSON Pointer of the list inside the section's props. */
  path: string;
  site: Site;
  change: ChangeDocument;
  /** Draws one field of an open item (the field control itself, passed in so the two files don't import each other). */
  renderField: (field: EditorField, base: string) => ReactNode;
}

const ICON_BUTTON = 'focus-ring rounded-control p-1.5 text-ink-muted hover:bg-canvas hover:text-ink disabled:opacity-40';

export function ListFieldControl({ field, sectionId, path, site, change, renderField }: ListFieldControlProps) {
  const [openItem, setOpenItem] = useState<number | null>(null);
  const raw = fieldValue(site, sectionId, path);
  const items = Array.isArray(raw) ? (raw as JsonValue[]) : [];
  const item = field.itemLabel.toLowerCase();
  const move = (from: number, to: number) => change(moveListItem(site, sectionId, path, from, to), `Move a ${item}`);
  const remove = (index: number) => change(removeListItem(site, sectionId, path, index), `Remove a ${item}`);
  const keep = (index: number) => change(keepSample(site, sectionId, `${path}/${index}`), `Keep a sample ${item}`);
  const isSample = (value: JsonValue) => value !== null && typeof value === 'object' && !Array.isArray(value) && value.sample === true;
  const add = () => {
    if (items.length > 0) change(addListItem(site, sectionId, path), `Add a ${item}`);
  };
  const title = (value: JsonValue, index: number) => {
    const first = field.fields.find((child) => child.kind === 'text' || child.kind === 'textarea');
    const text = first && value && typeof value === 'object' && !Array.isArray(value) ? plainText(value[first.path], site.locales.default) : '';
    return text ? `${field.itemLabel} ${index + 1}: ${text.slice(0, 40)}` : `${field.itemLabel} ${index + 1}`;
  };

  return (
    <fieldset className="min-w-0 space-y-3">
      <legend className="mb-2 text-small font-semibold">{field.label}</legend>
      {items.map((value, index) => (
        <div key={index} className="rounded-control border border-line bg-canvas/60">
          <div className="flex items-center gap-1 px-1.5 py-1">
            <button
              type="button"
              className="focus-ring flex min-w-0 flex-1 items-center gap-1.5 rounded-control px-1.5 py-1.5 text-left text-small font-medium"
              aria-expanded={openItem === index}
              onClick={() => setOpenItem(openItem === index ? null : index)}
            >
              <ChevronRight aria-hidden="true" className={`size-4 shrink-0 transition-transform ${openItem === index ? 'rotate-90' : ''}`} />
              <span className="truncate">{title(value, index)}</span>
              {isSample(value) ? (
                <span className="ml-auto shrink-0">
                  <Badge tone="warning">Sample</Badge>
                </span>
              ) : null}
            </button>
            <button type="button" className={ICON_BUTTON} aria-label={`Move ${item} ${index + 1} up`} disabled={index === 0} onClick={() => move(index, index - 1)}>
              <ArrowUp aria-hidden="true" className="size-4" />
            </button>
            <button type="button" className={ICON_BUTTON} aria-label={`Move ${item} ${index + 1} down`} disabled={index === items.length - 1} onClick={() => move(index, index + 1)}>
              <ArrowDown aria-hidden="true" className="size-4" />
            </button>
            <button type="button" className={ICON_BUTTON} aria-label={`Remove ${item} ${index + 1}`} onClick={() => remove(index)}>
              <Trash2 aria-hidden="true" className="size-4" />
            </button>
          </div>
          {openItem === index ? (
            <div className="space-y-4 border-t border-line p-3">
              {isSample(value) ? (
                <div className="space-y-2 rounded-control bg-warning-soft p-2.5 text-small text-ink">
                  <p>
                    <strong>Sample — replace or remove.</strong> PageHub wrote this as an example, so publishing asks about it first. Replace it with your own words, remove it, or keep it as it is.
                  </p>
                  <Button variant="secondary" size="sm" onClick={() => keep(index)}>
                    Keep it as it is
                  </Button>
                </div>
              ) : null}
              {field.fields.map((child) => (
                <Fragment key={child.path}>{renderField(child, `${path}/${index}`)}</Fragment>
              ))}
            </div>
          ) : null}
        </div>
      ))}
      <Button variant="secondary" size="sm" onClick={add} disabled={items.length === 0}>
        <Plus aria-hidden="true" className="size-4" />
        Add {item}
      </Button>
    </fieldset>
  );
}
