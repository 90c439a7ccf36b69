import { AuditLog, type ChangeContext, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { auditedChanges, optionalText, UseCase } from '@gemeente-crm/relations-core';
import { LEAD_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { type LeadOption, type LeadOptionInput, type LeadOptionKind, optionCodeOf } from './lead-option.js';
import { leadOptionDuplicate } from './lead-option-errors.js';
import { LeadOptionRepository } from './lead-option-repository.js';

export const MAX_OPTION_LABEL_LENGTH = 100;

/** Adds a source or lost reason at the end of its list. */
@UseCase()
export class AddLeadOption {
  constructor(
    private readonly options: LeadOptionRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
  ) {}

  /** @throws ValidationError on the label; ConflictError `<kind>.duplicate` when the code exists */
  async execute(kind: LeadOptionKind, input: LeadOptionInput, context: ChangeContext): Promise<LeadOption> {
    const label = checkOptionLabel(input.label);
    const code = optionCodeOf(optionalText(input.code) ?? label);
    if (!code) throw new ValidationError([{ field: 'code', code: 'code.invalid', message: 'Gebruik letters of cijfers in de code.' }]);
    return this.transactions.run(async () => {
      if (await this.options.find(kind, code)) throw leadOptionDuplicate(kind);
      const option: LeadOption = { kind, code, label, active: true, version: 1 };
      await this.options.insert(option);
      await this.auditLog.record({ action: 'create', objectType: auditTypeOf(kind), objectId: code, changes: auditedChanges(null, option), context });
      return option;
    });
  }
}

export function checkOptionLabel(raw: string | null | undefined): string {
  const label = optionalText(raw)?.replace(/\s+/g, ' ') ?? '';
  if (!label) throw new ValidationError([{ field: 'label', code: 'label.required', message: 'Vul een omschrijving in.' }]);
  if (label.length > MAX_OPTION_LABEL_LENGTH) {
    throw new ValidationError([{ field: 'label', code: 'label.too-long', message: `De omschrijving mag hoogstens ${MAX_OPTION_LABEL_LENGTH} tekens lang zijn.` }]);
  }
  return label;
}

export function auditTypeOf(kind: LeadOptionKind): string {
  return kind === 'source' ? LEAD_AUDIT_OBJECT_TYPES.leadSource : LEAD_AUDIT_OBJECT_TYPES.lostReason;
}
