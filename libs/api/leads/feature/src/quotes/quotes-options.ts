export interface QuotesModuleOptions {
  /** Printed at the top of every quote, e.g. "Gemeente 's-Hertogenbosch" (MUNICIPALITY_NAME). */
  municipalityName: string;
  /**
   * PDFs are laid out by pdfmake (pure JavaScript) unless this names LibreOffice's `soffice`, to
   * convert the filled Word document instead (so the PDF follows an uploaded template exactly).
   * Off by default; when `soffice` cannot be run, pdfmake is used after all.
   */
  libreOffice?: { sofficePath: string } | null;
}

export const QUOTES_OPTIONS = Symbol('QUOTES_OPTIONS');
