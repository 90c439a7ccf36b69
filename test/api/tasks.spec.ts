import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DatabaseContext } from '@gemeente-crm/api-database';
import { addDays, localDate, NotifyDueTasks } from '@gemeente-crm/interactions-core';
import { JobQueue } from '@gemeente-crm/api-jobs';
import { TASK_REMINDER_QUEUE } from '@gemeente-crm/interactions-feature';
import { DataSource } from 'typeorm';
import { FakeSmtpServer } from '../../libs/api/interactions/feature/src/testing/fake-smtp-server.js';
import { createApp } from '../../apps/api/src/bootstrap/create-app.js';
import { json, startTestApp, type TestApp } from '../support/test-app.js';

type Api = (token: string, path: string, init?: { method?: string; body?: unknown; headers?: Record<string, string> }) => Promise<Response>;

function apiOf(t: TestApp): Api {
  return (token, path, init = {}) =>
    fetch(`${t.url}/api/v1${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}), ...init.headers },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
}

/** Polls until `check` returns something truthy (the job queue works in the background). */
async function eventually<T>(check: () => Promise<T | undefined | null | false>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const result = await check();
    if (result) return result;
    if (Date.now() > end) throw new Error('timed out waiting for the job queue');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// Due dates are Dutch calendar days.
const today = localDate(new Date());
const yesterday = addDays(today, -1);
const lastWeek = addDays(today, -7);
const nextWeek = addDays(today, 7);

describe('tasks, "Mijn taken" and reminders', () => {
  let t: TestApp;
  let api: Api;
  let manager: string;
  let colleague: string;
  let managerId: string;
  let colleagueId: string;
  let organisationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = apiOf(t);
    manager = await t.tokenFor('accountmanager');
    colleague = await t.tokenFor('medewerker');
    managerId = (await json(await api(manager, '/me'))).id;
    colleagueId = (await json(await api(colleague, '/me'))).id;
    organisationId = (await json(await api(manager, '/organisations', { method: 'POST', body: { name: 'Installatiebedrijf Jansen' } }))).id;
  });
  afterAll(() => t.close());

  const countTasks = async (): Promise<number> => (await t.app.get(DataSource).query('SELECT count(*)::int AS n FROM task'))[0].n;
  const relation = () => ({ objectType: 'organisation', objectId: organisationId });

  let taskId: string;

  it('creates a follow-up task, the creator’s unless assigned, with an ETag and a Location', async () => {
    const moment = await json(
      await api(manager, '/contact-moments', { method: 'POST', body: { channel: 'telefoon', direction: 'inkomend', subject: 'Offerteaanvraag', links: [relation()] } }),
    );
    const response = await api(manager, '/tasks', {
      method: 'POST',
      body: { title: 'Offerte nabellen', description: 'Vraag naar de planning', dueDate: nextWeek, relation: relation(), contactMomentId: moment.id },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get('etag')).toBe('"1"');
    const task = await json(response);
    taskId = task.id;
    expect(response.headers.get('location')).toBe(`/api/v1/tasks/${taskId}`);
    expect(task).toMatchObject({
      title: 'Offerte nabellen',
      status: 'open',
      assignee: { id: managerId, name: 'Anna de Vries' },
      dueDate: nextWeek,
      overdue: false,
      relation: { objectType: 'organisation', objectId: organisationId, name: 'Installatiebedrijf Jansen' },
      contactMomentId: moment.id,
    });
  });

  it('rejects bad input field by field and writes nothing', async () => {
    const before = await countTasks();
    const shape = await api(manager, '/tasks', { method: 'POST', body: { title: '', dueDate: '2026-13-01' } });
    expect(shape.status).toBe(422);
    expect((await json(shape)).errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['title', 'dueDate', 'relation']));
    const related = await api(manager, '/tasks', {
      method: 'POST',
      body: { title: 'Bellen', relation: { objectType: 'person', objectId: organisationId }, assigneeId: 'tenant:onbekend' },
    });
    expect(related.status).toBe(422);
    expect((await json(related)).errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual([
      'relation:link.not-found',
      'assigneeId:assignee.unknown',
    ]);
    expect(await countTasks()).toBe(before);
  });

  it('moves through its statuses with If-Match, refusing stale versions and moves the workflow does not allow', async () => {
    const patch = (version: number, body: unknown) => api(manager, `/tasks/${taskId}`, { method: 'PATCH', headers: { 'if-match': `"${version}"` }, body });
    expect((await json(await patch(1, { status: 'bezig' }))).status).toBe('bezig');
    const stale = await patch(1, { status: 'afgerond' });
    expect(stale.status).toBe(412);
    expect((await api(manager, `/tasks/${taskId}`, { method: 'PATCH', body: { status: 'afgerond' } })).status).toBe(428);
    const dropWithoutReason = await patch(2, { status: 'vervallen' });
    expect(dropWithoutReason.status).toBe(422);
    expect((await json(dropWithoutReason)).errors[0].code).toBe('reason.required');
    const done = await json(await patch(2, { status: 'afgerond' }));
    expect(done).toMatchObject({ status: 'afgerond', version: 3 });
    expect(done.closedAt).not.toBeNull();
    const invalid = await patch(3, { status: 'vervallen', reason: 'Toch niet' });
    expect(invalid.status).toBe(409);
    expect((await json(invalid)).code).toBe('task.invalid-transition');
    const closedEdit = await patch(3, { title: 'Anders' });
    expect(closedEdit.status).toBe(409);
    expect((await json(closedEdit)).code).toBe('task.closed');
    const reopened = await json(await patch(3, { status: 'open', reason: 'Klant niet bereikt' }));
    expect(reopened).toMatchObject({ status: 'open', closedAt: null, version: 4 });

    const history = await json(await api(manager, `/tasks/${taskId}/history`));
    expect(history.items.map((e: { action: string; reason: string | null }) => [e.action, e.reason])).toEqual([
      ['update', 'Klant niet bereikt'],
      ['update', null],
      ['update', null],
      ['create', null],
    ]);
  });

  it('shows "Mijn taken" overdue first, then by due date, and filters task lists', async () => {
    const create = (title: string, dueDate: string | null, assigneeId?: string) =>
      api(manager, '/tasks', { method: 'POST', body: { title, dueDate, relation: relation(), ...(assigneeId ? { assigneeId } : {}) } }).then(json);
    await create('Verslag sturen', today);
    await create('Contract evalueren', lastWeek);
    await create('Zonder datum', null);
    await create('Voor een collega', yesterday, colleagueId);

    const mine = await json(await api(manager, '/me/tasks'));
    expect(mine.items.map((task: { title: string; overdue: boolean; dueToday: boolean }) => [task.title, task.overdue, task.dueToday])).toEqual([
      ['Contract evalueren', true, false],
      ['Verslag sturen', false, true],
      ['Offerte nabellen', false, false],
      ['Zonder datum', false, false],
    ]);

    const titles = async (query: string) => (await json(await api(manager, `/tasks?${query}`))).items.map((task: { title: string }) => task.title);
    expect(await titles(`assignee=me&status=open,bezig&dueBefore=${today}`)).toEqual(['Contract evalueren']);
    expect(await titles(`assignee=${encodeURIComponent(colleagueId)}`)).toEqual(['Voor een collega']);
    expect(await titles('overdue=true')).toEqual(['Contract evalueren', 'Voor een collega']);
    expect(await titles(`organisationId=${organisationId}&sort=-dueDate`)).toEqual([
      'Offerte nabellen',
      'Verslag sturen',
      'Voor een collega',
      'Contract evalueren',
      'Zonder datum',
    ]);
    expect((await api(manager, '/tasks?status=klaar')).status).toBe(422);
  });

  it('reminds the assignee in the app on the due date, from the job queue, and lets them mark it read', async () => {
    const notifications = await eventually(async () => {
      const page = await json(await api(colleague, '/me/notifications'));
      // The page and its count are two queries: the job may commit between them.
      return page.items.length >= 1 ? page : null;
    });
    expect(notifications).toMatchObject({ total: 1, unread: 1 });
    const [notification] = notifications.items;
    expect(notification).toMatchObject({ kind: 'task-due', title: 'Taak over tijd: Voor een collega', objectType: 'task', readAt: null });
    expect(notification.link).toMatch(/^\/api\/v1\/tasks\//);

    expect((await api(manager, `/me/notifications/${notification.id}/read`, { method: 'POST' })).status).toBe(404);
    const read = await api(colleague, `/me/notifications/${notification.id}/read`, { method: 'POST' });
    expect(read.status).toBe(200);
    expect((await json(read)).readAt).not.toBeNull();
    expect(await json(await api(colleague, '/me/notifications?unreadOnly=true'))).toMatchObject({ total: 0, unread: 0 });
  });

  it('queues a reminder job in the transaction of the change, so a rolled-back change leaves no job', async () => {
    const db = t.app.get(DatabaseContext);
    const queue = t.app.get(JobQueue);
    const send = (taskId: string) => queue.send(TASK_REMINDER_QUEUE, { taskId, dueDate: '2999-01-01' }, { startAfter: new Date('2999-01-01T07:00:00Z') });
    await expect(
      db.transaction(async () => {
        await send('rolled-back');
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    await db.transaction(() => send('committed'));
    const jobs: { task_id: string }[] = await t.app
      .get(DataSource)
      .query(`SELECT data->>'taskId' AS task_id FROM pgboss.job WHERE name = $1 AND data->>'dueDate' = '2999-01-01'`, [TASK_REMINDER_QUEUE]);
    expect(jobs.map((job) => job.task_id)).toEqual(['committed']);
  });

  describe('with two API replicas on the same database', () => {
    let replica: NestFastifyApplication;

    beforeAll(async () => {
      replica = await createApp(t.config, { databaseUrl: t.database.url });
      await replica.init(); // starts its own job queue workers
    });
    afterAll(() => replica.close());

    it('creates one reminder per task and due date, however the replicas race', async () => {
      const created = [];
      for (let i = 0; i < 10; i++) {
        created.push(await json(await api(manager, '/tasks', { method: 'POST', body: { title: `Race ${i}`, dueDate: yesterday, relation: relation(), assigneeId: colleagueId } })));
      }
      // Both replicas sweep at once, while both also work the per-task jobs of the tasks just created.
      const sweeps = await Promise.all([t.app.get(NotifyDueTasks).sweep(), replica.get(NotifyDueTasks).sweep(), t.app.get(NotifyDueTasks).sweep()]);
      expect(sweeps.reduce((sum, n) => sum + n, 0)).toBeLessThanOrEqual(10);
      const ids = created.map((task: { id: string }) => task.id);
      const rows: { object_id: string; n: number }[] = await eventually(async () => {
        const result: { object_id: string; n: number }[] = await t.app
          .get(DataSource)
          .query(`SELECT object_id, count(*)::int AS n FROM notification WHERE object_id = ANY($1) GROUP BY object_id`, [ids]);
        return result.length === 10 ? result : null;
      });
      expect(rows.every((row) => row.n === 1)).toBe(true);
      // Give the remaining per-task jobs time to run on either replica: still one each.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const [{ total }] = await t.app.get(DataSource).query(`SELECT count(*)::int AS total FROM notification WHERE object_id = ANY($1)`, [ids]);
      expect(total).toBe(10);
    });

    it('lets one of many simultaneous attempts at the same reminder win', async () => {
      const task = await json(
        await api(manager, '/tasks', { method: 'POST', body: { title: 'Gelijktijdig', dueDate: yesterday, relation: relation(), assigneeId: colleagueId } }),
      );
      const request = { taskId: task.id, dueDate: yesterday };
      const attempts = await Promise.all(
        [t.app, replica, t.app, replica, t.app, replica].map((app) => app.get(NotifyDueTasks).remindTask(request)),
      );
      // The task's own job may have come first; either way at most one attempt stored it, and one is stored.
      expect(attempts.filter(Boolean).length).toBeLessThanOrEqual(1);
      const [{ n }] = await t.app.get(DataSource).query('SELECT count(*)::int AS n FROM notification WHERE object_id = $1', [task.id]);
      expect(n).toBe(1);
    });
  });
});

describe('tasks about a lead', () => {
  let t: TestApp;
  let api: Api;
  let manager: string;
  let organisationId: string;
  let otherOrganisationId: string;
  let leadId: string;
  let otherLeadId: string;

  beforeAll(async () => {
    t = await startTestApp();
    api = apiOf(t);
    manager = await t.tokenFor('accountmanager');
    const admin = await t.tokenFor('functioneel-beheerder');
    organisationId = (await json(await api(manager, '/organisations', { method: 'POST', body: { name: 'Bouwbedrijf Van Dijk' } }))).id;
    otherOrganisationId = (await json(await api(manager, '/organisations', { method: 'POST', body: { name: 'Drukkerij Smit' } }))).id;
    const pipeline = await json(
      await api(admin, '/pipelines', {
        method: 'POST',
        body: { name: 'Vestiging', department: 'Economische Zaken', stages: [{ name: 'Nieuw', defaultProbability: 10, requiredFields: [] }] },
      }),
    );
    const newLead = async (title: string, objectId: string) =>
      (await json(await api(manager, '/leads', { method: 'POST', body: { pipelineId: pipeline.id, title, relation: { objectType: 'organisation', objectId } } }))).id;
    leadId = await newLead('Nieuwe werkplaats', organisationId);
    otherLeadId = await newLead('Uitbreiding drukkerij', otherOrganisationId);
  });
  afterAll(() => t.close());

  const relation = () => ({ objectType: 'organisation', objectId: organisationId });

  it('creates a task about a lead of its relation, names the lead, and records the link in the audit trail', async () => {
    const response = await api(manager, '/tasks', {
      method: 'POST',
      body: { title: 'Bouwtekening opvragen', dueDate: nextWeek, relation: relation(), regarding: { objectType: 'lead', objectId: leadId } },
    });
    expect(response.status).toBe(201);
    const task = await json(response);
    expect(task.regarding).toEqual({ objectType: 'lead', objectId: leadId, name: 'Nieuwe werkplaats' });
    const history = await json(await api(manager, `/tasks/${task.id}/history`));
    expect(history.items[0]).toMatchObject({ action: 'create' });
    expect(history.items[0].changes.regarding).toEqual({ old: null, new: { objectType: 'lead', objectId: leadId } });
  });

  it('refuses an unknown lead, or a lead about another relation, with 422 and a stable code', async () => {
    const attempt = (regarding: unknown) => api(manager, '/tasks', { method: 'POST', body: { title: 'Bellen', relation: relation(), regarding } });
    const unknown = await attempt({ objectType: 'lead', objectId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(422);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect((await json(unknown)).errors).toEqual([expect.objectContaining({ field: 'regarding', code: 'regarding.not-found' })]);
    const other = await attempt({ objectType: 'lead', objectId: otherLeadId });
    expect(other.status).toBe(422);
    expect((await json(other)).errors).toEqual([expect.objectContaining({ field: 'regarding', code: 'regarding.other-relation' })]);
    const notYet = await attempt({ objectType: 'contract', objectId: leadId });
    expect(notYet.status).toBe(422);
  });

  it('lists the tasks of a lead, and only those', async () => {
    await api(manager, '/tasks', { method: 'POST', body: { title: 'Algemene relatietaak', relation: relation() } });
    await api(manager, '/tasks', { method: 'POST', body: { title: 'Offerte maken', dueDate: yesterday, relation: relation(), regarding: { objectType: 'lead', objectId: leadId } } });
    const page = await json(await api(manager, `/tasks?leadId=${leadId}`));
    expect(page.items.map((task: { title: string; overdue: boolean }) => [task.title, task.overdue])).toEqual([
      ['Offerte maken', true],
      ['Bouwtekening opvragen', false],
    ]);
    expect((await json(await api(manager, `/tasks?leadId=${otherLeadId}`))).items).toEqual([]);
    expect((await api(manager, '/tasks?leadId=geen-uuid')).status).toBe(422);
  });
});

describe('task reminders by e-mail', () => {
  let smtp: FakeSmtpServer;
  let t: TestApp;

  beforeAll(async () => {
    smtp = new FakeSmtpServer();
    const port = await smtp.start();
    t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: '"Gemeente CRM" <crm@gemeente.example>' });
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('sends the reminder through the SMTP relay to employees who opted in, once', async () => {
    const api = apiOf(t);
    const employee = await t.tokenFor('medewerker');
    const settings = await json(await api(employee, '/me/notification-settings'));
    expect(settings).toEqual({ email: null, emailReminders: false, mailEnabled: true, updatedAt: null });
    expect((await api(employee, '/me/notification-settings', { method: 'PATCH', body: { emailReminders: true } })).status).toBe(422);
    const saved = await api(employee, '/me/notification-settings', { method: 'PATCH', body: { email: 'jeroen@gemeente.example', emailReminders: true } });
    expect(saved.status).toBe(200);

    const organisation = await json(await api(employee, '/organisations', { method: 'POST', body: { name: 'Stichting Wijkcentrum' } }));
    await api(employee, '/tasks', { method: 'POST', body: { title: 'Subsidie beoordelen', dueDate: yesterday, relation: { objectType: 'organisation', objectId: organisation.id } } });

    const [mail] = await smtp.waitFor(1, 20_000);
    expect(mail!.to).toEqual(['jeroen@gemeente.example']);
    expect(mail!.from).toBe('crm@gemeente.example');
    expect(mail!.data).toContain('Subject: Taak over tijd: Subsidie beoordelen');
    const [row] = await eventually(async () => {
      const rows = await t.app.get(DataSource).query('SELECT emailed_at FROM notification WHERE emailed_at IS NOT NULL');
      return rows.length ? rows : null;
    });
    expect(row.emailed_at).toBeInstanceOf(Date);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(smtp.received).toHaveLength(1);
  });
});
