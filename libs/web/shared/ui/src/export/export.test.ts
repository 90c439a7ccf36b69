import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ExportColumn } from './columns';
import { toCsv } from './csv';
import { columnName, excelSerial, sheetName, toXlsx } from './xlsx';
import { crc32, createZip } from './zip';

interface Row {
  name: string;
  city: string | null;
  count: number;
  updatedAt: string;
}

const columns: ExportColumn<Row>[] = [
  { header: 'Naam', value: (row) => row.name },
  { header: 'Plaats', value: (row) => row.city },
  { header: 'Aantal', value: (row) => row.count, type: 'number' },
  { header: 'Gewijzigd', value: (row) => row.updatedAt, type: 'datetime' },
];
const rows: Row[] = [
  { name: 'Bakkerij "De Korenschoof"', city: "'s-Hertogenbosch", count: 1.5, updatedAt: '2026-03-01T09:30:00Z' },
  { name: '=HYPERLINK("http://evil")', city: null, count: 2, updatedAt: '2026-07-15T22:15:00Z' },
  { name: 'Regel\neen; twee', city: 'Oss', count: 3, updatedAt: '2026-12-31T23:59:00Z' },
];

/** Reads a ZIP archive back (both stored and deflated entries) and checks every CRC. */
function unzip(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i += 1) {
    expect(view.getUint32(offset, true)).toBe(0x02014b50);
    const method = view.getUint16(offset + 10, true);
    const crc = view.getUint32(offset + 16, true);
    const compressed = view.getUint32(offset + 20, true);
    const nameLength = view.getUint16(offset + 28, true);
    const local = view.getUint32(offset + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    expect(view.getUint32(local, true)).toBe(0x04034b50);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const raw = bytes.subarray(dataStart, dataStart + compressed);
    const data = method === 8 ? new Uint8Array(inflateRawSync(raw)) : raw;
    expect(crc32(data)).toBe(crc);
    files.set(name, new TextDecoder().decode(data));
    offset += 46 + nameLength;
  }
  return files;
}

describe('CSV for Dutch Excel', () => {
  const csv = toCsv(columns, rows);

  it('starts with a UTF-8 BOM and uses semicolons and CRLF', () => {
    expect(csv.startsWith('\uFEFFNaam;Plaats;Aantal;Gewijzigd\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('quotes fields with quotes, separators or line breaks', () => {
    expect(csv).toContain('"Bakkerij ""De Korenschoof""";\'s-Hertogenbosch;1,5;01-03-2026 10:30');
    expect(csv).toContain('"Regel\neen; twee";Oss;3;01-01-2027 00:59');
  });

  it('neutralises formulas (CSV injection)', () => {
    expect(csv).toContain('"\'=HYPERLINK(""http://evil"")";;2;');
  });
});

describe('xlsx', () => {
  it('names columns like Excel', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('converts to Excel serial dates in Amsterdam time', () => {
    expect(excelSerial(new Date('2026-01-01T00:00:00+01:00'))).toBe(46023);
    expect(excelSerial(new Date('2026-07-01T10:00:00Z'))).toBeCloseTo(46204 + 12 / 24, 6);
  });

  it('cleans sheet names', () => {
    expect(sheetName('Organisaties [2026]: a/b?')).toBe('Organisaties  2026   a b');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });

  it('writes a valid Office Open XML package', async () => {
    const bytes = await toXlsx('Organisaties', columns, rows, { date: new Date('2026-11-25T12:00:00Z') });
    expect(bytes[0]).toBe(0x50); // "PK"
    expect(bytes[1]).toBe(0x4b);
    const files = unzip(bytes);
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'docProps/app.xml',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    const sheet = files.get('xl/worksheets/sheet1.xml') ?? '';
    const parser = new DOMParser();
    for (const [name, xml] of files) expect(parser.parseFromString(xml, 'application/xml').getElementsByTagName('parsererror'), name).toHaveLength(0);
    expect(sheet).toContain('<c r="A1" t="inlineStr" s="1"><is><t xml:space="preserve">Naam</t></is></c>');
    expect(sheet).toContain('<t xml:space="preserve">Bakkerij &quot;De Korenschoof&quot;</t>');
    expect(sheet).toContain('<c r="C2"><v>1.5</v></c>');
    expect(sheet).toMatch(/<c r="D2" s="3"><v>46082\.4375\d*<\/v><\/c>/);
    expect(sheet).not.toContain('r="B3"'); // empty cells are left out
    expect(sheet).toContain('<autoFilter ref="A1:D4"/>');
    expect(files.get('xl/workbook.xml')).toContain('<sheet name="Organisaties" sheetId="1" r:id="rId1"/>');
  });

  it('stores entries when compression is off', async () => {
    const bytes = await createZip([{ name: 'a.txt', data: 'hallo' }], { compress: false });
    expect(unzip(bytes).get('a.txt')).toBe('hallo');
  });
});
