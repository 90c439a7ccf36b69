import { formatShortDate } from '@gemeente-crm/web-i18n';
import type { ExportColumn } from './columns';

const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: string | number | Date | null | undefined, type: ExportColumn<unknown>['type']): string {
  if (value === null || value === undefined) return '';
  let text: string;
  if (value instanceof Date || type === 'date' || type === 'datetime') {
    const date = value instanceof Date ? value : new Date(value);
    if (Number.isNaN(date.getTime())) text = String(value);
    else if (type === 'datetime') {
      const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(date);
      text = `${formatShortDate(date)} ${time}`;
    } else text = formatShortDate(date);
  } else if (typeof value === 'number') {
    // Dutch Excel reads a decimal comma; no thousands separators so numbers stay numbers.
    text = String(value).replace('.', ',');
  } else {
    text = value;
    // Keep spreadsheet programs from executing cell contents as formulas (CSV injection).
    if (FORMULA_START.test(text)) text = `'${text}`;
  }
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV the way Dutch Excel opens it by double-click: UTF-8 with BOM, `;` between fields,
 * CRLF line ends, dates as dd-mm-jjjj.
 */
export function toCsv<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => cell(column.header, 'string')).join(';')];
  for (const row of rows) lines.push(columns.map((column) => cell(column.value(row), column.type)).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export function csvBlob<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): Blob {
  return new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' });
}
