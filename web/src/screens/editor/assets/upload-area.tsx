// The place to add pictures: choose files, drop them or paste them; each upload shows its progress and a refused
// file says why, by name. Used by the picker dialog and the Pictures tab.
import { ImagePlus, X } from 'lucide-react';
import { useId, useState, type ClipboardEvent, type DragEvent, type ReactNode } from 'react';
import { Alert, classNames } from '../../../ui/index.ts';
import type { useUploads } from './use-uploads.ts';
import { billingRefusal } from '../../../api/index.ts';
import { BillingRefusalNotice } from '../../billing/billing-refusal.tsx';

export interface UploadAreaProps {
  uploads: ReturnType<typeof useUploads>;
  /** Marks the file input to take the focus when a dialog opens. */
  isAutofocus?: boolean;
  /** Shown below the uploads (the pictures to pick from); drops and pastes there count too. */
  children?: ReactNode;
}

const imageFiles = (files: FileList | null | undefined) => [...(files ?? [])];

export function UploadArea({ uploads: { uploads, add, dismiss }, isAutofocus = false, children }: UploadAreaProps) {
  const [isOver, setOver] = useState(false);
  const inputId = useId();

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
        <input
          id={inputId}
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp,image/avif,image/gif,image/svg+xml"
          className="sr-only"
          onChange={(event) => {
            void add(imageFiles(event.target.files));
            event.target.value = '';
          }}
          data-autofocus={isAutofocus || undefined}
        />
      </label>

      {uploads.length > 0 ? (
        <ul className="space-y-2" aria-label="Uploads">
          {uploads.map((upload) =>
            upload.error && billingRefusal(upload.problem) ? (
              <li key={upload.key}>
                <BillingRefusalNotice refusal={billingRefusal(upload.problem)!} />
                <button type="button" className="focus-ring mt-1 rounded-control px-1 text-small text-ink-muted underline" onClick={() => dismiss(upload.key)}>
                  Dismiss<span className="sr-only"> the message about {upload.name}</span>
                </button>
              </li>
            ) : upload.error ? (
              <li key={upload.key}>
                <Alert tone="danger">
                  <span className="flex items-start gap-2">
                    <span className="min-w-0 grow break-words">{upload.error}</span>
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
      {children}
    </div>
  );
}
