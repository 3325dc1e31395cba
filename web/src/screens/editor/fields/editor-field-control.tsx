// One input generated from a section catalog field: text kinds, number, boolean, select, or a list of items.
import { fieldValue, setField } from '../../../../../src/patch/index.ts';
import type { EditorField, Image, Site } from '../../../../../src/site/index.ts';
import { type ChangeOptions, plainText, pointer } from '../../../editor/index.ts';
import { Field } from '../../../ui/index.ts';
import { DraftTextControl } from './draft-text-control.tsx';
import { changeValue, type ChangeDocument } from './field-change.ts';
import { ImageFieldControl } from './image-field-control.tsx';
import { LinkFieldControl } from './link-field-control.tsx';
import { ListFieldControl } from './list-field-control.tsx';

export interface EditorFieldControlProps {
  siteId: string;
  field: EditorField;
  sectionId: string;
  /** JSON Pointer, inside the section's props, of the object the field's path is relative to (`''`, `/items/2`). */
  base: string;
  site: Site;
  change: ChangeDocument;
  flush: () => void;
}

const SELECT = 'focus-ring block h-11 w-full rounded-control border border-line-strong bg-surface px-3 text-body text-ink disabled:cursor-not-allowed disabled:border-line disabled:bg-canvas disabled:text-ink-muted';

export function EditorFieldControl({ siteId, field, sectionId, base, site, change, flush }: EditorFieldControlProps) {
  const path = `${base}${pointer(field.path)}`;
  const raw = fieldValue(site, sectionId, path);
  const locale = site.locales.default;
  const summary = `Edit ${field.label.toLowerCase()}`;
  const set = (value: unknown, options?: ChangeOptions) => changeValue(change, setField(site, sectionId, path, value), summary, options);

  switch (field.kind) {
    case 'list':
      return (
        <ListFieldControl
          field={field}
          sectionId={sectionId}
          path={path}
          site={site}
          change={change}
          renderField={(child, childBase) => <EditorFieldControl siteId={siteId} field={child} sectionId={sectionId} base={childBase} site={site} change={change} flush={flush} />}
        />
      );
    case 'boolean':
      return (
        <label className="flex items-center gap-2 text-small font-medium">
          <input type="checkbox" className="focus-ring size-4 accent-brand-700" checked={raw === true} onChange={(event) => set(event.target.checked, {})} />
          {field.label}
        </label>
      );
    case 'select':
      return (
        <Field label={field.label}>
          {(control) => (
            <select {...control} className={SELECT} value={typeof raw === 'string' ? raw : ''} onChange={(event) => set(event.target.value, {})}>
              {field.options.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          )}
        </Field>
      );
    case 'image':
      return <ImageFieldControl siteId={siteId} label={field.label} value={raw as Image | undefined} onChange={(image, isTyping = true) => set(image, isTyping ? undefined : {})} onBlur={flush} />;
    case 'number':
      return (
        <DraftTextControl
          label={field.label}
          type="number"
          value={typeof raw === 'number' ? String(raw) : ''}
          onChange={(text) => set(text.trim() === '' ? undefined : Number(text))}
          onBlur={flush}
        />
      );
    case 'href':
      return <LinkFieldControl label={field.label} value={typeof raw === 'string' ? raw : ''} site={site} onChange={(value, isTyping) => set(value, isTyping ? undefined : {})} onBlur={flush} />;
    default: {
      return (
        <DraftTextControl
          label={field.label}
          isMultiline={field.kind === 'textarea' || field.kind === 'richtext'}
          value={plainText(raw, locale)}
          onChange={(text) => set(text)}
          onBlur={flush}
        />
      );
    }
  }
}
