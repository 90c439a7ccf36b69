import { ConflictError, StaleVersionError, ValidationError } from '@gemeente-crm/api-kernel';
import { ADMIN, changeBy, createQuoteTestKit, type QuoteTestKit } from './testing/quote-test-kit.js';

describe('quotes', () => {
  let kit: QuoteTestKit;
  const lines = [
    { description: 'Adviesgesprek', quantity: '2', unitPriceCents: 9500, vatRate: 21 },
    { description: 'Vergunningscheck', quantity: '1,5', unitPriceCents: 4000, vatRate: 9 },
  ];

  beforeEach(() => {
    kit = createQuoteTestKit();
  });

  const create = (input = {}) => kit.createQuote.execute(kit.lead.leadId, { lines, ...input }, changeBy());

  describe('creating one', () => {
    it('is a concept numbered per year, dated today and valid for 30 days, and is audited', async () => {
      const quote = await create();
      expect(quote).toMatchObject({ number: 'OF-2026-0001', revision: 1, status: 'concept', quoteDate: '2026-11-25', validUntil: '2026-12-25' });
      expect(quote.lines[1]).toEqual({ description: 'Vergunningscheck', quantityMilli: 1500, unitPriceCents: 4000, vatRate: 9 });
      expect((await create()).number).toBe('OF-2026-0002');
      expect((await create({ quoteDate: '2027-01-04' })).number).toBe('OF-2027-0001');
      expect(kit.audit.entries.at(0)).toMatchObject({ action: 'create', objectType: 'quote', objectId: quote.id });
    });

    it('reports every invalid field and uses no number for a rejected quote', async () => {
      const attempt = create({
        validUntil: '2026-11-01',
        lines: [{ description: ' ', quantity: '0', unitPriceCents: 1.5, vatRate: 6 }],
      });
      await expect(attempt).rejects.toBeInstanceOf(ValidationError);
      await expect(attempt).rejects.toMatchObject({
        errors: [
          { field: 'validUntil', code: 'valid-until.before-quote-date' },
          { field: 'lines.0.description', code: 'description.required' },
          { field: 'lines.0.quantity', code: 'quantity.invalid' },
          { field: 'lines.0.unitPriceCents', code: 'unit-price.invalid' },
          { field: 'lines.0.vatRate', code: 'vat-rate.invalid' },
        ],
      });
      expect((await create()).number).toBe('OF-2026-0001');
    });

    it('needs an existing lead', async () => {
      await expect(kit.createQuote.execute('5f0c7a52-4a4f-4f61-9f51-0d0d9a1e0999', {}, changeBy())).rejects.toMatchObject({ code: 'lead.not-found' });
    });
  });

  describe('statuses and versions', () => {
    it('edits a concept in place, with If-Match', async () => {
      const quote = await create();
      const edited = await kit.updateQuote.execute(kit.lead.leadId, quote.id, { notes: 'Zoals besproken' }, 1, changeBy());
      expect(edited).toMatchObject({ revision: 1, version: 2, notes: 'Zoals besproken' });
      await expect(kit.updateQuote.execute(kit.lead.leadId, quote.id, { notes: 'x' }, 1, changeBy())).rejects.toBeInstanceOf(StaleVersionError);
    });

    it('freezes what was sent; editing a sent quote starts version 2 in concept and keeps version 1', async () => {
      const quote = await create();
      const sent = await kit.changeStatus.execute(kit.lead.leadId, quote.id, 'send', 1, changeBy());
      expect(sent).toMatchObject({ status: 'verzonden', sentBy: 'tenant:anne' });
      kit.clock.set('2026-12-01T10:00:00Z');
      const v2 = await kit.updateQuote.execute(kit.lead.leadId, quote.id, { lines: [lines[0]!] }, sent.version, changeBy());
      expect(v2).toMatchObject({ number: 'OF-2026-0001', revision: 2, status: 'concept', quoteDate: '2026-12-01', validUntil: '2026-12-31', sentAt: null });
      expect(v2.lines).toHaveLength(1);
      const details = await kit.getQuote.execute(kit.lead.leadId, quote.id);
      expect(details.revisions).toHaveLength(1);
      expect(details.revisions[0]).toMatchObject({ revision: 1, quoteDate: '2026-11-25' });
      expect(details.revisions[0]!.lines).toHaveLength(2);
    });

    it('accepts or rejects only the latest sent version, rejecting with a reason', async () => {
      const quote = await create();
      const sent = await kit.changeStatus.execute(kit.lead.leadId, quote.id, 'send', 1, changeBy());
      const v2 = await kit.createRevision.execute(kit.lead.leadId, quote.id, sent.version, changeBy());
      await expect(kit.changeStatus.execute(kit.lead.leadId, quote.id, 'accept', v2.version, changeBy(), 1)).rejects.toMatchObject({
        code: 'quote.not-latest-version',
      });
      await expect(kit.changeStatus.execute(kit.lead.leadId, quote.id, 'accept', v2.version, changeBy())).rejects.toMatchObject({
        code: 'quote.invalid-transition',
      });
      const v2sent = await kit.changeStatus.execute(kit.lead.leadId, quote.id, 'send', v2.version, changeBy());
      await expect(kit.changeStatus.execute(kit.lead.leadId, quote.id, 'reject', v2sent.version, changeBy())).rejects.toMatchObject({
        errors: [{ code: 'reason.required' }],
      });
      const accepted = await kit.changeStatus.execute(kit.lead.leadId, quote.id, 'accept', v2sent.version, changeBy(undefined, 'Akkoord per mail'), 2);
      expect(accepted).toMatchObject({ status: 'geaccepteerd', revision: 2, decisionReason: 'Akkoord per mail' });
      expect(kit.audit.entries.at(-1)).toMatchObject({ changes: { status: { old: 'verzonden', new: 'geaccepteerd' } }, context: { reason: 'Akkoord per mail' } });
      await expect(kit.updateQuote.execute(kit.lead.leadId, quote.id, { notes: 'x' }, accepted.version, changeBy())).rejects.toMatchObject({
        code: 'quote.not-editable',
      });
      await expect(kit.createRevision.execute(kit.lead.leadId, quote.id, accepted.version, changeBy())).rejects.toBeInstanceOf(ConflictError);
    });

    it('does not send a quote without lines', async () => {
      const quote = await create({ lines: [] });
      await expect(kit.changeStatus.execute(kit.lead.leadId, quote.id, 'send', 1, changeBy())).rejects.toMatchObject({ code: 'quote.no-lines' });
    });

    it('finds a quote only under its own lead', async () => {
      const quote = await create();
      kit.leads.add({ leadId: '5f0c7a52-4a4f-4f61-9f51-0d0d9a1e0002' });
      await expect(kit.getQuote.execute('5f0c7a52-4a4f-4f61-9f51-0d0d9a1e0002', quote.id)).rejects.toMatchObject({ code: 'quote.not-found' });
    });
  });

  describe('documents', () => {
    it('merges the quote, the lead and the municipality and stores the file on the lead', async () => {
      const quote = await create();
      const document = await kit.generate.execute(kit.lead.leadId, quote.id, 'pdf', changeBy());
      expect(document).toMatchObject({ format: 'pdf', revision: 1, fileName: 'Offerte OF-2026-0001.pdf' });
      const stored = kit.archive.files.get(document.documentId)!;
      expect(stored).toMatchObject({ leadId: kit.lead.leadId, contentType: 'application/pdf', title: 'Offerte OF-2026-0001' });
      const data = JSON.parse(new TextDecoder().decode(stored.content).slice(5));
      expect(data).toMatchObject({
        gemeente: "Gemeente 's-Hertogenbosch",
        relatie_naam: 'Bakkerij Van Dijk B.V.',
        contactpersoon: 'Jan de Vries',
        datum: '25 november 2026',
        geldig_tot: '25 december 2026',
        regels: [{ omschrijving: 'Adviesgesprek', aantal: '2', prijs: '€ 95,00', btw: '21%', bedrag: '€ 190,00' }, { aantal: '1,5', bedrag: '€ 60,00' }],
        btw_tarieven: [{ tarief: '9%', grondslag: '€ 60,00', btw: '€ 5,40' }, { tarief: '21%', grondslag: '€ 190,00', btw: '€ 39,90' }],
        subtotaal: '€ 250,00',
        btw_totaal: '€ 45,30',
        totaal: '€ 295,30',
      });
      expect(await kit.openDocument.execute(kit.lead.leadId, quote.id, document.id, changeBy())).toMatchObject({ fileName: 'Offerte OF-2026-0001.pdf' });
      expect((await kit.getQuote.execute(kit.lead.leadId, quote.id)).documents).toHaveLength(1);
    });

    it('fills the uploaded template, and the default again after a reset', async () => {
      const quote = await create();
      await kit.replaceTemplate.execute({ fileName: 'eigen.docx', content: new TextEncoder().encode('PKtotaal\nregels\nregels.omschrijving\ncontactpersoon\ncontactpersoon.contactpersoon\nregels.gemeente') }, changeBy(ADMIN));
      const first = await kit.generate.execute(kit.lead.leadId, quote.id, 'docx', changeBy());
      expect(new TextDecoder().decode(kit.archive.files.get(first.documentId)!.content)).toContain('PKtotaal');
      await kit.replaceTemplate.execute(null, changeBy(ADMIN));
      expect(await kit.getTemplate.execute()).toMatchObject({ version: 2, isDefault: true, fileName: 'offerte-standaard.docx' });
      expect(kit.audit.entries.filter((entry) => entry.objectType === 'quote-template')).toHaveLength(2);
    });

    it('refuses a template with unknown tags, naming them, or one that does not compile', async () => {
      const attempt = kit.replaceTemplate.execute({ fileName: 'eigen.docx', content: new TextEncoder().encode('PKtotaal\nkorting\nregels.kleur') }, changeBy(ADMIN));
      await expect(attempt).rejects.toMatchObject({ errors: [{ field: 'file', code: 'template.unknown-tags', message: expect.stringContaining('{korting}, {regels.kleur}') }] });
      await expect(kit.replaceTemplate.execute({ fileName: 'eigen.docx', content: new TextEncoder().encode('PKBROKEN') }, changeBy(ADMIN))).rejects.toMatchObject({
        errors: [{ code: 'template.invalid' }],
      });
      await expect(kit.replaceTemplate.execute({ fileName: 'eigen.pdf', content: new TextEncoder().encode('%PDF') }, changeBy(ADMIN))).rejects.toMatchObject({
        errors: [{ code: 'template.not-docx' }],
      });
      expect(kit.templates.versions).toHaveLength(0);
    });
  });
});
