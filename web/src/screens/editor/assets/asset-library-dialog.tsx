// The picture library: the site's uploads as thumbnails to pick from, and a place to add more — choose files,
// drop them on the dialog or paste them. Each upload shows its progress; a refused file says why, by name.
import { type Asset, thumbnailOf, useAssets } from '../../../api/index.ts';
import { Dialog, LoadingBlock } from '../../../ui/index.ts';
import { UploadArea } from './upload-area.tsx';
import { useUploads } from './use-uploads.ts';

export interface AssetLibraryDialogProps {
  siteId: string;
  isOpen: boolean;
  onClose: () => void;
  onPick: (asset: Asset) => void;
  /** Another title and line for the dialog (the Pictures tab's "Replace everywhere"). */
  title?: string;
  description?: string;
  /** A picture not to offer (the one being replaced). */
  exceptId?: string;
}

export function AssetLibraryDialog({ siteId, isOpen, onClose, onPick, title = 'Photos and pictures', description = 'Pick one for this spot, or add your own: JPEG, PNG, WebP, AVIF, GIF or SVG up to 15 MB. PageHub removes camera data such as location and makes sizes for every screen.', exceptId }: AssetLibraryDialogProps) {
  const library = useAssets(siteId);
  const uploads = useUploads(siteId);
  const assets = (library.data?.assets ?? []).filter((asset) => asset.id !== exceptId);

  return (
    <Dialog isOpen={isOpen} onClose={onClose} title={title} description={description}>
      <UploadArea uploads={uploads} isAutofocus>
        {library.isPending ? (
          <LoadingBlock label="Loading your pictures" />
        ) : assets.length === 0 ? (
          <p className="text-small text-ink-muted">No pictures yet. Your uploads appear here, ready to use anywhere on the site.</p>
        ) : (
          <ul className="grid max-h-[40dvh] grid-cols-3 gap-2 overflow-y-auto sm:grid-cols-4" aria-label="Your pictures">
            {assets.map((asset) => (
              <li key={asset.id}>
                <button type="button" className="focus-ring block w-full overflow-hidden rounded-control border border-line hover:border-brand-700" onClick={() => onPick(asset)} aria-label={`Use ${asset.alt || asset.fileName}`}>
                  <img src={thumbnailOf(asset)} alt="" width={asset.width} height={asset.height} loading="lazy" className="aspect-square w-full object-cover" />
                </button>
                {asset.status === 'processing' ? (
                  <p role="status" className="mt-1 text-small text-ink-muted">Preparing sizes…</p>
                ) : asset.status === 'failed' ? (
                  <p className="mt-1 text-small text-danger">{asset.failure ?? 'The sizes of this picture could not be prepared. Upload it again.'}</p>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </UploadArea>
    </Dialog>
  );
}
