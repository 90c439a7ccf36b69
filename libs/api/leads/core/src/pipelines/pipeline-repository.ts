import type { Pipeline } from './pipeline.js';

/** Where pipelines and their stages are kept. Called inside `TransactionManager.run`. */
export abstract class PipelineRepository {
  abstract findById(id: string): Promise<Pipeline | null>;

  /** Every pipeline, by department and name. */
  abstract list(): Promise<Pipeline[]>;

  /** Whether another pipeline of the department has this name (case-insensitive). */
  abstract nameTaken(department: string, name: string, exceptId: string | null): Promise<boolean>;

  abstract insert(pipeline: Pipeline): Promise<void>;

  /** Replaces the pipeline and its stages only if its version is still `expectedVersion`. */
  abstract update(pipeline: Pipeline, expectedVersion: number): Promise<boolean>;
}
