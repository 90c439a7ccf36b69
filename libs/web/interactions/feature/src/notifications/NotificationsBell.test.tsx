import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Notification } from '@gemeente-crm/web-api-client';
import { json, renderRoutes } from '@gemeente-crm/web-testing';
import { baseApi, testRoutes } from '../test/fixtures';
import { NotificationsBell } from './NotificationsBell';

function notification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: 'n-1',
    kind: 'task-due',
    title: 'Taak over tijd: Offerte nabellen',
    body: 'De taak "Offerte nabellen" moest op 20-11-2026 af zijn.',
    link: '/api/v1/tasks/t-1',
    objectType: 'task',
    objectId: 't-1',
    readAt: null,
    createdAt: '2026-11-25T07:00:00Z',
    ...overrides,
  };
}

function api() {
  const items = [notification(), notification({ id: 'n-2', title: 'Taak voor vandaag: Verslag sturen', readAt: '2026-11-24T08:00:00Z' })];
  return baseApi()
    .get('/api/v1/me/notifications', () => json({ items, page: 1, pageSize: 20, total: items.length, unread: items.filter((item) => !item.readAt).length }))
    .on('POST', '/api/v1/me/notifications/:id/read', (_request, params) => {
      const index = items.findIndex((item) => item.id === params['id']);
      items[index] = { ...(items[index] as Notification), readAt: '2026-11-25T09:00:00Z' };
      return json(items[index]);
    })
    .get('/api/v1/tasks', { items: [], page: 1, pageSize: 25, total: 0 });
}

describe('Meldingen', () => {
  it('says the unread count in the button’s name, lists the newest and marks one as read', async () => {
    const fake = api();
    const { user } = renderRoutes({ routes: testRoutes(<NotificationsBell />), path: '/pagina', api: fake });
    const bell = await screen.findByRole('button', { name: 'Meldingen, 1 ongelezen' });
    await user.click(bell);
    const panel = await screen.findByRole('dialog', { name: 'Meldingen' });
    const [unread, read] = within(panel).getAllByRole('listitem').filter((item) => item.tagName === 'LI' && item.textContent);
    expect(unread).toHaveTextContent('Nieuw');
    expect(unread).toHaveTextContent('Taak over tijd: Offerte nabellen');
    expect(read).not.toHaveTextContent('Nieuw');

    await user.click(within(panel).getByRole('button', { name: 'Als gelezen markeren: Taak over tijd: Offerte nabellen' }));
    await waitFor(() => expect(fake.calls('POST', '/api/v1/me/notifications/n-1/read')).toHaveLength(1));
    await waitFor(() => expect(unread).toHaveFocus());
    expect(unread).not.toHaveTextContent('Nieuw');
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByRole('button', { name: 'Meldingen' })).toBeInTheDocument();
  });

  it('opens "Mijn taken" from a task reminder and marks it read', async () => {
    const fake = api();
    const { user, router } = renderRoutes({ routes: testRoutes(<NotificationsBell />), path: '/pagina', api: fake });
    await user.click(await screen.findByRole('button', { name: /^Meldingen/ }));
    const panel = await screen.findByRole('dialog', { name: 'Meldingen' });
    await user.click(within(panel).getAllByRole('button', { name: 'Naar mijn taken' })[0] as HTMLElement);
    await waitFor(() => expect(router.state.location.pathname).toBe('/taken'));
    expect(fake.calls('POST', '/api/v1/me/notifications/n-1/read')).toHaveLength(1);
  });

  it('is not there for roles without tasks', async () => {
    renderRoutes({ routes: testRoutes(<><h1>Pagina</h1><NotificationsBell /></>), path: '/pagina', api: api(), roles: ['auditor'] });
    await screen.findByRole('heading', { name: 'Pagina' });
    expect(screen.queryByRole('button', { name: /^Meldingen/ })).not.toBeInTheDocument();
  });
});
