import { ConflictError, NotFoundError, ValidationError } from '@gemeente-crm/api-kernel';

export function importNotFound(): NotFoundError {
  return new NotFoundError('import.not-found', 'Deze import bestaat niet.');
}

export function importAlreadyStarted(): ConflictError {
  return new ConflictError('import.started', 'Deze import is al gestart; de koppeling en proefimport kunnen niet meer veranderen.');
}

export function unreadableFile(message: string, code = 'import.file-unreadable'): ValidationError {
  return new ValidationError([{ field: 'file', code, message }], message);
}

export function presetNotFound(): NotFoundError {
  return new NotFoundError('import-preset.not-found', 'Deze koppeling bestaat niet.');
}
