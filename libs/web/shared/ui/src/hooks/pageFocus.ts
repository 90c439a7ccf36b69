import { type RefObject, useEffect } from 'react';

/**
 * Focus management for client-side navigation (WCAG 2.4.3): after the user moves to another
 * page, focus goes to the new page's h1 so screen readers announce it and keyboard users
 * start at the top. Not on the first load, and not for tab switches inside a page.
 */
let pending = false;

export function requestPageFocus(): void {
  pending = true;
}

export function usePageFocus(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (!pending) return;
    pending = false;
    ref.current?.focus();
  }, [ref]);
}
