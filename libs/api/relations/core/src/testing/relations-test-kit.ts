import type { Actor, ChangeContext, Role } from '@gemeente-crm/api-kernel';
import { InMemoryContactPersonRepository } from './in-memory-contact-person-repository.js';
import { InMemoryOrganisationRepository } from './in-memory-organisation-repository.js';
import { InMemoryPersonRepository } from './in-memory-person-repository.js';
import { InMemoryAuditLog, InMemoryTransactionManager } from '@gemeente-crm/api-kernel/testing';
import { FixedClock } from './fixed-clock.js';
import { StaticRelationTypeCatalog } from './static-relation-type-catalog.js';

/** All in-memory ports wired together, sharing one transaction. */
export function createRelationsTestKit() {
  const organisations = new InMemoryOrganisationRepository();
  const persons = new InMemoryPersonRepository();
  const contactPersons = new InMemoryContactPersonRepository(organisations, persons);
  const auditLog = new InMemoryAuditLog();
  const transactions = new InMemoryTransactionManager([organisations, persons, contactPersons, auditLog]);
  return {
    organisations,
    persons,
    contactPersons,
    auditLog,
    transactions,
    relationTypes: new StaticRelationTypeCatalog(),
    clock: new FixedClock(),
  };
}

export type RelationsTestKit = ReturnType<typeof createRelationsTestKit>;

export function actorWith(...roles: Role[]): Actor {
  return { id: 'tenant:anne', displayName: 'Anne de Graaf', roles };
}

/** The context of a change by an account manager, with an optional reason. */
export function changeBy(roles: Role[] = ['accountmanager'], reason?: string): ChangeContext {
  const context: ChangeContext = { actor: actorWith(...roles), requestId: 'req-1', client: 'web' };
  if (reason !== undefined) context.reason = reason;
  return context;
}
