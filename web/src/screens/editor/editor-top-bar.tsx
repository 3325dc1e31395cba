// The editor's top bar: the site, its branch, the saving state, undo/redo, and links to History, Publish and
// Settings (which keep the branch). On a phone, History and Settings move into a "More" menu so that the bar
// fits 375 px with Publish in reach.
import { Check, CloudOff, Ellipsis, GitBranch, Redo2, Undo2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useBranches } from '../../api/index.ts';
import { type SiteEditor, useUndoAvailability } from '../../editor/index.ts';
import { Button, buttonClasses, Spinner, useDisclosure } from '../../ui/index.ts';

function SavingStatus({ editor }: { editor: SiteEditor }) {
  if (editor.saveState === 'failed') {
    return (
      <span className="flex items-center gap-1.5 text-small font-medium text-danger" title={editor.saveError ?? undefined}>
        <CloudOff aria-hidden="true" className="size-4" />
        Couldn’t save —
        <button type="button" className="focus-ring rounded underline" onClick={editor.retry}>
          retry
        </button>
      </span>
    );
  }
  if (editor.conflict) {
    return (
      <span className="flex items-center gap-1.5 text-small font-medium text-warning">
        <CloudOff aria-hidden="true" className="size-4" />
        Waiting for your choice
      </span>
    );
  }
  if (editor.saveState === 'saved') {
    return (
      <span className="flex items-center gap-1.5 text-small text-ink-muted">
        <Check aria-hidden="true" className="size-4 text-success" />
        All changes saved
      </span>
    );
  }
  return (
    <span className="flex items-center gap-1.5 text-small text-ink-muted">
      <Spinner className="[&_svg]:size-4" />
      Saving…
    </span>
  );
}

/** Undo and Redo, each enabled only when it would do something; the tooltip says what, or why not. */
function UndoRedoButtons({ editor }: { editor: SiteEditor }) {
  const availability = useUndoAvailability(editor);
  // A disabled button gets no pointer events, so its tooltip sits on a wrapper.
  return (
    <>
      <span title={availability.undoHint} className="inline-flex">
        <Button variant="secondary" size="sm" className="disabled:opacity-40 disabled:shadow-none" aria-label="Undo" aria-description={availability.undoHint} aria-keyshortcuts="Control+Z" disabled={!availability.canUndo} onClick={() => void editor.undo()}>
          <Undo2 aria-hidden="true" className="size-4" />
        </Button>
      </span>
      <span title={availability.redoHint} className="inline-flex">
        <Button variant="secondary" size="sm" className="disabled:opacity-40 disabled:shadow-none" aria-label="Redo" aria-description={availability.redoHint} aria-keyshortcuts="Control+Shift+Z" disabled={!availability.canRedo} onClick={() => void editor.redo()}>
          <Redo2 aria-hidden="true" className="size-4" />
        </Button>
      </span>
    </>
  );
}

/** History and Settings, for a phone: a disclosure button and a short list; Escape or a tap elsewhere closes it. */
function MoreMenu({ links }: { links: { to: string; label: string }[] }) {
  const { close, containerProps, buttonProps, menuProps } = useDisclosure();
  return (
    <div {...containerProps} className="relative md:hidden">
      <button {...buttonProps} className={buttonClasses({ variant: 'secondary', size: 'sm', className: 'px-2.5' })} aria-label="More">
        <Ellipsis aria-hidden="true" className="size-4" />
      </button>
      <ul {...menuProps} className="absolute top-full right-0 z-40 mt-1 w-44 rounded-card border border-line bg-surface py-1 shadow-raised">
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to} className="focus-ring block px-4 py-2.5 text-small font-medium text-ink hover:bg-canvas" onClick={close}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function EditorTopBar({ siteId, name, editor, presence }: { siteId: string; name: string; editor: SiteEditor; presence?: ReactNode }) {
  const keep = editor.branch === 'main' ? '' : `?branch=${encodeURIComponent(editor.branch)}`;
  // The branch as its people named it ("Spring menu"); its ref-safe name until the list arrives.
  const branchName = useBranches(siteId).data?.find((branch) => branch.name === editor.branch)?.displayName ?? editor.branch;
  const secondary = [{ to: `/sites/${siteId}/history${keep}`, label: 'History' }, ...(editor.canEdit ? [{ to: `/sites/${siteId}/settings${keep}`, label: 'Settings' }] : [])];
  return (
    <div className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-2">
      <div className="min-w-0 flex-1 max-md:basis-full">
        <h1 className="truncate text-headline font-semibold tracking-tight">{name}</h1>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <span className="flex items-center gap-1 text-small text-ink-muted">
            <GitBranch aria-hidden="true" className="size-4" />
            {branchName}
          </span>
          {editor.canEdit ? (
            <span role="status" data-testid="save-state">
              <SavingStatus editor={editor} />
            </span>
          ) : null}
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-2 max-md:w-full max-md:justify-end">
        {presence}
        {editor.canEdit ? <UndoRedoButtons editor={editor} /> : null}
        <span className="hidden md:contents">
          {secondary.map((link) => (
            <Link key={link.to} to={link.to} className={buttonClasses({ variant: 'ghost', size: 'sm' })}>
              {link.label}
            </Link>
          ))}
        </span>
        <MoreMenu links={secondary} />
        {editor.canEdit ? (
          <Link to={`/sites/${siteId}/publish${keep}`} className={buttonClasses({ size: 'sm' })}>
            Publish
          </Link>
        ) : null}
      </div>
    </div>
  );
}
