// An image slot of a section: the picture it shows (from the site's library or an address), its description for
// people who can't see it, and buttons to pick or upload another, or take it away. An empty slot says "Add a photo".
import { ImagePlus } from 'lucide-react';
import { useState } from 'react';
import type { Image } from '../../../../../src/site/index.ts';
import { type Asset, thumbnailOf, useAssets } from '../../../api/index.ts';
import { Button, Label } from '../../../ui/index.ts';
import { AssetLibraryDialog } from '../assets/asset-library-dialog.tsx';
import { DraftTextControl } from './draft-text-control.tsx';

export interface ImageFieldControlProps {
  siteId: string;
  label: string;
  value: Image | undefined;
  /** Sets the image (undefined removes it); answers the error to show, or null. */
  onChange: (image: Image | undefined, isTyping?: boolean) => string | null;
  onBlur: () => void;
}

const isImage = (value: unknown): value is Image => typeof value === 'object' && value !== null && typeof (value as Image).src === 'string';

export function ImageFieldControl({ siteId, label, value, onChange, onBlur }: ImageFieldControlProps) {
  const [isPicking, setPicking] = useState(false);
  const library = useAssets(siteId);
  const image = isImage(value) ? value : undefined;
  const asset = image?.src.startsWith('asset:') ? library.data?.assets.find((entry) => entry.id === image.src.slice('asset:'.length)) : undefined;
  const preview = asset ? thumbnailOf(asset) : image && /^https:|^\//.test(image.src) ? image.src : undefined;

  const pick = (picked: Asset) => {
    onChange({ src: `asset:${picked.id}`, alt: image?.alt || picked.alt || picked.suggestedAlt, width: picked.width, height: picked.height }, false);
    setPicking(false);
  };

  return (
    <div className="space-y-2">
      <Label>{label}</Label>
      {image ? (
        <div className="space-y-2">
          {preview ? (
            <img src={preview} alt="" className="aspect-[3/2] w-full rounded-control border border-line object-cover" />
          ) : library.isSuccess ? (
            <p className="text-small text-ink-muted">This picture is no longer in the library; choose another.</p>
          ) : null}
          <DraftTextControl
            label="What the picture shows"
            hint="Read aloud to people who can't see it, and by search engines. Publishing asks for it."
            value={typeof image.alt === 'string' ? image.alt : ''}
            onChange={(alt) => onChange({ ...image, alt })}
            onBlur={onBlur}
          />
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" size="sm" onClick={() => setPicking(true)}>
              Replace
            </Button>
            <Button variant="ghost" size="sm" onClick={() => onChange(undefined, false)}>
              Remove
            </Button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setPicking(true)} className="focus-ring flex w-full items-center justify-center gap-2 rounded-control border-2 border-dashed border-line-strong px-4 py-6 font-medium text-brand-700 hover:bg-canvas">
          <ImagePlus aria-hidden="true" className="size-5" />
          Add a photo
        </button>
      )}
      <AssetLibraryDialog siteId={siteId} isOpen={isPicking} onClose={() => setPicking(false)} onPick={pick} />
    </div>
  );
}
