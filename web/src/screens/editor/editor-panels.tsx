// The side panel's tabs (a strip of tabs under the preview on narrow screens): Sections, Theme, Pictures, Pages,
// Business, Chat — all six fit the side panel's 400 px and more (tested from 1024 to 1440 px) with room for wider
// system fonts. On a phone the same panels fill the bottom sheet (`isInSheet`). Input events are timed here for the
// preview figure.
import { FileText, Images, LayoutList, type LucideIcon, MessageSquare, Palette, Store } from 'lucide-react';
import { markInput, type SiteEditor } from '../../editor/index.ts';
import { classNames } from '../../ui/index.ts';
import { PicturesPanel } from './assets/pictures-panel.tsx';
import { BusinessPanel } from './business-panel.tsx';
import { ChatPanel } from './chat-panel.tsx';
import { PagesPanel } from './pages-panel.tsx';
import { SectionsPanel } from './sections-panel.tsx';
import { ThemePanel } from './theme-panel.tsx';

export type PanelTab = 'sections' | 'theme' | 'pictures' | 'pages' | 'business' | 'chat';
export const PANEL_TABS: { value: PanelTab; label: string; icon: LucideIcon }[] = [
  { value: 'sections', label: 'Sections', icon: LayoutList },
  { value: 'theme', label: 'Theme', icon: Palette },
  { value: 'pictures', label: 'Pictures', icon: Images },
  { value: 'pages', label: 'Pages', icon: FileText },
  { value: 'business', label: 'Business', icon: Store },
  { value: 'chat', label: 'Chat', icon: MessageSquare },
];
const TABS = PANEL_TABS;

/** The tabs a person with this role sees (a viewer has no chat). */
export const panelTabsFor = (canEdit: boolean) => TABS.filter((item) => canEdit || item.value !== 'chat');

export interface EditorPanelsProps {
  siteId: string;
  editor: SiteEditor;
  tab: PanelTab;
  onTab: (tab: PanelTab) => void;
  pageIndex: number;
  onPage: (index: number) => void;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  /** Inside the phone's bottom sheet: no frame of its own, the tab strip pinned to the sheet's top. */
  isInSheet?: boolean;
}

export function EditorPanels({ siteId, editor, tab, onTab, pageIndex, onPage, selectedId, onSelect, isInSheet = false }: EditorPanelsProps) {
  /** Shows a section on its page, selected in the Sections tab (the Pictures tab's "Used on" links). */
  const openSection = (sectionId: string) => {
    const index = editor.document.pages.findIndex((page) => page.sections.some((section) => section.id === sectionId));
    if (index >= 0) onPage(index);
    onSelect(sectionId);
    onTab('sections');
  };
  return (
    <aside
      aria-label="Editing panels"
      className={isInSheet ? 'min-w-0 bg-surface' : 'min-w-0 rounded-card border border-line bg-surface shadow-card lg:max-h-[calc(100dvh-12rem)] lg:overflow-y-auto'}
      onInputCapture={markInput}
    >
      <div role="tablist" aria-label="Edit" className="sticky top-0 z-10 flex overflow-x-auto border-b border-line bg-surface px-0.5">
        {panelTabsFor(editor.canEdit).map((item) => (
          <button
            key={item.value}
            type="button"
            role="tab"
            id={`editor-tab-${item.value}`}
            aria-selected={tab === item.value}
            aria-controls="editor-tab-panel"
            onClick={() => onTab(item.value)}
            className={classNames('focus-ring -mb-px flex-1 border-b-2 px-1 py-2.5 text-caption font-medium whitespace-nowrap sm:text-small', tab === item.value ? 'border-brand-700 text-brand-800' : 'border-transparent text-ink-muted hover:text-ink')}
          >
            {item.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="editor-tab-panel" aria-labelledby={`editor-tab-${tab}`} className="p-4">
        {tab === 'sections' ? <SectionsPanel editor={editor} pageIndex={pageIndex} selectedId={selectedId} onSelect={onSelect} /> : null}
        {tab === 'sections' ? null : (
          // A viewer sees every tab's values, with nothing to change (the browser disables the whole form).
          <fieldset disabled={!editor.canEdit} className="min-w-0">
            <legend className="sr-only">{editor.canEdit ? TABS.find((item) => item.value === tab)?.label : `${TABS.find((item) => item.value === tab)?.label ?? ''}, read only`}</legend>
            {tab === 'theme' ? <ThemePanel editor={editor} /> : null}
            {tab === 'pictures' ? <PicturesPanel editor={editor} onOpenSection={openSection} /> : null}
            {tab === 'pages' ? <PagesPanel editor={editor} pageIndex={pageIndex} onOpen={onPage} /> : null}
            {tab === 'business' ? <BusinessPanel editor={editor} /> : null}
            {tab === 'chat' && editor.canEdit ? <ChatPanel siteId={siteId} editor={editor} /> : null}
          </fieldset>
        )}
      </div>
    </aside>
  );
}
