// The live preview: the page rendered by the publishing renderer in a sandboxed frame (no scripts; same origin so
// the editor can read it), at a device width scaled to fit, grown to the page's height. The first render sets
// srcdoc; later ones replace the frame's document in place, within the frame of the change. A transparent
// overlay maps clicks to the sections' boxes (select) and double-clicks to their text (edit inline); the hovered
// box says so. A section selected elsewhere (the list) is scrolled into view in the scrollable region around (or
// the page, on a phone). On a phone (`isFitted`) the page is drawn at the width it is given, as a phone shows it.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { Pencil } from 'lucide-react';
import type { ImageAssets, Site } from '../../../../src/site/index.ts';
import { findTextPath, markPreviewUpdated, pageHtml } from '../../editor/index.ts';
import { classNames } from '../../ui/index.ts';
import { InlineTextEditor, type InlineEdit } from './inline-text-editor.tsx';

export const DEVICES = { desktop: 1280, tablet: 768, phone: 390 } as const;
export type Device = keyof typeof DEVICES;

export interface LivePreviewProps {
  site: Site;
  /** The site's uploaded pictures, at their editor addresses. */
  images?: ImageAssets | undefined;
  pageIndex: number;
  device: Device;
  selectedId: string | null;
  onSelect: (sectionId: string) => void;
  /** `path` is the edited text's JSON Pointer inside the section's props. Absent for a read-only preview. */
  onInlineEdit?: (sectionId: string, path: string, text: string) => void;
  /** Drawn at the width of the space it has (unscaled, frameless), whatever `device` says: the phone's own view. */
  isFitted?: boolean;
}

interface SectionBox {
  id: string;
  top: number;
  height: number;
}

const TEXT_ELEMENTS = 'h1, h2, h3, h4, p, li, blockquote, figcaption, dt, dd, a, span';

/** The nearest ancestor that scrolls vertically (the editor's preview region), or null. */
function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let current = element.parentElement; current; current = current.parentElement) {
    const { overflowY } = getComputedStyle(current);
    if ((overflowY === 'auto' || overflowY === 'scroll') && current.scrollHeight > current.clientHeight) return current;
  }
  return null;
}

export function LivePreview({ site, images, pageIndex, device, selectedId, onSelect, onInlineEdit, isFitted = false }: LivePreviewProps) {
  const page = site.pages[pageIndex] ?? site.pages[0];
  const html = useMemo(() => (page ? pageHtml(site, page.id, images) : ''), [site, page, images]);
  const [initialHtml] = useState(html);
  const frame = useRef<HTMLIFrameElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const [containerWidth, setContainerWidth] = useState(0);
  const [contentHeight, setContentHeight] = useState(800);
  const [boxes, setBoxes] = useState<SectionBox[]>([]);
  const [inline, setInline] = useState<InlineEdit | null>(null);
  /** The selection last brought into view; a section picked in the preview itself is in view already. */
  const shownSelection = useRef<string | null>(null);
  const width = isFitted && containerWidth > 0 ? Math.floor(containerWidth) : DEVICES[device];
  const scale = containerWidth > 0 ? Math.min(1, containerWidth / width) : 1;

  const measure = () => {
    const document = frame.current?.contentDocument;
    if (!document?.body || !page) return;
    // The html element's own height (not scrollHeight, which never drops below the frame's height) lets the frame shrink.
    setContentHeight(Math.min(Math.max(Math.ceil(document.documentElement.getBoundingClientRect().height), 200), 30_000));
    setBoxes(
      page.sections.flatMap((section) => {
        const element = document.getElementById(section.id);
        if (!element) return [];
        const rect = element.getBoundingClientRect();
        return [{ id: section.id, top: rect.top, height: rect.height }];
      }),
    );
  };

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setContainerWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const document = frame.current?.contentDocument;
    if (!document?.documentElement || document.readyState !== 'complete' || document.URL !== 'about:srcdoc') return;
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
    markPreviewUpdated();
    measure();
  }, [html]);

  useLayoutEffect(measure, [width, device]);

  // Selected in the list (or just added): scroll the preview region to it, once its box is known.
  useEffect(() => {
    if (selectedId === null || selectedId === shownSelection.current) return;
    const box = container.current?.querySelector<HTMLElement>(`[data-section-id="${CSS.escape(selectedId)}"]`);
    const scroller = box ? scrollingAncestor(box) : null;
    if (!box) return;
    shownSelection.current = selectedId;
    const isReduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    if (!scroller) {
      // The page itself scrolls (a phone): bring the section's top into view, under the sticky header.
      if (isFitted) box.scrollIntoView({ block: 'start', behavior: isReduced ? 'auto' : 'smooth' });
      return;
    }
    const offset = box.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
    scroller.scrollTo({ top: Math.max(0, scroller.scrollTop + offset - 8), behavior: isReduced ? 'auto' : 'smooth' });
  }, [selectedId, boxes, isFitted]);

  const pointInFrame = (event: MouseEvent<HTMLDivElement>) => {
    const overlay = event.currentTarget.getBoundingClientRect();
    return { x: (event.clientX - overlay.left) / scale, y: (event.clientY - overlay.top) / scale };
  };

  const startInlineEdit = (event: MouseEvent<HTMLDivElement>) => {
    const document = frame.current?.contentDocument;
    if (!document || !page) return;
    const { x, y } = pointInFrame(event);
    const target = document.elementFromPoint(x, y)?.closest(TEXT_ELEMENTS);
    const sectionElement = target?.closest('[id]');
    const section = page.sections.find((candidate) => candidate.id === sectionElement?.id);
    const text = target?.textContent?.trim() ?? '';
    if (!target || !section || text === '') return;
    const path = findTextPath(section.props, text, '', site.locales.default);
    if (!path) return;
    const rect = target.getBoundingClientRect();
    const view = document.defaultView;
    setInline({
      sectionId: section.id,
      path,
      text,
      box: { left: rect.left, top: rect.top, width: rect.width, height: rect.height },
      fontSize: view ? view.getComputedStyle(target).fontSize : '16px',
      isMultiline: !/^H\d$/.test(target.tagName),
    });
  };

  return (
    <div ref={container} className="min-w-0 select-none">
      <div className={classNames('relative mx-auto overflow-hidden bg-white', !isFitted && 'rounded-control border border-line shadow-card')} style={{ width: width * scale, height: contentHeight * scale }}>
        <div className="absolute top-0 left-0 origin-top-left" style={{ width, height: contentHeight, transform: `scale(${scale})` }}>
          <iframe
            ref={frame}
            title={`Preview of ${page ? String(typeof page.title === 'string' ? page.title : page.id) : 'the page'}`}
            srcDoc={initialHtml}
            sandbox="allow-same-origin"
            tabIndex={-1}
            onLoad={() => {
              const document = frame.current?.contentDocument;
              if (document && html !== initialHtml) {
                const parsed = new DOMParser().parseFromString(html, 'text/html');
                document.documentElement.replaceWith(document.importNode(parsed.documentElement, true));
              }
              measure();
            }}
            className="block border-0"
            style={{ width, height: contentHeight }}
          />
          <div aria-hidden="true" data-testid="preview-overlay" className="absolute inset-0 select-none" onDoubleClick={onInlineEdit ? startInlineEdit : undefined}>
            {boxes.map((box) => (
              <div
                key={box.id}
                data-section-id={box.id}
                onClick={() => {
                  // On a phone the sheet opens over the lower part of the screen: the section is then scrolled to the top.
                  if (!isFitted) shownSelection.current = box.id;
                  onSelect(box.id);
                }}
                className={classNames('group absolute inset-x-0 scroll-mt-28 cursor-pointer outline-offset-[-3px] hover:outline-2 hover:outline-dashed hover:outline-brand-600', box.id === selectedId && 'outline-3 outline-brand-600 outline-solid')}
                style={{ top: box.top, height: box.height }}
              >
                {onInlineEdit ? (
                  // Drawn at the editor's size whatever the preview's scale.
                  <span
                    data-testid="inline-edit-cue"
                    className="pointer-events-none absolute top-1.5 right-1.5 hidden origin-top-right items-center gap-1 rounded-control bg-brand-700 px-2 py-1 text-caption font-medium text-white shadow-card group-hover:flex"
                    style={{ transform: `scale(${1 / scale})` }}
                  >
                    <Pencil aria-hidden="true" className="size-3.5" />
                    Double-click text to edit
                  </span>
                ) : null}
              </div>
            ))}
          </div>
          {inline ? (
            <InlineTextEditor
              key={`${inline.sectionId}${inline.path}`}
              edit={inline}
              onCommit={(text) => {
                setInline(null);
                onInlineEdit?.(inline.sectionId, inline.path, text);
              }}
              onCancel={() => setInline(null)}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
