import { AuditLog, type ChangeContext, StaleVersionError, TransactionManager } from '@gemeente-crm/api-kernel';
import { auditedChanges, UseCase } from '@gemeente-crm/relations-core';
import { updateIfUnchanged } from '../shared/conditional-update.js';
import { auditTypeOf, checkOptionLabel } from './add-lead-option.js';
import type { LeadOption, LeadOptionKind, LeadOptionPatch } from './lead-option.js';
import { leadOptionNotFound } from './lead-option-errors.js';
import { LeadOptionRepository } from './lead-option-repository.js';

/** Renames, deactivates or reactivates a source or lost reason; the code never changes. */
@UseCase()
export class UpdateLeadOption {
  constructor(
    private readonly options: LeadOptionRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
  ) {}

  async execute(kind: LeadOptionKind, code: string, patch: LeadOptionPatch, expectedVersion: number, context: ChangeContext): Promise<LeadOption> {
    const label = patch.label === undefined ? undefined : checkOptionLabel(patch.label);
    return this.transactions.run(async () => {
      const current = await this.options.find(kind, code);
      if (!current) throw leadOptionNotFound(kind);
      if (current.version !== expectedVersion) throw new StaleVersionError(current.version);
      const next: LeadOption = { ...current, label: label ?? current.label, active: patch.active ?? current.active };
      const changes = auditedChanges(current, next);
      if (Object.keys(changes).length === 0) return current;
      const updated = { ...next, version: current.version + 1 };
      await updateIfUnchanged(this.options, updated, expectedVersion);
      await this.auditLog.record({ action: 'update', objectType: auditTypeOf(kind), objectId: code, changes, context });
      return updated;
    });
  }
}
