import type { Organisation } from '../organisations/organisation.js';
import type { PersonDetails } from '../persons/person.js';
import { changeBy, createRelationsTestKit } from '../testing/relations-test-kit.js';
import { relationsUseCases } from '../testing/relations-use-cases.js';

describe('contact persons', () => {
  let kit: ReturnType<typeof createRelationsTestKit>;
  let useCases: ReturnType<typeof relationsUseCases>;
  let bakery: Organisation;
  let meierij: Organisation;
  let jan: PersonDetails;
  let els: PersonDetails;

  beforeEach(async () => {
    kit = createRelationsTestKit();
    useCases = relationsUseCases(kit);
    bakery = await useCases.createOrganisation.execute({ name: 'Bakkerij Van Dijk' }, changeBy());
    meierij = await useCases.createOrganisation.execute({ name: 'Installatiebedrijf De Meierij B.V.' }, changeBy());
    jan = await useCases.createPerson.execute({ voornaam: 'Jan', tussenvoegsel: 'van', achternaam: 'Dijk', email: 'jan@vandijk.nl' }, changeBy());
    els = await useCases.createPerson.execute({ voornaam: 'Els', tussenvoegsel: 'de', achternaam: 'Wit' }, changeBy());
  });

  it('links a person to an organisation in a function, and audits the link', async () => {
    const link = await useCases.linkContactPerson.execute(bakery.id, { personId: jan.id, function: ' Eigenaar ' }, changeBy());
    expect(link).toMatchObject({ organisationId: bakery.id, personId: jan.id, function: 'Eigenaar', createdAt: kit.clock.now() });
    expect(kit.auditLog.last()).toMatchObject({
      action: 'link',
      objectType: 'contact-person',
      objectId: link.id,
      changes: { organisationId: { old: null, new: bakery.id }, personId: { old: null, new: jan.id }, function: { old: null, new: 'Eigenaar' } },
    });
  });

  it('lets a person work for several organisations', async () => {
    await useCases.linkContactPerson.execute(meierij.id, { personId: jan.id, function: 'Adviseur' }, changeBy());
    await useCases.linkContactPerson.execute(bakery.id, { personId: jan.id, function: 'Eigenaar' }, changeBy());
    const organisations = await useCases.listContactPersons.byPerson(jan.id);
    expect(organisations.map((view) => [view.organisationName, view.function])).toEqual([
      ['Bakkerij Van Dijk', 'Eigenaar'],
      ['Installatiebedrijf De Meierij B.V.', 'Adviseur'],
    ]);
  });

  it('lists the contact persons of an organisation by achternaam, with display names', async () => {
    await useCases.linkContactPerson.execute(bakery.id, { personId: els.id }, changeBy());
    await useCases.linkContactPerson.execute(bakery.id, { personId: jan.id, function: 'Eigenaar' }, changeBy());
    const contacts = await useCases.listContactPersons.byOrganisation(bakery.id);
    expect(contacts.map((view) => [view.displayName, view.function, view.email])).toEqual([
      ['Jan van Dijk', 'Eigenaar', 'jan@vandijk.nl'],
      ['Els de Wit', null, null],
    ]);
  });

  it('refuses to link the same person twice to the same organisation', async () => {
    await useCases.linkContactPerson.execute(bakery.id, { personId: jan.id }, changeBy());
    await expect(useCases.linkContactPerson.execute(bakery.id, { personId: jan.id, function: 'Directeur' }, changeBy())).rejects.toMatchObject({
      code: 'contact-person.duplicate',
    });
    expect(kit.contactPersons.all()).toHaveLength(1);
  });

  it('refuses links to unknown or archived relations', async () => {
    await expect(useCases.linkContactPerson.execute(bakery.id, { personId: 'nope' }, changeBy())).rejects.toMatchObject({ code: 'person.not-found' });
    await expect(useCases.linkContactPerson.execute('nope', { personId: jan.id }, changeBy())).rejects.toMatchObject({ code: 'organisation.not-found' });
    await useCases.archiveOrganisation.execute(meierij.id, null, changeBy(undefined, 'Opgeheven'));
    await expect(useCases.linkContactPerson.execute(meierij.id, { personId: jan.id }, changeBy())).rejects.toMatchObject({ code: 'organisation.archived' });
  });

  it('hides links to archived persons unless asked for', async () => {
    await useCases.linkContactPerson.execute(bakery.id, { personId: jan.id }, changeBy());
    await useCases.linkContactPerson.execute(bakery.id, { personId: els.id }, changeBy());
    await useCases.archivePerson.execute(els.id, null, changeBy(undefined, 'Uit dienst'));
    expect((await useCases.listContactPersons.byOrganisation(bakery.id)).map((view) => view.displayName)).toEqual(['Jan van Dijk']);
    expect(await useCases.listContactPersons.byOrganisation(bakery.id, { includeArchived: true })).toHaveLength(2);
  });

  it('unlinks only with a reason, keeping the history in the audit trail', async () => {
    const link = await useCases.linkContactPerson.execute(bakery.id, { personId: jan.id, function: 'Eigenaar' }, changeBy());
    await expect(useCases.unlinkContactPerson.execute(bakery.id, jan.id, changeBy())).rejects.toMatchObject({
      errors: [expect.objectContaining({ field: 'reason', code: 'reason.required' })],
    });
    expect(kit.contactPersons.all()).toHaveLength(1);

    await useCases.unlinkContactPerson.execute(bakery.id, jan.id, changeBy(undefined, 'Bedrijf overgedragen'));
    expect(kit.contactPersons.all()).toEqual([]);
    expect(kit.auditLog.last()).toMatchObject({
      action: 'unlink',
      objectType: 'contact-person',
      objectId: link.id,
      changes: { personId: { old: jan.id, new: null }, function: { old: 'Eigenaar', new: null } },
      context: { reason: 'Bedrijf overgedragen' },
    });
  });

  it('reports a link that does not exist', async () => {
    await expect(useCases.unlinkContactPerson.execute(bakery.id, els.id, changeBy(undefined, 'Weg'))).rejects.toMatchObject({
      code: 'contact-person.not-found',
    });
  });

  it('reports an unknown organisation or person when listing', async () => {
    await expect(useCases.listContactPersons.byOrganisation('nope')).rejects.toMatchObject({ code: 'organisation.not-found' });
    await expect(useCases.listContactPersons.byPerson('nope')).rejects.toMatchObject({ code: 'person.not-found' });
  });
});
