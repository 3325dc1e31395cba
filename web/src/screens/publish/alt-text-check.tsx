// Asked before publishing while pictures on the site have no description: each picture with a field for what it
// shows (offered from the library's description of the file, which comes from its file name), saved in one change
// and then published. People who can't see a picture hear its description, so there is no "publish anyway".
import { ImageIcon } from 'lucide-react';
import { useState } from 'react';
import { assetIdOf, findPicturesWithoutAlt, type Site } from '../../../../src/site/index.ts';
import { setText } from '../../../../src/patch/index.ts';
import { commitPatch, errorMessage, thumbnailOf, useAssets } from '../../api/index.ts';
import { Alert, Button, Field, Input } from '../../ui/index.ts';

type Picture = ReturnType<typeof findPicturesWithoutAlt>[number];

export interface AltTextCheckProps {
  siteId: string;
  branch: string;
  document: Site;
  head: string;
  pictures: readonly Picture[];
  isPublishing: boolean;
  /** Called once the descriptions are committed: publish now. */
  onDescribed: () => void;
}

export function AltTextCheck({ siteId, branch, document, head, pictures, isPublishing, onDescribed }: AltTextCheckProps) {
  const library = useAssets(siteId);
  const assetOf = (picture: Picture) => library.data?.assets.find((asset) => asset.id === assetIdOf(picture.src));
  const [written, setWritten] = useState<Record<string, string>>({});
  const [isMissing, setMissing] = useState(false);
  const [isSaving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const valueOf = (picture: Picture) => written[picture.path] ?? assetOf(picture)?.alt ?? '';

  const save = async () => {
    if (pictures.some((picture) => valueOf(picture).trim() === '')) {
      setMissing(true);
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      const patch = pictures.flatMap((picture) => setText(document, picture.path, valueOf(picture).trim()));
      await commitPatch(siteId, { branch, base: head, patch, summary: pictures.length === 1 ? 'Described a picture' : `Described ${pictures.length} pictures` });
      onDescribed();
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="alt-title" className="space-y-3 rounded-control border border-amber-300 bg-warning-soft p-4 text-small">
      <h3 id="alt-title" className="flex items-center gap-2 font-semibold text-ink">
        <ImageIcon aria-hidden="true" className="size-4 shrink-0 text-warning" />
        {pictures.length === 1 ? 'Describe your picture before it goes live' : `Describe your ${pictures.length} pictures before they go live`}
      </h3>
      <p className="text-ink">People who can’t see a picture hear its description, and search engines read it too. Say in a few words what each one shows.</p>
      <ul className="space-y-3">
        {pictures.map((picture) => {
          const asset = assetOf(picture);
          const value = valueOf(picture);
          return (
            <li key={picture.path} className="flex gap-3 rounded-control bg-surface/70 p-3">
              {asset ? <img src={thumbnailOf(asset)} alt="" width={64} height={64} className="size-16 shrink-0 rounded object-cover" /> : null}
              <div className="min-w-0 flex-1">
                <Field
                  label={`${picture.sectionLabel} on ${picture.pageTitle || 'a page'}`}
                  hint={asset?.alt && !(picture.path in written) ? 'Suggested from the file name — check it says what the picture shows.' : undefined}
                  error={isMissing && value.trim() === '' ? 'Write what this picture shows.' : null}
                >
                  {(control) => (
                    <Input {...control} value={value} maxLength={150} placeholder="e.g. A sourdough loaf on a floury board" onChange={(event) => setWritten({ ...written, [picture.path]: event.target.value })} />
                  )}
                </Field>
              </div>
            </li>
          );
        })}
      </ul>
      {failure ? <Alert tone="danger" title="The descriptions were not saved">{failure}</Alert> : null}
      <Button isBusy={isSaving || isPublishing} onClick={() => void save()}>
        Save and publish
      </Button>
    </section>
  );
}
