// The Pictures tab: the site's library to look after — every picture with its size, description and the places
// that show it, the storage the pictures take, and a place to upload more.
import { Images } from 'lucide-react';
import { errorMessage, useAssets } from '../../../api/index.ts';
import type { SiteEditor } from '../../../editor/index.ts';
import { Alert, Button, LoadingBlock } from '../../../ui/index.ts';
import { PictureCard } from './picture-card.tsx';
import { UploadArea } from './upload-area.tsx';
import { useUploads } from './use-uploads.ts';

export interface PicturesPanelProps {
  editor: SiteEditor;
  onOpenSection: (sectionId: string) => void;
}

const storageSize = (bytes: number) => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(bytes > 0 ? 1 : 0, Math.round(bytes / 1000))} kB`);

export function PicturesPanel({ editor, onOpenSection }: PicturesPanelProps) {
  const library = useAssets(editor.siteId);
  const uploads = useUploads(editor.siteId);
  const assets = library.data?.assets ?? [];
  const undescribed = assets.filter((asset) => asset.alt.trim() === '').length;

  return (
    <div className="space-y-4">
      <div>
        <h2 className="text-small font-semibold">Your pictures</h2>
        {library.data ? (
          <p className="text-small text-ink-muted">
            {assets.length === 0 ? 'Nothing stored yet.' : `${assets.length} ${assets.length === 1 ? 'picture takes' : 'pictures take'} ${storageSize(library.data.storage.bytes)} of storage.`}
            {library.data.storage.ownerBytes > library.data.storage.bytes ? ` With the owner’s other sites: ${storageSize(library.data.storage.ownerBytes)}.` : ''}
            {undescribed > 0 ? ` ${undescribed} ${undescribed === 1 ? 'needs a description' : 'need a description'} before publishing.` : ''}
          </p>
        ) : null}
      </div>

      <UploadArea uploads={uploads} />

      {library.isPending ? (
        <LoadingBlock label="Loading your pictures…" />
      ) : library.isError ? (
        <Alert tone="danger" title="Your pictures could not be loaded">
          <span className="block">{errorMessage(library.error)}</span>
          <Button variant="secondary" size="sm" className="mt-2" onClick={() => void library.refetch()}>
            Try again
          </Button>
        </Alert>
      ) : assets.length === 0 ? (
        <div className="flex flex-col items-center gap-2 rounded-card border border-dashed border-line-strong px-4 py-8 text-center">
          <Images aria-hidden="true" className="size-6 text-brand-700" />
          <h3 className="font-semibold">No pictures yet</h3>
          <p className="text-small text-ink-muted">Upload photos of your work, your place and your people; then use them in any section.</p>
        </div>
      ) : (
        <ul className="space-y-3" aria-label="Pictures in your library">
          {assets.map((asset) => (
            <li key={asset.id}>
              <PictureCard asset={asset} editor={editor} onOpenSection={onOpenSection} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
