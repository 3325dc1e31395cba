// The picture library: the site's uploads as thumbnails to pick from, and a place to add more — choose files,
// drop them on the dialog or paste them. Each upload shows its progress; a refused file says why, by name.
import { ImagePlus, X } from 'lucide-react';
import { useId, useState, type ClipboardEvent, type DragEvent } from 'react';
import { type Asset, thumbnailOf, useAssets } from '../../../api/index.ts';
import { Alert, classNames, Dialog, LoadingBlock } from '../../../ui/index.ts';
import { useUploads } from './use-uploads.ts';

export interface AssetLibraryDialogProps {
  siteId: string;
  isOpen: boolean;
  onClose: () => void;
  onPick: (asset: Asset) => void;
}

const imageFiles = (files: FileList | null | undefined) => [...(files ?? [])];

export function AssetLibraryDialog({ siteId, isOpen, onClose, onPick }: AssetLibraryDialogProps) {
  const library = useAssets(siteId);
  const { uploads, add, dismiss } = useUploads(siteId);
  const [isOver, setOver] = useState(false);
  const inputId = useId();
  const assets = library.data?.assets ?? [];

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    void add(imageFiles(event.dataTransfer.files));
  };
  const paste = (event: ClipboardEvent<HTMLDivElement>) => {
    const files = imageFiles(event.clipboardData.files);
    if (files.length > 0) void add(files);
  };

  return (
    <Dialog isOpen={isOpen} onClose={onClose} title="Photos and pictures" description="Pick one for this spot, or add your own: JPEG, PNG, WebP, AVIF, GIF or SVG up to 15 MB. PageHub removes camera data such as location and makes sizes for every screen.">
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        onPaste={paste}
        className="space-y-4"
      >
        <label
          htmlFor={inputId}
          className={classNames('focus-within:ring-2 flex cursor-pointer flex-col items-center gap-1 rounded-card border-2 border-dashed px-4 py-5 text-center', isOver ? 'border-brand-700 bg-brand-50' : 'border-line-strong hover:bg-canvas')}
        >
          <ImagePlus aria-hidden="true" className="size-6 text-brand-700" />
          <span className="font-medium text-brand-700">Upload photos</span>
          <span className="text-small text-ink-muted">or drop them here, or paste</span>
          <input id={inputId} type="file" multiple accept="image/jpeg,image/png,image/webp,image/avif,image/gif,image/svg+xml" className="sr-only" onChange={(event) => { void add(imageFiles(event.target.files)); event.target.value = ''; }} data-autofocus />
        </label>

        {uploads.length > 0 ? (
          <ul className="space-y-2" aria-label="Uploads">
            {uploads.map((upload) =>
              upload.error ? (
                <li key={upload.key}>
                  <Alert tone="danger">
                    <span className="flex items-start gap-2">
                      <span className="grow">{upload.error}</span>
                      <button type="button" className="focus-ring rounded-control p-0.5" aria-label={`Dismiss the message about ${upload.name}`} onClick={() => dismiss(upload.key)}>
                        <X aria-hidden="true" className="size-4" />
                      </button>
                    </span>
                  </Alert>
                </li>
              ) : (
                <li key={upload.key} className="text-small">
                  <span className="block truncate">{upload.progress >= 1 ? `Preparing ${upload.name} for every screen…` : `Uploading ${upload.name}`}</span>
                  <progress className="h-2 w-full accent-brand-700" max={1} value={upload.progress} aria-label={`${upload.name}: ${Math.round(upload.progress * 100)} %`} />
                </li>
              ),
            )}
          </ul>
        ) : null}

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
      </div>
    </Dialog>
  );
}
