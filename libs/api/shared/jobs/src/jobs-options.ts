/** Where the PostgreSQL-backed job queue lives and how often idle workers poll it. */
export interface JobsOptions {
  /** The application's own database: pg-boss keeps its queue there, in the schema `pgboss`. */
  databaseUrl: string;
  /** How often idle workers look for new jobs. */
  pollingIntervalSeconds: number;
}

/** null in processes that must not run jobs (writing the OpenAPI document, command-line tools). */
export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');
