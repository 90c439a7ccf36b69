import { randomUUID } from 'node:crypto';
import { AuditLog, type ChangeContext, Clock, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { auditedChanges, UseCase } from '@gemeente-crm/relations-core';
import { LEAD_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import type { Pipeline, PipelineInput } from './pipeline.js';
import { duplicatePipeline } from './pipeline-errors.js';
import { checkPipelineInput } from './pipeline-input.js';
import { PipelineRepository } from './pipeline-repository.js';

@UseCase()
export class CreatePipeline {
  constructor(
    private readonly pipelines: PipelineRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * @throws ValidationError listing every invalid field (stage ids are ignored: all stages are new)
   * @throws ConflictError `pipeline.duplicate`
   */
  async execute(input: PipelineInput, context: ChangeContext): Promise<Pipeline> {
    const { fields, errors } = checkPipelineInput({ ...input, stages: (input.stages ?? []).map((stage) => ({ ...stage, id: null })) });
    if (errors.length > 0) throw new ValidationError(errors);
    return this.transactions.run(async () => {
      if (await this.pipelines.nameTaken(fields.department, fields.name, null)) throw duplicatePipeline();
      const now = this.clock.now();
      const pipeline: Pipeline = {
        id: randomUUID(),
        name: fields.name,
        department: fields.department,
        stages: fields.stages.map((stage, position) => ({ ...stage, id: randomUUID(), position })),
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      await this.pipelines.insert(pipeline);
      await this.auditLog.record({
        action: 'create',
        objectType: LEAD_AUDIT_OBJECT_TYPES.pipeline,
        objectId: pipeline.id,
        changes: auditedChanges(null, pipeline),
        context,
      });
      return pipeline;
    });
  }
}
