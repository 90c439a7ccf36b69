import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AuditTrail } from '@gemeente-crm/api-audit';
import { ProcessImportBatch } from '@gemeente-crm/imports-core';
import { DataSource } from 'typeorm';
import { json, startTestApp, type TestApp } from '../support/test-app.js';

const ROWS = 3_000;
const ROOT = resolve(import.meta.dirname, '../..');
/** Inside the repository, so the compiled worker finds the installed packages. */
const BUILD = join(ROOT, 'dist', `crash-test-${process.pid}`);

/**
 * A sheet of organisations with a contact person each; every fifth row adds a second contact
 * person to the organisation of the row before, so rows depend on each other too.
 */
function sheet(): string {
  const lines = ['Bedrijfsnaam;KvK-nummer;Plaats;Voornaam;Achternaam;E-mail contactpersoon;Functie'];
  for (let i = 0; i < ROWS; i++) {
    const organisation = i % 5 === 4 ? i - 1 : i;
    lines.push(`Crashtest ${organisation};${String(30_000_000 + organisation)};Oss;Jan;Tester ${i};persoon${i}@crashtest.nl;Inkoper`);
  }
  return lines.join('\r\n');
}

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * The import run killed with SIGKILL in the middle of its work — no shutdown hook, no rollback
 * from the application, a transaction cut off mid-flight — and then run again to the end.
 */
describe('an import whose worker is killed with kill -9', () => {
  let t: TestApp;
  let worker: ChildProcess | null = null;

  beforeAll(async () => {
    // This process never runs jobs: the import is worked on only by the worker we kill.
    t = await startTestApp({ JOBS_ENABLED: 'false' });
    const build = spawnSync(join(ROOT, 'node_modules/.bin/swc'), ['apps/api/src', 'libs/api', 'migrations', '--config-file', '.swcrc', '--out-dir', BUILD, '--quiet'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`could not compile the API for the worker: ${build.stderr}`);
  }, 60_000);

  afterAll(async () => {
    worker?.kill('SIGKILL');
    rmSync(BUILD, { recursive: true, force: true });
    await t.close();
  });

  const query = (sql: string, params: unknown[] = []) => t.app.get(DataSource).query(sql, params);
  const count = async (sql: string, params: unknown[] = []): Promise<number> => (await query(sql, params))[0].n;

  it('resumes where it stopped, without duplicates, gaps or half-written rows', async () => {
    const admin = await t.tokenFor('functioneel-beheerder');
    const form = new FormData();
    form.append('file', new Blob([Buffer.from(sheet(), 'utf8')]), 'crashtest.csv');
    const headers = { authorization: `Bearer ${admin}` };
    const { id } = await json(await fetch(`${t.url}/api/v1/imports`, { method: 'POST', headers, body: form }));
    expect((await fetch(`${t.url}/api/v1/imports/${id}/dry-run`, { method: 'POST', headers })).status).toBe(200);
    expect((await fetch(`${t.url}/api/v1/imports/${id}/run`, { method: 'POST', headers })).status).toBe(202);

    // A second process, as `npm start` runs it, that picks the running import up from the queue.
    const port = await freePort();
    worker = spawn(process.execPath, [join(BUILD, 'apps/api/src/main.js')], {
      cwd: ROOT,
      stdio: 'ignore',
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: t.database.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'gemeente-crm-worker-')),
        WEB_DIST_DIR: join(tmpdir(), 'gemeente-crm-no-web'),
        LOG_LEVEL: 'silent',
        SEED_DEMO_DATA: 'false',
        MIGRATIONS_RUN: 'false',
        JOBS_ENABLED: 'true',
      },
    });
    const doneRows = () => count('SELECT count(*)::int AS n FROM relation_import_row WHERE import_id = $1', [id]);
    for (let waited = 0; (await doneRows()) < 200; waited += 100) {
      if (waited > 60_000) throw new Error('the worker did not start on the import');
      await new Promise((r) => setTimeout(r, 100));
    }
    worker.kill('SIGKILL');
    await new Promise((r) => worker!.once('exit', r));
    worker = null;
    const atKill = await doneRows();
    expect(atKill).toBeGreaterThanOrEqual(200);
    expect(atKill).toBeLessThan(ROWS);
    // Whatever the killed transaction had written is gone: every organisation on record is a finished row's.
    expect(await count(`SELECT count(*)::int AS n FROM organisation WHERE name LIKE 'Crashtest %'`)).toBeLessThanOrEqual(atKill);

    // The next run (here: this process) finishes the import.
    const process_ = t.app.get(ProcessImportBatch);
    for (let round = 0; !(await process_.execute(id, { maxMillis: 20_000 })).finished; round++) {
      if (round > 20) throw new Error('the import did not finish');
    }

    const organisations = ROWS - ROWS / 5;
    expect(await doneRows()).toBe(ROWS);
    expect(await count(`SELECT count(*)::int AS n FROM relation_import_row WHERE import_id = $1 AND outcome = 'failed'`, [id])).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM organisation WHERE name LIKE 'Crashtest %'`)).toBe(organisations);
    expect(await count(`SELECT count(DISTINCT kvk_number)::int AS n FROM organisation WHERE name LIKE 'Crashtest %'`)).toBe(organisations);
    expect(await count(`SELECT count(*)::int AS n FROM person WHERE email LIKE '%@crashtest.nl'`)).toBe(ROWS);
    expect(
      await count(`SELECT count(*)::int AS n FROM contact_person c JOIN person p ON p.id = c.person_id WHERE p.email LIKE '%@crashtest.nl'`),
    ).toBe(ROWS);
    // One "create" in the audit trail per record, all with the file as reason, and the chain intact.
    expect(
      await count(
        `SELECT count(*)::int AS n FROM audit_event a JOIN organisation o ON o.id::text = a.object_id
          WHERE a.object_type = 'organisation' AND a.action = 'create' AND o.name LIKE 'Crashtest %' AND a.reason = 'Import "crashtest.csv"'`,
      ),
    ).toBe(organisations);
    expect(await count(`SELECT count(*)::int AS n FROM audit_event WHERE object_type = 'organisation' AND action = 'create'`)).toBe(organisations);
    expect((await t.app.get(AuditTrail).verify()).valid).toBe(true);
    expect((await json(await fetch(`${t.url}/api/v1/imports/${id}`, { headers }))).status).toBe('done');
  }, 180_000);
});
