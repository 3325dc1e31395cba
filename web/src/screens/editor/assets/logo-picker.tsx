// Theme → Logo: the picture shown beside the site's name in the header and as its browser-tab icon — uploaded or
// chosen from the library, or none (a lettermark in the theme's colour).
import { useState } from 'react';
import { thumbnailOf, useAssets } from '../../../api/index.ts';
import { Button, Label } from '../../../ui/index.ts';
import { AssetLibraryDialog } from './asset-library-dialog.tsx';

export interface LogoPickerProps {
  siteId: string;
  /** `asset:<id>`, an address, or undefined. */
  source: string | undefined;
  onChange: (source: string | undefined) => void;
}

export function LogoPicker({ siteId, source, onChange }: LogoPickerProps) {
  const [isPicking, setPicking] = useState(false);
  const library = useAssets(siteId);
  const asset = source?.startsWith('asset:') ? library.data?.assets.find((entry) => entry.id === source.slice('asset:'.length)) : undefined;
  return (
    <div className="space-y-2">
      <Label>Logo</Label>
      <div className="flex items-center gap-3">
        <div className="flex h-14 w-28 shrink-0 items-center justify-center rounded-control border border-line bg-canvas">
          {asset ? <img src={thumbnailOf(asset)} alt="Your logo" className="max-h-12 max-w-24 object-contain" /> : <span className="text-small text-ink-muted">{source ? 'Logo' : 'No logo yet'}</span>}
        </div>
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" size="sm" onClick={() => setPicking(true)}>
            {source ? 'Change logo' : 'Upload logo'}
          </Button>
          {source ? (
            <Button variant="ghost" size="sm" onClick={() => onChange(undefined)}>
              Remove
            </Button>
          ) : null}
        </div>
      </div>
      <p className="text-small text-ink-muted">Shown beside your name in the header and as the icon in browser tabs. An SVG, or a PNG with a transparent background, works best. Publishing makes the browser-tab icon, the phone home-screen icon and the link-preview picture from it.</p>
      <AssetLibraryDialog
        siteId={siteId}
        isOpen={isPicking}
        onClose={() => setPicking(false)}
        onPick={(picked) => {
          onChange(`asset:${picked.id}`);
          setPicking(false);
        }}
      />
    </div>
  );
}
