import type { QuoteMergeData } from '@gemeente-crm/leads-core';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';

/**
 * The PDF version of a quote: the same content, order and Dutch wording as the default Word
 * template, so both documents read alike. Built from the merge data, not from the .docx (which
 * would need LibreOffice on the server).
 */
export function quotePdfDefinition(data: QuoteMergeData): TDocumentDefinitions {
  const right = { alignment: 'right' as const };
  const lines: Content = {
    table: {
      headerRows: 1,
      widths: ['*', 45, 80, 35, 90],
      body: [
        [
          { text: 'Omschrijving', bold: true },
          { text: 'Aantal', bold: true, ...right },
          { text: 'Prijs per eenheid', bold: true, ...right },
          { text: 'Btw', bold: true, ...right },
          { text: 'Bedrag excl. btw', bold: true, ...right },
        ],
        ...data.regels.map((line) => [line.omschrijving, { text: line.aantal, ...right }, { text: line.prijs, ...right }, { text: line.btw, ...right }, { text: line.bedrag, ...right }]),
      ],
    },
    layout: 'lightHorizontalLines',
  };
  const totals: Content = {
    table: {
      widths: ['*', 90],
      body: [
        ['Subtotaal excl. btw', { text: data.subtotaal, ...right }],
        ...data.btw_tarieven.map((rate) => [`Btw ${rate.tarief} over ${rate.grondslag}`, { text: rate.btw, ...right }]),
        [{ text: 'Totaal incl. btw', bold: true }, { text: data.totaal, bold: true, ...right }],
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 12, 0, 0],
  };
  return {
    info: { title: `Offerte ${data.offertenummer}`, author: data.gemeente, subject: data.lead },
    language: 'nl-NL',
    pageSize: 'A4',
    pageMargins: [57, 57, 57, 57],
    defaultStyle: { font: 'Helvetica', fontSize: 10 },
    footer: (page: number, pages: number) => ({ text: `Offerte ${data.offertenummer} — pagina ${page} van ${pages}`, alignment: 'center', fontSize: 8, margin: [0, 20, 0, 0] }),
    content: [
      { text: data.gemeente, bold: true, fontSize: 12, margin: [0, 0, 0, 16] },
      data.relatie_naam,
      data.relatie_adres,
      data.contactpersoon ? `t.a.v. ${data.contactpersoon}` : '',
      { text: `Offerte ${data.offertenummer}`, bold: true, fontSize: 16, margin: [0, 16, 0, 8] },
      `Datum: ${data.datum}`,
      `Geldig tot en met: ${data.geldig_tot}`,
      { text: `Betreft: ${data.lead}`, margin: [0, 0, 0, 12] },
      ...(data.toelichting ? [{ text: data.toelichting, margin: [0, 0, 0, 12] } as Content] : []),
      lines,
      totals,
      { text: `U kunt deze offerte aanvaarden tot en met ${data.geldig_tot}. Wij horen graag van u.`, margin: [0, 16, 0, 16] },
      'Met vriendelijke groet,',
      data.accountmanager,
      data.gemeente,
    ],
  };
}
