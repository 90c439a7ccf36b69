import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { SheetReader, type SheetRows, unreadableFile } from '@gemeente-crm/imports-core';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { decodeCsv, detectDelimiter } from './csv-text.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** CSV with csv-parse, XLSX with exceljs's streaming reader (the first worksheet), row by row. */
@Injectable()
export class FileSheetReader extends SheetReader {
  async read(fileName: string, data: Uint8Array): Promise<SheetRows> {
    if (startsWith(data, OLE)) {
      throw unreadableFile('Dit is een oud Excel-bestand (.xls). Sla het op als Excel-werkmap (.xlsx) of als CSV en probeer het opnieuw.', 'import.file-type');
    }
    if (startsWith(data, ZIP)) return { format: 'xlsx', rows: xlsxRows(data) };
    if (/\.(xlsx|xlsm|xls|ods|pdf|docx?)$/i.test(fileName) || looksBinary(data)) {
      throw unreadableFile('Dit bestand is geen CSV- of Excel-bestand (.csv of .xlsx).', 'import.file-type');
    }
    return { format: 'csv', rows: csvRows(data) };
  }
}

function startsWith(data: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => data[index] === byte);
}

function looksBinary(data: Uint8Array): boolean {
  return data.subarray(0, 8192).includes(0) && !(data[0] === 0xff && data[1] === 0xfe) && !(data[0] === 0xfe && data[1] === 0xff);
}

async function* csvRows(data: Uint8Array): AsyncIterable<string[]> {
  const text = decodeCsv(data);
  const parser = parse(text, { delimiter: detectDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  try {
    for await (const record of parser) yield record as string[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw unreadableFile(`Het CSV-bestand kon niet worden gelezen${line ? ` (rond regel ${line})` : ''}; controleer de aanhalingstekens.`);
  }
}

async function* xlsxRows(data: Uint8Array): AsyncIterable<string[]> {
  // Styles are needed to tell dates from numbers.
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(Buffer.from(data)), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  try {
    for await (const worksheet of workbook) {
      let expected = 1;
      for await (const row of worksheet) {
        // The streaming reader skips empty rows; keep numbering as the sheet shows it.
        for (; expected < row.number; expected += 1) yield [];
        const values = row.values as unknown[];
        const cells: string[] = [];
        for (let index = 1; index < values.length; index += 1) cells.push(cellText(values[index]));
        yield cells;
        expected = row.number + 1;
      }
      return; // The first worksheet only.
    }
  } catch (error) {
    if ((error as { kind?: string }).kind === 'validation') throw error;
    throw unreadableFile('Het Excel-bestand kon niet worden gelezen; sla het opnieuw op als .xlsx en probeer het nog eens.');
  }
  throw unreadableFile('Het Excel-bestand heeft geen werkblad.', 'import.file-empty');
}

/** A cell as a person reads it in Excel. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    const cell = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (cell.richText) return cell.richText.map((part) => part.text).join('');
    if (cell.text !== undefined) return cellText(cell.text);
    if (cell.result !== undefined) return cellText(cell.result);
    if (cell.error) return '';
  }
  return String(value);
}
