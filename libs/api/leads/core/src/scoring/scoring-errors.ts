import { ConflictError, NotFoundError } from '@gemeente-crm/api-kernel';

export function leadNotScorable(): NotFoundError {
  return new NotFoundError('lead-score.not-found', 'Er is geen open lead met dit id; alleen open leads hebben een score.');
}

export function tooLittleHistory(minimum: number): ConflictError {
  return new ConflictError(
    'lead-scoring.too-little-history',
    `Voor een voorstel zijn ten minste ${minimum} gewonnen en verloren leads nodig, met beide uitkomsten.`,
  );
}
