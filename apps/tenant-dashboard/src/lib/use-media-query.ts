'use client';
import { useCallback, useSyncExternalStore } from 'react';

/** True while the browser matches a CSS media query (false while rendering on the server). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (changed: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** Phones get a list of record cards instead of the grid (see screens.css, same width). */
export const PHONE = '(max-width: 600px)';
