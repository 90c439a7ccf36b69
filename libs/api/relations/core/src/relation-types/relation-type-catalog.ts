/**
 * The configurable list of relation types (R13: configured, not customised). Functional
 * administrators maintain it; the domain only needs to know which codes may be assigned.
 */
export abstract class RelationTypeCatalog {
  /** Codes that may be assigned now, lower case. Deactivated types stay on existing relations. */
  abstract activeCodes(): Promise<string[]>;
}

export interface RelationType {
  code: string;
  label: string;
}

/** The relation types a new installation starts with. */
export const DEFAULT_RELATION_TYPES: readonly RelationType[] = [
  { code: 'partner', label: 'Partner' },
  { code: 'leverancier', label: 'Leverancier' },
  { code: 'klant', label: 'Klant' },
  { code: 'subsidieontvanger', label: 'Subsidieontvanger' },
];
