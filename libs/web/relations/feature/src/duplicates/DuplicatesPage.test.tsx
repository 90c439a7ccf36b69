import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { json, renderRoutes } from '@gemeente-crm/web-testing';
import { baseApi, testRoutes } from '../test/fixtures';
import type { DuplicateScanRun } from './duplicatesApi';

const PATH = '/relaties/dubbelen';
const PAIR = {
  kind: 'organisation',
  a: { id: 'org-1', name: 'Bakkerij Jansen' },
  b: { id: 'org-2', name: 'Bakkerij Jansen B.V.' },
  score: 0.9,
  reasons: [{ code: 'name-postcode', label: 'Vergelijkbare naam en zelfde postcode' }],
  foundAt: '2026-11-25T10:00:00Z',
};

function run(overrides: Partial<DuplicateScanRun> = {}): DuplicateScanRun {
  return {
    id: 'run-1',
    trigger: 'schedule',
    requestedBy: null,
    requestedAt: '2026-11-25T02:00:00Z',
    startedAt: '2026-11-25T02:00:01Z',
    finishedAt: '2026-11-25T02:03:00Z',
    status: 'done',
    results: { organisation: { scanned: 10000, pairs: 12, removed: 0 }, person: { scanned: 2500, pairs: 3, removed: 1 } },
    error: null,
    ...overrides,
  };
}

/** The list answers with no pairs until `withPairs()`; the scan status with whatever `status.current` is. */
function duplicatesApi(initial: DuplicateScanRun | null) {
  const status = { current: initial };
  let pairs: unknown[] = [];
  const api = baseApi()
    .get('/api/v1/duplicates', () => json({ items: pairs, page: 1, pageSize: 25, total: pairs.length }))
    .get('/api/v1/duplicates/scan', () => json({ run: status.current }));
  return { api, status, withPairs: () => (pairs = [PAIR]) };
}

/** Polling every 3 seconds: a finished run shows up after one or two polls. */
const POLLS = { timeout: 8_000 };
const SLOW = 30_000;

describe('Mogelijke dubbelen: zoekronde', () => {
  it('says when the list was last computed and how many relations it looked at', async () => {
    const { api } = duplicatesApi(run());
    renderRoutes({ routes: testRoutes, path: PATH, roles: ['medewerker'], api });
    const status = await screen.findByRole('status', { name: 'Zoekronde naar dubbelen' });
    await waitFor(() => expect(status).toHaveTextContent('Laatste zoekronde: 25 nov 2026, 03:03 — 10.000 organisaties en 2.500 personen nagelopen'));
    // Only those who run checks get the button.
    expect(screen.queryByRole('button', { name: 'Nu opnieuw zoeken' })).not.toBeInTheDocument();
  });

  it('says so when no scan has run yet', async () => {
    const { api } = duplicatesApi(null);
    renderRoutes({ routes: testRoutes, path: PATH, roles: ['teamleider'], api });
    expect(await screen.findByText('Nog niet gezocht')).toBeInTheDocument();
  });

  it('queues a scan, shows it going on while polling, then reloads the pairs and says the list is up to date', async () => {
    const { api, status, withPairs } = duplicatesApi(run());
    const queued = run({ id: 'run-2', trigger: 'request', requestedAt: '2026-11-25T13:15:00Z', startedAt: null, finishedAt: null, status: 'queued', results: {} });
    api.on('POST', '/api/v1/duplicates/scan', () => {
      status.current = { ...queued, status: 'running', startedAt: '2026-11-25T13:15:02Z' };
      return json(queued, 202, { location: '/api/v1/duplicates/scan' });
    });
    const { user } = renderRoutes({ routes: testRoutes, path: PATH, roles: ['teamleider'], api });
    const button = await screen.findByRole('button', { name: 'Nu opnieuw zoeken' });
    await screen.findByText(/Laatste zoekronde/);
    await user.click(button);

    const region = screen.getByRole('status', { name: 'Zoekronde naar dubbelen' });
    await waitFor(() => expect(region).toHaveTextContent('Bezig met zoeken sinds 14:15…'));
    expect(within(region).getByRole('progressbar', { name: 'Voortgang van het zoeken naar dubbelen' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nu opnieuw zoeken' })).toBeDisabled();
    // The next poll still sees it running (started 13:15:02).
    await waitFor(() => expect(api.calls('GET', '/api/v1/duplicates/scan').length).toBeGreaterThanOrEqual(2), POLLS);
    expect(region).toHaveTextContent('Bezig met zoeken sinds 14:15…');
    expect(screen.queryByText('De lijst met mogelijke dubbelen is bijgewerkt.')).not.toBeInTheDocument();

    withPairs();
    status.current = run({ ...queued, status: 'done', startedAt: '2026-11-25T13:15:02Z', finishedAt: '2026-11-25T13:16:40Z', results: { organisation: { scanned: 6, pairs: 1, removed: 0 }, person: { scanned: 2, pairs: 0, removed: 0 } } });
    expect(await screen.findByText('De lijst met mogelijke dubbelen is bijgewerkt.', {}, POLLS)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Bakkerij Jansen B.V.' })).toBeInTheDocument();
    expect(region).toHaveTextContent('Laatste zoekronde: 25 nov 2026, 14:16 — 6 organisaties en 2 personen nagelopen');
    expect(screen.getByRole('button', { name: 'Nu opnieuw zoeken' })).toBeEnabled();
    expect(api.calls('POST', '/api/v1/duplicates/scan')).toHaveLength(1);
  }, SLOW);

  it('reloads the list at once where the server scanned within the request (no job queue there)', async () => {
    const { api, status, withPairs } = duplicatesApi(null);
    const done = run({ id: 'run-2', trigger: 'request', finishedAt: '2026-11-25T13:16:40Z' });
    api.on('POST', '/api/v1/duplicates/scan', () => {
      withPairs();
      status.current = done;
      return json(done);
    });
    const { user } = renderRoutes({ routes: testRoutes, path: PATH, roles: ['teamleider'], api });
    await screen.findByText('Nog niet gezocht');
    await user.click(screen.getByRole('button', { name: 'Nu opnieuw zoeken' }));
    expect(await screen.findByText('De lijst met mogelijke dubbelen is bijgewerkt.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Bakkerij Jansen B.V.' })).toBeInTheDocument();
    expect(screen.getByRole('status', { name: 'Zoekronde naar dubbelen' })).toHaveTextContent('Laatste zoekronde: 25 nov 2026, 14:16');
  });

  it('says in Dutch that a scan failed', async () => {
    const { api } = duplicatesApi(run({ status: 'failed', finishedAt: '2026-11-25T02:01:00Z', error: 'connection terminated' }));
    renderRoutes({ routes: testRoutes, path: PATH, roles: ['teamleider'], api });
    const alert = await screen.findByText(/Het zoeken naar dubbelen van 25 nov 2026, 03:01 is mislukt/);
    expect(alert).toBeInTheDocument();
    expect(screen.queryByText(/connection terminated/)).not.toBeInTheDocument();
  });
});
