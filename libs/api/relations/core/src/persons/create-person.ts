import { randomUUID } from 'node:crypto';
import { AuditLog, type ChangeContext, Clock, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { optionalText } from '../rules/text.js';
import { RELATION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { auditedChanges } from '../shared/audited-changes.js';
import { UseCase } from '../shared/use-case.js';
import { ensureMayWriteBsn, toPersonDetails } from './bsn-access.js';
import { ensureBsnAvailable } from './bsn-uniqueness.js';
import type { Person, PersonDetails, PersonInput } from './person.js';
import { checkPersonInput } from './person-input.js';
import { PersonRepository } from './person-repository.js';

@UseCase()
export class CreatePerson {
  constructor(
    private readonly persons: PersonRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * @returns the person as the actor may see them (BSN only for BSN_READER_ROLES)
   * @throws ForbiddenError `person.bsn-forbidden` when a BSN is given by a role that may not read it
   * @throws ValidationError listing every invalid field
   * @throws ConflictError `person.duplicate-bsn`
   */
  async execute(input: PersonInput, context: ChangeContext): Promise<PersonDetails> {
    if (optionalText(input.bsn) !== null) ensureMayWriteBsn(context.actor);
    const { fields, errors } = checkPersonInput(input);
    if (errors.length > 0) throw new ValidationError(errors);
    return this.transactions.run(async () => {
      await ensureBsnAvailable(this.persons, fields.bsn, null);
      const now = this.clock.now();
      const person: Person = { id: randomUUID(), ...fields, version: 1, createdAt: now, updatedAt: now, archivedAt: null, archiveReason: null };
      await this.persons.insert(person);
      await this.auditLog.record({
        action: 'create',
        objectType: RELATION_AUDIT_OBJECT_TYPES.person,
        objectId: person.id,
        changes: auditedChanges(null, person),
        context,
      });
      return toPersonDetails(person, context.actor);
    });
  }
}
