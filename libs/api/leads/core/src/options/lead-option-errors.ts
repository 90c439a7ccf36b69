import { ConflictError, NotFoundError } from '@gemeente-crm/api-kernel';
import type { LeadOptionKind } from './lead-option.js';

const NAMES: Record<LeadOptionKind, string> = { source: 'bron', 'lost-reason': 'reden van verlies' };

export function leadOptionNotFound(kind: LeadOptionKind): NotFoundError {
  return new NotFoundError(`${kind}.not-found`, `Deze ${NAMES[kind]} bestaat niet.`);
}

export function leadOptionDuplicate(kind: LeadOptionKind): ConflictError {
  return new ConflictError(`${kind}.duplicate`, `Deze ${NAMES[kind]} staat al in de lijst.`);
}
