import type { ImportFormat } from './relation-import.js';

/** A sheet as rows of cell texts; the first row is the header. */
export interface SheetRows {
  format: ImportFormat;
  rows: AsyncIterable<string[]>;
}

/**
 * Reads CSV and XLSX files. Cells come as text as a person sees them in the sheet (dates as
 * YYYY-MM-DD). A file that is not a readable sheet is a ValidationError on `file`.
 */
export abstract class SheetReader {
  abstract read(fileName: string, data: Uint8Array): Promise<SheetRows>;
}
