/**
 * The two configurable lists of the leads domain: where leads come from (beurs, website...)
 * and why they were lost. Both are short, administrator-maintained lists of code + label;
 * an entry in use is deactivated rather than deleted, so old leads keep their value.
 */
export const LEAD_OPTION_KINDS = ['source', 'lost-reason'] as const;
export type LeadOptionKind = (typeof LEAD_OPTION_KINDS)[number];

export interface LeadOption {
  kind: LeadOptionKind;
  /** Stable, lower case (`eigen-acquisitie`); what leads store. */
  code: string;
  label: string;
  /** Inactive entries stay on existing leads but cannot be chosen any more. */
  active: boolean;
  version: number;
}

export interface LeadOptionInput {
  label: string;
  /** Derived from the label when left out. */
  code?: string | null;
}

export interface LeadOptionPatch {
  label?: string;
  active?: boolean;
}

/** The lists a new installation starts with. */
export const DEFAULT_LEAD_OPTIONS: Record<LeadOptionKind, readonly { code: string; label: string }[]> = {
  source: [
    { code: 'beurs', label: 'Beurs' },
    { code: 'website', label: 'Website' },
    { code: 'doorverwijzing', label: 'Doorverwijzing' },
    { code: 'eigen-acquisitie', label: 'Eigen acquisitie' },
    { code: 'netwerk', label: 'Netwerkbijeenkomst' },
  ],
  'lost-reason': [
    { code: 'andere-locatie', label: 'Gekozen voor een andere locatie' },
    { code: 'geen-budget', label: 'Geen budget' },
    { code: 'geen-ruimte', label: 'Geen geschikte ruimte beschikbaar' },
    { code: 'plannen-gestopt', label: 'Plannen gestopt' },
    { code: 'geen-reactie', label: 'Geen reactie meer' },
  ],
};

/** `Eigen acquisitie` → `eigen-acquisitie`. */
export function optionCodeOf(label: string): string {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
