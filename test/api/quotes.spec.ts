import PizZip from 'pizzip';
import { json, startTestApp, type TestApp } from '../support/test-app.js';

type Api = (token: string, path: string, init?: { method?: string; body?: unknown; headers?: Record<string, string> }) => Promise<Response>;

function apiOf(t: TestApp): Api {
  return (token, path, init = {}) =>
    fetch(`${t.url}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
}

/** The visible text of a .docx, one line per paragraph. */
function docxText(bytes: ArrayBuffer): string {
  const xml = new PizZip(bytes).file('word/document.xml')!.asText();
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((match) => match[1] ?? '\n').join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&apos;/g, "'");
}

describe('quotes (offertes) on a lead', () => {
  let t: TestApp;
  let api: Api;
  let admin: string;
  let manager: string;
  let auditor: string;
  let leadId: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = apiOf(t);
    admin = await t.tokenFor('functioneel-beheerder');
    manager = await t.tokenFor('accountmanager');
    auditor = await t.tokenFor('auditor');
    const organisation = await json(
      await api(manager, '/organisations', {
        method: 'POST',
        body: { name: 'Bakkerij Van Dijk B.V.', visitingAddress: { street: 'Markt', houseNumber: '1', postcode: '5211 JX', city: "'s-Hertogenbosch" } },
      }),
    );
    const pipeline = await json(
      await api(admin, '/pipelines', {
        method: 'POST',
        body: { name: 'Economische Zaken', department: 'Economische Zaken', stages: [{ name: 'Nieuw', defaultProbability: 10, requiredFields: [] }] },
      }),
    );
    const lead = await json(
      await api(manager, '/leads', {
        method: 'POST',
        body: { pipelineId: pipeline.id, title: 'Nieuwe bakkerij', relation: { objectType: 'organisation', objectId: organisation.id } },
      }),
    );
    leadId = lead.id;
  });
  afterAll(() => t.close());

  const lines = [
    { description: 'Adviesgesprek', quantity: '2', unitPriceCents: 9500, vatRate: 21 },
    { description: 'Vergunningscheck', quantity: '1,5', unitPriceCents: 4000, vatRate: 9 },
  ];
  let quoteId: string;

  it('creates a concept quote with a number of this year, computed totals and an ETag', async () => {
    const response = await api(manager, `/leads/${leadId}/quotes`, { method: 'POST', body: { lines, notes: 'Zoals besproken' } });
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"1"');
    const quote = await json(response);
    quoteId = quote.id;
    expect(quote).toMatchObject({
      number: expect.stringMatching(/^OF-\d{4}-0001$/),
      revision: 1,
      status: 'concept',
      lines: [
        { description: 'Adviesgesprek', quantity: '2', unitPriceCents: 9500, vatRate: 21, netCents: 19000, vatCents: 3990 },
        { description: 'Vergunningscheck', quantity: '1.5', netCents: 6000, vatCents: 540 },
      ],
      totals: { subtotalCents: 25000, vatCents: 4530, totalCents: 29530 },
    });
    const second = await json(await api(manager, `/leads/${leadId}/quotes`, { method: 'POST', body: {} }));
    expect(second.number).toMatch(/-0002$/);
    const list = await json(await api(manager, `/leads/${leadId}/quotes`));
    expect(list.items.map((item: { id: string }) => item.id)).toEqual([second.id, quoteId]);
  });

  it('refuses invalid lines field by field (422) and edits need If-Match', async () => {
    const bad = await api(manager, `/leads/${leadId}/quotes`, { method: 'POST', body: { lines: [{ description: 'x', quantity: 'veel', unitPriceCents: 100, vatRate: 6 }] } });
    expect(bad.status).toBe(422);
    expect((await json(bad)).errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'lines.0.quantity' }), expect.objectContaining({ field: 'lines.0.vatRate' })]),
    );
    expect((await api(manager, `/leads/${leadId}/quotes/${quoteId}`, { method: 'PATCH', body: { notes: 'x' } })).status).toBe(428);
    expect((await api(manager, `/leads/${leadId}/quotes/${quoteId}`, { method: 'PATCH', body: { notes: 'x' }, headers: { 'if-match': '"9"' } })).status).toBe(412);
  });

  it('generates the Word document from the default template and stores it on the lead', async () => {
    const response = await api(manager, `/leads/${leadId}/quotes/${quoteId}/documents`, { method: 'POST', body: { format: 'docx' } });
    expect(response.status).toBe(201);
    const document = await json(response);
    expect(document.fileName).toMatch(/^Offerte OF-\d{4}-0001\.docx$/);
    const download = await api(manager, `/leads/${leadId}/quotes/${quoteId}/documents/${document.id}/content`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toContain('wordprocessingml');
    const text = docxText(await download.arrayBuffer());
    expect(text).toContain("Gemeente 's-Hertogenbosch");
    expect(text).toContain('Bakkerij Van Dijk B.V.');
    expect(text).toMatch(/Markt 1\n5211 ?JX 's-Hertogenbosch/);
    expect(text).not.toContain('t.a.v.');
    expect(text).toMatch(/Offerte OF-\d{4}-0001/);
    expect(text).toMatch(/Adviesgesprek\s*2\s*€ 95,00\s*21%\s*€ 190,00/);
    expect(text).toMatch(/Totaal incl\. btw\s*€ 295,30/);
    const onLead = await json(await api(manager, `/documents?objectType=lead&objectId=${leadId}`));
    expect(onLead.items.map((item: { id: string }) => item.id)).toContain(document.documentId);
  });

  it('generates the PDF, sends, and accepts the latest version only', async () => {
    const document = await json(await api(manager, `/leads/${leadId}/quotes/${quoteId}/documents`, { method: 'POST', body: { format: 'pdf' } }));
    const pdf = Buffer.from(await (await api(manager, `/leads/${leadId}/quotes/${quoteId}/documents/${document.id}/content`)).arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/Type \/Page\b/);

    const current = await api(manager, `/leads/${leadId}/quotes/${quoteId}`);
    const sent = await api(manager, `/leads/${leadId}/quotes/${quoteId}/send`, { method: 'POST', body: {}, headers: { 'if-match': current.headers.get('etag')! } });
    expect(sent.status).toBe(200);
    expect(await json(sent)).toMatchObject({ status: 'verzonden', revisions: [{ revision: 1 }], documents: [{ format: 'pdf' }, { format: 'docx' }] });

    // Editing a sent quote starts version 2 in concept; version 1 stays as it went out.
    const v2 = await api(manager, `/leads/${leadId}/quotes/${quoteId}`, {
      method: 'PATCH',
      body: { lines: [lines[0]] },
      headers: { 'if-match': sent.headers.get('etag')! },
    });
    expect(await json(v2)).toMatchObject({ revision: 2, status: 'concept', displayNumber: expect.stringMatching(/ v2$/), revisions: [{ revision: 1, totals: { totalCents: 29530 } }] });
    const v2sent = await api(manager, `/leads/${leadId}/quotes/${quoteId}/send`, { method: 'POST', body: {}, headers: { 'if-match': v2.headers.get('etag')! } });
    const etag = v2sent.headers.get('etag')!;
    const old = await api(manager, `/leads/${leadId}/quotes/${quoteId}/accept`, { method: 'POST', body: { revision: 1 }, headers: { 'if-match': etag } });
    expect(old.status).toBe(409);
    expect((await json(old)).code).toBe('quote.not-latest-version');
    const accepted = await api(manager, `/leads/${leadId}/quotes/${quoteId}/accept`, {
      method: 'POST',
      body: { revision: 2, reason: 'Akkoord per e-mail' },
      headers: { 'if-match': etag },
    });
    expect(await json(accepted)).toMatchObject({ status: 'geaccepteerd', decisionReason: 'Akkoord per e-mail' });
    const trail = await json(await api(auditor, `/audit-events?objectId=${quoteId}`));
    expect(trail.items.some((event: { reason: string | null }) => event.reason === 'Akkoord per e-mail')).toBe(true);
  });

  it('lets only functional administrators replace the template, refusing unknown merge fields by name', async () => {
    expect((await api(manager, '/quote-template')).status).toBe(403);
    const template = await json(await api(admin, '/quote-template'));
    expect(template).toMatchObject({ version: 0, isDefault: true, fileName: 'offerte-standaard.docx' });
    const zip = new PizZip(await (await api(admin, '/quote-template/content')).arrayBuffer());
    const xml = zip.file('word/document.xml')!.asText();

    const upload = (content: Uint8Array, fileName = 'eigen-sjabloon.docx') => {
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array(content)]), fileName);
      return fetch(`${t.url}/api/v1/quote-template`, { method: 'PUT', headers: { authorization: `Bearer ${admin}`, 'x-reason': 'Huisstijl' }, body: form });
    };
    zip.file('word/document.xml', xml.replace('Betreft: {lead}', 'Korting: {korting} {kleur}'));
    const refused = await upload(zip.generate({ type: 'uint8array' }));
    expect(refused.status).toBe(422);
    const problem = await json(refused);
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'file', code: 'template.unknown-tags', tags: ['korting', 'kleur'] })]);
    expect(problem.errors[0].message).toContain('{korting}, {kleur}');
    expect((await upload(new TextEncoder().encode('geen word'), 'x.docx')).status).toBe(422);

    zip.file('word/document.xml', xml.replace('Betreft: {lead}', 'Project: {lead}'));
    const accepted = await upload(zip.generate({ type: 'uint8array' }));
    expect(accepted.status).toBe(200);
    expect(await json(accepted)).toMatchObject({ version: 1, isDefault: false, fileName: 'eigen-sjabloon.docx' });
    const quote = await json(await api(manager, `/leads/${leadId}/quotes`, { method: 'POST', body: { lines } }));
    const document = await json(await api(manager, `/leads/${leadId}/quotes/${quote.id}/documents`, { method: 'POST', body: { format: 'docx' } }));
    const text = docxText(await (await api(manager, `/leads/${leadId}/quotes/${quote.id}/documents/${document.id}/content`)).arrayBuffer());
    expect(text).toContain('Project: Nieuwe bakkerij');

    const reset = await api(admin, '/quote-template/reset', { method: 'POST', body: { reason: 'Terug naar standaard' } });
    expect(await json(reset)).toMatchObject({ version: 2, isDefault: true });
    const trail = await json(await api(auditor, '/audit-events?objectType=quote-template&objectId=quote-template'));
    expect(trail.items).toHaveLength(2);
  });
});
