import { randomUUID } from 'node:crypto';
import { AuditLog, type ChangeContext, Clock, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { auditedChanges, CreateOrganisation, OrganisationRepository, PersonRepository, UseCase } from '@gemeente-crm/relations-core';
import { LeadOptionRepository } from '../options/lead-option-repository.js';
import { stageOf } from '../pipelines/pipeline.js';
import { pipelineNotFound } from '../pipelines/pipeline-errors.js';
import { PipelineRepository } from '../pipelines/pipeline-repository.js';
import { LeadScoreScheduler } from '../scoring/scoring-ports.js';
import { LEAD_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import type { Lead, NewLeadInput } from './lead.js';
import { StageRequirementsUnmetError } from './lead-errors.js';
import { checkLeadInput } from './lead-input.js';
import { LeadOwnerDirectory } from './lead-owner-directory.js';
import { leadReferenceErrors } from './lead-references.js';
import { LeadRepository } from './lead-repository.js';
import { StageHistoryRepository } from './stage-history.js';
import { unmetRequirements } from './stage-requirements.js';

@UseCase()
export class CreateLead {
  constructor(
    private readonly leads: LeadRepository,
    private readonly pipelines: PipelineRepository,
    private readonly history: StageHistoryRepository,
    private readonly options: LeadOptionRepository,
    private readonly owners: LeadOwnerDirectory,
    private readonly organisations: OrganisationRepository,
    private readonly persons: PersonRepository,
    private readonly createOrganisation: CreateOrganisation,
    private readonly scores: LeadScoreScheduler,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Creates an open lead in the given stage (the pipeline's first by default), owned by its
   * creator unless an owner is named. With `newOrganisation` a prospect organisation is created
   * through the relations domain in the same transaction. Without a probability the stage's
   * default applies. Its first score is computed right after the transaction commits.
   *
   * @throws ValidationError listing every invalid field (`newOrganisation.*` for the organisation)
   * @throws StageRequirementsUnmetError when the start stage requires fields that are empty
   */
  async execute(input: NewLeadInput, context: ChangeContext): Promise<Lead> {
    const withOrganisation = !!input.newOrganisation;
    const { fields, errors } = checkLeadInput({ ...input, ownerId: input.ownerId === undefined ? context.actor.id : input.ownerId }, {
      relationOptional: withOrganisation,
    });
    if (withOrganisation && input.relation) {
      errors.push({ field: 'newOrganisation', code: 'relation.both', message: 'Kies een bestaande relatie of maak een nieuwe organisatie aan, niet beide.' });
    }
    if (errors.length > 0) throw new ValidationError(errors);

    return this.transactions.run(async () => {
      const pipeline = await this.pipelines.findById(input.pipelineId);
      if (!pipeline) throw pipelineNotFound();
      const stage = input.stageId ? stageOf(pipeline, input.stageId) : pipeline.stages[0];
      if (!stage) throw new ValidationError([{ field: 'stageId', code: 'stage.not-found', message: 'Deze fase hoort niet bij de pijplijn.' }]);

      if (input.newOrganisation) {
        const organisation = await this.createOrganisation
          .execute({ ...input.newOrganisation, status: 'prospect' }, context)
          .catch((error: unknown) => {
            if (error instanceof ValidationError) {
              throw new ValidationError(error.errors.map((fieldError) => ({ ...fieldError, field: `newOrganisation.${fieldError.field}` })));
            }
            throw error;
          });
        fields.relation = { objectType: 'organisation', objectId: organisation.id };
      }
      const references = await leadReferenceErrors(
        { organisations: this.organisations, persons: this.persons, owners: this.owners, options: this.options },
        fields,
        null,
      );
      if (references.length > 0) throw new ValidationError(references);
      if (fields.probability === null) fields.probability = stage.defaultProbability;
      const unmet = unmetRequirements(stage, fields);
      if (unmet.length > 0) throw new StageRequirementsUnmetError(unmet, stage.name);

      const now = this.clock.now();
      const lead: Lead = {
        id: randomUUID(),
        ...fields,
        pipelineId: pipeline.id,
        stageId: stage.id,
        stageEnteredAt: now,
        status: 'open',
        won: null,
        lostReasonCode: null,
        closedAt: null,
        createdBy: context.actor.id,
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      await this.leads.insert(lead);
      await this.history.record({
        id: randomUUID(),
        leadId: lead.id,
        pipelineId: pipeline.id,
        fromStageId: null,
        toStageId: stage.id,
        changedAt: now,
        changedBy: context.actor.id,
      });
      await this.auditLog.record({ action: 'create', objectType: LEAD_AUDIT_OBJECT_TYPES.lead, objectId: lead.id, changes: auditedChanges(null, lead), context });
      await this.scores.rescoreLead(lead.id);
      return lead;
    });
  }
}
