import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi, renderRoutes } from '@gemeente-crm/web-testing';
import type { LeadListItem, LeadPage } from '@gemeente-crm/web-leads-data-access';
import { leadsRoutes } from '../routes';

function item(id: string, title: string, score: LeadListItem['score'], status: LeadListItem['status'] = 'open'): LeadListItem {
  return {
    id,
    title,
    relation: { objectType: 'organisation', objectId: '00000000-0000-4000-8000-0000000000cc', name: 'Logistiek Brabant' },
    source: null,
    owner: { id: 'u-1', name: 'Anna de Vries' },
    expectedValueCents: null,
    probability: 10,
    expectedDecisionDate: null,
    nextAction: null,
    nextActionDate: null,
    notes: null,
    pipeline: { id: '00000000-0000-4000-8000-0000000000aa', name: 'Bedrijfsvestiging' },
    stage: { id: '00000000-0000-4000-8000-000000000001', name: 'Nieuw' },
    stageEnteredAt: '2026-01-02T09:00:00.000Z',
    status,
    won: null,
    lostReason: null,
    closedAt: null,
    createdBy: { id: 'u-1', name: 'Anna de Vries' },
    version: 1,
    createdAt: '2026-01-02T09:00:00.000Z',
    updatedAt: '2026-01-02T09:00:00.000Z',
    score,
  };
}

const PAGE: LeadPage = {
  items: [
    item('00000000-0000-4000-8000-0000000000b1', 'Distributiecentrum', { value: 72, modelVersion: 2 }),
    item('00000000-0000-4000-8000-0000000000b2', 'Kantoorruimte', { value: 18, modelVersion: 2 }),
    item('00000000-0000-4000-8000-0000000000b3', 'Bedrijfshal', null, 'lost'),
  ],
  page: 1,
  pageSize: 25,
  total: 3,
};

function api() {
  return new FakeApi()
    .get('/api/v1/leads', PAGE)
    .get('/api/v1/pipelines', { items: [] })
    .get('/api/v1/users', [])
    .get('/api/v1/lead-sources', { items: [] });
}

describe('leads list', () => {
  it('shows each lead’s score in a "Score" column that sorts by score when its header is clicked', async () => {
    const fake = api();
    const { user } = renderRoutes({ routes: leadsRoutes, path: '/leads/lijst', api: fake });
    const table = await screen.findByRole('table', { name: 'Lijst van leads' });
    const row = (title: string) => within(table).getByRole('link', { name: title }).closest('tr')!;
    await within(table).findByRole('link', { name: 'Distributiecentrum' });
    const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toContain('Score');
    expect(within(row('Distributiecentrum')).getByText('72')).toBeInTheDocument();
    expect(within(row('Kantoorruimte')).getByText('18')).toBeInTheDocument();
    // A closed lead has no score: the cell says so to screen readers rather than showing a number.
    expect(within(row('Bedrijfshal')).getByText('Nog geen score')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Score' }));
    await waitFor(() => expect(fake.calls('GET', '/api/v1/leads').at(-1)!.query.get('sort')).toBe('score'));
    expect(within(table).getByRole('columnheader', { name: /Score/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(within(table).getByRole('button', { name: /Score/ }));
    await waitFor(() => expect(fake.calls('GET', '/api/v1/leads').at(-1)!.query.get('sort')).toBe('-score'));
    expect(within(table).getByRole('columnheader', { name: /Score/ })).toHaveAttribute('aria-sort', 'descending');
  });
});
