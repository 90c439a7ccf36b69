import { type ChangeContext, type FieldError, ValidationError } from '@gemeente-crm/api-kernel';

export const MAX_REASON_LENGTH = 500;

/**
 * Archiving, restoring, unlinking and changing sensitive data must say why (audit trail, Q1).
 * Returns the trimmed reason or throws a ValidationError on the `reason` field.
 */
export function requireReason(context: ChangeContext): string {
  const reason = context.reason?.trim();
  if (!reason) throw new ValidationError([reasonRequiredError()]);
  if (reason.length > MAX_REASON_LENGTH) {
    throw new ValidationError([
      { field: 'reason', code: 'reason.too-long', message: `De reden mag hoogstens ${MAX_REASON_LENGTH} tekens lang zijn.` },
    ]);
  }
  return reason;
}

export function reasonRequiredError(): FieldError {
  return { field: 'reason', code: 'reason.required', message: 'Geef een reden op; die wordt vastgelegd in de audit trail.' };
}
