/**
 * Runs work atomically. Repositories and the audit log used inside `run` take part in the
 * same transaction, so a change and its audit event are committed together or not at all.
 */
export abstract class TransactionManager {
  abstract run<T>(work: () => Promise<T>): Promise<T>;
}
