import ExcelJS from 'exceljs';
import { ImportRepository, ProcessImportBatch } from '@gemeente-crm/imports-core';
import { DataSource } from 'typeorm';
import { json, startTestApp, type TestApp } from '../support/test-app.js';

const HEADER = 'Bedrijfsnaam;KvK-nummer;Straat;Huisnummer;Postcode;Plaats;E-mail;Tags;Voornaam;Tussenvoegsel;Achternaam;E-mail contactpersoon;Functie';
const SHEET = [
  HEADER,
  "Bakkerij Van Dijk;12345678;Markt;1;5211 JX;'s-Hertogenbosch;info@bakkerijvandijk.nl;horeca;Jan;van der;Berg;jan@bakkerijvandijk.nl;Eigenaar",
  "Fietsenmaker De Spaak;23456789;Kerkstraat;12;5211 AB;'s-Hertogenbosch;;;Piet;;Spaak;piet@despaak.nl;Monteur",
  ';;;;;;;;;;;;',
  "Fietsenmaker De Spaak;23456789;Kerkstraat;12;5211 AB;'s-Hertogenbosch;;;Piet;;Spaak;piet@despaak.nl;Monteur",
  'Foute Postcode BV;;Dorpsstraat;3;ABCDE;Oss;;;;;;;',
  "Fietsenmaker De Spaak;23456789;Kerkstraat;12;5211 AB;'s-Hertogenbosch;;;Klaas;;Wiel;klaas@despaak.nl;Verkoper",
  ';;;;;;;;Anna;;Smits;anna@example.nl;',
].join('\r\n');

/** The import wizard through real HTTP: upload, mapping, dry run, the run on the job queue. */
describe('importing relations from a sheet', () => {
  let t: TestApp;
  let admin: string;
  let manager: string;
  let importId: string;

  const api = (token: string, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    fetch(`${t.url}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
  const upload = (token: string, fileName: string, data: Buffer | Uint8Array) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(data)]), fileName);
    return fetch(`${t.url}/api/v1/imports`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  };
  const query = async (sql: string, params: unknown[] = []) => t.app.get(DataSource).query(sql, params);
  const count = async (table: string): Promise<number> => (await query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
  const untilDone = async (id: string) => {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const body = await json(await api(admin, `/imports/${id}`));
      if (body.status === 'done') return body;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    throw new Error('import did not finish');
  };
  const prepare = async (fileName: string, sheet: string) => {
    const created = await json(await upload(admin, fileName, Buffer.from(`\uFEFF${sheet}`, 'utf8')));
    expect((await api(admin, `/imports/${created.id}/dry-run`, { method: 'POST' })).status).toBe(200);
    return created.id as string;
  };

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.tokenFor('functioneel-beheerder');
    manager = await t.tokenFor('accountmanager');
    // Already known: the import must update it, not create a second one.
    await api(manager, '/organisations', { method: 'POST', body: { name: 'Bakkerij Van Dijk', kvkNumber: '12345678' } });
  });
  afterAll(() => t.close());

  it('takes a semicolon CSV with a byte order mark and suggests a mapping from the headers', async () => {
    const response = await upload(admin, 'relaties.csv', Buffer.from(`\uFEFF${SHEET}`, 'utf8'));
    expect(response.status).toBe(201);
    const body = await json(response);
    importId = body.id;
    expect(response.headers.get('location')).toBe(`/api/v1/imports/${importId}`);
    expect(body).toMatchObject({ fileName: 'relaties.csv', format: 'csv', rowCount: 7, status: 'uploaded' });
    expect(body.headers[0]).toBe('Bedrijfsnaam');
    expect(body.sampleRows[0][0]).toBe('Bakkerij Van Dijk');
    expect(body.mapping).toMatchObject({
      Bedrijfsnaam: 'organisation.name',
      'KvK-nummer': 'organisation.kvkNumber',
      Postcode: 'organisation.visitingAddress.postcode',
      'E-mail': 'organisation.email',
      Achternaam: 'person.achternaam',
      'E-mail contactpersoon': 'person.email',
      Functie: 'contactPerson.function',
    });
  });

  it('reads Windows-1252 CSV with commas as well', async () => {
    const body = await json(await upload(admin, 'oud.csv', Buffer.from('Naam,Plaats\r\nCafé Één,Den Bosch\r\n', 'latin1')));
    expect(body.headers).toEqual(['Naam', 'Plaats']);
    expect(body.sampleRows).toEqual([['Café Één', 'Den Bosch']]);
  });

  it('reads the first worksheet of an XLSX file', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Relaties');
    sheet.addRow(['Organisatie', 'KvK', 'Plaats']);
    sheet.addRow(['Drukkerij Jansen', 12345679, 'Vught']);
    sheet.addRow([{ richText: [{ text: 'Bouwbedrijf ' }, { text: 'Smits' }] }, '87654321', 'Oss']);
    const data = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await upload(admin, 'relaties.xlsx', data);
    expect(response.status).toBe(201);
    const body = await json(response);
    expect(body).toMatchObject({ format: 'xlsx', rowCount: 2, headers: ['Organisatie', 'KvK', 'Plaats'] });
    expect(body.sampleRows).toEqual([
      ['Drukkerij Jansen', '12345679', 'Vught'],
      ['Bouwbedrijf Smits', '87654321', 'Oss'],
    ]);
    expect(body.mapping).toEqual({ Organisatie: 'organisation.name', KvK: 'organisation.kvkNumber', Plaats: 'organisation.visitingAddress.city' });
  });

  it('explains what is wrong with a file it cannot use', async () => {
    const xls = await upload(admin, 'oud.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]));
    expect(xls.status).toBe(422);
    expect((await json(xls)).errors[0]).toMatchObject({ field: 'file', code: 'import.file-type' });
    const empty = await upload(admin, 'leeg.csv', Buffer.from('Naam;Plaats\r\n'));
    expect(empty.status).toBe(422);
    expect((await json(empty)).errors[0].code).toBe('import.file-empty');
    const broken = await upload(admin, 'kapot.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(broken.status).toBe(422);
    expect((await json(broken)).errors[0].message).toMatch(/Excel-bestand/);
  });

  it('is only for functional administrators and team leads', async () => {
    expect((await upload(manager, 'relaties.csv', Buffer.from(SHEET))).status).toBe(403);
    expect((await api(manager, '/imports')).status).toBe(403);
    expect((await api(await t.tokenFor('teamleider'), '/imports')).status).toBe(200);
  });

  it('ships the Exact and Perfect View presets, saves new ones and applies them to a file', async () => {
    const presets = await json(await api(admin, '/import-presets'));
    expect(presets.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['Exact relaties', 'Perfect View export']));
    const saved = await api(admin, '/import-presets', {
      method: 'POST',
      body: { name: 'Alleen namen', mapping: { Bedrijfsnaam: 'organisation.name', 'Bestaat niet': 'organisation.phone' } },
    });
    expect(saved.status).toBe(200);
    const preset = await json(saved);
    const applied = await json(await api(admin, `/imports/${importId}/mapping`, { method: 'PUT', body: { presetId: preset.id } }));
    // Columns the file does not have are left out.
    expect(applied.mapping).toEqual({ Bedrijfsnaam: 'organisation.name' });
    const bad = await api(admin, `/imports/${importId}/mapping`, { method: 'PUT', body: { mapping: { Bedrijfsnaam: 'person.achternaam', Achternaam: 'person.achternaam' } } });
    expect(bad.status).toBe(422);
    expect((await json(bad)).errors[0].code).toBe('mapping.field-twice');
  });

  it('shows per row what a dry run would do, changing nothing', async () => {
    const suggested = (await json(await upload(admin, 'tmp.csv', Buffer.from(SHEET)))).mapping;
    expect((await api(admin, `/imports/${importId}/mapping`, { method: 'PUT', body: { mapping: suggested } })).status).toBe(200);
    const organisationsBefore = await count('organisation');
    const response = await api(admin, `/imports/${importId}/dry-run`, { method: 'POST' });
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body.status).toBe('checked');
    expect(body.dryRun).toMatchObject({ total: 7, create: 4, update: 0, skip: 2, error: 1 });
    expect(await count('organisation')).toBe(organisationsBefore);

    const rows = (await json(await api(admin, `/imports/${importId}/rows?pageSize=100`))).items;
    const row = (n: number) => rows.find((r: { rowNumber: number }) => r.rowNumber === n);
    // Something new on the row (the contact person) makes it a create, even though the organisation is updated.
    expect(row(2)).toMatchObject({ action: 'create', organisation: { action: 'update' }, person: { action: 'create' }, link: 'create' });
    expect(row(2).organisation.changedFields).toEqual(expect.arrayContaining(['email', 'tags', 'visitingAddress']));
    expect(row(3)).toMatchObject({ action: 'create', organisation: { action: 'create' }, person: { action: 'create' } });
    expect(row(4)).toMatchObject({ action: 'skip', skipReason: 'empty' });
    expect(row(5)).toMatchObject({ action: 'skip', skipReason: 'duplicate-row', duplicateOfRow: 3 });
    expect(row(6)).toMatchObject({ action: 'error' });
    expect(row(6).errors[0]).toMatchObject({ field: 'organisation.visitingAddress.postcode', column: 'Postcode', code: 'postcode.invalid' });
    expect(row(6).errors[0].message).toMatch(/postcode/);
    expect(row(7)).toMatchObject({ action: 'create', organisation: { action: 'unchanged', sameAsRow: 3 }, person: { action: 'create' }, link: 'create' });
    expect(row(8)).toMatchObject({ action: 'create', organisation: null, person: { action: 'create', name: 'Anna Smits' }, link: null });
    for (const item of rows) expect(Array.isArray(item.possibleDuplicates)).toBe(true);

    const errors = await json(await api(admin, `/imports/${importId}/rows?action=error`));
    expect(errors.items.map((r: { rowNumber: number }) => r.rowNumber)).toEqual([6]);

    const csv = await api(admin, `/imports/${importId}/rows.csv`);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const text = await csv.text();
    expect(text).toContain('Rij;Actie;Reden');
    expect(text).toContain('6;Fout');
    expect(text).toContain('Herhaling van rij 3');
  });

  it('imports through the relations use cases, naming the file as the reason in the audit trail', async () => {
    const response = await api(admin, `/imports/${importId}/run`, { method: 'POST' });
    expect(response.status).toBe(202);
    const body = await untilDone(importId);
    expect(body.progress).toMatchObject({ total: 7, done: 7, created: 4, updated: 0, skipped: 2, failed: 1 });

    const [spaak] = await query(`SELECT id FROM organisation WHERE kvk_number = '23456789'`);
    expect((await query(`SELECT count(*)::int AS n FROM organisation WHERE kvk_number IN ('12345678', '23456789')`))[0].n).toBe(2);
    const contacts = await json(await api(manager, `/organisations/${spaak.id}/contact-persons`));
    expect(contacts.map((c: { displayName: string; function: string }) => [c.displayName, c.function]).sort()).toEqual([
      ['Klaas Wiel', 'Verkoper'],
      ['Piet Spaak', 'Monteur'],
    ]);
    const [event] = await query(`SELECT reason, client, actor_id FROM audit_event WHERE object_type = 'organisation' AND object_id = $1 AND action = 'create'`, [spaak.id]);
    expect(event).toMatchObject({ reason: 'Import "relaties.csv"', client: 'import' });
    const [bakkerij] = await query(`SELECT email, tags FROM organisation WHERE kvk_number = '12345678'`);
    expect(bakkerij).toMatchObject({ email: 'info@bakkerijvandijk.nl', tags: ['horeca'] });
  });

  it('creates nothing new when the same import runs again, or the same file is imported again', async () => {
    const before = { organisations: await count('organisation'), persons: await count('person'), links: await count('contact_person') };
    expect((await api(admin, `/imports/${importId}/run`, { method: 'POST' })).status).toBe(202);
    const again = await prepare('relaties.csv', SHEET);
    const checked = await json(await api(admin, `/imports/${again}`));
    expect(checked.dryRun).toMatchObject({ create: 0, update: 0, error: 1 });
    await api(admin, `/imports/${again}/run`, { method: 'POST' });
    const done = await untilDone(again);
    expect(done.progress).toMatchObject({ created: 0, updated: 0, failed: 1 });
    expect({ organisations: await count('organisation'), persons: await count('person'), links: await count('contact_person') }).toEqual(before);
  });

  it('points out likely duplicates of a record it would create, with score and reason', async () => {
    const id = await prepare('dubbel.csv', "Bedrijfsnaam;Straat;Huisnummer;Postcode;Plaats\nBakkerij van Dijk;Markt;1;5211 JX;'s-Hertogenbosch");
    const [row] = (await json(await api(admin, `/imports/${id}/rows`))).items;
    expect(row).toMatchObject({ action: 'create', organisation: { action: 'create' } });
    const candidate = row.possibleDuplicates.find((d: { name: string }) => d.name === 'Bakkerij Van Dijk');
    expect(candidate).toMatchObject({ kind: 'organisation' });
    expect(candidate.score).toBeGreaterThan(0.5);
    expect(candidate.explanation).not.toBe('');
  });

  it('imports a list of residents with their postal address, suggested from the usual Dutch headers', async () => {
    await api(manager, '/persons', { method: 'POST', body: { voornaam: 'Henk', achternaam: 'Verhoeven', email: 'henk@verhoeven.nl' } });
    const sheet = [
      'Voornaam;Achternaam;E-mail;Straat;Huisnummer;Toevoeging;Postcode;Woonplaats',
      "Sanne;Bakker;sanne@bakker.nl;Hinthamerstraat;74;b;5211 mr;'s-Hertogenbosch",
      'Henk;Verhoeven;henk@verhoeven.nl;Kerkstraat;3;;5341 BN;Oss',
      'Ruud;Kapot;ruud@kapot.nl;Dorpsstraat;1;;0000 XX;Vught',
    ].join('\n');
    const created = await json(await upload(admin, 'inwoners.csv', Buffer.from(sheet)));
    // No organisation on these rows: the address and e-mail columns are the person's.
    expect(created.mapping).toEqual({
      Voornaam: 'person.voornaam',
      Achternaam: 'person.achternaam',
      'E-mail': 'person.email',
      Straat: 'person.postalAddress.street',
      Huisnummer: 'person.postalAddress.houseNumber',
      Toevoeging: 'person.postalAddress.houseNumberAddition',
      Postcode: 'person.postalAddress.postcode',
      Woonplaats: 'person.postalAddress.city',
    });
    expect((await api(admin, `/imports/${created.id}/dry-run`, { method: 'POST' })).status).toBe(200);
    const rows = (await json(await api(admin, `/imports/${created.id}/rows?pageSize=100`))).items;
    const row = (n: number) => rows.find((r: { rowNumber: number }) => r.rowNumber === n);
    expect(row(2)).toMatchObject({ action: 'create', organisation: null, person: { action: 'create', name: 'Sanne Bakker' } });
    expect(row(3)).toMatchObject({ action: 'update', person: { action: 'update', changedFields: ['postalAddress'] } });
    expect(row(4).errors).toEqual([expect.objectContaining({ field: 'person.postalAddress.postcode', column: 'Postcode', code: 'postcode.invalid' })]);

    await api(admin, `/imports/${created.id}/run`, { method: 'POST' });
    expect((await untilDone(created.id)).progress).toMatchObject({ created: 1, updated: 1, failed: 1 });
    const stored: { email: string; postal_address: unknown }[] = await query(
      `SELECT email, postal_address FROM person WHERE email IN ('sanne@bakker.nl', 'henk@verhoeven.nl', 'ruud@kapot.nl') ORDER BY email`,
    );
    expect(stored).toEqual([
      { email: 'henk@verhoeven.nl', postal_address: { street: 'Kerkstraat', houseNumber: '3', houseNumberAddition: null, postcode: '5341BN', city: 'Oss', country: 'NL' } },
      {
        email: 'sanne@bakker.nl',
        postal_address: { street: 'Hinthamerstraat', houseNumber: '74', houseNumberAddition: 'b', postcode: '5211MR', city: "'s-Hertogenbosch", country: 'NL' },
      },
    ]);
  });

  it('resumes a run stopped half way without duplicates or gaps', async () => {
    const sheet = ['Bedrijfsnaam;Plaats', ...Array.from({ length: 6 }, (_, i) => `Hervat ${i + 1};Oss`)].join('\n');
    const id = await prepare('hervat.csv', sheet);
    // As if a worker died after two rows: mark it running without a job, process two rows, stop.
    const repository = t.app.get(ImportRepository);
    const relationImport = (await repository.findById(id))!;
    await repository.update({ ...relationImport, status: 'running', startedAt: new Date() });
    expect(await t.app.get(ProcessImportBatch).execute(id, { maxRows: 2 })).toEqual({ processed: 2, finished: false });
    expect((await json(await api(admin, `/imports/${id}`))).progress).toMatchObject({ done: 2, created: 2 });
    await api(admin, `/imports/${id}/run`, { method: 'POST' });
    const done = await untilDone(id);
    expect(done.progress).toMatchObject({ total: 6, done: 6, failed: 0 });
    const names: { name: string; n: number }[] = await query(`SELECT name, count(*)::int AS n FROM organisation WHERE name LIKE 'Hervat %' GROUP BY name ORDER BY name`);
    expect(names.map((row) => row.name)).toEqual(['Hervat 1', 'Hervat 2', 'Hervat 3', 'Hervat 4', 'Hervat 5', 'Hervat 6']);
  });

  it('lists earlier imports with their status', async () => {
    const page = await json(await api(admin, '/imports'));
    expect(page.total).toBeGreaterThanOrEqual(3);
    expect(page.items.find((i: { id: string }) => i.id === importId)).toMatchObject({ status: 'done', fileName: 'relaties.csv' });
  });
});
