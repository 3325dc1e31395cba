// The Editor (/sites/:id): the live preview of a page beside tabs for its sections, the theme, the pages, the
// business details and the chat. Every change is a commit (see editor/use-site-editor.ts). `?branch=` opens that
// branch (main when absent); `?section=` opens on that section, selected (the publish screen links samples so).
// On a phone (< 768 px) the preview fills the screen at the phone's width and the panels open in a bottom sheet
// from a tab bar at the bottom; selecting a section in the preview opens the sheet on its fields.
import { ArrowLeft } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { setField } from '../../../../src/patch/index.ts';
import { errorMessage, type GenerationNote, imageAssetsOf, type SiteDetail, useAssets, useSession, useSiteDetail } from '../../api/index.ts';
import { useIsPhone, useLiveSite, useSiteEditor } from '../../editor/index.ts';
import { Alert, BottomSheet, Button, classNames, LoadingBlock } from '../../ui/index.ts';
import { EditorPanels, PANEL_TABS, type PanelTab } from './editor-panels.tsx';
import { PhoneTabBar } from './phone-tab-bar.tsx';
import { EditorTopBar } from './editor-top-bar.tsx';
import { PreviewToolbar } from './preview-toolbar.tsx';
import { InlineEditHint } from './inline-edit-hint.tsx';
import { LivePreview, type Device } from './live-preview.tsx';
import { changeValue } from './fields/field-change.ts';
import { AssumptionsPanel, type NoteFix } from './assumptions-panel.tsx';
import { EditConflictDialog } from './edit-conflict-dialog.tsx';
import { PresenceAvatars } from './presence-avatars.tsx';
import { TakenDownBanner } from './taken-down-banner.tsx';
import { ViewerBanner } from './viewer-banner.tsx';

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/** The business detail's first input, by the label the Business tab gives it. */
const DETAIL_LABELS = { name: 'Business name', phone: 'Phone', address: 'Street', hours: 'Opening hours' } as const;

function focusBusinessDetail(field: keyof typeof DETAIL_LABELS): void {
  const panel = document.getElementById('editor-tab-panel');
  const wanted = DETAIL_LABELS[field];
  const label = [...(panel?.querySelectorAll('label, legend') ?? [])].find((element) => element.textContent?.trim() === wanted);
  const control = label instanceof HTMLLabelElement ? label.control : label?.parentElement?.querySelector('input, button');
  control?.scrollIntoView({ block: 'center' });
  if (control instanceof HTMLElement) control.focus();
}

function Editor({ siteId, detail, sectionId }: { siteId: string; detail: SiteDetail; sectionId: string | null }) {
  const editor = useSiteEditor(siteId, detail);
  const session = useSession();
  const library = useAssets(siteId);
  const images = useMemo(() => imageAssetsOf(library.data?.assets ?? []), [library.data]);
  const [pageIndex, setPageIndex] = useState(() => Math.max(0, editor.document.pages.findIndex((page) => page.sections.some((section) => section.id === sectionId))));
  const [selectedId, setSelectedId] = useState<string | null>(sectionId);
  // A tablet starts at a tablet's width (readable at its own size); 1024 px and wider at a desktop's.
  const [device, setDevice] = useState<Device>(() => (window.innerWidth < 640 ? 'phone' : window.innerWidth < 1024 ? 'tablet' : 'desktop'));
  const [tab, setTab] = useState<PanelTab>('sections');
  const isPhone = useIsPhone();
  const [isSheetOpen, setSheetOpen] = useState(false);
  // Turned to a wider screen, the sheet is not left waiting open for the phone's return; a conflict's question
  // (a dialog of its own) is not put behind it.
  if (isSheetOpen && (!isPhone || editor.conflict)) setSheetOpen(false);
  /** Shows a panel: in the sheet on a phone (opened), beside or under the preview elsewhere. */
  const openTab = (next: PanelTab) => {
    setTab(next);
    if (isPhone) setSheetOpen(true);
  };
  const site = editor.document;
  // Who else is here, and others' commits: shown at once, merged with what this person hasn't saved yet.
  const live = useLiveSite(siteId, editor.branch, { sectionId: selectedId });
  const { absorbHead } = editor;
  const latestCommit = live.latestHead?.commit;
  useEffect(() => {
    if (latestCommit) void absorbHead(latestCommit).catch(() => undefined);
  }, [latestCommit, absorbHead]);
  const lastAuthor = live.latestHead?.author;
  const otherName = lastAuthor && lastAuthor.id !== session.data?.id ? lastAuthor.name : null;
  const safePageIndex = Math.min(pageIndex, site.pages.length - 1);
  const { undo, redo } = editor;
  const arrival = useLocation().state as { isNew?: boolean; notes?: GenerationNote[] } | null;
  const isNew = arrival?.isNew === true;
  const [notes, setNotes] = useState<readonly GenerationNote[]>(() => arrival?.notes ?? []);
  /** Opens the place a note is fixed: the section (on its page), a tab, or a business detail, focused. */
  const reveal = (fix: NoteFix) => {
    openTab(fix.panel);
    if (fix.panel === 'sections') {
      const index = site.pages.findIndex((page) => page.sections.some((section) => section.id === fix.sectionId));
      if (index >= 0) setPageIndex(index);
      setSelectedId(fix.sectionId);
    }
    if (fix.panel === 'business') window.setTimeout(() => focusBusinessDetail(fix.field));
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z' || isEditable(event.target)) return;
      event.preventDefault();
      void (event.shiftKey ? redo() : undo());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return (
    <>
      <EditorTopBar siteId={siteId} name={site.name} editor={editor} presence={<PresenceAvatars others={live.others} site={site} locale={site.locales.default} />} />
      <TakenDownBanner takenDown={detail.site.takenDown} className="mb-4" />
      {editor.canEdit ? null : <ViewerBanner className="mb-4" />}
      {editor.conflict ? <EditConflictDialog conflicts={editor.conflict} changedBy={otherName} onKeep={(keep) => void editor.resolveConflict(keep)} /> : null}
      {isNew && notes.length > 0 ? (
        <AssumptionsPanel pageCount={site.pages.length} notes={notes} onFix={reveal} onDismiss={() => setNotes([])} />
      ) : isNew && arrival?.notes === undefined ? (
        <Alert tone="success" title="Your site is ready" className="mb-4">
          PageHub wrote {site.pages.length} pages. Look them over, then publish when you are happy.
        </Alert>
      ) : null}
      {editor.notice ? (
        <Alert tone="info" className="mb-4">
          <span className="flex flex-wrap items-center gap-3">
            {editor.notice}
            <Button size="sm" variant="secondary" onClick={editor.dismissNotice}>
              Dismiss
            </Button>
          </span>
        </Alert>
      ) : null}
      <div className={classNames('grid min-w-0 gap-4 lg:grid-cols-[minmax(0,1fr)_400px] xl:grid-cols-[minmax(0,1fr)_440px]', isPhone && 'pb-16')}>
        <section aria-label="Preview" className="min-w-0 space-y-3">
          <PreviewToolbar site={site} pageIndex={safePageIndex} onPage={(index) => { setPageIndex(index); setSelectedId(null); }} device={device} onDevice={setDevice} canChooseDevice={!isPhone} />
          {editor.canEdit && !isPhone ? <InlineEditHint /> : null}
          <div
            tabIndex={isPhone ? undefined : 0}
            role="region"
            aria-label={isPhone ? 'Page preview' : 'Page preview, scrollable'}
            className={isPhone ? '-mx-4 bg-canvas sm:-mx-6' : 'focus-ring max-h-[45dvh] overflow-y-auto rounded-card bg-canvas lg:max-h-[calc(100dvh-15rem)]'}
          >
            <LivePreview
              site={site}
              images={images}
              pageIndex={safePageIndex}
              device={isPhone ? 'phone' : device}
              isFitted={isPhone}
              selectedId={selectedId}
              onSelect={(id) => {
                setSelectedId(id);
                openTab('sections');
              }}
              onInlineEdit={
                editor.canEdit
                  ? (sectionId, path, text) => {
                      // The section can have gone while the text box was open (a chat edit or an undo reloaded the site).
                      const isThere = site.pages.some((candidate) => candidate.sections.some((section) => section.id === sectionId));
                      if (isThere) changeValue(editor.change, setField(site, sectionId, path, text), 'Edit text in the preview', {});
                    }
                  : undefined
              }
            />
          </div>
        </section>
        {/* The same panels beside (or under) the preview, or in the sheet on a phone: kept mounted across the switch. */}
        <BottomSheet isSheet={isPhone} isOpen={isSheetOpen} onClose={() => setSheetOpen(false)} title={PANEL_TABS.find((item) => item.value === tab)?.label ?? 'Edit'}>
          <EditorPanels siteId={siteId} editor={editor} tab={tab} onTab={setTab} pageIndex={safePageIndex} onPage={setPageIndex} selectedId={selectedId} onSelect={setSelectedId} isInSheet={isPhone} />
        </BottomSheet>
      </div>
      {isPhone ? <PhoneTabBar canEdit={editor.canEdit} tab={tab} onOpen={openTab} /> : null}
    </>
  );
}

export function SiteEditorScreen() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const branch = search.get('branch') ?? 'main';
  const detail = useSiteDetail(id, branch === 'main' ? undefined : branch);
  // The editor starts from the head it is given: wait for this visit's answer, not a cached (maybe older) one.
  if (detail.isPending || !detail.isFetchedAfterMount) return <LoadingBlock label="Loading the site…" />;
  if (detail.isError) {
    return (
      <>
        <Link to="/" className="focus-ring mb-4 inline-flex items-center gap-1.5 rounded text-small font-medium text-ink-muted hover:text-ink">
          <ArrowLeft aria-hidden="true" className="size-4" />
          Your sites
        </Link>
        <Alert tone="danger" title="This site could not be opened">
          {errorMessage(detail.error)}
        </Alert>
      </>
    );
  }
  return <Editor key={`${id}:${branch}`} siteId={id} detail={detail.data} sectionId={search.get('section')} />;
}
