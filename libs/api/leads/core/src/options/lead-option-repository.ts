import type { LeadOption, LeadOptionKind } from './lead-option.js';

/** Where the sources and lost reasons are kept. Called inside `TransactionManager.run`. */
export abstract class LeadOptionRepository {
  /** The entries of one list in their order, inactive ones included. */
  abstract list(kind: LeadOptionKind): Promise<LeadOption[]>;

  abstract find(kind: LeadOptionKind, code: string): Promise<LeadOption | null>;

  /** Appends at the end of the list. */
  abstract insert(option: LeadOption): Promise<void>;

  abstract update(option: LeadOption, expectedVersion: number): Promise<boolean>;
}
