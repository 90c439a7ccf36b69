import { DataSource } from 'typeorm';
import { json, startTestApp, type TestApp } from '../support/test-app.js';

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n');

/** Filing, listing, downloading and withdrawing documents through real HTTP. */
describe('documents', () => {
  let t: TestApp;
  let manager: string;
  let auditor: string;
  let organisationId: string;

  const api = (token: string, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    fetch(`${t.url}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });

  const upload = (token: string, fileName: string, data: Buffer, fields: Record<string, string> = {}, declaredType = 'application/octet-stream') => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ objectType: 'organisation', objectId: organisationId, ...fields })) form.append(name, value);
    form.append('file', new Blob([new Uint8Array(data)], { type: declaredType }), fileName);
    return fetch(`${t.url}/api/v1/documents`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  };
  const count = async (table: string): Promise<number> => (await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  beforeAll(async () => {
    t = await startTestApp({ DOCUMENT_MAX_BYTES: '4096' });
    manager = await t.tokenFor('accountmanager');
    auditor = await t.tokenFor('auditor');
    organisationId = (await json(await api(manager, '/organisations', { method: 'POST', body: { name: 'Bakkerij Van Dijk' } }))).id;
  });
  afterAll(() => t.close());

  let documentId: string;

  it('files a PDF on an organisation with the type detected from its bytes, not from what the client claims', async () => {
    const response = await upload(manager, 'Offerte “zomer” 2026.pdf', PDF, { description: 'Offerte terras', reason: 'Ontvangen per post' }, 'text/html');
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"1"');
    const body = await json(response);
    documentId = body.id;
    expect(response.headers.get('location')).toBe(`/api/v1/documents/${documentId}`);
    expect(body).toMatchObject({
      fileName: 'Offerte “zomer” 2026.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      description: 'Offerte terras',
      links: [{ objectType: 'organisation', objectId: organisationId }],
      uploadedBy: { name: 'Anna de Vries' },
      archivedAt: null,
      downloadUrl: `/api/v1/documents/${documentId}/content`,
    });
    expect(body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const [event] = await t.app.get(DataSource).query(`SELECT * FROM audit_event WHERE object_type = 'document' AND object_id = $1`, [documentId]);
    expect(event).toMatchObject({ action: 'create', reason: 'Ontvangen per post' });
  });

  it('lists the documents of the organisation without reading their content', async () => {
    const page = await json(await api(manager, `/documents?objectType=organisation&objectId=${organisationId}`));
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ id: documentId, fileName: 'Offerte “zomer” 2026.pdf', sizeBytes: PDF.length, uploadedBy: { name: 'Anna de Vries' } });
  });

  it('downloads it as an attachment with a safe file name and nosniff, and records the download', async () => {
    const response = await api(manager, `/documents/${documentId}/content`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Offerte _zomer_ 2026.pdf"; filename*=UTF-8''Offerte%20%E2%80%9Czomer%E2%80%9D%202026.pdf`,
    );
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PDF);
    const reads = await t.app.get(DataSource).query(`SELECT * FROM audit_event WHERE object_type = 'document' AND object_id = $1 AND action = 'read'`, [documentId]);
    expect(reads).toHaveLength(1);
  });

  it('lets only roles that read relations download', async () => {
    expect((await api(auditor, `/documents/${documentId}/content`)).status).toBe(403);
  });

  it('refuses executables, HTML, SVG, disguised files and files that are too large, and stores nothing', async () => {
    const before = await count('document');
    const refused = async (fileName: string, data: Buffer) => {
      const response = await upload(manager, fileName, data);
      return { status: response.status, body: await json(response) };
    };
    const exe = await refused('factuur.pdf', Buffer.from('MZ\x90\x00\x03\x00\x00\x00'));
    expect(exe.status).toBe(422);
    expect(exe.body.errors).toEqual([expect.objectContaining({ field: 'file', code: 'document.executable' })]);
    expect((await refused('pagina.html', Buffer.from('<!doctype html><script>alert(1)</script>'))).body.errors[0].code).toBe('document.type-not-allowed');
    expect((await refused('logo.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).body.errors[0].code).toBe('document.type-not-allowed');
    expect((await refused('offerte.docx', PDF)).body.errors[0].code).toBe('document.extension-mismatch');
    expect((await refused('groot.pdf', Buffer.concat([PDF, Buffer.alloc(8192)]))).status).toBe(413);
    const noTarget = await upload(manager, 'offerte.pdf', PDF, { objectId: '00000000-0000-4000-8000-000000000000' });
    expect(noTarget.status).toBe(422);
    expect((await json(noTarget)).errors[0]).toMatchObject({ field: 'links.0', code: 'link.not-found' });
    expect(await count('document')).toBe(before);
  });

  it('moves the documents of a merged organisation to the one that stays', async () => {
    const lead = await t.tokenFor('teamleider');
    const duplicate = await json(await api(manager, '/organisations', { method: 'POST', body: { name: 'Bakkerij v. Dijk' } }));
    const organisationId0 = organisationId;
    organisationId = duplicate.id;
    const filed = await json(await upload(manager, 'kvk-uittreksel.pdf', PDF));
    organisationId = organisationId0;
    const survivor = await api(manager, `/organisations/${organisationId}`);
    const merge = await api(lead, `/organisations/${organisationId}/merge`, {
      method: 'POST',
      headers: { 'if-match': survivor.headers.get('etag')! },
      body: { mergedId: duplicate.id, mergedVersion: duplicate.version, reason: 'Dubbel ingevoerd' },
    });
    expect(merge.status).toBe(200);
    expect((await json(merge)).moved).toEqual(expect.arrayContaining([{ kind: 'document', count: 1 }]));
    const documents = await json(await api(manager, `/documents?objectType=organisation&objectId=${organisationId}`));
    expect(documents.items.map((item: { id: string }) => item.id)).toContain(filed.id);
    expect(await json(await api(manager, `/documents/${filed.id}`))).toMatchObject({ version: 2, links: [{ objectType: 'organisation', objectId: organisationId }] });
  });

  it('archives a document with a reason: off the list, still on record', async () => {
    const missingReason = await api(manager, `/documents/${documentId}/archive`, { method: 'POST', body: {} });
    expect(missingReason.status).toBe(422);
    const stale = await api(manager, `/documents/${documentId}/archive`, { method: 'POST', body: { reason: 'Verkeerde versie' }, headers: { 'if-match': '"7"' } });
    expect(stale.status).toBe(412);
    const archived = await api(manager, `/documents/${documentId}/archive`, { method: 'POST', body: { reason: 'Verkeerde versie' }, headers: { 'if-match': '"1"' } });
    expect(archived.status).toBe(200);
    expect(await json(archived)).toMatchObject({ archiveReason: 'Verkeerde versie', version: 2 });
    const ids = async (query: string) => (await json(await api(manager, `/documents?objectType=organisation&objectId=${organisationId}${query}`))).items.map((item: { id: string }) => item.id);
    expect(await ids('')).not.toContain(documentId);
    expect(await ids('&includeArchived=true')).toContain(documentId);
  });
});
