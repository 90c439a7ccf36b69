import { UseCase } from '@gemeente-crm/relations-core';
import type { Pipeline } from './pipeline.js';
import { PipelineRepository } from './pipeline-repository.js';

@UseCase()
export class ListPipelines {
  constructor(private readonly pipelines: PipelineRepository) {}

  /** Every pipeline with its stages, by department and name (there are only a few). */
  async execute(): Promise<Pipeline[]> {
    return this.pipelines.list();
  }
}
