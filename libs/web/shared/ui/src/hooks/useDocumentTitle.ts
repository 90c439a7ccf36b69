import { createContext, useContext, useEffect } from 'react';

/** Suffix after the page name in the browser tab, e.g. "Gemeente 's-Hertogenbosch CRM". */
export const DocumentTitleSuffixContext = createContext<string>('CRM');

/** Sets `document.title` to "<page> – <gemeente> CRM" (WCAG 2.4.2). */
export function useDocumentTitle(page: string | null | undefined): void {
  const suffix = useContext(DocumentTitleSuffixContext);
  useEffect(() => {
    if (page) document.title = `${page} – ${suffix}`;
  }, [page, suffix]);
}
