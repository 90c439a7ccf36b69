/** What the imports module needs from the application's configuration. */
export interface ImportsModuleOptions {
  /**
   * Run imports in this process on the job queue; false in processes that must not run jobs
   * (writing the OpenAPI document, command-line tools).
   */
  jobs: boolean;
}

export const IMPORTS_OPTIONS = Symbol('IMPORTS_OPTIONS');

/** One chunk of an import's run (data: `{ importId }`); each chunk queues the next. */
export const IMPORT_RUN_QUEUE = 'relation-import-run';

/**
 * How long one job works before handing over to the next: well inside the queue's lease
 * (expireInSeconds), so a live run is never taken for a dead one, and a killed one resumes soon.
 */
export const IMPORT_CHUNK_MILLIS = 20_000;
export const IMPORT_JOB_LEASE_SECONDS = 120;
