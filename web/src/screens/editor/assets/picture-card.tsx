// One picture of the library in the Pictures tab: its thumbnail, file name and size, its description (saved as the
// person leaves the box or presses Enter), the places that show it (each opens that section), and "Replace
// everywhere" and "Delete". A picture in use is not deleted: the card says where it is used and offers the
// replacement first; an unused one is deleted after a confirmation.
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { replaceImageEverywhere, setText } from '../../../../../src/patch/index.ts';
import { assetUses, findPicturesWithoutAlt, type AssetUse } from '../../../../../src/site/index.ts';
import { type Asset, assetKeys, deleteAsset, errorMessage, setAssetAlt, thumbnailOf } from '../../../api/index.ts';
import type { SiteEditor } from '../../../editor/index.ts';
import { Alert, Badge, Button, Dialog, Input, useToast } from '../../../ui/index.ts';
import { AssetLibraryDialog } from './asset-library-dialog.tsx';

export interface PictureCardProps {
  asset: Asset;
  editor: SiteEditor;
  /** Opens a section in the Sections tab, on its page. */
  onOpenSection: (sectionId: string) => void;
}

/** "Home › Hero" as the card writes it: "Home · Hero". */
const placeName = (use: AssetUse) => use.place.split(' › ').join(' · ');

export function PictureCard({ asset, editor, onOpenSection }: PictureCardProps) {
  const queryClient = useQueryClient();
  const toast = useToast();
  const headingId = useId();
  const descriptionId = useId();
  const [description, setDescription] = useState(asset.alt);
  const savedDescription = useRef(asset.alt);
  const [descriptionState, setDescriptionState] = useState<{ isSaving: boolean; error: string | null; isSaved: boolean }>({ isSaving: false, error: null, isSaved: false });
  const [isReplacing, setReplacing] = useState(false);
  const [isConfirmingDelete, setConfirmingDelete] = useState(false);
  const [isDeleting, setDeleting] = useState(false);
  const [deleteProblem, setDeleteProblem] = useState<string | null>(null);
  const uses = assetUses(editor.document, asset.id);
  const isUsed = uses.length > 0;
  const refresh = () => queryClient.invalidateQueries({ queryKey: assetKeys.list(editor.siteId) });

  const saveDescription = async (event?: FormEvent) => {
    event?.preventDefault();
    const alt = description.trim();
    if (alt === savedDescription.current) return;
    setDescriptionState({ isSaving: true, error: null, isSaved: false });
    try {
      await setAssetAlt(editor.siteId, asset.id, alt);
      savedDescription.current = alt;
      setDescriptionState({ isSaving: false, error: null, isSaved: true });
      // The places that show this picture without a description of their own take this one.
      const site = editor.document;
      const undescribed = alt === '' ? [] : findPicturesWithoutAlt(site).filter((picture) => picture.src === `asset:${asset.id}`);
      const operations = undescribed.flatMap((picture) => setText(site, picture.path, alt));
      if (operations.length > 0) {
        editor.change(operations, `Describe ${asset.fileName}`);
        editor.flush();
      }
      void refresh();
    } catch (error) {
      setDescriptionState({ isSaving: false, error: errorMessage(error), isSaved: false });
    }
  };

  const replaceWith = (replacement: Asset) => {
    setReplacing(false);
    const operations = replaceImageEverywhere(editor.document, `asset:${asset.id}`, `asset:${replacement.id}`, { width: replacement.width, height: replacement.height });
    if (operations.length === 0) return;
    const errors = editor.change(operations, `Replace ${asset.fileName} with ${replacement.fileName} everywhere`);
    if (errors) {
      toast(`The picture could not be replaced: ${errors.map((error) => error.message).join('; ')}`, 'danger');
      return;
    }
    editor.flush();
    setDeleteProblem(null);
    toast(`${replacement.fileName} now shows in ${uses.length === 1 ? 'its place' : `all ${uses.length} places`}. Undo brings ${asset.fileName} back.`, 'success');
  };

  const askToDelete = () => {
    if (isUsed) setDeleteProblem(`${asset.fileName} can't be deleted while the site shows it on ${uses.map(placeName).join(', ')}. Replace it everywhere first, or take it out of those sections.`);
    else setConfirmingDelete(true);
  };

  const remove = async () => {
    setDeleting(true);
    try {
      await deleteAsset(editor.siteId, asset.id);
      setConfirmingDelete(false);
      toast(`${asset.fileName} was deleted.`, 'success');
      await refresh();
    } catch (error) {
      setConfirmingDelete(false);
      setDeleting(false);
      setDeleteProblem(errorMessage(error)); // a 409 names the places that show it (on any branch)
    }
  };

  return (
    <article aria-labelledby={headingId} className="min-w-0 space-y-3 rounded-card border border-line p-3">
      <div className="flex min-w-0 gap-3">
        <img src={thumbnailOf(asset)} alt="" width={asset.width} height={asset.height} loading="lazy" className="size-20 shrink-0 rounded-control border border-line object-cover" />
        <div className="min-w-0 space-y-1">
          <h3 id={headingId} className="truncate font-medium" title={asset.fileName}>
            {asset.fileName}
          </h3>
          <p className="text-small text-ink-muted">
            {asset.width} × {asset.height}
          </p>
          {savedDescription.current === '' ? <Badge tone="warning">Needs a description</Badge> : null}
        </div>
      </div>

      <form onSubmit={(event) => void saveDescription(event)} className="space-y-1.5">
        <label htmlFor={descriptionId} className="block text-small font-medium">
          Description
        </label>
        <Input
          id={descriptionId}
          value={description}
          maxLength={300}
          placeholder={asset.suggestedAlt || 'What the picture shows'}
          aria-describedby={`${descriptionId}-status`}
          aria-invalid={descriptionState.error ? true : undefined}
          onChange={(event) => {
            setDescription(event.target.value);
            setDescriptionState((state) => ({ ...state, isSaved: false }));
          }}
          onBlur={() => void saveDescription()}
        />
        <p id={`${descriptionId}-status`} aria-live="polite" className="text-small">
          {descriptionState.error ? (
            <span className="font-medium text-danger">{descriptionState.error}</span>
          ) : descriptionState.isSaving ? (
            <span className="text-ink-muted">Saving…</span>
          ) : descriptionState.isSaved ? (
            <span className="text-success">Description saved</span>
          ) : savedDescription.current === '' ? (
            <span className="text-ink-muted">Say what it shows: read aloud to people who can't see it. Publishing asks for it.</span>
          ) : null}
        </p>
      </form>

      <div className="text-small">
        {isUsed ? (
          <>
            <p className="text-ink-muted">Used on</p>
            <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
              {uses.map((use) => (
                <li key={`${use.place}:${use.sectionId ?? ''}`}>
                  {use.sectionId ? (
                    <button type="button" className="focus-ring rounded text-left font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800" onClick={() => onOpenSection(use.sectionId!)} aria-label={`Used on ${placeName(use)}: open this section`}>
                      {placeName(use)}
                    </button>
                  ) : (
                    <span className="font-medium">{placeName(use)}</span>
                  )}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="text-ink-muted">Not used on any page yet.</p>
        )}
      </div>

      {deleteProblem ? (
        <Alert tone="danger" title="Not deleted">
          <span className="block break-words">{deleteProblem}</span>
        </Alert>
      ) : null}

      <div className="flex flex-wrap gap-2">
        {isUsed ? (
          <Button variant="secondary" size="sm" onClick={() => setReplacing(true)}>
            Replace everywhere
          </Button>
        ) : null}
        <Button variant="ghost" size="sm" onClick={askToDelete} aria-label={`Delete ${asset.fileName}`}>
          Delete
        </Button>
      </div>

      <AssetLibraryDialog
        siteId={editor.siteId}
        isOpen={isReplacing}
        onClose={() => setReplacing(false)}
        onPick={replaceWith}
        exceptId={asset.id}
        title={`Replace ${asset.fileName} everywhere`}
        description={`Pick the picture to show instead, in every place that shows ${asset.fileName} now, or upload a new one. Undo brings it back.`}
      />
      <Dialog isOpen={isConfirmingDelete} onClose={() => setConfirmingDelete(false)} title={`Delete ${asset.fileName}?`} description="It leaves your library for good. No page uses it.">
        <div className="flex flex-wrap justify-end gap-2">
          <Button variant="secondary" onClick={() => setConfirmingDelete(false)} data-autofocus>
            Keep it
          </Button>
          <Button variant="danger" isBusy={isDeleting} onClick={() => void remove()}>
            Delete picture
          </Button>
        </div>
      </Dialog>
    </article>
  );
}
