import type { FieldError } from '@gemeente-crm/api-kernel';
import { FACTOR_IDS, type FactorId, SCORING_FACTORS, type ScoringTargets } from './scoring-factors.js';
import { isSbiSection, type SbiSection } from './sbi-sections.js';

/** Where a model version came from: the built-in defaults, an administrator, or an approved regression proposal. */
export const SCORING_MODEL_SOURCES = ['standaard', 'beheerder', 'regressie'] as const;
export type ScoringModelSource = (typeof SCORING_MODEL_SOURCES)[number];

/**
 * One version of the scoring model: weights per factor and the targets of the fit factors.
 * Versions are never changed, only added, so every stored score can be traced to the exact
 * weights it was computed with.
 */
export interface ScoringModel {
  version: number;
  weights: Record<FactorId, number>;
  targets: ScoringTargets;
  source: ScoringModelSource;
  createdAt: Date;
  /** Actor id; 'system' for the built-in defaults. */
  createdBy: string;
  reason: string | null;
}

export const MAX_FACTOR_WEIGHT = 100;

export const DEFAULT_WEIGHTS = Object.fromEntries(SCORING_FACTORS.map((factor) => [factor.id, factor.defaultWeight])) as Record<FactorId, number>;

/**
 * Defaults for a gemeente like 's-Hertogenbosch: industry, construction, trade, ICT and business
 * services in postcode area 52. Functional administrators change them to their own.
 */
export const DEFAULT_TARGETS: ScoringTargets = {
  sectors: ['C', 'F', 'G', 'J', 'M'],
  postcodeAreas: ['52'],
  cities: ["'s-Hertogenbosch"],
};

/** Version 1, in force until an administrator saves the first change. */
export const DEFAULT_SCORING_MODEL: ScoringModel = {
  version: 1,
  weights: DEFAULT_WEIGHTS,
  targets: DEFAULT_TARGETS,
  source: 'standaard',
  createdAt: new Date('2026-01-01T00:00:00Z'),
  createdBy: 'system',
  reason: null,
};

/** What an administrator submits; everything is checked by checkScoringModelInput. */
export interface ScoringModelInput {
  weights: Partial<Record<string, number>>;
  targets: { sectors: readonly string[]; postcodeAreas: readonly string[]; cities: readonly string[] };
  source?: ScoringModelSource;
}

export function checkScoringModelInput(input: ScoringModelInput): { model: Pick<ScoringModel, 'weights' | 'targets'>; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const weights = {} as Record<FactorId, number>;
  for (const key of Object.keys(input.weights)) {
    if (!(FACTOR_IDS as readonly string[]).includes(key)) {
      errors.push({ field: `weights.${key}`, code: 'weight.unknown-factor', message: 'Deze factor bestaat niet.' });
    }
  }
  for (const id of FACTOR_IDS) {
    const weight = input.weights[id];
    if (weight === undefined) {
      errors.push({ field: `weights.${id}`, code: 'weight.required', message: 'Geef een gewicht op.' });
    } else if (!Number.isInteger(weight) || weight < 0 || weight > MAX_FACTOR_WEIGHT) {
      errors.push({ field: `weights.${id}`, code: 'weight.out-of-range', message: `Het gewicht moet een geheel getal van 0 tot en met ${MAX_FACTOR_WEIGHT} zijn.` });
    } else {
      weights[id] = weight;
    }
  }
  if (errors.length === 0 && positiveWeightTotal(weights) === 0) {
    errors.push({ field: 'weights', code: 'weights.no-positive', message: 'Geef ten minste één factor die punten oplevert een gewicht groter dan 0.' });
  }

  const sectors: SbiSection[] = [];
  input.targets.sectors.forEach((raw, index) => {
    const section = raw.trim().toUpperCase();
    if (isSbiSection(section)) {
      if (!sectors.includes(section)) sectors.push(section);
    } else {
      errors.push({ field: `targets.sectors.${index}`, code: 'sector.unknown', message: 'Kies een SBI-sectie van A tot en met U.' });
    }
  });
  const postcodeAreas: string[] = [];
  input.targets.postcodeAreas.forEach((raw, index) => {
    const area = raw.trim();
    if (/^[1-9]\d{1,3}$/.test(area)) {
      if (!postcodeAreas.includes(area)) postcodeAreas.push(area);
    } else {
      errors.push({ field: `targets.postcodeAreas.${index}`, code: 'postcode-area.invalid', message: 'Een postcodegebied is 2 tot 4 cijfers, bijvoorbeeld 52 of 5211.' });
    }
  });
  const cities: string[] = [];
  input.targets.cities.forEach((raw, index) => {
    const city = raw.trim().replace(/\s+/g, ' ');
    if (city.length === 0 || city.length > 80) {
      errors.push({ field: `targets.cities.${index}`, code: 'city.invalid', message: 'Een plaatsnaam is 1 tot 80 tekens lang.' });
    } else if (!cities.some((known) => known.toLowerCase() === city.toLowerCase())) {
      cities.push(city);
    }
  });
  return { model: { weights, targets: { sectors, postcodeAreas, cities } }, errors };
}

export function positiveWeightTotal(weights: Record<FactorId, number>): number {
  return SCORING_FACTORS.filter((factor) => factor.direction === 'positive').reduce((sum, factor) => sum + (weights[factor.id] ?? 0), 0);
}
