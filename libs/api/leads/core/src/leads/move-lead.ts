import { randomUUID } from 'node:crypto';
import { AuditLog, type ChangeContext, Clock, StaleVersionError, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { auditedChanges, OrganisationRepository, PersonRepository, UseCase } from '@gemeente-crm/relations-core';
import { LeadOptionRepository } from '../options/lead-option-repository.js';
import { stageOf } from '../pipelines/pipeline.js';
import { pipelineNotFound } from '../pipelines/pipeline-errors.js';
import { PipelineRepository } from '../pipelines/pipeline-repository.js';
import { LeadScoreScheduler } from '../scoring/scoring-ports.js';
import { LEAD_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { updateIfUnchanged } from '../shared/conditional-update.js';
import { type Lead, leadInputOf, type LeadPatch } from './lead.js';
import { leadClosed, leadNotFound, StageRequirementsUnmetError } from './lead-errors.js';
import { checkLeadInput } from './lead-input.js';
import { LeadOwnerDirectory } from './lead-owner-directory.js';
import { leadReferenceErrors } from './lead-references.js';
import { LeadRepository } from './lead-repository.js';
import { StageHistoryRepository } from './stage-history.js';
import { unmetRequirements } from './stage-requirements.js';
import { definedFields } from './update-lead.js';

/**
 * Moves an open lead to another stage of its pipeline, optionally filling in fields in the same
 * step (the board asks for the fields a stage requires and sends them with the retried move).
 */
@UseCase()
export class MoveLead {
  constructor(
    private readonly leads: LeadRepository,
    private readonly pipelines: PipelineRepository,
    private readonly history: StageHistoryRepository,
    private readonly options: LeadOptionRepository,
    private readonly owners: LeadOwnerDirectory,
    private readonly organisations: OrganisationRepository,
    private readonly persons: PersonRepository,
    private readonly scores: LeadScoreScheduler,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * The lead takes the stage's default probability unless `fields.probability` is given. The
   * move is audited (stage from → to) and appended to the stage history, and the score (which
   * depends on the stage) is recomputed right after the transaction commits.
   *
   * @throws NotFoundError `lead.not-found`; ConflictError `lead.closed`
   * @throws StaleVersionError when someone else changed it since `expectedVersion`
   * @throws ValidationError `stage.not-found` or invalid fields
   * @throws StageRequirementsUnmetError (422 `stage-requirements-unmet`) listing each missing field
   */
  async execute(id: string, stageId: string, fieldsPatch: LeadPatch, expectedVersion: number, context: ChangeContext): Promise<Lead> {
    return this.transactions.run(async () => {
      const current = await this.leads.findById(id);
      if (!current) throw leadNotFound();
      if (current.version !== expectedVersion) throw new StaleVersionError(current.version);
      if (current.status !== 'open') throw leadClosed();
      const pipeline = await this.pipelines.findById(current.pipelineId);
      if (!pipeline) throw pipelineNotFound();
      const stage = stageOf(pipeline, stageId.toLowerCase());
      if (!stage) throw new ValidationError([{ field: 'stageId', code: 'stage.not-found', message: 'Deze fase hoort niet bij de pijplijn van de lead.' }]);

      const patch = definedFields(fieldsPatch);
      const { fields, errors } = checkLeadInput({ ...leadInputOf(current), ...patch });
      if (errors.length > 0) throw new ValidationError(errors);
      const references = await leadReferenceErrors(
        { organisations: this.organisations, persons: this.persons, owners: this.owners, options: this.options },
        fields,
        current,
      );
      if (references.length > 0) throw new ValidationError(references);
      const stageChanges = stage.id !== current.stageId;
      if (stageChanges && patch.probability === undefined) fields.probability = stage.defaultProbability;
      const unmet = unmetRequirements(stage, fields);
      if (unmet.length > 0) throw new StageRequirementsUnmetError(unmet, stage.name);

      const now = this.clock.now();
      const moved: Lead = { ...current, ...fields, stageId: stage.id, stageEnteredAt: stageChanges ? now : current.stageEnteredAt };
      const changes = auditedChanges(current, moved);
      if (Object.keys(changes).length === 0) return current;
      const next: Lead = { ...moved, version: current.version + 1, updatedAt: now };
      await updateIfUnchanged(this.leads, next, expectedVersion);
      if (stageChanges) {
        await this.history.record({
          id: randomUUID(),
          leadId: id,
          pipelineId: pipeline.id,
          fromStageId: current.stageId,
          toStageId: stage.id,
          changedAt: now,
          changedBy: context.actor.id,
        });
        // Stage ids mean nothing to an auditor: the trail names the stages as they were called.
        const from = stageOf(pipeline, current.stageId)?.name ?? current.stageId;
        changes['stage'] = { old: from, new: stage.name };
      }
      await this.auditLog.record({ action: 'update', objectType: LEAD_AUDIT_OBJECT_TYPES.lead, objectId: id, changes, context });
      await this.scores.rescoreLead(id);
      return next;
    });
  }
}
