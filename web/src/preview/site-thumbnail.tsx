// A live, scaled-down picture of a site's home page: an iframe whose srcdoc is the rendered page, sandboxed
// (no script, no navigation), inert and hidden from assistive technology (the card around it says what it is).
// It is rendered only once scrolled near the viewport, and kept by TanStack Query under `cacheKey`.
import { useQuery } from '@tanstack/react-query';
import { ImageOff } from 'lucide-react';
import { useEffect, useState } from 'react';

const FRAME_WIDTH = 1280;
const FRAME_HEIGHT = 800;

export interface SiteThumbnailProps {
  /** Changes whenever the page would (e.g. the site id and its head commit). */
  cacheKey: string;
  /** Makes the page's HTML; called once per cacheKey, when the thumbnail comes into view. */
  makeHtml: () => Promise<string>;
}

function useVisibleWidth(element: HTMLElement | null): { isNear: boolean; width: number } {
  const [isNear, setNear] = useState(false);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!element) return;
    const resize = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    const intersection = new IntersectionObserver(([entry]) => entry?.isIntersecting && setNear(true), { rootMargin: '300px' });
    resize.observe(element);
    intersection.observe(element);
    return () => {
      resize.disconnect();
      intersection.disconnect();
    };
  }, [element]);
  return { isNear, width };
}

export function SiteThumbnail({ cacheKey, makeHtml }: SiteThumbnailProps) {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const { isNear, width } = useVisibleWidth(element);
  const preview = useQuery({ queryKey: ['preview', cacheKey], queryFn: makeHtml, enabled: isNear, staleTime: Infinity, gcTime: 10 * 60_000, retry: false });
  const scale = width / FRAME_WIDTH;

  return (
    <div ref={setElement} aria-hidden="true" inert className="relative aspect-[16/10] overflow-hidden bg-slate-100" data-testid="site-thumbnail">
      {preview.data && scale > 0 ? (
        <iframe
          title="Home page preview"
          srcDoc={preview.data}
          sandbox=""
          tabIndex={-1}
          className="pointer-events-none absolute top-0 left-0 origin-top-left border-0 bg-white"
          style={{ width: FRAME_WIDTH, height: FRAME_HEIGHT, transform: `scale(${scale})` }}
        />
      ) : preview.isError ? (
        <div className="flex h-full flex-col items-center justify-center gap-2 text-small text-ink-muted">
          <ImageOff className="size-6" />
          No preview
        </div>
      ) : (
        <div className="h-full animate-pulse bg-gradient-to-br from-slate-100 to-slate-200 motion-reduce:animate-none" />
      )}
    </div>
  );
}
