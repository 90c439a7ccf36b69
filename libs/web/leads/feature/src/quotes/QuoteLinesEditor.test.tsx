import { screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { FakeApi, json, problem, renderRoutes } from '@gemeente-crm/web-testing';
import type { QuoteDetails } from './quote-api';
import { LeadQuotesTab } from './LeadQuotesTab';
import { QuoteLinesEditor } from './QuoteLinesEditor';
import type { EditableLine } from './quote-totals';

function Harness({ initial }: { initial: EditableLine[] }) {
  const [lines, setLines] = useState(initial);
  return <QuoteLinesEditor lines={lines} onChange={setLines} />;
}

const totals = () => within(screen.getByRole('region', { name: 'Totalen' }));

describe('quote lines editor', () => {
  it('adds, edits and removes lines with the totals per VAT rate updating as you type', async () => {
    const { user } = renderRoutes({ routes: [{ path: '/', element: <Harness initial={[{ description: 'Adviesgesprek', quantity: '2', unitPrice: '95', vatRate: 21 }]} /> }] });
    expect(await screen.findByTestId('quote-line-0-amount')).toHaveTextContent('€ 190,00');

    await user.click(screen.getByRole('button', { name: 'Regel toevoegen' }));
    const description = screen.getByRole('textbox', { name: 'Regel 2: Omschrijving' });
    await waitFor(() => expect(description).toHaveFocus());
    await user.paste('Vergunningscheck');
    const quantity = screen.getByRole('textbox', { name: 'Regel 2: Aantal' });
    await user.clear(quantity);
    await user.paste('1,5');
    await user.click(screen.getByRole('textbox', { name: 'Regel 2: Prijs per eenheid (€, excl. btw)' }));
    await user.paste('40');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Regel 2: Btw' }), '9');

    expect(screen.getByTestId('quote-line-1-amount')).toHaveTextContent('€ 60,00');
    expect(totals().getByText('Btw 9% over € 60,00').nextSibling).toHaveTextContent('€ 5,40');
    expect(totals().getByText('Btw 21% over € 190,00').nextSibling).toHaveTextContent('€ 39,90');
    expect(totals().getByText('Totaal incl. btw').nextSibling).toHaveTextContent('€ 295,30');

    await user.click(screen.getByRole('button', { name: 'Regel 1 verwijderen' }));
    expect(screen.getAllByRole('row')).toHaveLength(2); // header + the remaining line
    expect(totals().getByText('Totaal incl. btw').nextSibling).toHaveTextContent('€ 65,40');
  }, 30_000);

  it('says what is wrong with a quantity or a price next to the field', async () => {
    const { user } = renderRoutes({ routes: [{ path: '/', element: <Harness initial={[{ description: 'Huur', quantity: '1', unitPrice: '10', vatRate: 21 }]} /> }] });
    const quantity = await screen.findByRole('textbox', { name: 'Regel 1: Aantal' });
    await user.clear(quantity);
    await user.type(quantity, '0');
    expect(quantity).toHaveAccessibleDescription('Geef een aantal groter dan 0, met hoogstens drie decimalen.');
    const price = screen.getByRole('textbox', { name: 'Regel 1: Prijs per eenheid (€, excl. btw)' });
    await user.clear(price);
    await user.type(price, 'tien');
    expect(price).toHaveAccessibleDescription('Geef een bedrag in euro, bijvoorbeeld 12,50.');
  });
});

const LEAD_ID = '00000000-0000-4000-8000-0000000000bb';
const QUOTE: QuoteDetails = {
  id: '00000000-0000-4000-8000-0000000000dd',
  leadId: LEAD_ID,
  number: 'OF-2026-0001',
  displayNumber: 'OF-2026-0001',
  revision: 1,
  status: 'concept',
  quoteDate: '2026-11-25',
  validUntil: '2026-12-25',
  notes: null,
  lines: [{ description: 'Adviesgesprek', quantity: '2', unitPriceCents: 9500, vatRate: 21, netCents: 19000, vatCents: 3990 }],
  totals: { perVatRate: [{ vatRate: 21, netCents: 19000, vatCents: 3990 }], subtotalCents: 19000, vatCents: 3990, totalCents: 22990 },
  createdBy: 'u-1',
  sentAt: null,
  sentBy: null,
  decidedAt: null,
  decisionReason: null,
  version: 1,
  createdAt: '2026-11-25T09:00:00.000Z',
  updatedAt: '2026-11-25T09:00:00.000Z',
  revisions: [],
  documents: [],
};

describe('the Offertes tab of a lead', () => {
  it('lists the quotes, opens one and saves its lines in cents with If-Match, showing field errors from the API', async () => {
    const api = new FakeApi()
      .get(`/api/v1/leads/${LEAD_ID}/quotes`, { items: [QUOTE] })
      .get(`/api/v1/leads/${LEAD_ID}/quotes/${QUOTE.id}`, QUOTE)
      .on('PATCH', `/api/v1/leads/${LEAD_ID}/quotes/${QUOTE.id}`, () =>
        problem(422, { code: 'validation-failed', detail: 'De invoer is ongeldig.', errors: [{ field: 'lines.0.description', code: 'description.too-long', message: 'Te lang.' }] }),
      );
    const { user } = renderRoutes({ api, routes: [{ path: '/', element: <LeadQuotesTab leadId={LEAD_ID} /> }] });

    const row = (await screen.findByRole('button', { name: 'Offerte OF-2026-0001 openen' })).closest('tr')!;
    expect(row).toHaveTextContent('Concept');
    expect(row).toHaveTextContent('€ 229,90');
    await user.click(within(row).getByRole('button', { name: 'Offerte OF-2026-0001 openen' }));

    const price = await screen.findByRole('textbox', { name: 'Regel 1: Prijs per eenheid (€, excl. btw)' });
    expect(price).toHaveValue('95,00');
    await user.clear(price);
    await user.paste('1.250,5');
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const [patch] = api.calls('PATCH', `/api/v1/leads/${LEAD_ID}/quotes/${QUOTE.id}`);
    expect(patch!.headers.get('if-match')).toBe('"1"');
    expect(patch!.body).toMatchObject({ lines: [{ description: 'Adviesgesprek', quantity: '2', unitPriceCents: 125050, vatRate: 21 }] });
    expect(await screen.findByRole('textbox', { name: 'Regel 1: Omschrijving' })).toHaveAccessibleDescription('Te lang.');
    expect(screen.getByRole('link', { name: 'Te lang.' })).toBeInTheDocument();
  }, 30_000);

  it('saves unsaved changes first, then generates the PDF and lists it under the documents', async () => {
    const document = { id: '00000000-0000-4000-8000-0000000000ee', revision: 1, format: 'pdf', documentId: '00000000-0000-4000-8000-0000000000ff', fileName: 'Offerte OF-2026-0001.pdf', createdBy: 'u-1', createdAt: '2026-11-25T10:00:00.000Z' };
    let generated = false;
    const api = new FakeApi()
      .get(`/api/v1/leads/${LEAD_ID}/quotes`, { items: [QUOTE] })
      .get(`/api/v1/leads/${LEAD_ID}/quotes/${QUOTE.id}`, () => json({ ...QUOTE, documents: generated ? [document] : [] }))
      .on('POST', `/api/v1/leads/${LEAD_ID}/quotes/${QUOTE.id}/documents`, () => ((generated = true), json(document, 201)))
      .get(`/api/v1/leads/${LEAD_ID}/quotes/${QUOTE.id}/documents/:documentId/content`, () => new Response('%PDF-1.3', { headers: { 'content-type': 'application/pdf' } }))
      .on('PATCH', `/api/v1/leads/${LEAD_ID}/quotes/${QUOTE.id}`, () => json({ ...QUOTE, notes: 'Zoals besproken', version: 2 }));
    const { user } = renderRoutes({ api, routes: [{ path: '/', element: <LeadQuotesTab leadId={LEAD_ID} /> }] });
    await user.click(await screen.findByRole('button', { name: 'Offerte OF-2026-0001 openen' }));
    await user.click(await screen.findByRole('textbox', { name: 'Toelichting' }));
    await user.paste('Zoals besproken');
    await user.click(screen.getByRole('button', { name: 'Genereer PDF' }));
    expect(await screen.findByRole('button', { name: 'Offerte OF-2026-0001.pdf downloaden' })).toBeInTheDocument();
    expect(api.calls('POST', `/api/v1/leads/${LEAD_ID}/quotes/${QUOTE.id}/documents`)[0]!.body).toEqual({ format: 'pdf' });
    expect(api.calls('GET', /\/content$/)).toHaveLength(1);
    const writes = api.requests.filter((request) => request.method !== 'GET').map((request) => request.method);
    expect(writes).toEqual(['PATCH', 'POST']);
  }, 30_000);
});
