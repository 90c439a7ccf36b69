import { randomUUID } from 'node:crypto';
import { AuditLog, type ChangeContext, Clock, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { organisationArchived, organisationNotFound } from '../organisations/organisation-errors.js';
import { OrganisationRepository } from '../organisations/organisation-repository.js';
import { personArchived, personNotFound } from '../persons/person-errors.js';
import { PersonRepository } from '../persons/person-repository.js';
import { optionalText } from '../rules/text.js';
import { RELATION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { auditedChanges } from '../shared/audited-changes.js';
import { tooLongError } from '../shared/field-length.js';
import { UseCase } from '../shared/use-case.js';
import { type ContactPerson, type ContactPersonInput, MAX_FUNCTION_LENGTH } from './contact-person.js';
import { duplicateContactPerson } from './contact-person-errors.js';
import { ContactPersonRepository } from './contact-person-repository.js';

@UseCase()
export class LinkContactPerson {
  constructor(
    private readonly contactPersons: ContactPersonRepository,
    private readonly organisations: OrganisationRepository,
    private readonly persons: PersonRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Makes the person a contact person of the organisation. Recorded in the audit trail as a
   * `link` of object type `contact-person`, with the organisation and person ids as changes.
   *
   * @throws ValidationError `function.too-long`
   * @throws NotFoundError `organisation.not-found`, `person.not-found`
   * @throws ConflictError `organisation.archived`, `person.archived`, `contact-person.duplicate`
   */
  async execute(organisationId: string, input: ContactPersonInput, context: ChangeContext): Promise<ContactPerson> {
    const functionName = optionalText(input.function)?.replace(/\s+/g, ' ') ?? null;
    const errors = tooLongError('function', 'function', functionName, MAX_FUNCTION_LENGTH);
    if (errors.length > 0) throw new ValidationError(errors);
    return this.transactions.run(async () => {
      const organisation = await this.organisations.findById(organisationId);
      if (!organisation) throw organisationNotFound();
      if (organisation.archivedAt) throw organisationArchived();
      const person = await this.persons.findById(input.personId);
      if (!person) throw personNotFound();
      if (person.archivedAt) throw personArchived();
      if (await this.contactPersons.find(organisationId, input.personId)) throw duplicateContactPerson();

      const contactPerson: ContactPerson = {
        id: randomUUID(),
        organisationId,
        personId: input.personId,
        function: functionName,
        createdAt: this.clock.now(),
      };
      await this.contactPersons.insert(contactPerson);
      await this.auditLog.record({
        action: 'link',
        objectType: RELATION_AUDIT_OBJECT_TYPES.contactPerson,
        objectId: contactPerson.id,
        changes: auditedChanges(null, contactPerson),
        context,
      });
      return contactPerson;
    });
  }
}
