import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { json, startTestApp, type TestApp } from '../support/test-app.js';

const FIXTURES = join(process.cwd(), 'test/fixtures/email');
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

/** E-mail files dropped on a relation become contact moments, through real HTTP. */
describe('importing e-mail on a relation', () => {
  let t: TestApp;
  let manager: string;
  let organisationId: string;
  let janId: string;

  const api = (path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    fetch(`${t.url}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${manager}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
  const upload = (path: string, ...files: [string, Buffer][]) => {
    const form = new FormData();
    for (const [name, data] of files) form.append('file', new Blob([new Uint8Array(data)]), name);
    return fetch(`${t.url}/api/v1${path}`, { method: 'POST', headers: { authorization: `Bearer ${manager}` }, body: form });
  };
  const count = async (table: string): Promise<number> => (await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  beforeAll(async () => {
    t = await startTestApp({ MAIL_INTERNAL_DOMAINS: 's-hertogenbosch.nl' });
    manager = await t.tokenFor('accountmanager');
    organisationId = (await json(await api('/organisations', { method: 'POST', body: { name: 'Bakkerij Van Dijk' } }))).id;
    janId = (await json(await api('/persons', { method: 'POST', body: { voornaam: 'Jan', tussenvoegsel: 'van der', achternaam: 'Berg', email: 'jan.berg@example.nl' } }))).id;
  });
  afterAll(() => t.close());

  let momentId: string;

  it('turns an .eml into an incoming e-mail contact moment with the persons involved, its body sanitised and its attachments as documents', async () => {
    const response = await upload(`/organisations/${organisationId}/emails`, ['offerte-terras.eml', fixture('offerte-terras.eml')]);
    expect(response.status).toBe(201);
    const [result] = (await json(response)).results;
    expect(result).toMatchObject({
      fileName: 'offerte-terras.eml',
      status: 'created',
      subject: 'Offerte terrasuitbreiding',
      attachments: [{ fileName: 'offerte-terras.pdf' }],
      skippedAttachments: [{ fileName: 'korting.exe', code: 'document.executable' }],
    });
    momentId = result.contactMomentId;
    expect(response.headers.get('location')).toBe(`/api/v1/contact-moments/${momentId}`);

    const moment = await json(await api(`/contact-moments/${momentId}`));
    expect(moment).toMatchObject({ channel: 'e-mail', direction: 'inkomend', subject: 'Offerte terrasuitbreiding', occurredAt: '2026-03-02T09:15:00.000Z' });
    expect(moment.notesHtml).toContain('<strong>offerte</strong>');
    expect(moment.notesHtml).not.toMatch(/script|color: red|alert/);
    expect(moment.notesText).toContain('Hierbij de offerte voor de uitbreiding van ons terras.');
    expect(moment.links.map((link: { objectId: string }) => link.objectId).sort()).toEqual([organisationId, janId].sort());

    const email = await json(await api(`/contact-moments/${momentId}/email`));
    expect(email).toMatchObject({
      messageId: 'offerte-2026-001@bakkerijvandijk.nl',
      from: { address: 'piet@bakkerijvandijk.nl', name: 'Piet Bakker' },
      to: [{ address: 'anna.devries@s-hertogenbosch.nl', name: 'Anna de Vries' }],
      cc: [{ address: 'jan.berg@example.nl', name: 'Jan van der Berg' }],
      relation: { objectType: 'organisation', objectId: organisationId },
    });
    expect(email.original.downloadUrl).toMatch(/^\/api\/v1\/documents\/.+\/content$/);
    const attachment = await fetch(`${t.url}${email.attachments[0].downloadUrl}`, { headers: { authorization: `Bearer ${manager}` } });
    expect(attachment.headers.get('content-type')).toBe('application/pdf');
    expect((await attachment.text()).startsWith('%PDF-')).toBe(true);
  });

  it('shows it on the timeline as an e-mail with its attachment, and documents filed on the relation as documents', async () => {
    const form = new FormData();
    form.append('objectType', 'organisation');
    form.append('objectId', organisationId);
    form.append('file', new Blob([new Uint8Array(Buffer.from('naam;aantal\nterras;12\n'))]), 'tellingen.csv');
    expect((await fetch(`${t.url}/api/v1/documents`, { method: 'POST', headers: { authorization: `Bearer ${manager}` }, body: form })).status).toBe(201);

    const timeline = await json(await api(`/organisations/${organisationId}/timeline?kinds=email,document,contact-moment`));
    expect(timeline.counts).toMatchObject({ contactMoment: 0, email: 1, document: 1 });
    const emailItem = timeline.items.find((item: { kind: string }) => item.kind === 'email');
    expect(emailItem).toMatchObject({
      id: momentId,
      title: 'Offerte terrasuitbreiding',
      direction: 'inkomend',
      from: { address: 'piet@bakkerijvandijk.nl' },
      attachments: [{ fileName: 'offerte-terras.pdf' }],
    });
    expect(timeline.items.find((item: { kind: string }) => item.kind === 'document')).toMatchObject({ title: 'tellingen.csv', contentType: 'text/csv' });
    const onlyContactMoments = await json(await api(`/organisations/${organisationId}/timeline?kinds=contact-moment`));
    expect(onlyContactMoments.items).toEqual([]);
    // The attachments and the original file are documents of the relation too.
    const documents = await json(await api(`/documents?objectType=organisation&objectId=${organisationId}`));
    expect(documents.items.map((item: { fileName: string }) => item.fileName).sort()).toEqual(['offerte-terras.eml', 'offerte-terras.pdf', 'tellingen.csv']);
  });

  it('recognises the same message imported again on the same relation, and points at the existing contact moment', async () => {
    const before = await count('contact_moment');
    const response = await upload(`/organisations/${organisationId}/emails`, ['kopie.eml', fixture('offerte-terras.eml')]);
    expect(response.status).toBe(409);
    expect(await json(response)).toMatchObject({ code: 'email-already-imported', contactMomentId: momentId, contactMoment: `/api/v1/contact-moments/${momentId}` });
    expect(await count('contact_moment')).toBe(before);
  });

  it('imports the same message on another relation', async () => {
    const response = await upload(`/persons/${janId}/emails`, ['offerte-terras.eml', fixture('offerte-terras.eml')]);
    expect(response.status).toBe(201);
  });

  it('reports each of several files on its own: created, duplicate (by sender, date and subject without a Message-ID), refused', async () => {
    const before = { moments: await count('contact_moment'), documents: await count('document') };
    const response = await upload(
      `/organisations/${organisationId}/emails`,
      ['antwoord.eml', fixture('antwoord-zonder-message-id.eml')],
      ['antwoord-nogmaals.eml', fixture('antwoord-zonder-message-id.eml')],
      ['geen-email.eml', fixture('geen-email.eml')],
      ['notitie.txt', Buffer.from('Geen e-mail')],
    );
    expect(response.status).toBe(200);
    const { results } = await json(response);
    expect(results.map((r: { status: string; code: string | null }) => [r.status, r.code])).toEqual([
      ['created', null],
      ['duplicate', 'email-already-imported'],
      ['refused', 'email.unreadable'],
      ['refused', 'email.type-not-allowed'],
    ]);
    expect(results[1].contactMomentId).toBe(results[0].contactMomentId);
    expect(await count('contact_moment')).toBe(before.moments + 1);
    expect(await count('document')).toBe(before.documents + 1);
    // Sent from the municipality's own domain: outgoing.
    expect(await json(await api(`/contact-moments/${results[0].contactMomentId}`))).toMatchObject({ direction: 'uitgaand', subject: 'Re: Offerte terrasuitbreiding' });
  });

  it('reads an Outlook .msg: outgoing from the municipality, recipients in To and Cc, its attachment as a document', async () => {
    const response = await upload(`/organisations/${organisationId}/emails`, ['outlook-uitnodiging.msg', fixture('outlook-uitnodiging.msg')]);
    expect(response.status).toBe(201);
    const [result] = (await json(response)).results;
    expect(result).toMatchObject({ status: 'created', subject: 'Uitnodiging ondernemersontbijt', attachments: [{ fileName: 'programma-ontbijt.pdf' }] });
    const moment = await json(await api(`/contact-moments/${result.contactMomentId}`));
    expect(moment).toMatchObject({ channel: 'e-mail', direction: 'uitgaand', occurredAt: '2026-03-04T08:30:00.000Z' });
    expect(moment.notesText).toContain('ondernemersontbijt op 12 maart');
    expect(moment.links.map((link: { objectId: string }) => link.objectId)).toContain(janId);
    expect(await json(await api(`/contact-moments/${result.contactMomentId}/email`))).toMatchObject({
      messageId: 'ontbijt-2026-03@s-hertogenbosch.nl',
      from: { address: 'anna.devries@s-hertogenbosch.nl', name: 'Anna de Vries' },
      to: [{ address: 'piet@bakkerijvandijk.nl', name: 'Piet Bakker' }],
      cc: [{ address: 'jan.berg@example.nl', name: 'Jan van der Berg' }],
    });
  });

  it('answers 404 for a relation that does not exist', async () => {
    const response = await upload('/organisations/00000000-0000-4000-8000-000000000000/emails', ['offerte-terras.eml', fixture('offerte-terras.eml')]);
    expect(response.status).toBe(404);
  });
});
