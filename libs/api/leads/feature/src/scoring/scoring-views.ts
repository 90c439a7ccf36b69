import {
  FACTOR_GROUPS,
  formatContribution,
  type LeadScore,
  SBI_SECTIONS,
  SCORING_FACTORS,
  scoringFactor,
  type ScoringModel,
} from '@gemeente-crm/leads-core';

export function scoringModelView(model: ScoringModel) {
  return {
    version: model.version,
    source: model.source,
    createdAt: model.createdAt.toISOString(),
    createdBy: model.createdBy,
    reason: model.reason,
    targets: { sectors: [...model.targets.sectors], postcodeAreas: [...model.targets.postcodeAreas], cities: [...model.targets.cities] },
    factors: SCORING_FACTORS.map((factor) => ({
      id: factor.id,
      group: factor.group,
      groupLabel: FACTOR_GROUPS[factor.group],
      label: factor.label,
      dataUsed: [...factor.dataUsed],
      computation: factor.computation,
      direction: factor.direction,
      defaultWeight: factor.defaultWeight,
      weight: model.weights[factor.id] ?? 0,
    })),
    sbiSections: Object.entries(SBI_SECTIONS).map(([code, label]) => ({ code, label })),
  };
}

export function leadScoreView(score: LeadScore) {
  return {
    leadId: score.leadId,
    score: score.score,
    modelVersion: score.modelVersion,
    computedAt: new Date(score.computedAt).toISOString(),
    contributions: score.contributions.map((contribution) => ({
      factorId: contribution.factorId,
      label: scoringFactor(contribution.factorId).label,
      points: contribution.points,
      explanation: contribution.explanation,
      text: formatContribution(contribution),
    })),
  };
}
