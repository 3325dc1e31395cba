// Whether a CSS media query matches now, kept up to date as the window changes (rotation, resizing): the editor
// lays itself out for a phone by the viewport's width, never by the browser's name.
import { useSyncExternalStore } from 'react';

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** Below 768 px: the preview fills the screen and the panels open in a sheet from the bottom. */
export const PHONE_QUERY = '(max-width: 767.98px)';

export const useIsPhone = () => useMediaQuery(PHONE_QUERY);
