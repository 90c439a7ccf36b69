import { StaleVersionError, ValidationError } from '@gemeente-crm/api-kernel';
import { changeBy, createRelationsTestKit } from '../testing/relations-test-kit.js';
import { relationsUseCases } from '../testing/relations-use-cases.js';
import type { PersonDetails } from './person.js';

describe('updating a person', () => {
  let kit: ReturnType<typeof createRelationsTestKit>;
  let useCases: ReturnType<typeof relationsUseCases>;
  let resident: PersonDetails;

  beforeEach(async () => {
    kit = createRelationsTestKit();
    useCases = relationsUseCases(kit);
    resident = await useCases.createPerson.execute({ voornaam: 'Els', achternaam: 'Wit', tussenvoegsel: 'de', bsn: '111222333' }, changeBy(['klachtcoordinator']));
  });

  it('changes only the given fields and audits them', async () => {
    const updated = await useCases.updatePerson.execute(resident.id, { email: 'els@dewit.nl' }, 1, changeBy(['accountmanager']));
    expect(updated).toMatchObject({ email: 'els@dewit.nl', voornaam: 'Els', version: 2 });
    expect(kit.auditLog.last()).toMatchObject({ action: 'update', changes: { email: { old: null, new: 'els@dewit.nl' } } });
  });

  it('requires a reason to change the BSN, and keeps the numbers out of the audit trail', async () => {
    const withoutReason = useCases.updatePerson.execute(resident.id, { bsn: '123456782' }, 1, changeBy(['klachtcoordinator']));
    await expect(withoutReason).rejects.toBeInstanceOf(ValidationError);
    await expect(withoutReason).rejects.toMatchObject({ errors: [expect.objectContaining({ field: 'reason', code: 'reason.required' })] });

    await useCases.updatePerson.execute(resident.id, { bsn: '123456782' }, 1, changeBy(['klachtcoordinator'], 'BSN gecorrigeerd na controle BRP'));
    expect(kit.auditLog.last()).toMatchObject({
      changes: { bsn: { old: '***', new: '***' } },
      context: { reason: 'BSN gecorrigeerd na controle BRP' },
    });
    const audit = JSON.stringify(kit.auditLog.entries);
    expect(audit).not.toContain('111222333');
    expect(audit).not.toContain('123456782');
  });

  it('requires a reason to remove the BSN too', async () => {
    await expect(useCases.updatePerson.execute(resident.id, { bsn: null }, 1, changeBy(['teamleider']))).rejects.toMatchObject({
      errors: [expect.objectContaining({ code: 'reason.required' })],
    });
  });

  it('does not let a role without BSN access touch the BSN', async () => {
    await expect(useCases.updatePerson.execute(resident.id, { bsn: '111222333' }, 1, changeBy(['accountmanager'], 'probeer'))).rejects.toMatchObject({
      code: 'person.bsn-forbidden',
    });
  });

  it('rejects a stale version and writes nothing', async () => {
    await useCases.updatePerson.execute(resident.id, { phone: '06 12345678' }, 1, changeBy());
    const writes = kit.persons.writes;
    await expect(useCases.updatePerson.execute(resident.id, { phone: '06 87654321' }, 1, changeBy())).rejects.toBeInstanceOf(StaleVersionError);
    expect(kit.persons.writes).toBe(writes);
    expect(kit.auditLog.entries).toHaveLength(2);
  });

  it('refuses changes to an archived person', async () => {
    await useCases.archivePerson.execute(resident.id, 1, changeBy(undefined, 'Verhuisd naar buiten de gemeente'));
    await expect(useCases.updatePerson.execute(resident.id, { phone: '06 12345678' }, 2, changeBy())).rejects.toMatchObject({ code: 'person.archived' });
    const restored = await useCases.restorePerson.execute(resident.id, 2, changeBy(undefined, 'Terug in de gemeente'));
    expect(restored).toMatchObject({ archivedAt: null, version: 3 });
  });
});
