import { ConflictError, NotFoundError } from '@gemeente-crm/api-kernel';

export function pipelineNotFound(): NotFoundError {
  return new NotFoundError('pipeline.not-found', 'De pijplijn bestaat niet.');
}

/** Removing a stage would leave its leads nowhere; they must be moved first. */
export function stageInUse(names: readonly string[]): ConflictError {
  return new ConflictError(
    'pipeline.stage-in-use',
    `De fase ${names.map((name) => `"${name}"`).join(', ')} kan niet worden verwijderd: er staan nog leads in. Verplaats die leads eerst naar een andere fase.`,
  );
}

export function duplicatePipeline(): ConflictError {
  return new ConflictError('pipeline.duplicate', 'Deze afdeling heeft al een pijplijn met deze naam.');
}
