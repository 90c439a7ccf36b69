import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Task } from '@gemeente-crm/web-api-client';
import { json, problem, renderRoutes } from '@gemeente-crm/web-testing';
import { baseApi, ORG, task, testRoutes } from '../test/fixtures';
import { RegardingTasks } from './RegardingTasks';

const LEAD_ID = '33333333-3333-4333-8333-333333333333';
const LEAD = { objectType: 'lead' as const, objectId: LEAD_ID, name: 'Nieuwe werkplaats' };
const page = (items: Task[]) => ({ items, page: 1, pageSize: 50, total: items.length, totalIsExact: true });
const aboutLead = (overrides: Partial<Task>) => task({ regarding: { objectType: 'lead', objectId: LEAD_ID, name: LEAD.name }, ...overrides });

const routes = testRoutes(<RegardingTasks regarding={LEAD} relation={ORG} />);

describe('Taken on a lead', () => {
  it('lists the lead’s tasks with status, due date and assignee; overdue ones say so in words', async () => {
    const api = baseApi().get(
      '/api/v1/tasks',
      page([aboutLead({ overdue: true }), aboutLead({ id: 't-2', title: 'Bouwtekening opvragen', status: 'bezig', dueDate: null, assignee: null, assigneeTeam: 'Bedrijvenloket' })]),
    );
    renderRoutes({ routes, path: '/pagina', api });
    const section = await screen.findByRole('region', { name: 'Taken' });
    const table = await within(section).findByRole('table', { name: 'Taken' });
    const [, first, second] = within(table).getAllByRole('row');
    expect(first).toHaveTextContent('Offerte nabellen');
    expect(first).toHaveTextContent('Over tijd:');
    expect(first).toHaveTextContent('Anna Accountmanager');
    expect(second).toHaveTextContent('Bezig');
    expect(second).toHaveTextContent('Team Bedrijvenloket');
    expect(second).not.toHaveTextContent('Over tijd');
    const [request] = api.calls('GET', '/api/v1/tasks');
    expect(request?.query.get('leadId')).toBe(LEAD_ID);
  });

  it('adds a task for the lead and its relation through "Taak toevoegen", and shows it', async () => {
    const tasks: Task[] = [];
    const api = baseApi()
      .get('/api/v1/tasks', () => json(page(tasks)))
      .on('POST', '/api/v1/tasks', (request) => {
        const body = request.body as { title: string; dueDate: string | null };
        const created = aboutLead({ id: 't-9', title: body.title, dueDate: body.dueDate, version: 1 });
        tasks.push(created);
        return json(created, 201);
      });
    const { user } = renderRoutes({ routes, path: '/pagina', api });
    const section = await screen.findByRole('region', { name: 'Taken' });
    expect(await within(section).findByText('Nog geen taken bij deze lead.')).toBeInTheDocument();

    await user.click(within(section).getByRole('button', { name: 'Taak toevoegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Taak toevoegen voor Nieuwe werkplaats' });
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(within(dialog).getAllByText(/Vul in wat er moet gebeuren/).length).toBeGreaterThan(0);
    expect(api.calls('POST', '/api/v1/tasks')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /Taak/ }), 'Offerte maken');
    await user.type(within(dialog).getByLabelText('Deadline'), '2026-12-01');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.calls('POST', '/api/v1/tasks')[0]!.body).toEqual({
      title: 'Offerte maken',
      description: null,
      assigneeId: 'u-1',
      dueDate: '2026-12-01',
      relation: { objectType: 'organisation', objectId: ORG.objectId },
      regarding: { objectType: 'lead', objectId: LEAD_ID },
    });
    expect(await within(section).findByText('Offerte maken')).toBeInTheDocument();
  });

  it('shows the API’s reason when the lead is not about the relation', async () => {
    const api = baseApi()
      .get('/api/v1/tasks', page([]))
      .on('POST', '/api/v1/tasks', () =>
        problem(422, { code: 'validation-failed', errors: [{ field: 'regarding', code: 'regarding.other-relation', message: 'Deze lead gaat over een andere relatie dan de taak.' }] }),
      );
    const { user } = renderRoutes({ routes, path: '/pagina', api });
    const section = await screen.findByRole('region', { name: 'Taken' });
    await user.click(await within(section).findByRole('button', { name: 'Taak toevoegen' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: /Taak/ }), 'Bellen');
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));
    expect(await within(dialog).findByText('Deze lead gaat over een andere relatie dan de taak.')).toBeInTheDocument();
  });
});
