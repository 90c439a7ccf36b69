/**
 * Where the bytes of documents live, by content key. The default adapter keeps them in
 * PostgreSQL (its own table, so listing documents never reads bytes); a file-system or S3-style
 * store implements the same three calls. Keys are content hashes, so storing the same bytes
 * twice keeps one copy: `put` of an existing key is a no-op.
 */
export abstract class DocumentContentStore {
  abstract put(key: string, data: Buffer): Promise<void>;

  /** Null when there is nothing under the key. */
  abstract get(key: string): Promise<Buffer | null>;

  /** For retention jobs; callers must make sure no document still refers to the key. */
  abstract delete(key: string): Promise<void>;
}
