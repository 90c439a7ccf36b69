import { type LegalForm, parseLegalForm } from '@gemeente-crm/relations-core';

/**
 * KvK's rechtsvormen that are a variant of a form the CRM knows, by the start of their
 * name with spaces, dots and accents removed ("Coöperatie" → "cooperatie"). KvK writes
 * `rechtsvorm` in CamelCase ("BeslotenVennootschap") and `uitgebreideRechtsvorm` in words
 * ("Besloten Vennootschap blijkens statuten structuurvennootschap"); both normalise alike.
 */
const VARIANTS: ReadonlyArray<readonly [prefix: string, form: LegalForm]> = [
  ['eenmanszaak', 'eenmanszaak'],
  ['maatschap', 'maatschap'],
  ['vennootschaponderfirma', 'vof'],
  ['commanditairevennootschap', 'cv'],
  ['beslotenvennootschap', 'bv'],
  ['naamlozevennootschap', 'nv'],
  ['stichting', 'stichting'],
  ['vereniging', 'vereniging'],
  ['cooperatie', 'cooperatie'],
  ['publiekrechtelijke', 'overheid'],
  ['overheid', 'overheid'],
];

function key(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\s.\-_]/g, '');
}

/**
 * The CRM's legal form for KvK's `rechtsvorm` (or, when that is missing, its
 * `uitgebreideRechtsvorm`). Forms the CRM does not distinguish — kerkgenootschap, onderlinge
 * waarborgmaatschappij, foreign legal entities — become `overig`; no rechtsvorm at all is null.
 */
export function legalFormFromKvk(rechtsvorm: string | undefined, uitgebreideRechtsvorm: string | undefined): LegalForm | null {
  const given = [rechtsvorm, uitgebreideRechtsvorm].filter((value): value is string => Boolean(value?.trim()));
  if (given.length === 0) return null;
  for (const value of given) {
    const exact = parseLegalForm(value);
    if (exact) return exact;
    const variant = VARIANTS.find(([prefix]) => key(value).startsWith(prefix));
    if (variant) return variant[1];
  }
  return 'overig';
}
