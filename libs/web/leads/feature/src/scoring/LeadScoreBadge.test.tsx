import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeApi, renderRoutes } from '@gemeente-crm/web-testing';
import { LeadScoreBadge } from './LeadScoreBadge';
import type { LeadScore } from './useLeadScores';

const LEAD_ID = '00000000-0000-4000-8000-0000000000bb';
const PIPELINE_ID = '00000000-0000-4000-8000-0000000000aa';

const SCORE: LeadScore = {
  leadId: LEAD_ID,
  score: 37,
  modelVersion: 2,
  computedAt: '2026-11-25T09:30:00.000Z',
  contributions: [
    { factorId: 'recentContact', label: 'Recent contact', points: 18, explanation: '4 contactmomenten in de laatste 30 dagen', text: '+18: 4 contactmomenten in de laatste 30 dagen' },
    { factorId: 'noRecentContact', label: 'Geen contact', points: -5, explanation: 'geen contact in 60 dagen', text: '\u22125: geen contact in 60 dagen' },
  ],
};

const routes = [{ path: '/', element: <LeadScoreBadge leadId={LEAD_ID} pipelineId={PIPELINE_ID} title="Distributiecentrum" /> }];

function api() {
  return new FakeApi().get('/api/v1/lead-scores', { items: [{ leadId: LEAD_ID, score: 37, modelVersion: 2 }] }).get('/api/v1/leads/:id/score', SCORE);
}

describe('lead score on a card', () => {
  it('shows the score and, on request, why: contributions in Dutch and that nothing is decided automatically', async () => {
    const fake = api();
    const { user } = renderRoutes({ routes, api: fake });
    const button = await screen.findByRole('button', { name: 'Score 37 van 100 voor Distributiecentrum; toon de uitleg' });
    expect(button).toHaveTextContent('Score 37');
    expect(fake.calls('GET', '/api/v1/lead-scores')[0]!.query.get('pipelineId')).toBe(PIPELINE_ID);
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Score 37 van 100' });
    expect(await within(dialog).findByText('+18: 4 contactmomenten in de laatste 30 dagen')).toBeInTheDocument();
    expect(within(dialog).getByText('\u22125: geen contact in 60 dagen')).toBeInTheDocument();
    expect(within(dialog).getByText(/er wordt niets automatisch besloten/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Modelversie 2/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows nothing for a lead without a score yet, or for a role that does not see scores', async () => {
    const fake = new FakeApi().get('/api/v1/lead-scores', { items: [] });
    renderRoutes({ routes, api: fake });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.calls('GET', '/api/v1/lead-scores')).toHaveLength(1);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();

    const other = api();
    renderRoutes({ routes, api: other, roles: ['klachtcoordinator'] });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(other.calls('GET', '/api/v1/lead-scores')).toHaveLength(0);
  });
});
