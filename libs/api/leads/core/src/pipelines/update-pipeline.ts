import { randomUUID } from 'node:crypto';
import { AuditLog, type ChangeContext, Clock, StaleVersionError, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { auditedChanges, UseCase } from '@gemeente-crm/relations-core';
import { LeadRepository } from '../leads/lead-repository.js';
import { LEAD_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { updateIfUnchanged } from '../shared/conditional-update.js';
import type { Pipeline, PipelineInput } from './pipeline.js';
import { duplicatePipeline, pipelineNotFound, stageInUse } from './pipeline-errors.js';
import { checkPipelineInput } from './pipeline-input.js';
import { PipelineRepository } from './pipeline-repository.js';

/**
 * Edits a pipeline that may be in use. Stages keep their ids, so renaming, reordering and
 * changing requirements never touch the leads in them (requirements apply to the next move);
 * a stage left out is removed, which is refused while leads are in it.
 */
@UseCase()
export class UpdatePipeline {
  constructor(
    private readonly pipelines: PipelineRepository,
    private readonly leads: LeadRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * @throws NotFoundError `pipeline.not-found`
   * @throws StaleVersionError when someone else changed it since `expectedVersion`
   * @throws ValidationError listing every invalid field, including a stage id of another pipeline
   * @throws ConflictError `pipeline.stage-in-use` when a removed stage still has leads; `pipeline.duplicate`
   */
  async execute(id: string, input: PipelineInput, expectedVersion: number, context: ChangeContext): Promise<Pipeline> {
    const { fields, errors } = checkPipelineInput(input);
    if (errors.length > 0) throw new ValidationError(errors);
    return this.transactions.run(async () => {
      const current = await this.pipelines.findById(id);
      if (!current) throw pipelineNotFound();
      if (current.version !== expectedVersion) throw new StaleVersionError(current.version);

      const known = new Set(current.stages.map((stage) => stage.id));
      const unknown = fields.stages
        .map((stage, index) => ({ stage, index }))
        .filter(({ stage }) => stage.id !== null && !known.has(stage.id))
        .map(({ index }) => ({ field: `stages.${index}.id`, code: 'stage.not-found', message: 'Deze fase hoort niet bij deze pijplijn.' }));
      if (unknown.length > 0) throw new ValidationError(unknown);

      const kept = new Set(fields.stages.map((stage) => stage.id).filter((stageId): stageId is string => stageId !== null));
      const removed = current.stages.filter((stage) => !kept.has(stage.id));
      if (removed.length > 0) {
        const counts = await this.leads.countByStage(removed.map((stage) => stage.id));
        const inUse = removed.filter((stage) => (counts.get(stage.id) ?? 0) > 0);
        if (inUse.length > 0) throw stageInUse(inUse.map((stage) => stage.name));
      }
      if ((fields.name !== current.name || fields.department !== current.department) && (await this.pipelines.nameTaken(fields.department, fields.name, id))) {
        throw duplicatePipeline();
      }

      const next: Pipeline = {
        ...current,
        name: fields.name,
        department: fields.department,
        stages: fields.stages.map((stage, position) => ({ ...stage, id: stage.id ?? randomUUID(), position })),
      };
      const changes = auditedChanges(current, next);
      if (Object.keys(changes).length === 0) return current;
      const updated: Pipeline = { ...next, version: current.version + 1, updatedAt: this.clock.now() };
      await updateIfUnchanged(this.pipelines, updated, expectedVersion);
      await this.auditLog.record({ action: 'update', objectType: LEAD_AUDIT_OBJECT_TYPES.pipeline, objectId: id, changes, context });
      return updated;
    });
  }
}
