// A link field: where a button or link goes, chosen as a person thinks of it — "A page of this site" (picked by
// its title) or "A web address" (https://…, an email or a phone number). Stores what the document always
// stored: `page:<id>` for a page (an anchor after it is kept while the page stays the same) or the address.
import { useEffect, useId, useState } from 'react';
import { resolveText, type Site } from '../../../../../src/site/index.ts';
import { Field } from '../../../ui/index.ts';
import { DraftTextControl } from './draft-text-control.tsx';

/** The schema's message names `page:<id>` for the models; a person gets this instead. */
const ADDRESS_PROBLEM = 'Type a full web address starting with https://, an email as mailto:name@example.com or a phone number as tel:+1 555 0100.';

export type LinkMode = 'page' | 'address';

const SELECT = 'focus-ring block h-11 w-full rounded-control border border-line-strong bg-surface px-3 text-body text-ink';

/** The page a stored link points at (`page:about#team` → about), if it is a page link. */
export function linkedPageId(value: string): string | undefined {
  return value.startsWith('page:') ? value.slice('page:'.length).split('#')[0] : undefined;
}

export interface LinkFieldControlProps {
  label: string;
  value: string;
  site: Site;
  /** Applies a new link; `isTyping` for an address being typed (committed after a pause or on blur). */
  onChange: (value: string, isTyping: boolean) => string | null;
  onBlur: () => void;
}

export function LinkFieldControl({ label, value, site, onChange, onBlur }: LinkFieldControlProps) {
  const id = useId();
  const pageId = linkedPageId(value);
  const [mode, setMode] = useState<LinkMode>(pageId !== undefined || value === '' ? 'page' : 'address');
  useEffect(() => {
    if (pageId !== undefined) setMode('page');
  }, [pageId]);
  const locale = site.locales.default;
  const anchor = value.includes('#') && pageId !== undefined ? value.slice(value.indexOf('#')) : '';
  const isKnownPage = pageId !== undefined && site.pages.some((page) => page.id === pageId);

  return (
    <fieldset className="space-y-2" data-testid="link-field">
      <legend className="text-small font-semibold text-ink">{label}</legend>
      <div className="flex flex-wrap gap-x-4 gap-y-1 text-small" role="radiogroup" aria-label={`${label}: where it goes`}>
        {(
          [
            ['page', 'A page of this site'],
            ['address', 'A web address'],
          ] as const
        ).map(([option, text]) => (
          <label key={option} className="inline-flex min-h-9 cursor-pointer items-center gap-2">
            <input type="radio" name={`${id}-mode`} className="size-4 accent-brand-700" checked={mode === option} onChange={() => setMode(option)} />
            {text}
          </label>
        ))}
      </div>
      {mode === 'page' ? (
        <Field label="Page" hint={anchor && isKnownPage ? 'Goes to a section of this page.' : undefined}>
          {(control) => (
            <select {...control} className={SELECT} value={isKnownPage ? pageId : ''} onChange={(event) => onChange(`page:${event.target.value}`, false)}>
              <option value="" disabled>
                {pageId !== undefined && !isKnownPage ? 'A page that no longer exists — choose one' : 'Choose a page'}
              </option>
              {site.pages.map((page) => (
                <option key={page.id} value={page.id}>
                  {resolveText(page.title, locale) || 'Untitled page'}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : (
        <DraftTextControl
          label="Web address"
          hint="A web address (https://…), an email (mailto:name@example.com) or a phone number (tel:+1 555 0100)."
          value={pageId === undefined ? value : ''}
          onChange={(text) => (onChange(text, true) === null ? null : ADDRESS_PROBLEM)}
          onBlur={onBlur}
        />
      )}
    </fieldset>
  );
}
