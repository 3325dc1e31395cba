import { useEffect } from 'react';

let isFirstScreen = true;

/**
 * Sets the document title ("Your sites · PageHub") so tabs, history and screen readers name each screen, and
 * after a client-side navigation moves the focus to the new screen's main region (as a page load would).
 */
export function RouteTitle({ title }: { title: string }) {
  useEffect(() => {
    document.title = `${title} · PageHub`;
    if (isFirstScreen) isFirstScreen = false;
    else document.getElementById('main')?.focus({ preventScroll: true });
  }, [title]);
  return null;
}
