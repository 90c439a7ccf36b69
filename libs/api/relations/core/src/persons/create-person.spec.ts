import { ForbiddenError } from '@gemeente-crm/api-kernel';
import { changeBy, createRelationsTestKit } from '../testing/relations-test-kit.js';
import { relationsUseCases } from '../testing/relations-use-cases.js';

describe('registering a person', () => {
  let kit: ReturnType<typeof createRelationsTestKit>;
  let useCases: ReturnType<typeof relationsUseCases>;

  beforeEach(() => {
    kit = createRelationsTestKit();
    useCases = relationsUseCases(kit);
  });

  it('stores a contact person as version 1 with a display name', async () => {
    const person = await useCases.createPerson.execute({ voornaam: 'Jan', tussenvoegsel: 'van der', achternaam: 'Berg', email: 'jan@vandijk.nl' }, changeBy());
    expect(person).toMatchObject({ displayName: 'Jan van der Berg', version: 1, archivedAt: null });
    expect(kit.auditLog.last()).toMatchObject({ action: 'create', objectType: 'person', objectId: person.id });
  });

  it('keeps the BSN out of the audit trail, recording only that it was set', async () => {
    await useCases.createPerson.execute({ achternaam: 'Berg', bsn: '111222333' }, changeBy(['klachtcoordinator']));
    expect(kit.auditLog.last()?.changes?.['bsn']).toEqual({ old: null, new: '***' });
    expect(JSON.stringify(kit.auditLog.entries)).not.toContain('111222333');
  });

  it('only lets roles that may read BSNs record one', async () => {
    const attempt = useCases.createPerson.execute({ achternaam: 'Berg', bsn: '111222333' }, changeBy(['accountmanager']));
    await expect(attempt).rejects.toBeInstanceOf(ForbiddenError);
    await expect(attempt).rejects.toMatchObject({ code: 'person.bsn-forbidden' });
    expect(kit.persons.all()).toEqual([]);
  });

  it('refuses a second person with the same BSN, without naming the number', async () => {
    await useCases.createPerson.execute({ achternaam: 'Berg', bsn: '111222333' }, changeBy(['klachtcoordinator']));
    const attempt = useCases.createPerson.execute({ achternaam: 'Bergh', bsn: '111 222 333' }, changeBy(['klachtcoordinator']));
    await expect(attempt).rejects.toMatchObject({ code: 'person.duplicate-bsn' });
    await expect(attempt).rejects.not.toMatchObject({ message: expect.stringContaining('111') });
    expect(kit.persons.all()).toHaveLength(1);
  });

  it('lists the person under the achternaam in search results, without the BSN', async () => {
    await useCases.createPerson.execute({ voornaam: 'Jan', tussenvoegsel: 'van der', achternaam: 'Berg', bsn: '111222333' }, changeBy(['teamleider']));
    const page = await useCases.searchPersons.execute({ q: 'berg' });
    expect(page.items).toEqual([expect.objectContaining({ displayName: 'Jan van der Berg', sortName: 'Berg, Jan van der', archived: false })]);
    expect(page.items[0]).not.toHaveProperty('bsn');
  });
});
