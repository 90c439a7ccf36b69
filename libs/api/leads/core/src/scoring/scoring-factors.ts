import type { LeadScoringFacts } from './lead-scoring-facts.js';
import { SBI_SECTIONS, type SbiSection, sbiSectionOf } from './sbi-sections.js';

/**
 * The factors of the lead score. This one metadata list feeds the scorer, the explanation the
 * API returns, the administrator's weights screen and the Algoritmeregister entry, so what the
 * public reads is what the code does. Every factor yields a value from 0 to 1; the weight says
 * how many points that is worth, and `direction` whether the points are added or subtracted.
 */
export const FACTOR_GROUPS = {
  fit: 'Past de relatie bij de doelgroep',
  engagement: 'Betrokkenheid',
  stage: 'Fase en ouderdom',
} as const;
export type FactorGroup = keyof typeof FACTOR_GROUPS;

/** Where a relation must be to count as in the target region, and which sectors are targeted. */
export interface ScoringTargets {
  sectors: readonly SbiSection[];
  /** Postcode areas: the first 2 to 4 digits of a postcode, e.g. "52" or "5211". */
  postcodeAreas: readonly string[];
  cities: readonly string[];
}

export interface ScoringFactor {
  id: FactorId;
  group: FactorGroup;
  /** Dutch, as the administrator and the public see it. */
  label: string;
  /** Dutch: the data the factor reads. */
  dataUsed: readonly string[];
  /** Dutch: how the value 0–1 is computed from that data. */
  computation: string;
  direction: 'positive' | 'negative';
  defaultWeight: number;
  value(facts: LeadScoringFacts, targets: ScoringTargets): number;
  /** Dutch: the fact behind the value, e.g. "4 contactmomenten in de laatste 30 dagen". */
  explain(facts: LeadScoringFacts, targets: ScoringTargets): string;
}

// Thresholds, named once so the computation text and the code cannot drift apart.
const CONTACTS_30_FOR_FULL = 4;
const CONTACTS_90_FOR_FULL = 8;
const OPEN_TASKS_FOR_FULL = 2;
const QUIET_DAYS_ALLOWED = 30;
const QUIET_DAYS_TO_FULL = 60;
const STAGE_DAYS_ALLOWED = 30;
const STAGE_DAYS_TO_FULL = 60;
const LEAD_DAYS_ALLOWED = 90;
const LEAD_DAYS_TO_FULL = 180;
const SIZE_PER_EXTRA_ESTABLISHMENT = 0.2;

/** How big an organisation of each legal form usually is, on the 0–1 scale of the size factor. */
export const LEGAL_FORM_SIZE: Readonly<Record<string, number>> = {
  nv: 0.8,
  bv: 0.6,
  cooperatie: 0.6,
  overheid: 0.6,
  stichting: 0.4,
  vereniging: 0.3,
  vof: 0.3,
  cv: 0.3,
  maatschap: 0.3,
  overig: 0.2,
  eenmanszaak: 0.1,
};

export const FACTOR_IDS = [
  'sector',
  'size',
  'region',
  'recentContact',
  'contactFrequency',
  'openTasks',
  'stageProbability',
  'noRecentContact',
  'timeInStage',
  'leadAge',
] as const;
export type FactorId = (typeof FACTOR_IDS)[number];

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
const ramp = (amount: number, allowed: number, toFull: number) => clamp01((amount - allowed) / toFull);
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function targetSection(facts: LeadScoringFacts, targets: ScoringTargets): { code: string; section: SbiSection } | null {
  for (const code of facts.sbiCodes) {
    const section = sbiSectionOf(code);
    if (section && targets.sectors.includes(section)) return { code, section };
  }
  return null;
}

function postcodeDigits(postcode: string | null): string {
  return (postcode ?? '').replace(/\D/g, '').slice(0, 4);
}

function inTargetRegion(facts: LeadScoringFacts, targets: ScoringTargets): boolean {
  const digits = postcodeDigits(facts.postcode);
  if (digits && targets.postcodeAreas.some((area) => digits.startsWith(area))) return true;
  const city = facts.city?.trim().toLowerCase();
  return !!city && targets.cities.some((target) => target.trim().toLowerCase() === city);
}

function quietDays(facts: LeadScoringFacts): number {
  return facts.daysSinceLastContact ?? facts.daysSinceCreated;
}

export const SCORING_FACTORS: readonly ScoringFactor[] = [
  {
    id: 'sector',
    group: 'fit',
    label: 'Sector',
    dataUsed: ['SBI-codes van de organisatie'],
    computation: 'De waarde is 1 als een van de SBI-codes van de organisatie in een doelsector (SBI-sectie) valt, anders 0.',
    direction: 'positive',
    defaultWeight: 10,
    value: (facts, targets) => (targetSection(facts, targets) ? 1 : 0),
    explain: (facts, targets) => {
      const match = targetSection(facts, targets);
      if (match) return `sector ${SBI_SECTIONS[match.section].toLowerCase()} (SBI ${match.code}) is een doelsector`;
      return facts.sbiCodes.length === 0 ? 'geen SBI-code bekend' : 'sector is geen doelsector';
    },
  },
  {
    id: 'size',
    group: 'fit',
    label: 'Omvang',
    dataUsed: ['rechtsvorm van de organisatie', 'aantal vestigingen met hetzelfde KvK-nummer in het CRM'],
    computation:
      `Een vaste waarde per rechtsvorm (nv 0,8; bv, coöperatie en overheid 0,6; stichting 0,4; vereniging, vof, cv en maatschap 0,3; ` +
      `overig 0,2; eenmanszaak 0,1; onbekend 0), plus ${String(SIZE_PER_EXTRA_ESTABLISHMENT).replace('.', ',')} per extra vestiging, ten hoogste 1.`,
    direction: 'positive',
    defaultWeight: 10,
    value: (facts) => clamp01((LEGAL_FORM_SIZE[facts.legalForm ?? ''] ?? 0) + SIZE_PER_EXTRA_ESTABLISHMENT * Math.max(0, facts.establishments - 1)),
    explain: (facts) => {
      const form = facts.legalForm ? `rechtsvorm ${facts.legalForm}` : 'rechtsvorm onbekend';
      return facts.establishments > 1 ? `${form}, ${facts.establishments} vestigingen` : form;
    },
  },
  {
    id: 'region',
    group: 'fit',
    label: 'Regio',
    dataUsed: ['postcode en plaats van het bezoekadres'],
    computation: 'De waarde is 1 als de postcode in een doelpostcodegebied ligt of de plaats een doelplaats is, anders 0.',
    direction: 'positive',
    defaultWeight: 5,
    value: (facts, targets) => (inTargetRegion(facts, targets) ? 1 : 0),
    explain: (facts, targets) => {
      const where = facts.city ?? (postcodeDigits(facts.postcode) || null);
      if (!where) return 'geen adres bekend';
      return inTargetRegion(facts, targets) ? `gevestigd in de doelregio (${where})` : `gevestigd buiten de doelregio (${where})`;
    },
  },
  {
    id: 'recentContact',
    group: 'engagement',
    label: 'Recent contact',
    dataUsed: ['aantal contactmomenten met de relatie in de laatste 30 dagen'],
    computation: `Het aantal contactmomenten in de laatste 30 dagen gedeeld door ${CONTACTS_30_FOR_FULL}, ten hoogste 1.`,
    direction: 'positive',
    defaultWeight: 15,
    value: (facts) => clamp01(facts.contactMoments30 / CONTACTS_30_FOR_FULL),
    explain: (facts) => `${plural(facts.contactMoments30, 'contactmoment', 'contactmomenten')} in de laatste 30 dagen`,
  },
  {
    id: 'contactFrequency',
    group: 'engagement',
    label: 'Contactfrequentie',
    dataUsed: ['aantal contactmomenten met de relatie in de laatste 90 dagen'],
    computation: `Het aantal contactmomenten in de laatste 90 dagen gedeeld door ${CONTACTS_90_FOR_FULL}, ten hoogste 1.`,
    direction: 'positive',
    defaultWeight: 10,
    value: (facts) => clamp01(facts.contactMoments90 / CONTACTS_90_FOR_FULL),
    explain: (facts) => `${plural(facts.contactMoments90, 'contactmoment', 'contactmomenten')} in de laatste 90 dagen`,
  },
  {
    id: 'openTasks',
    group: 'engagement',
    label: 'Openstaande taken',
    dataUsed: ['aantal open taken bij de lead of de relatie'],
    computation: `Het aantal open taken gedeeld door ${OPEN_TASKS_FOR_FULL}, ten hoogste 1.`,
    direction: 'positive',
    defaultWeight: 5,
    value: (facts) => clamp01(facts.openTasks / OPEN_TASKS_FOR_FULL),
    explain: (facts) => `${plural(facts.openTasks, 'openstaande taak', 'openstaande taken')}`,
  },
  {
    id: 'stageProbability',
    group: 'stage',
    label: 'Fase',
    dataUsed: ['huidige fase van de lead en de standaardkans van die fase'],
    computation: 'De standaardkans van de fase (0–100%) gedeeld door 100; 0 als de fase geen kans heeft.',
    direction: 'positive',
    defaultWeight: 45,
    value: (facts) => clamp01((facts.stageProbability ?? 0) / 100),
    explain: (facts) =>
      facts.stageProbability === null ? `fase ‘${facts.stageName}’ zonder slagingskans` : `fase ‘${facts.stageName}’ (slagingskans ${facts.stageProbability}%)`,
  },
  {
    id: 'noRecentContact',
    group: 'engagement',
    label: 'Geen contact',
    dataUsed: ['datum van het laatste contactmoment met de relatie', 'aanmaakdatum van de lead'],
    computation:
      `Dagen sinds het laatste contactmoment (of sinds de lead is aangemaakt, als er nooit contact was): ` +
      `0 tot en met ${QUIET_DAYS_ALLOWED} dagen geeft 0, daarna oplopend tot 1 bij ${QUIET_DAYS_ALLOWED + QUIET_DAYS_TO_FULL} dagen. Trekt punten af.`,
    direction: 'negative',
    defaultWeight: 10,
    value: (facts) => ramp(quietDays(facts), QUIET_DAYS_ALLOWED, QUIET_DAYS_TO_FULL),
    explain: (facts) =>
      facts.daysSinceLastContact === null ? `nog geen contact in ${quietDays(facts)} dagen` : `geen contact in ${facts.daysSinceLastContact} dagen`,
  },
  {
    id: 'timeInStage',
    group: 'stage',
    label: 'Tijd in fase',
    dataUsed: ['datum waarop de lead in de huidige fase kwam'],
    computation:
      `Dagen in de huidige fase: 0 tot en met ${STAGE_DAYS_ALLOWED} dagen geeft 0, daarna oplopend tot 1 bij ` +
      `${STAGE_DAYS_ALLOWED + STAGE_DAYS_TO_FULL} dagen. Trekt punten af.`,
    direction: 'negative',
    defaultWeight: 10,
    value: (facts) => ramp(facts.daysInStage, STAGE_DAYS_ALLOWED, STAGE_DAYS_TO_FULL),
    explain: (facts) => `${plural(facts.daysInStage, 'dag', 'dagen')} in fase ‘${facts.stageName}’`,
  },
  {
    id: 'leadAge',
    group: 'stage',
    label: 'Ouderdom',
    dataUsed: ['aanmaakdatum van de lead'],
    computation:
      `Dagen sinds de lead is aangemaakt: 0 tot en met ${LEAD_DAYS_ALLOWED} dagen geeft 0, daarna oplopend tot 1 bij ` +
      `${LEAD_DAYS_ALLOWED + LEAD_DAYS_TO_FULL} dagen. Trekt punten af.`,
    direction: 'negative',
    defaultWeight: 5,
    value: (facts) => ramp(facts.daysSinceCreated, LEAD_DAYS_ALLOWED, LEAD_DAYS_TO_FULL),
    explain: (facts) => `lead is ${plural(facts.daysSinceCreated, 'dag', 'dagen')} oud`,
  },
];

export function scoringFactor(id: FactorId): ScoringFactor {
  const factor = SCORING_FACTORS.find((candidate) => candidate.id === id);
  if (!factor) throw new Error(`Unknown scoring factor ${id}`);
  return factor;
}

export function isFactorId(value: string): value is FactorId {
  return (FACTOR_IDS as readonly string[]).includes(value);
}
