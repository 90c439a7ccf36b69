import { AuditLog, type ChangeContext, Clock, ConflictError, TransactionManager } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { importNotFound } from './import-errors.js';
import { ImportRepository } from './import-repository.js';
import { ImportRunScheduler } from './import-run-scheduler.js';
import { IMPORT_AUDIT_OBJECT_TYPES, type RelationImport } from './relation-import.js';

@UseCase()
export class StartImport {
  constructor(
    private readonly imports: ImportRepository,
    private readonly scheduler: ImportRunScheduler,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Hands the checked import to the background run. Starting a running import again just
   * schedules it again (a resume: rows already done are skipped); a finished one stays done.
   *
   * @throws ConflictError `import.not-checked` without a dry run of the current mapping
   */
  async execute(id: string, context: ChangeContext): Promise<RelationImport> {
    return this.transactions.run(async () => {
      const current = await this.imports.findById(id);
      if (!current) throw importNotFound();
      if (current.status === 'done') return current;
      if (current.status === 'uploaded') {
        throw new ConflictError('import.not-checked', 'Doe eerst een proefimport met deze koppeling; daarna kan de import starten.');
      }
      let next = current;
      if (current.status === 'checked') {
        const now = this.clock.now();
        next = { ...current, status: 'running', startedAt: now, updatedAt: now };
        await this.imports.update(next);
        await this.auditLog.record({
          action: 'import',
          objectType: IMPORT_AUDIT_OBJECT_TYPES.import,
          objectId: id,
          changes: { status: { old: current.status, new: 'running' } },
          context,
        });
      }
      await this.scheduler.schedule(id);
      return next;
    });
  }
}
