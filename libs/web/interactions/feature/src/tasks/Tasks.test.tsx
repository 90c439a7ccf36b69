import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Task } from '@gemeente-crm/web-api-client';
import { json, problem, renderRoutes } from '@gemeente-crm/web-testing';
import { baseApi, task, testRoutes } from '../test/fixtures';
import { MyTasksPanel } from './MyTasksPanel';

const page = (items: Task[], total = items.length) => ({ items, page: 1, pageSize: 25, total, totalIsExact: true });

/** PATCH /tasks/:id that applies the body and bumps the version. */
function patchApi(tasks: Task[]) {
  return baseApi()
    .get('/api/v1/tasks', () => json(page(tasks)))
    .on('PATCH', '/api/v1/tasks/:id', (request, params) => {
      const index = tasks.findIndex((item) => item.id === params['id']);
      const current = tasks[index] as Task;
      const next = { ...current, ...(request.body as object), version: current.version + 1 } as Task;
      tasks.splice(index, 1, next);
      return json(next);
    });
}

describe('Taken', () => {
  it('lists my open tasks by default; overdue ones say so in words', async () => {
    const api = baseApi().get('/api/v1/tasks', page([task({ overdue: true }), task({ id: 't-2', title: 'Verslag sturen', dueDate: null, status: 'bezig' })]));
    renderRoutes({ routes: testRoutes(), path: '/taken', api });
    const table = await screen.findByRole('table', { name: 'Taken' });
    await within(table).findByText('Verslag sturen');
    const [, first, second] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent('Over tijd:');
    expect(first).toHaveTextContent('20 november 2026');
    expect(within(first as HTMLElement).getByRole('link', { name: 'Bakkerij De Korenschoof' })).toHaveAttribute('href', '/relaties/organisaties/11111111-1111-4111-8111-111111111111');
    expect(second).not.toHaveTextContent('Over tijd');
    expect(second).toHaveTextContent('Bezig');
    expect(screen.getByText('2 taken gevonden')).toBeInTheDocument();
    const [request] = api.calls('GET', '/api/v1/tasks');
    expect(request?.query.get('assignee')).toBe('me');
    expect(request?.query.get('status')).toBe('open,bezig');
    expect(request?.query.get('sort')).toBe('urgency');
  });

  it('filters through Dutch URL parameters', async () => {
    const api = baseApi().get('/api/v1/tasks', page([]));
    const { user, router } = renderRoutes({ routes: testRoutes(), path: '/taken', api });
    await screen.findByRole('table', { name: 'Taken' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Toegewezen aan' }), 'Iedereen');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Afgerond');
    await user.click(screen.getByRole('switch', { name: 'Alleen taken over tijd' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sorteren' }), 'Deadline (vroegste eerst)');
    await waitFor(() => expect(router.state.location.search).toBe('?toegewezen=iedereen&status=afgerond&overtijd=ja&sorteer=deadline'));
    const last = api.calls('GET', '/api/v1/tasks').at(-1);
    expect(last?.query.has('assignee')).toBe(false);
    expect(last?.query.get('status')).toBe('afgerond');
    expect(last?.query.get('overdue')).toBe('true');
    expect(last?.query.get('sort')).toBe('dueDate');
    expect(await screen.findByText(/Geen taken gevonden/)).toBeInTheDocument();
  });

  it('shows the tasks of one relation when linked from its key facts', async () => {
    const api = baseApi().get('/api/v1/tasks', page([task()]));
    const { user, router } = renderRoutes({ routes: testRoutes(), path: '/taken?toegewezen=iedereen&organisatie=org-1', api });
    expect(await screen.findByText('Alleen taken van Bakkerij De Korenschoof')).toBeInTheDocument();
    expect(api.calls('GET', '/api/v1/tasks')[0]?.query.get('organisationId')).toBe('org-1');
    await user.click(screen.getByRole('button', { name: 'Relatiefilter wissen' }));
    await waitFor(() => expect(router.state.location.search).toBe('?toegewezen=iedereen'));
  });

  it('starts and completes a task with If-Match', async () => {
    const tasks = [task()];
    const api = patchApi(tasks);
    const { user } = renderRoutes({ routes: testRoutes(), path: '/taken', api });
    await user.click(await screen.findByRole('button', { name: 'Status wijzigen: Offerte nabellen' }));
    await user.click(screen.getByRole('menuitem', { name: 'Starten' }));
    expect(await screen.findByText('Offerte nabellen: status is nu bezig.')).toBeInTheDocument();
    const [start] = api.calls('PATCH', '/api/v1/tasks/t-1');
    expect(start?.headers.get('if-match')).toBe('"2"');
    expect(start?.body).toEqual({ status: 'bezig' });

    await user.click(await screen.findByRole('button', { name: 'Afronden: Offerte nabellen' }));
    await waitFor(() => expect(api.calls('PATCH', '/api/v1/tasks/t-1')).toHaveLength(2));
    expect(api.calls('PATCH', '/api/v1/tasks/t-1')[1]?.headers.get('if-match')).toBe('"3"');
  });

  it('asks a reason before dropping a task, and before reopening a closed one', async () => {
    const tasks = [task(), task({ id: 't-2', title: 'Verslag sturen', status: 'afgerond' })];
    const api = patchApi(tasks);
    const { user } = renderRoutes({ routes: testRoutes(), path: '/taken?status=alle', api });
    await user.click(await screen.findByRole('button', { name: 'Status wijzigen: Offerte nabellen' }));
    await user.click(screen.getByRole('menuitem', { name: 'Laten vervallen' }));
    const dialog = screen.getByRole('dialog', { name: 'Offerte nabellen laten vervallen' });
    await user.click(within(dialog).getByRole('button', { name: 'Laten vervallen' }));
    expect(api.calls('PATCH', '/api/v1/tasks/t-1')).toHaveLength(0);
    await user.type(within(dialog).getByRole('textbox', { name: /Reden/ }), 'Klant heeft afgezegd');
    await user.click(within(dialog).getByRole('button', { name: 'Laten vervallen' }));
    await waitFor(() => expect(api.calls('PATCH', '/api/v1/tasks/t-1')[0]?.body).toEqual({ status: 'vervallen', reason: 'Klant heeft afgezegd' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Status wijzigen: Verslag sturen' }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Heropenen']);
    await user.click(screen.getByRole('menuitem', { name: 'Heropenen' }));
    expect(screen.getByRole('dialog', { name: 'Verslag sturen heropenen' })).toBeInTheDocument();
  });

  it('on 412 shows what someone else changed and makes the move on the newest version only when asked', async () => {
    const theirs = task({ version: 3, dueDate: '2026-12-31', updatedAt: '2026-11-02T09:00:00Z' });
    const api = baseApi()
      .get('/api/v1/tasks', page([task()]))
      .get('/api/v1/tasks/t-1', theirs)
      .on('PATCH', '/api/v1/tasks/:id', () => json({ ...theirs, status: 'afgerond', version: 4 }))
      .on('PATCH', '/api/v1/tasks/:id', () => problem(412, { code: 'stale-version' }), { once: true });
    const { user } = renderRoutes({ routes: testRoutes(), path: '/taken', api });
    await user.click(await screen.findByRole('button', { name: 'Afronden: Offerte nabellen' }));

    const dialog = await screen.findByRole('dialog', { name: 'Iemand anders heeft dit record intussen gewijzigd' });
    const rows = within(dialog).getAllByRole('row');
    expect(rows.find((row) => within(row).queryByRole('rowheader', { name: /Status/ }))).toHaveTextContent('Alleen door u gewijzigd');
    expect(rows.find((row) => within(row).queryByRole('rowheader', { name: /Deadline/ }))).toHaveTextContent('31 december 2026');
    expect(api.calls('PATCH', '/api/v1/tasks/t-1')).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Mijn statuswijziging doorvoeren op de nieuwste versie' }));
    await waitFor(() => expect(api.calls('PATCH', '/api/v1/tasks/t-1')).toHaveLength(2));
    expect(api.calls('PATCH', '/api/v1/tasks/t-1')[1]?.headers.get('if-match')).toBe('"3"');
  });

  it('shows the status but no actions to roles that only read', async () => {
    renderRoutes({ routes: testRoutes(), path: '/taken', api: baseApi().get('/api/v1/tasks', page([task()])), roles: ['functioneel-beheerder'] });
    await screen.findByRole('table', { name: 'Taken' });
    expect(await screen.findByText('Offerte nabellen')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Afronden/ })).not.toBeInTheDocument();
  });

  it('is not available to roles without access to tasks', async () => {
    renderRoutes({ routes: testRoutes(), path: '/taken', api: baseApi(), roles: ['auditor'] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeInTheDocument();
  });
});

describe('Mijn taken', () => {
  it('puts the number overdue at the top and lets a task be completed from the start page', async () => {
    const tasks = [task({ overdue: true }), task({ id: 't-2', title: 'Verslag sturen', dueToday: true, dueDate: '2026-11-25' })];
    const api = patchApi(tasks)
      .get('/api/v1/me/tasks', () => json(page(tasks)))
      .get('/api/v1/tasks', (request) => json(page(request.query.get('overdue') === 'true' ? tasks.filter((item) => item.overdue) : tasks)));
    const { user } = renderRoutes({ routes: testRoutes(<MyTasksPanel />), path: '/pagina', api });
    const section = await screen.findByRole('region', { name: 'Mijn taken' });
    expect(await within(section).findByText('1 taak is over tijd.')).toBeInTheDocument();
    const table = within(section).getByRole('table', { name: 'Mijn taken' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Over tijd:');
    expect(within(table).getAllByRole('row')[2]).toHaveTextContent('Vandaag:');
    await user.click(within(table).getByRole('button', { name: 'Afronden: Verslag sturen' }));
    await waitFor(() => expect(api.calls('PATCH', '/api/v1/tasks/t-2')[0]?.body).toEqual({ status: 'afgerond' }));
    expect(within(section).getByRole('link', { name: 'Alle taken bekijken' })).toHaveAttribute('href', '/taken');
  });

  it('says so when there is nothing to do', async () => {
    const api = baseApi().get('/api/v1/me/tasks', page([])).get('/api/v1/tasks', page([]));
    renderRoutes({ routes: testRoutes(<MyTasksPanel />), path: '/pagina', api });
    expect(await screen.findByText('U heeft geen open taken. Goed bezig!')).toBeInTheDocument();
  });
});
