import { isKnownQuoteTemplateTag, type QuoteMergeData } from '@gemeente-crm/leads-core';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import { DocxQuoteRenderer } from './docx-quote-renderer.js';

const data: QuoteMergeData = {
  gemeente: "Gemeente 's-Hertogenbosch",
  relatie_naam: 'Bakkerij Van Dijk B.V.',
  relatie_adres: "Markt 1\n5211 JX 's-Hertogenbosch",
  contactpersoon: 'Jan de Vries',
  accountmanager: 'Anne Accountmanager',
  lead: 'Nieuwe huisvesting',
  offertenummer: 'OF-2026-0001 v2',
  versie: '2',
  datum: '25 november 2026',
  geldig_tot: '25 december 2026',
  toelichting: 'Zoals besproken & afgesproken',
  regels: [
    { omschrijving: 'Adviesgesprek', aantal: '2', prijs: '€ 95,00', btw: '21%', bedrag: '€ 190,00' },
    { omschrijving: 'Vergunningscheck', aantal: '1,5', prijs: '€ 40,00', btw: '9%', bedrag: '€ 60,00' },
  ],
  btw_tarieven: [
    { tarief: '9%', grondslag: '€ 60,00', btw: '€ 5,40' },
    { tarief: '21%', grondslag: '€ 190,00', btw: '€ 39,90' },
  ],
  subtotaal: '€ 250,00',
  btw_totaal: '€ 45,30',
  totaal: '€ 295,30',
};

/** The visible text of a .docx, paragraph by paragraph. */
export function docxText(bytes: Uint8Array): string {
  const xml = new PizZip(bytes).file('word/document.xml')!.asText();
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((match) => match[1] ?? '\n').join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&apos;/g, "'");
}

describe('quote documents', () => {
  const renderer = new DocxQuoteRenderer({ municipalityName: "Gemeente 's-Hertogenbosch" });

  it('ships a default template that compiles and uses only known merge fields', () => {
    const inspection = renderer.inspectTemplate(renderer.defaultTemplate());
    expect(inspection.problems).toEqual([]);
    expect(inspection.tags.filter((tag) => !isKnownQuoteTemplateTag(tag))).toEqual([]);
    expect(inspection.tags).toEqual(expect.arrayContaining(['gemeente', 'regels', 'regels.omschrijving', 'btw_tarieven.btw', 'totaal']));
  });

  it('merges the quote into the Word template, one table row per line', () => {
    const text = docxText(renderer.renderDocx(renderer.defaultTemplate(), data));
    expect(text).toContain("Gemeente 's-Hertogenbosch");
    expect(text).toContain('Offerte OF-2026-0001 v2');
    expect(text).toContain("Markt 1\n5211 JX 's-Hertogenbosch");
    expect(text).toContain('t.a.v. Jan de Vries');
    expect(docxText(renderer.renderDocx(renderer.defaultTemplate(), { ...data, contactpersoon: '' }))).not.toContain('t.a.v.');
    expect(text).toContain('Zoals besproken & afgesproken');
    expect(text).toMatch(/Adviesgesprek\s*2\s*€ 95,00\s*21%\s*€ 190,00/);
    expect(text).toMatch(/Vergunningscheck\s*1,5/);
    expect(text).toMatch(/Btw 9% over € 60,00\s*€ 5,40/);
    expect(text).toMatch(/Totaal incl\. btw\s*€ 295,30/);
    expect(text).not.toContain('{');
  });

  it('reports the tags of an uploaded template, and why one does not compile', () => {
    const zip = new PizZip(renderer.defaultTemplate());
    const xml = zip.file('word/document.xml')!.asText();
    zip.file('word/document.xml', xml.replace('Betreft: {lead}', 'Korting: {korting}'));
    expect(renderer.inspectTemplate(zip.generate({ type: 'uint8array' })).tags).toContain('korting');
    zip.file('word/document.xml', xml.replace('{lead}', '{lead'));
    expect(renderer.inspectTemplate(zip.generate({ type: 'uint8array' })).problems.length).toBeGreaterThan(0);
    expect(renderer.inspectTemplate(new TextEncoder().encode('PK geen zip')).problems.length).toBeGreaterThan(0);
  });

  it('renders the same content as a PDF with pages', async () => {
    const pdf = Buffer.from(await renderer.renderPdf(renderer.defaultTemplate(), data));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/Type \/Page\b/);
  });

  describe('with LibreOffice configured', () => {
    /** A stand-in for `soffice` (an external program): answers --version and "converts" by writing a PDF. */
    function fakeSoffice(): string {
      const folder = mkdtempSync(join(tmpdir(), 'fake-soffice-'));
      const script = join(folder, 'soffice');
      writeFileSync(
        script,
        `#!/bin/sh
if [ "$1" = "--version" ]; then echo "LibreOffice 24.2 (fake)"; exit 0; fi
out=""; prev=""; last=""
for arg in "$@"; do if [ "$prev" = "--outdir" ]; then out="$arg"; fi; prev="$arg"; last="$arg"; done
[ -s "$last" ] || exit 1
printf '%%PDF-1.7 converted by soffice' > "$out/quote.pdf"
`,
      );
      chmodSync(script, 0o755);
      return script;
    }

    it('converts the filled Word document when soffice can be run', async () => {
      const converting = new DocxQuoteRenderer({ municipalityName: 'Gemeente', libreOffice: { sofficePath: fakeSoffice() } });
      const pdf = Buffer.from(await converting.renderPdf(converting.defaultTemplate(), data));
      expect(pdf.toString()).toBe('%PDF-1.7 converted by soffice');
    });

    it('falls back to pdfmake when soffice is not there', async () => {
      const missing = new DocxQuoteRenderer({ municipalityName: 'Gemeente', libreOffice: { sofficePath: '/nonexistent/soffice' } });
      const pdf = Buffer.from(await missing.renderPdf(missing.defaultTemplate(), data));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.toString('latin1')).toMatch(/\/Type \/Page\b/);
    });
  });
});
