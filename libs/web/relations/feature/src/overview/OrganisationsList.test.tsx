import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OrganisationSummary } from '@gemeente-crm/web-api-client';
import { json, networkError, renderRoutes } from '@gemeente-crm/web-testing';
import { baseApi, testRoutes } from '../test/fixtures';

function summary(index: number, overrides: Partial<OrganisationSummary> = {}): OrganisationSummary {
  return {
    id: `org-${index}`,
    name: `Organisatie ${index}`,
    kvkNumber: String(10000000 + index),
    city: 'Oss',
    status: 'actief',
    relationTypes: ['leverancier'],
    tags: [],
    ownerId: 'u-1',
    ownerName: 'Anna Accountmanager',
    archived: false,
    merged: false,
    kvkStatus: null,
    updatedAt: '2026-02-01T10:00:00Z',
    ...overrides,
  };
}

/** A list endpoint over `total` generated organisations that honours page and pageSize. */
function listApi(total = 3) {
  return baseApi().get('/api/v1/organisations', (request) => {
    const page = Number(request.query.get('page') ?? 1);
    const pageSize = Number(request.query.get('pageSize') ?? 25);
    const items = Array.from({ length: Math.max(0, Math.min(pageSize, total - (page - 1) * pageSize)) }, (_, i) => summary((page - 1) * pageSize + i + 1));
    return json({ items, page, pageSize, total });
  });
}

const listCalls = (api: ReturnType<typeof listApi>) => api.calls('GET', '/api/v1/organisations');

describe('Relaties: organisaties', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists organisations in a labelled table and announces the count', async () => {
    renderRoutes({ routes: testRoutes, path: '/relaties/organisaties', api: listApi(3) });
    const table = await screen.findByRole('table', { name: 'Organisaties' });
    expect(await within(table).findByRole('link', { name: 'Organisatie 1' })).toHaveAttribute('href', '/relaties/organisaties/org-1');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(screen.getByText('3 organisaties gevonden')).toBeInTheDocument();
    expect(screen.getByRole('search', { name: 'Filters voor de lijst' })).toBeInTheDocument();
  });

  it('searches as you type, debounced into one request, sorted by relevance', async () => {
    const api = listApi(3);
    const { user, router } = renderRoutes({ routes: testRoutes, path: '/relaties/organisaties', api });
    await screen.findByRole('link', { name: 'Organisatie 1' });
    await user.type(screen.getByRole('searchbox', { name: 'Zoeken' }), 'bakker');
    await waitFor(() => expect(listCalls(api).some((call) => call.query.get('q') === 'bakker')).toBe(true));
    const searches = listCalls(api).filter((call) => call.query.has('q'));
    expect(searches).toHaveLength(1);
    expect(searches[0]?.query.get('sort')).toBe('relevance');
    expect(router.state.location.search).toContain('zoek=bakker');
  });

  it('sorts by a column and says so to screen readers', async () => {
    const api = listApi(3);
    const { user } = renderRoutes({ routes: testRoutes, path: '/relaties/organisaties', api });
    const table = await screen.findByRole('table', { name: 'Organisaties' });
    const nameHeader = within(table).getByRole('columnheader', { name: /Naam/ });
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(table).getByRole('button', { name: /Plaats/ }));
    await waitFor(() => expect(listCalls(api).at(-1)?.query.get('sort')).toBe('city'));
    expect(within(table).getByRole('columnheader', { name: /Plaats/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(table).getByRole('button', { name: /Plaats/ }));
    await waitFor(() => expect(listCalls(api).at(-1)?.query.get('sort')).toBe('-city'));
  });

  it('filters by status, owner and relation type through the URL', async () => {
    const api = listApi(3);
    const { user, router } = renderRoutes({ routes: testRoutes, path: '/relaties/organisaties', api });
    await screen.findByRole('link', { name: 'Organisatie 1' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Prospect');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Eigenaar' }), 'Mijn relaties');
    await waitFor(() => expect(screen.getByRole('option', { name: 'Leverancier' })).toBeInTheDocument());
    await user.selectOptions(screen.getByRole('combobox', { name: 'Relatietypen' }), 'Leverancier');
    await waitFor(() => {
      const last = listCalls(api).at(-1);
      expect(last?.query.get('status')).toBe('prospect');
      expect(last?.query.get('ownerId')).toBe('u-1');
      expect(last?.query.get('relationType')).toBe('leverancier');
    });
    expect(router.state.location.search).toContain('status=prospect');
    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('');
  });

  it('shows only organisations the KvK no longer knows when asked, kept in the URL', async () => {
    const api = baseApi().get('/api/v1/organisations', (request) =>
      json({
        items: request.query.get('kvkWarning') === 'true' ? [summary(2, { kvkStatus: 'uitgeschreven' })] : [summary(1), summary(2, { kvkStatus: 'uitgeschreven' })],
        page: 1,
        pageSize: 25,
        total: request.query.get('kvkWarning') === 'true' ? 1 : 2,
      }),
    );
    const { user, router } = renderRoutes({ routes: testRoutes, path: '/relaties/organisaties', api });
    const table = await screen.findByRole('table', { name: 'Organisaties' });
    await within(table).findByRole('link', { name: 'Organisatie 1' });
    // The warning is visible in the list too, next to the name.
    expect(within(within(table).getAllByRole('row')[2]!).getByText('Uitgeschreven bij KvK')).toBeInTheDocument();
    const filter = screen.getByRole('switch', { name: 'Alleen niet meer ingeschreven bij KvK' });
    expect(filter).not.toBeChecked();
    await user.click(filter);
    await waitFor(() => expect(listCalls(api).at(-1)?.query.get('kvkWarning')).toBe('true'));
    expect(router.state.location.search).toContain('kvk=waarschuwing');
    await waitFor(() => expect(within(table).queryByRole('link', { name: 'Organisatie 1' })).not.toBeInTheDocument());
    expect(screen.getByText('1 organisatie gevonden')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByRole('switch', { name: 'Alleen niet meer ingeschreven bij KvK' })).not.toBeChecked();
  });

  it('opens with the KvK filter on from a shared link', async () => {
    const api = listApi(1);
    renderRoutes({ routes: testRoutes, path: '/relaties/organisaties?kvk=waarschuwing', api });
    await screen.findByRole('link', { name: 'Organisatie 1' });
    expect(screen.getByRole('switch', { name: 'Alleen niet meer ingeschreven bij KvK' })).toBeChecked();
    expect(listCalls(api).at(-1)?.query.get('kvkWarning')).toBe('true');
  });

  it('pages through large sets', async () => {
    const api = listApi(60);
    const { user } = renderRoutes({ routes: testRoutes, path: '/relaties/organisaties', api });
    await screen.findByRole('link', { name: 'Organisatie 1' });
    expect(screen.getByText('1–25 van 60')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Volgende pagina' }));
    expect(await screen.findByRole('link', { name: 'Organisatie 26' })).toBeInTheDocument();
    expect(listCalls(api).at(-1)?.query.get('page')).toBe('2');
  });

  it('says "ongeveer" for an estimated total and pages on while pages come back full', async () => {
    // The API estimates totals above 1 000 matches; a stale estimate may be far too low.
    const api = baseApi().get('/api/v1/organisations', (request) => {
      const page = Number(request.query.get('page') ?? 1);
      const items = Array.from({ length: Math.max(0, Math.min(25, 60 - (page - 1) * 25)) }, (_, i) => summary((page - 1) * 25 + i + 1));
      return json({ items, page, pageSize: 25, total: 30, totalIsExact: false });
    });
    const { user } = renderRoutes({ routes: testRoutes, path: '/relaties/organisaties?pagina=2', api });
    await screen.findByRole('link', { name: 'Organisatie 26' });
    expect(screen.getByText('26–50 van ongeveer 50')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Volgende pagina' }));
    expect(await screen.findByRole('link', { name: 'Organisatie 51' })).toBeInTheDocument();
    expect(screen.getByText('51–60 van ongeveer 60')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Volgende pagina' })).toBeDisabled();
  });

  it('shows a calm message with a retry when the list cannot be loaded', async () => {
    const api = baseApi().get('/api/v1/organisations', () => networkError(), { once: true });
    const { user } = renderRoutes({ routes: testRoutes, path: '/relaties/organisaties', api });
    expect(await screen.findByText(/even geen verbinding/)).toBeInTheDocument();
    api.get('/api/v1/organisations', { items: [summary(1)], page: 1, pageSize: 25, total: 1 });
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('link', { name: 'Organisatie 1' })).toBeInTheDocument();
  });

  it('exports every row of the current view to CSV for Dutch Excel', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const api = listApi(150);
    const { user } = renderRoutes({ routes: testRoutes, path: '/relaties/organisaties?status=actief', api });
    await screen.findByRole('link', { name: 'Organisatie 1' });
    await user.click(screen.getByRole('button', { name: 'Exporteren' }));
    await user.click(screen.getByRole('menuitem', { name: 'CSV (Excel-compatibel)' }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    const exportCalls = listCalls(api).filter((call) => call.query.get('pageSize') === '100');
    expect(exportCalls.map((call) => call.query.get('page'))).toEqual(['1', '2']);
    expect(exportCalls.every((call) => call.query.get('status') === 'actief')).toBe(true);
    const bytes = new Uint8Array((await blobs[0]?.arrayBuffer()) ?? new ArrayBuffer(0));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, so Excel reads é and ë right
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).toBe('Naam;KvK-nummer;Plaats;Status;Relatietypen;Tags;Eigenaar;Gearchiveerd;Laatst gewijzigd');
    expect(lines[1]).toBe('Organisatie 1;10000001;Oss;Actief;Leverancier;;Anna Accountmanager;Nee;01-02-2026 11:00');
    expect(lines).toHaveLength(152);
    expect(await screen.findByText('Export klaar: 150 rijen.')).toBeInTheDocument();
  });
});
