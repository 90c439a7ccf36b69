/**
 * SBI sections (the letters A–U of SBI 2008 / NACE rev. 2). A section groups divisions (the
 * first two digits of an SBI code); scoring and the conversion analysis work per section,
 * because a few hundred divisions are too fine to learn or report anything from.
 */
export const SBI_SECTIONS = {
  A: 'Landbouw, bosbouw en visserij',
  B: 'Delfstoffenwinning',
  C: 'Industrie',
  D: 'Energievoorziening',
  E: 'Water, afval en sanering',
  F: 'Bouwnijverheid',
  G: 'Handel',
  H: 'Vervoer en opslag',
  I: 'Logies, maaltijden en drankverstrekking',
  J: 'Informatie en communicatie',
  K: 'Financiële dienstverlening',
  L: 'Verhuur en handel van onroerend goed',
  M: 'Specialistische zakelijke diensten',
  N: 'Verhuur en overige zakelijke diensten',
  O: 'Openbaar bestuur',
  P: 'Onderwijs',
  Q: 'Gezondheids- en welzijnszorg',
  R: 'Cultuur, sport en recreatie',
  S: 'Overige dienstverlening',
  T: 'Huishoudens',
  U: 'Extraterritoriale organisaties',
} as const;

export type SbiSection = keyof typeof SBI_SECTIONS;

/** First division of each section, in order; a division belongs to the last section starting at or before it. */
const SECTION_STARTS: ReadonlyArray<readonly [number, SbiSection]> = [
  [1, 'A'], [5, 'B'], [10, 'C'], [35, 'D'], [36, 'E'], [41, 'F'], [45, 'G'], [49, 'H'], [55, 'I'], [58, 'J'],
  [64, 'K'], [68, 'L'], [69, 'M'], [77, 'N'], [84, 'O'], [85, 'P'], [86, 'Q'], [90, 'R'], [94, 'S'], [97, 'T'], [99, 'U'],
];

export function isSbiSection(value: string): value is SbiSection {
  return Object.hasOwn(SBI_SECTIONS, value);
}

/** The section of a (normalised, digits-only) SBI code; null for anything that is not one. */
export function sbiSectionOf(code: string): SbiSection | null {
  if (!/^\d{2}/.test(code)) return null;
  const division = Number(code.slice(0, 2));
  if (division < 1) return null;
  let section: SbiSection | null = null;
  for (const [start, letter] of SECTION_STARTS) if (division >= start) section = letter;
  return section;
}

/**
 * The same mapping as SQL, for aggregates over the database (the conversion analysis), so the
 * report and the score never disagree about a sector. `column` is a trusted column expression.
 */
export function sbiSectionSql(column: string): string {
  const division = `NULLIF(substring(${column} from 1 for 2), '')::int`;
  const cases = [...SECTION_STARTS].reverse().map(([start, letter]) => `WHEN ${division} >= ${start} THEN '${letter}'`);
  return `CASE WHEN ${column} ~ '^\\d{2}' THEN CASE ${cases.join(' ')} END END`;
}
