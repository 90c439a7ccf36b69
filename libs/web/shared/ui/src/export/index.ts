/** Loaded on demand (dynamic import) so the export code is not in the initial bundle. */
export { toCsv, csvBlob } from './csv';
export { toXlsx, xlsxBlob, XLSX_MIME, excelSerial, columnName, sheetName, worksheetXml } from './xlsx';
export { createZip, crc32 } from './zip';
export { downloadBlob, exportFileName } from './download';
export type { ExportColumn, ExportCellType } from './columns';
