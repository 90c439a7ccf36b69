import { StaleVersionError } from '@gemeente-crm/api-kernel';

/** A store whose update only succeeds when the stored version is the expected one. */
export interface VersionedStore<T extends { id: string; version: number }> {
  findById(id: string): Promise<T | null>;
  update(record: T, expectedVersion: number): Promise<boolean>;
}

/**
 * Writes `record` only if nobody changed the stored one since `expectedVersion` was read.
 * Checking the version in the UPDATE itself (not only before it) closes the window between
 * reading and writing in which a concurrent request could otherwise be overwritten.
 */
export async function updateIfUnchanged<T extends { id: string; version: number }>(
  store: VersionedStore<T>,
  record: T,
  expectedVersion: number,
): Promise<void> {
  if (await store.update(record, expectedVersion)) return;
  const current = await store.findById(record.id);
  throw new StaleVersionError(current?.version ?? expectedVersion);
}
