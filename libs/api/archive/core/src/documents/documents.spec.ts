import { ValidationError } from '@gemeente-crm/api-kernel';
import { ANNE, changeBy, createArchiveTestKit } from '../testing/archive-test-kit.js';

const ORGANISATION = { objectType: 'organisation' as const, objectId: '11111111-1111-4111-8111-111111111111' };
const PDF = Buffer.from('%PDF-1.7\nOfferte\n%%EOF\n');

describe('documents', () => {
  let kit: ReturnType<typeof createArchiveTestKit>;

  beforeEach(() => {
    kit = createArchiveTestKit(1024);
    kit.subjects.add(ORGANISATION);
  });

  const store = (overrides: Partial<Parameters<typeof kit.storeDocument.execute>[0]> = {}) =>
    kit.storeDocument.execute({ fileName: 'C:\\Users\\anne\\offerte.pdf', data: PDF, description: ' Offerte 2026 ', links: [ORGANISATION], ...overrides }, changeBy(ANNE));

  it('files a document with its detected type, size and hash, keeps the bytes, and audits it', async () => {
    const document = await store();
    expect(document).toMatchObject({
      fileName: 'offerte.pdf',
      contentType: 'application/pdf',
      sizeBytes: PDF.length,
      description: 'Offerte 2026',
      links: [ORGANISATION],
      uploadedBy: ANNE.id,
      version: 1,
    });
    expect(document.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await kit.contents.get(document.contentKey)).toEqual(PDF);
    expect(kit.auditLog.entries.at(-1)).toMatchObject({ action: 'create', objectType: 'document', objectId: document.id });
    expect((await kit.listDocuments.execute({ linkedTo: ORGANISATION })).items.map((item) => item.id)).toEqual([document.id]);
  });

  it('keeps one copy of content uploaded twice', async () => {
    const first = await store();
    const second = await store({ fileName: 'kopie.pdf' });
    expect(second.contentKey).toBe(first.contentKey);
    expect(kit.contents.contents.size).toBe(1);
  });

  it('refuses a file that is too large, empty, dangerous, or filed on nothing that exists, and keeps nothing', async () => {
    const refused = async (overrides: Parameters<typeof store>[0]) => {
      const error = await store(overrides).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      return (error as ValidationError).errors.map((e) => e.code);
    };
    expect(await refused({ data: Buffer.concat([PDF, Buffer.alloc(2048)]) })).toEqual(['document.too-large']);
    expect(await refused({ data: Buffer.alloc(0) })).toEqual(['document.empty']);
    expect(await refused({ data: Buffer.from('MZ...'), fileName: 'setup.exe' })).toEqual(['document.executable']);
    expect(await refused({ links: [] })).toEqual(['links.required']);
    expect(await refused({ links: [{ objectType: 'complaint', objectId: ORGANISATION.objectId }] })).toEqual(['link.type-unsupported']);
    expect(await refused({ links: [{ objectType: 'person', objectId: ORGANISATION.objectId }] })).toEqual(['link.not-found']);
    expect(kit.documents.rows.size).toBe(0);
    expect(kit.contents.contents.size).toBe(0);
    expect(kit.auditLog.entries).toEqual([]);
  });

  it('records every download as a read', async () => {
    const document = await store();
    const download = await kit.downloadDocument.execute(document.id, changeBy(ANNE));
    expect(download.data).toEqual(PDF);
    expect(kit.auditLog.entries.at(-1)).toMatchObject({ action: 'read', objectType: 'document', objectId: document.id });
  });

  it('archives with a reason: gone from the list, still downloadable', async () => {
    const document = await store();
    await expect(kit.archiveDocument.execute(document.id, 1, changeBy(ANNE))).rejects.toThrow(ValidationError);
    const archived = await kit.archiveDocument.execute(document.id, 1, changeBy(ANNE, 'Verkeerde versie'));
    expect(archived).toMatchObject({ archiveReason: 'Verkeerde versie', version: 2 });
    expect((await kit.listDocuments.execute({ linkedTo: ORGANISATION })).total).toBe(0);
    expect((await kit.listDocuments.execute({ linkedTo: ORGANISATION, includeArchived: true })).total).toBe(1);
    await expect(kit.archiveDocument.execute(document.id, null, changeBy(ANNE, 'Nog eens'))).rejects.toMatchObject({ code: 'document.archived' });
  });
});
