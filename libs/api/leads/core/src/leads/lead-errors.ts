import { ConflictError, type FieldError, NotFoundError, ValidationError } from '@gemeente-crm/api-kernel';

export function leadNotFound(): NotFoundError {
  return new NotFoundError('lead.not-found', 'De lead bestaat niet.');
}

/** Won and lost leads are a record of a result: reopen one first to work on it again. */
export function leadClosed(): ConflictError {
  return new ConflictError('lead.closed', 'De lead is gewonnen of verloren; heropen hem eerst om hem te wijzigen.');
}

export function leadNotClosed(): ConflictError {
  return new ConflictError('lead.not-closed', 'De lead is nog open; alleen een gewonnen of verloren lead kan worden heropend.');
}

/**
 * A lead may only enter a stage when the fields the stage requires are filled in. A 422 with
 * its own code and one entry per missing field, so the board can ask for exactly those.
 */
export class StageRequirementsUnmetError extends ValidationError {
  override readonly code = 'stage-requirements-unmet';
  constructor(
    errors: FieldError[],
    readonly stageName: string,
  ) {
    super(errors, `Vul eerst de velden in die de fase "${stageName}" vereist.`);
  }
}
