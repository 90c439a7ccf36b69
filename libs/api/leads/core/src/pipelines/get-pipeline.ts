import { UseCase } from '@gemeente-crm/relations-core';
import type { Pipeline } from './pipeline.js';
import { pipelineNotFound } from './pipeline-errors.js';
import { PipelineRepository } from './pipeline-repository.js';

@UseCase()
export class GetPipeline {
  constructor(private readonly pipelines: PipelineRepository) {}

  /** @throws NotFoundError `pipeline.not-found` */
  async execute(id: string): Promise<Pipeline> {
    const pipeline = await this.pipelines.findById(id);
    if (!pipeline) throw pipelineNotFound();
    return pipeline;
  }
}
