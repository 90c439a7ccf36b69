export type ExportCellType = 'string' | 'number' | 'date' | 'datetime';

export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => string | number | Date | null | undefined;
  type?: ExportCellType;
  /** Approximate width in characters (xlsx only). */
  width?: number;
}
