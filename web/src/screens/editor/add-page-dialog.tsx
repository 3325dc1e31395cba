// "Add a page": its name, the address it will get (derived from the name until the person changes it) and whether
// the navigation bar links to it. Nothing is added until the person confirms.
import { useState, type FormEvent } from 'react';
import { addPage, kebabCase, pageSlug } from '../../../../src/patch/index.ts';
import type { SiteEditor } from '../../editor/index.ts';
import { Button, Dialog, Field, Input } from '../../ui/index.ts';

export interface AddPageDialogProps {
  editor: SiteEditor;
  isOpen: boolean;
  onClose: () => void;
  /** Called with the new page's index once it is added. */
  onAdded: (index: number) => void;
}

/** An address as typed, made into one a page can have: lowercase words joined by hyphens, nested by `/`. */
function cleanAddress(typed: string): string {
  return typed.split('/').map((part) => kebabCase(part)).filter((part) => part !== '').join('/');
}

function AddPageForm({ editor, onClose, onAdded }: Omit<AddPageDialogProps, 'isOpen'>) {
  const site = editor.document;
  const [name, setName] = useState('');
  const [typedAddress, setTypedAddress] = useState<string | null>(null);
  const [showInNavigation, setShowInNavigation] = useState(true);
  const [problem, setProblem] = useState<{ field: 'name' | 'address' | 'form'; message: string } | null>(null);
  const address = typedAddress ?? (name.trim() === '' ? '' : pageSlug(site, name));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const title = name.trim();
    if (title === '') return setProblem({ field: 'name', message: 'Give the page a name, such as "Our team".' });
    const slug = cleanAddress(address);
    if (slug === '') return setProblem({ field: 'address', message: 'Give the page an address, such as "our-team".' });
    const errors = editor.change(addPage(site, { title, slug, showInNavigation }), `Add the ${title} page`);
    if (errors) {
      const error = errors[0];
      const field = error?.path.endsWith('/slug') || error?.path.endsWith('.slug') ? 'address' : 'form';
      return setProblem({ field, message: error?.message ?? 'The page could not be added.' });
    }
    onAdded(site.pages.length);
    onClose();
  };

  return (
    <form className="space-y-4" onSubmit={submit} noValidate>
      <Field label="Page name" error={problem?.field === 'name' ? problem.message : null}>
        {(control) => (
          <Input
            {...control}
            data-autofocus
            value={name}
            maxLength={120}
            placeholder="Our team"
            onChange={(event) => {
              setName(event.target.value);
              setProblem(null);
            }}
          />
        )}
      </Field>
      <Field label="Address" hint="Where visitors find the page on your site." error={problem?.field === 'address' ? problem.message : null}>
        {(control) => (
          <div className="flex items-center gap-1">
            <span aria-hidden="true" className="font-mono text-small text-ink-muted">
              /
            </span>
            <Input
              {...control}
              className="font-mono"
              value={address}
              maxLength={120}
              placeholder="our-team"
              onChange={(event) => {
                setTypedAddress(event.target.value.toLowerCase().replace(/\s+/g, '-'));
                setProblem(null);
              }}
              onBlur={() => {
                if (typedAddress !== null) setTypedAddress(cleanAddress(typedAddress));
              }}
            />
          </div>
        )}
      </Field>
      <label className="flex items-center justify-between gap-3 text-small font-medium">
        Show in the navigation
        <button
          type="button"
          role="switch"
          aria-checked={showInNavigation}
          onClick={() => setShowInNavigation((value) => !value)}
          className={`focus-ring relative inline-flex h-6 w-11 shrink-0 items-center rounded-full transition-colors ${showInNavigation ? 'bg-brand-700' : 'bg-line-strong'}`}
        >
          <span aria-hidden="true" className={`inline-block size-5 rounded-full bg-white shadow-card transition-transform ${showInNavigation ? 'translate-x-5' : 'translate-x-0.5'}`} />
        </button>
      </label>
      {problem?.field === 'form' ? (
        <p role="alert" className="text-small font-medium text-danger">
          {problem.message}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit">Add page</Button>
      </div>
    </form>
  );
}

export function AddPageDialog({ editor, isOpen, onClose, onAdded }: AddPageDialogProps) {
  return (
    <Dialog isOpen={isOpen} onClose={onClose} title="Add a page" description="The page starts empty; add sections to it next.">
      {/* A fresh form each time the dialog opens. */}
      {isOpen ? <AddPageForm editor={editor} onClose={onClose} onAdded={onAdded} /> : null}
    </Dialog>
  );
}
