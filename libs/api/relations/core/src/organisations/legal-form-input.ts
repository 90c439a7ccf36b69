import { isLegalForm, type LegalForm } from './organisation.js';

/** Written-out names people type instead of the abbreviation. */
const SPELLED_OUT: Record<string, LegalForm> = {
  beslotenvennootschap: 'bv',
  naamlozevennootschap: 'nv',
  vennootschaponderfirma: 'vof',
  commanditairevennootschap: 'cv',
  overheidsorganisatie: 'overheid',
};

/**
 * Maps the spellings found in the Handelsregister and in spreadsheets ("B.V.", "Coöperatie",
 * "Besloten Vennootschap") to a LegalForm; null when it is none of them.
 */
export function parseLegalForm(raw: string): LegalForm | null {
  const key = raw
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[\s.\-_]/g, '');
  if (isLegalForm(key)) return key;
  return SPELLED_OUT[key] ?? null;
}
