import { AuditLog, type ChangeContext, Clock, TransactionManager } from '@gemeente-crm/api-kernel';
import { organisationNotFound } from '../organisations/organisation-errors.js';
import { OrganisationRepository } from '../organisations/organisation-repository.js';
import { personNotFound } from '../persons/person-errors.js';
import { PersonRepository } from '../persons/person-repository.js';
import { RELATION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { UseCase } from '../shared/use-case.js';
import { DuplicatePairRepository, pairKey } from './duplicate-pairs.js';
import { duplicateOfItself } from './merge-errors.js';
import type { RelationKind } from './merged-relation-references.js';

/**
 * Marks two records as "geen dubbel": the pair is not suggested again, in the list or on
 * either detail page. Audited on both records; dismissing twice changes nothing.
 */
@UseCase()
export class DismissDuplicatePair {
  constructor(
    private readonly organisations: OrganisationRepository,
    private readonly persons: PersonRepository,
    private readonly pairs: DuplicatePairRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * @throws ValidationError `duplicate.same-record`
   * @throws NotFoundError `organisation.not-found` / `person.not-found`
   */
  async execute(kind: RelationKind, firstId: string, secondId: string, context: ChangeContext): Promise<void> {
    if (firstId === secondId) throw duplicateOfItself();
    const [aId, bId] = pairKey(firstId, secondId);
    await this.transactions.run(async () => {
      for (const id of [aId, bId]) {
        const exists = kind === 'organisation' ? await this.organisations.findById(id) : await this.persons.findById(id);
        if (!exists) throw kind === 'organisation' ? organisationNotFound() : personNotFound();
      }
      if (!(await this.pairs.dismiss(kind, aId, bId, this.clock.now(), context.actor.id))) return;
      for (const [id, other] of [
        [aId, bId],
        [bId, aId],
      ] as const) {
        await this.auditLog.record({
          action: 'update',
          objectType: RELATION_AUDIT_OBJECT_TYPES[kind === 'organisation' ? 'organisation' : 'person'],
          objectId: id,
          changes: { notDuplicateOf: { old: null, new: other } },
          context,
        });
      }
    });
  }
}
