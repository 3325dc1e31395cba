// On a phone: a bar fixed to the bottom of the screen with the editing panels' tabs; tapping one opens the bottom
// sheet on that panel (the preview stays in view above it).
import { classNames } from '../../ui/index.ts';
import { type PanelTab, panelTabsFor } from './editor-panels.tsx';

export interface PhoneTabBarProps {
  canEdit: boolean;
  /** The tab the sheet shows (or last showed). */
  tab: PanelTab;
  onOpen: (tab: PanelTab) => void;
}

export function PhoneTabBar({ canEdit, tab, onOpen }: PhoneTabBarProps) {
  return (
    <nav aria-label="Edit" className="fixed inset-x-0 bottom-0 z-30 border-t border-line bg-surface/95 pb-[env(safe-area-inset-bottom)] backdrop-blur">
      <ul className="flex">
        {panelTabsFor(canEdit).map(({ value, label, icon: Icon }) => (
          <li key={value} className="min-w-0 flex-1">
            <button
              type="button"
              aria-haspopup="dialog"
              onClick={() => onOpen(value)}
              className={classNames('focus-ring flex h-14 w-full flex-col items-center justify-center gap-0.5 text-caption font-medium', tab === value ? 'text-brand-800' : 'text-ink-muted')}
            >
              <Icon aria-hidden="true" className="size-5" />
              <span className="max-w-full truncate">{label}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
