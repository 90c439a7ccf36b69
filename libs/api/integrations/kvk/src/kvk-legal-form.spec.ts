import { legalFormFromKvk } from './kvk-legal-form.js';

describe("KvK's rechtsvorm as the CRM's legal form", () => {
  it.each([
    ['BeslotenVennootschap', undefined, 'bv'],
    ['NaamlozeVennootschap', undefined, 'nv'],
    ['VennootschapOnderFirma', undefined, 'vof'],
    ['CommanditaireVennootschap', 'Commanditaire Vennootschap met meer dan één beherend vennoot', 'cv'],
    ['Eenmanszaak', 'Eenmanszaak met meer dan één eigenaar', 'eenmanszaak'],
    ['Maatschap', undefined, 'maatschap'],
    ['Stichting', undefined, 'stichting'],
    ['VerenigingVanEigenaars', undefined, 'vereniging'],
    ['Vereniging', 'Vereniging met beperkte rechtsbevoegdheid', 'vereniging'],
    ['Coöperatie', undefined, 'cooperatie'],
    ['PubliekrechtelijkeRechtspersoon', undefined, 'overheid'],
    [undefined, 'Besloten Vennootschap blijkens statuten structuurvennootschap', 'bv'],
    ['OnderlingeWaarborgMaatschappij', undefined, 'overig'],
    ['Kerkgenootschap', undefined, 'overig'],
  ] as const)('%s / %s → %s', (rechtsvorm, uitgebreid, expected) => {
    expect(legalFormFromKvk(rechtsvorm, uitgebreid)).toBe(expected);
  });

  it('gives null when KvK names no legal form', () => {
    expect(legalFormFromKvk(undefined, ' ')).toBeNull();
  });
});
