import { AuditLog, type ChangeContext, Clock, type FieldChange, StaleVersionError, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { requireReason, UseCase } from '@gemeente-crm/relations-core';
import { SCORING_AUDIT_OBJECT, SCORING_MODEL_AUDIT_ID } from './scoring-audit.js';
import { checkScoringModelInput, DEFAULT_SCORING_MODEL, type ScoringModel, type ScoringModelInput } from './scoring-model.js';
import { LeadScoreScheduler, ScoringModelRepository } from './scoring-ports.js';

/**
 * Saves new weights and targets as the next model version (an administrator's change, or an
 * approved regression proposal) and has every open lead rescored with it. Changing how leads are
 * ranked must say why: the reason goes into the audit trail next to the old and new weights.
 */
@UseCase()
export class UpdateScoringModel {
  constructor(
    private readonly models: ScoringModelRepository,
    private readonly scheduler: LeadScoreScheduler,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * @param expectedVersion the model version the caller read (ETag / If-Match)
   * @throws ValidationError per invalid weight or target; `reason.required` without a reason
   * @throws StaleVersionError when another version was saved since `expectedVersion`
   */
  async execute(input: ScoringModelInput, expectedVersion: number, context: ChangeContext): Promise<ScoringModel> {
    return this.transactions.run(async () => {
      const current = (await this.models.current()) ?? DEFAULT_SCORING_MODEL;
      if (current.version !== expectedVersion) throw new StaleVersionError(current.version);
      const { model, errors } = checkScoringModelInput(input);
      let reason: string | null = null;
      try {
        reason = requireReason(context);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        errors.push(...error.errors);
      }
      if (errors.length > 0) throw new ValidationError(errors);

      const next: ScoringModel = {
        ...model,
        version: current.version + 1,
        source: input.source === 'regressie' ? 'regressie' : 'beheerder',
        createdAt: this.clock.now(),
        createdBy: context.actor.id,
        reason,
      };
      if (!(await this.models.insert(next))) throw new StaleVersionError(current.version + 1);
      await this.auditLog.record({
        action: 'update',
        objectType: SCORING_AUDIT_OBJECT,
        objectId: SCORING_MODEL_AUDIT_ID,
        changes: modelChanges(current, next),
        context: { ...context, reason: reason ?? undefined },
      });
      await this.scheduler.rescoreAll();
      return next;
    });
  }
}

function modelChanges(before: ScoringModel, after: ScoringModel): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = { version: { old: before.version, new: after.version } };
  for (const [id, weight] of Object.entries(after.weights)) {
    const old = before.weights[id as keyof ScoringModel['weights']];
    if (old !== weight) changes[`weights.${id}`] = { old, new: weight };
  }
  for (const key of ['sectors', 'postcodeAreas', 'cities'] as const) {
    if (JSON.stringify(before.targets[key]) !== JSON.stringify(after.targets[key])) {
      changes[`targets.${key}`] = { old: [...before.targets[key]], new: [...after.targets[key]] };
    }
  }
  if (after.source === 'regressie') changes['source'] = { old: before.source, new: after.source };
  return changes;
}
