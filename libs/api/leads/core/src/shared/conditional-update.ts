import { StaleVersionError } from '@gemeente-crm/api-kernel';

/** A store whose update only succeeds when the stored version is the expected one. */
export interface VersionedStore<T extends { version: number }> {
  update(record: T, expectedVersion: number): Promise<boolean>;
}

/**
 * Writes `record` only if nobody changed the stored one since `expectedVersion` was read; the
 * version check sits in the UPDATE itself, so a concurrent writer cannot slip in between.
 */
export async function updateIfUnchanged<T extends { version: number }>(store: VersionedStore<T>, record: T, expectedVersion: number): Promise<void> {
  if (!(await store.update(record, expectedVersion))) throw new StaleVersionError(expectedVersion + 1);
}
