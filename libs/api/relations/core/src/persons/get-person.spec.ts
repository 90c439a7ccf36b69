import { changeBy, createRelationsTestKit } from '../testing/relations-test-kit.js';
import { relationsUseCases } from '../testing/relations-use-cases.js';
import { BSN_READER_ROLES, canReadBsn } from './bsn-access.js';

describe("reading a person's details", () => {
  let kit: ReturnType<typeof createRelationsTestKit>;
  let useCases: ReturnType<typeof relationsUseCases>;
  let id: string;

  beforeEach(async () => {
    kit = createRelationsTestKit();
    useCases = relationsUseCases(kit);
    ({ id } = await useCases.createPerson.execute({ voornaam: 'Jan', achternaam: 'Jansen', bsn: '111222333' }, changeBy(['klachtcoordinator'])));
  });

  it('records who read them in the audit trail (AVG access logging)', async () => {
    const context = changeBy(['medewerker']);
    await useCases.getPerson.execute(id, context);
    expect(kit.auditLog.last()).toEqual({ action: 'read', objectType: 'person', objectId: id, context });
  });

  it('hides the BSN from roles that do not need it', async () => {
    const person = await useCases.getPerson.execute(id, changeBy(['accountmanager', 'medewerker']));
    expect(person).not.toHaveProperty('bsn');
    expect(JSON.stringify(person)).not.toContain('111222333');
    expect(person.displayName).toBe('Jan Jansen');
  });

  it.each(BSN_READER_ROLES)('shows the BSN to a %s', async (role) => {
    await expect(useCases.getPerson.execute(id, changeBy([role]))).resolves.toMatchObject({ bsn: '111222333' });
  });

  it('reports an unknown person, without an audit entry', async () => {
    const entries = kit.auditLog.entries.length;
    await expect(useCases.getPerson.execute('00000000-0000-4000-8000-000000000000', changeBy())).rejects.toMatchObject({ code: 'person.not-found' });
    expect(kit.auditLog.entries).toHaveLength(entries);
  });

  it('grants BSN access by role only', () => {
    expect(canReadBsn({ id: 'x', displayName: 'X', roles: ['auditor', 'functioneel-beheerder'] })).toBe(false);
    expect(canReadBsn({ id: 'x', displayName: 'X', roles: ['medewerker', 'teamleider'] })).toBe(true);
  });
});
