import PizZip from 'pizzip';

/**
 * The Dutch quote template that ships with the product, built here as WordprocessingML rather
 * than kept as a binary .docx: it needs no asset copying in the SWC build or the Docker image,
 * it diffs in review, and administrators download it (GET /quote-template) as the starting
 * point for their own. Merge fields are docxtemplater tags, see QUOTE_TEMPLATE_TAGS.
 */
export function buildDefaultQuoteTemplate(): Uint8Array {
  const zip = new PizZip();
  zip.file('[Content_Types].xml', CONTENT_TYPES);
  zip.file('_rels/.rels', ROOT_RELS);
  zip.file('word/_rels/document.xml.rels', DOCUMENT_RELS);
  zip.file('word/styles.xml', STYLES);
  zip.file('word/document.xml', documentXml());
  return zip.generate({ type: 'uint8array', compression: 'DEFLATE' });
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
</Types>`;

const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

const DOCUMENT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="20"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="QuoteTable"><w:name w:val="Quote Table"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:color="999999"/><w:bottom w:val="single" w:sz="4" w:color="999999"/><w:insideH w:val="single" w:sz="4" w:color="DDDDDD"/></w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;

interface RunOptions {
  bold?: boolean;
  size?: number;
  align?: 'left' | 'right';
  style?: string;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function paragraph(text: string, options: RunOptions = {}): string {
  const pPr = [options.style ? `<w:pStyle w:val="${options.style}"/>` : '', options.align === 'right' ? '<w:jc w:val="right"/>' : ''].join('');
  const rPr = [options.bold ? '<w:b/>' : '', options.size ? `<w:sz w:val="${options.size}"/>` : ''].join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** Column widths in twentieths of a point; the page body is about 9000 wide. */
const LINE_COLUMNS = [3900, 900, 1500, 700, 2000];

function cell(text: string, width: number, options: RunOptions = {}): string {
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraph(text, options)}</w:tc>`;
}

function row(cells: string[], header = false): string {
  return `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.join('')}</w:tr>`;
}

function table(columns: number[], rows: string[]): string {
  const grid = columns.map((width) => `<w:gridCol w:w="${width}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="QuoteTable"/><w:tblW w:w="${columns.reduce((a, b) => a + b, 0)}" w:type="dxa"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

function documentXml(): string {
  const [description, quantity, price, vat, amount] = LINE_COLUMNS as [number, number, number, number, number];
  const lines = table(LINE_COLUMNS, [
    row(
      [
        cell('Omschrijving', description, { bold: true }),
        cell('Aantal', quantity, { bold: true, align: 'right' }),
        cell('Prijs per eenheid', price, { bold: true, align: 'right' }),
        cell('Btw', vat, { bold: true, align: 'right' }),
        cell('Bedrag excl. btw', amount, { bold: true, align: 'right' }),
      ],
      true,
    ),
    // The loop tags open in the first cell and close in the last: docxtemplater repeats the row.
    row([
      cell('{#regels}{omschrijving}', description),
      cell('{aantal}', quantity, { align: 'right' }),
      cell('{prijs}', price, { align: 'right' }),
      cell('{btw}', vat, { align: 'right' }),
      cell('{bedrag}{/regels}', amount, { align: 'right' }),
    ]),
  ]);
  const totals = table([7000, 2000], [
    row([cell('Subtotaal excl. btw', 7000), cell('{subtotaal}', 2000, { align: 'right' })]),
    row([cell('{#btw_tarieven}Btw {tarief} over {grondslag}', 7000), cell('{btw}{/btw_tarieven}', 2000, { align: 'right' })]),
    row([cell('Totaal incl. btw', 7000, { bold: true }), cell('{totaal}', 2000, { bold: true, align: 'right' })]),
  ]);
  const body = [
    paragraph('{gemeente}', { bold: true, size: 24 }),
    paragraph(''),
    paragraph('{relatie_naam}'),
    paragraph('{relatie_adres}'),
    // A condition: the line is left out when the lead has no contact person.
    paragraph('{#contactpersoon}t.a.v. {contactpersoon}{/contactpersoon}'),
    paragraph(''),
    paragraph('Offerte {offertenummer}', { style: 'Heading1' }),
    paragraph('Datum: {datum}'),
    paragraph('Geldig tot en met: {geldig_tot}'),
    paragraph('Betreft: {lead}'),
    paragraph(''),
    paragraph('{toelichting}'),
    lines,
    paragraph(''),
    totals,
    paragraph(''),
    paragraph('U kunt deze offerte aanvaarden tot en met {geldig_tot}. Wij horen graag van u.'),
    paragraph(''),
    paragraph('Met vriendelijke groet,'),
    paragraph('{accountmanager}'),
    paragraph('{gemeente}'),
  ].join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>`;
}
