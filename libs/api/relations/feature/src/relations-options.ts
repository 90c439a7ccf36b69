import type { CompanyRegistry } from '@gemeente-crm/relations-core';

export interface RelationsModuleOptions {
  /** Key (32 bytes) from which the BSN encryption and lookup keys are derived. */
  bsnKey: Buffer;
  /**
   * Creates the company register (KvK) adapter, once at start-up; the app picks the adapter
   * from its configuration. An adapter with `onModuleDestroy` is closed with the app.
   */
  companyRegistry: () => CompanyRegistry | Promise<CompanyRegistry>;
  /** The periodic jobs (KvK check, duplicate scan); null or absent where jobs do not run. */
  jobs?: RelationsJobsOptions | null;
}

export interface RelationsJobsOptions {
  /** When the KvK registration check runs (cron, Dutch time). */
  kvkCheckCron: string;
  /** How many organisations one KvK check asks the register about. */
  kvkCheckBatch: number;
  /** When the duplicate scan runs (cron, Dutch time). */
  duplicateScanCron: string;
}

export const RELATIONS_OPTIONS = Symbol('RELATIONS_OPTIONS');
