// Above the preview: which page it shows, and at which width (desktop, tablet, phone) — on a phone, always the
// phone's own, so there is no choice to offer.
import { Monitor, Smartphone, Tablet } from 'lucide-react';
import type { Site } from '../../../../src/site/index.ts';
import { plainText } from '../../editor/index.ts';
import { classNames } from '../../ui/index.ts';
import type { Device } from './live-preview.tsx';

const DEVICE_OPTIONS = [
  { value: 'desktop', label: 'Desktop', icon: Monitor },
  { value: 'tablet', label: 'Tablet', icon: Tablet },
  { value: 'phone', label: 'Phone', icon: Smartphone },
] as const;

export interface PreviewToolbarProps {
  site: Site;
  pageIndex: number;
  onPage: (index: number) => void;
  device: Device;
  onDevice: (device: Device) => void;
  canChooseDevice?: boolean;
}

export function PreviewToolbar({ site, pageIndex, onPage, device, onDevice, canChooseDevice = true }: PreviewToolbarProps) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <label className="flex min-w-0 items-center gap-2 text-small font-medium">
        Page
        <select className="focus-ring h-9 min-w-0 rounded-control border border-line-strong bg-surface px-2 text-small" value={pageIndex} onChange={(event) => onPage(Number(event.target.value))}>
          {site.pages.map((page, index) => (
            <option key={page.id} value={index}>
              {plainText(page.title, site.locales.default) || page.id}
            </option>
          ))}
        </select>
      </label>
      {canChooseDevice ? (
        <div role="radiogroup" aria-label="Preview width" className="inline-flex rounded-control border border-line-strong bg-surface p-0.5">
          {DEVICE_OPTIONS.map(({ value, label, icon: Icon }) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={device === value}
              aria-label={label}
              onClick={() => onDevice(value)}
              className={classNames('focus-ring flex items-center gap-1.5 rounded-[0.375rem] px-2.5 py-1.5 text-small', device === value ? 'bg-brand-700 text-white' : 'text-ink-muted hover:text-ink')}
            >
              <Icon aria-hidden="true" className="size-4" />
              <span className="hidden sm:inline">{label}</span>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}
