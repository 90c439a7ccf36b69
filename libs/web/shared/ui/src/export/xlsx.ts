import type { ExportColumn } from './columns';
import { createZip } from './zip';

/**
 * A real Office Open XML workbook (.xlsx, ECMA-376) with one sheet, written in the browser:
 * bold frozen header row with an autofilter, numbers as numbers, dates as Excel dates.
 */

const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
// eslint-disable-next-line no-control-regex -- removing control characters XML 1.0 forbids
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const amsterdamParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Excel serial date (days since 1899-12-30) of the wall-clock time in Amsterdam. */
export function excelSerial(date: Date): number {
  const parts = Object.fromEntries(amsterdamParts.formatToParts(date).map((part) => [part.type, part.value]));
  const utc = Date.UTC(Number(parts['year']), Number(parts['month']) - 1, Number(parts['day']), Number(parts['hour']), Number(parts['minute']), Number(parts['second']));
  return utc / 86_400_000 + 25_569;
}

const STYLE = { default: 0, header: 1, date: 2, dateTime: 3 } as const;

const STYLES_XML = `${XML_HEADER}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/><numFmt numFmtId="165" formatCode="dd\\-mm\\-yyyy\\ hh:mm"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

function cellXml(ref: string, value: string | number | Date | null | undefined, type: ExportColumn<unknown>['type'], header = false): string {
  if (value === null || value === undefined || value === '') return '';
  if (header) return `<c r="${ref}" t="inlineStr" s="${STYLE.header}"><is><t xml:space="preserve">${escapeXml(String(value))}</t></is></c>`;
  if (type === 'date' || type === 'datetime' || value instanceof Date) {
    const date = value instanceof Date ? value : new Date(value);
    if (!Number.isNaN(date.getTime())) {
      const serial = excelSerial(date);
      return type === 'date'
        ? `<c r="${ref}" s="${STYLE.date}"><v>${Math.floor(serial)}</v></c>`
        : `<c r="${ref}" s="${STYLE.dateTime}"><v>${serial}</v></c>`;
    }
  }
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"><v>${value}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(value))}</t></is></c>`;
}

export function sheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31);
  return cleaned || 'Blad1';
}

export function worksheetXml<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): string {
  const lastColumn = columnName(Math.max(columns.length - 1, 0));
  const lastRow = rows.length + 1;
  const cols = columns
    .map((column, index) => `<col min="${index + 1}" max="${index + 1}" width="${column.width ?? Math.min(60, Math.max(10, column.header.length + 4))}" customWidth="1"/>`)
    .join('');
  const out: string[] = [
    `${XML_HEADER}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`,
    `<dimension ref="A1:${lastColumn}${lastRow}"/>`,
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
    '<sheetFormatPr defaultRowHeight="15"/>',
    columns.length ? `<cols>${cols}</cols>` : '',
    '<sheetData>',
    `<row r="1">${columns.map((column, index) => cellXml(`${columnName(index)}1`, column.header, 'string', true)).join('')}</row>`,
  ];
  rows.forEach((row, rowIndex) => {
    const r = rowIndex + 2;
    out.push(`<row r="${r}">${columns.map((column, index) => cellXml(`${columnName(index)}${r}`, column.value(row), column.type)).join('')}</row>`);
  });
  out.push('</sheetData>');
  if (columns.length) out.push(`<autoFilter ref="A1:${lastColumn}${lastRow}"/>`);
  out.push('</worksheet>');
  return out.join('');
}

export async function toXlsx<Row>(name: string, columns: readonly ExportColumn<Row>[], rows: readonly Row[], options: { compress?: boolean; date?: Date } = {}): Promise<Uint8Array> {
  const title = sheetName(name);
  const created = (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return createZip(
    [
      {
        name: '[Content_Types].xml',
        data: `${XML_HEADER}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
      },
      {
        name: '_rels/.rels',
        data: `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
      },
      {
        name: 'docProps/core.xml',
        data: `${XML_HEADER}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(title)}</dc:title><dc:creator>Gemeente CRM</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created></cp:coreProperties>`,
      },
      {
        name: 'docProps/app.xml',
        data: `${XML_HEADER}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Gemeente CRM</Application></Properties>`,
      },
      {
        name: 'xl/workbook.xml',
        data: `${XML_HEADER}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets><sheet name="${escapeXml(title)}" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'${escapeXml(title.replace(/'/g, "''"))}'!$A$1:$${columnName(Math.max(columns.length - 1, 0))}$${rows.length + 1}</definedName></definedNames></workbook>`,
      },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: `${XML_HEADER}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
      },
      { name: 'xl/styles.xml', data: STYLES_XML },
      { name: 'xl/worksheets/sheet1.xml', data: worksheetXml(columns, rows) },
    ],
    options,
  );
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function xlsxBlob<Row>(name: string, columns: readonly ExportColumn<Row>[], rows: readonly Row[]): Promise<Blob> {
  return new Blob([(await toXlsx(name, columns, rows)) as BlobPart], { type: XLSX_MIME });
}
