import { checkMapping, suggestMapping } from './mapping/column-mapping.js';
import { uniqueHeaders } from './imports/headers.js';
import { mappedCells, toRowInput } from './rows/row-input.js';
import { RowPlanner } from './rows/row-planner.js';
import { InMemoryRelations } from './testing/in-memory-relations.js';

const HEADERS = ['Bedrijfsnaam', 'KvK-nummer', 'Postcode', 'Plaats', 'Tags', 'Eigenaar', 'Voornaam', 'Achternaam', 'E-mail contactpersoon', 'Functie'];

describe('column mapping', () => {
  it('suggests fields from the header names Excel, Exact and Perfect View use', () => {
    expect(suggestMapping(['Relatienaam', 'KvK nummer', 'Bezoek postcode', 'E-mailadres', 'Tussenvoegsel', 'Onbekend'])).toEqual({
      Relatienaam: 'organisation.name',
      'KvK nummer': 'organisation.kvkNumber',
      'Bezoek postcode': 'organisation.visitingAddress.postcode',
      'E-mailadres': 'organisation.email',
      Tussenvoegsel: 'person.tussenvoegsel',
    });
  });

  it('suggests the contact person’s address next to the organisation’s', () => {
    expect(suggestMapping(['Bedrijfsnaam', 'Postcode', 'Plaats', 'Achternaam', 'Straat contactpersoon', 'Postcode contactpersoon', 'Woonplaats contactpersoon'])).toEqual({
      Bedrijfsnaam: 'organisation.name',
      Postcode: 'organisation.visitingAddress.postcode',
      Plaats: 'organisation.visitingAddress.city',
      Achternaam: 'person.achternaam',
      'Straat contactpersoon': 'person.postalAddress.street',
      'Postcode contactpersoon': 'person.postalAddress.postcode',
      'Woonplaats contactpersoon': 'person.postalAddress.city',
    });
  });

  it('gives addresses and contact details to the person on a sheet without organisations', () => {
    expect(suggestMapping(['Voornaam', 'Achternaam', 'Adres', 'Huisnummer', 'Postcode', 'Woonplaats', 'Land', 'E-mail', 'Telefoon'])).toEqual({
      Voornaam: 'person.voornaam',
      Achternaam: 'person.achternaam',
      Adres: 'person.postalAddress.street',
      Huisnummer: 'person.postalAddress.houseNumber',
      Postcode: 'person.postalAddress.postcode',
      Woonplaats: 'person.postalAddress.city',
      Land: 'person.postalAddress.country',
      'E-mail': 'person.email',
      Telefoon: 'person.phone',
    });
  });

  it('uses each field once: the first matching column wins', () => {
    expect(suggestMapping(['E-mail', 'Emailadres'])).toEqual({ 'E-mail': 'organisation.email' });
  });

  it('names every problem of a mapping', () => {
    const errors = checkMapping({ Plaats: 'organisation.visitingAddress.city', Postcode: 'organisation.visitingAddress.city', Weg: 'organisation.name', X: 'nope' }, ['Plaats', 'Postcode', 'X']);
    expect(errors.map((e) => e.code)).toEqual(['mapping.field-twice', 'mapping.unknown-column', 'mapping.unknown-field']);
    expect(checkMapping({ Plaats: 'organisation.visitingAddress.city' }, ['Plaats']).map((e) => e.code)).toEqual(['mapping.no-name']);
  });

  it('makes headers unique and never blank', () => {
    expect(uniqueHeaders(['Telefoon', ' ', 'Telefoon', 'Telefoon'])).toEqual(['Telefoon', 'Kolom 2', 'Telefoon (2)', 'Telefoon (3)']);
  });
});

describe('a row as relation input', () => {
  it('takes only filled cells, splits lists and groups address parts', () => {
    const mapping = suggestMapping(HEADERS);
    const input = toRowInput(mappedCells(HEADERS, ['Bakkerij', '', '5211 JX', 'Den Bosch', 'horeca; centrum', '', '', '', '', ''], mapping));
    expect(input).toEqual({
      organisation: { name: 'Bakkerij', tags: ['horeca', 'centrum'], visitingAddress: { postcode: '5211 JX', city: 'Den Bosch' } },
      owner: null,
      person: null,
      contactFunction: null,
    });
  });
});

describe('a person row as relation input', () => {
  it('groups the person’s address parts apart from the organisation’s', () => {
    const headers = ['Naam', 'Plaats', 'Achternaam', 'Contactpersoon straat', 'Contactpersoon plaats'];
    const input = toRowInput(mappedCells(headers, ['Bakkerij', 'Oss', 'Berg', 'Kerkstraat 1', 'Vught'], suggestMapping(headers)));
    expect(input.organisation).toEqual({ name: 'Bakkerij', visitingAddress: { city: 'Oss' } });
    expect(input.person).toEqual({ achternaam: 'Berg', postalAddress: { street: 'Kerkstraat 1', city: 'Vught' } });
  });
});

describe('planning rows (dry run)', () => {
  const mapping = suggestMapping(HEADERS);
  const row = (rowNumber: number, cells: string[]) => ({ rowNumber, input: toRowInput(mappedCells(HEADERS, cells, mapping)) });

  function planner(relations: InMemoryRelations) {
    return new RowPlanner(
      { organisations: relations.organisationRepository(), persons: relations.personRepository(), lookups: relations.lookups() },
      { mapping, activeRelationTypes: ['klant'], staff: relations.staff },
    );
  }

  it('creates new records, links the contact person and resolves the owner by name', async () => {
    const relations = new InMemoryRelations();
    const rows = [row(2, ['Bakkerij', '12345678', '5211 JX', 'Den Bosch', '', 'anne de graaf', 'Jan', 'Berg', 'jan@bakkerij.nl', 'Eigenaar'])];
    const [plan] = await planner(relations).plan(rows);
    expect(plan).toMatchObject({ action: 'create', organisation: { action: 'create', name: 'Bakkerij' }, person: { action: 'create', name: 'Jan Berg' }, link: 'create', errors: [] });
    expect(rows[0]!.input.organisation!.ownerId).toBe('tenant:anne');
  });

  it('updates an organisation with the same KvK-nummer and names the fields that change', async () => {
    const relations = new InMemoryRelations();
    relations.addOrganisation('org-1', { name: 'Bakkerij', kvkNumber: '12345678', tags: ['horeca'], visitingAddress: { postcode: '5211JX', city: 'Den Bosch' } });
    const [changed, same] = await planner(relations).plan([
      row(2, ['', '12345678', '5211 JX', 'Den Bosch', 'centrum', '', '', '', '', '']),
      row(3, ['Bakkerij', '12345678', '', '', 'horeca', '', '', '', '', '']),
    ]);
    expect(changed).toMatchObject({ action: 'update', organisation: { action: 'update', id: 'org-1', changedFields: ['tags'] } });
    expect(same).toMatchObject({ action: 'skip', skipReason: 'unchanged', organisation: { action: 'unchanged', sameAsRow: 2 } });
  });

  it('matches persons by e-mail address and knows existing contact persons', async () => {
    const relations = new InMemoryRelations();
    relations.addOrganisation('org-1', { name: 'Bakkerij', kvkNumber: '12345678' });
    relations.addPerson('p-1', { voornaam: 'Jan', achternaam: 'Berg', email: 'jan@bakkerij.nl' });
    relations.links.add('org-1|p-1');
    const [plan] = await planner(relations).plan([row(2, ['Bakkerij', '12345678', '', '', '', '', 'Jan', 'van den Berg', 'jan@bakkerij.nl', ''])]);
    expect(plan).toMatchObject({ action: 'update', person: { action: 'update', id: 'p-1', changedFields: ['achternaam'] }, link: 'exists' });
  });

  it('skips empty and repeated rows, and reports field errors with their column', async () => {
    const relations = new InMemoryRelations();
    const plans = await planner(relations).plan([
      row(2, ['', '', '', '', '', '', '', '', '', '']),
      row(3, ['Fietsen', '', 'XYZ', 'Oss', '', 'Onbekende Eigenaar', '', '', '', '']),
      row(4, ['Fietsen', '', 'XYZ', 'Oss', '', 'Onbekende Eigenaar', '', '', '', '']),
      row(5, ['', '', '', '', '', '', '', '', '', 'Inkoper']),
    ]);
    expect(plans.map((p) => [p.action, p.skipReason, p.duplicateOfRow])).toEqual([
      ['skip', 'empty', null],
      ['error', null, null],
      ['skip', 'duplicate-row', 3],
      ['error', null, null],
    ]);
    expect(plans[1]!.errors.map((e) => [e.field, e.column, e.code])).toEqual([
      ['organisation.owner', 'Eigenaar', 'owner.unknown'],
      ['organisation.visitingAddress.postcode', 'Postcode', 'postcode.invalid'],
    ]);
    expect(plans[1]!.organisation).toMatchObject({ name: 'Fietsen' });
    expect(plans[3]!.errors[0]!.code).toBe('function.without-contact-person');
  });

  it('refuses to update an archived organisation', async () => {
    const relations = new InMemoryRelations();
    relations.addOrganisation('org-1', { name: 'Oud', kvkNumber: '12345678' }, { archivedAt: new Date() });
    const [plan] = await planner(relations).plan([row(2, ['Oud', '12345678', '', '', '', '', '', '', '', ''])]);
    expect(plan).toMatchObject({ action: 'error', errors: [{ code: 'organisation.archived' }] });
  });
});
