import { Test, type TestingModule } from '@nestjs/testing';
import { DatabaseContext, DatabaseModule } from '@gemeente-crm/api-database';
import { AuditLog, type Actor, TransactionManager } from '@gemeente-crm/api-kernel';
import { createTestDatabase, type TestDatabase } from '@gemeente-crm/api-testing';
import { MIGRATIONS } from '@gemeente-crm/migrations';
import { AuditEventEntity } from './audit-event.entity.js';
import { AuditTrail } from './audit-trail.js';
import { AuditModule } from './audit.module.js';

const anna: Actor = { id: 'tenant:anna', displayName: 'Anna de Vries', roles: ['accountmanager'] };

describe('the audit trail in PostgreSQL', () => {
  let database: TestDatabase;
  let module: TestingModule;
  let audit: AuditLog;
  let trail: AuditTrail;
  let db: DatabaseContext;

  beforeAll(async () => {
    database = await createTestDatabase();
    module = await Test.createTestingModule({
      imports: [
        DatabaseModule.forRoot({ url: database.url, entities: [AuditEventEntity], migrations: MIGRATIONS, migrationsRun: false, poolSize: 4 }),
        AuditModule,
      ],
    })
      .compile();
    await module.init();
    audit = module.get(AuditLog);
    trail = module.get(AuditTrail);
    db = module.get(DatabaseContext);
  });

  afterAll(async () => {
    await module.close();
    await database.drop();
  });

  const record = (objectId: string, reason?: string) =>
    audit.record({
      action: 'update',
      objectType: 'organisation',
      objectId,
      changes: { name: { old: 'Oud', new: 'Nieuw' } },
      context: { actor: anna, reason, requestId: 'req-1', client: 'test' },
    });

  it('keeps who, what, when and why, and finds it by object', async () => {
    await record('org-1', 'Naam gecorrigeerd');
    const page = await trail.find({ objectType: 'organisation', objectId: 'org-1', page: 1, pageSize: 10 });
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({
      actorId: 'tenant:anna',
      actorName: 'Anna de Vries',
      action: 'update',
      changes: { name: { old: 'Oud', new: 'Nieuw' } },
      reason: 'Naam gecorrigeerd',
      requestId: 'req-1',
    });
  });

  it('chains concurrent appends so the whole trail verifies', async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) => record(`org-c${i}`)));
    const verification = await trail.verify();
    expect(verification).toEqual({ valid: true, checked: expect.any(Number), firstBroken: null });
    expect(verification.checked).toBeGreaterThanOrEqual(26);
  });

  it('writes nothing when the surrounding transaction rolls back', async () => {
    const transactions = module.get(TransactionManager);
    await expect(
      transactions.run(async () => {
        await record('org-rolled-back');
        throw new Error('use case failed after auditing');
      }),
    ).rejects.toThrow('use case failed');
    expect((await trail.find({ objectId: 'org-rolled-back', page: 1, pageSize: 10 })).total).toBe(0);
  });

  it('appends the events of one transaction together, in the order they happened, at commit', async () => {
    const transactions = module.get(TransactionManager);
    await transactions.run(async () => {
      for (let i = 0; i < 30; i++) await record(`org-batch-${i}`, `stap ${i}`);
      // Not visible before the commit, not even to the transaction itself: they are appended at commit.
      expect((await trail.find({ objectId: 'org-batch-0', page: 1, pageSize: 10 })).total).toBe(0);
    });
    const ids = Array.from({ length: 30 }, (_, i) => `org-batch-${i}`);
    const page = await trail.find({ objectIds: ids, page: 1, pageSize: 50 });
    expect(page.total).toBe(30);
    // Newest first: the last recorded has the highest id.
    expect(page.items.map((event) => event.reason)).toEqual(ids.map((_, i) => `stap ${i}`).reverse());
    expect((await trail.verify()).valid).toBe(true);
  });

  it('drops the events of a savepoint that rolls back and keeps the rest of the transaction', async () => {
    const transactions = module.get(TransactionManager);
    await transactions.run(async () => {
      await record('org-kept-before');
      await expect(
        db.savepoint(async () => {
          await record('org-undone');
          throw new Error('row failed');
        }),
      ).rejects.toThrow('row failed');
      await db.savepoint(() => record('org-kept-in-savepoint'));
    });
    const found = await trail.find({ objectIds: ['org-kept-before', 'org-undone', 'org-kept-in-savepoint'], page: 1, pageSize: 10 });
    expect(found.items.map((event) => event.objectId).sort()).toEqual(['org-kept-before', 'org-kept-in-savepoint']);
    expect((await trail.verify()).valid).toBe(true);
  });

  it('refuses to update or delete audit events, even for the application', async () => {
    await expect(db.manager.query(`UPDATE audit_event SET reason = 'vervalst'`)).rejects.toThrow(/append-only/);
    await expect(db.manager.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(db.manager.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
  });

  it('reports the first event that was tampered with behind the application’s back', async () => {
    const [{ id }] = await db.manager.query(`SELECT id FROM audit_event ORDER BY id LIMIT 1 OFFSET 3`);
    // A superuser can switch the guard off; the hash chain still gives it away.
    await db.manager.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete`);
    await db.manager.query(`UPDATE audit_event SET reason = 'vervalst' WHERE id = $1`, [id]);
    await db.manager.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete`);
    expect(await trail.verify()).toEqual({ valid: false, checked: 3, firstBroken: { id, problem: 'hash-mismatch' } });
  });
});
