/** Configuration of what the archive accepts; the feature module provides the values. */
export abstract class DocumentLimits {
  /** Largest file accepted, in bytes. */
  abstract readonly maxBytes: number;
}

/** A fixed set of limits, for the module and for tests. */
export class StaticDocumentLimits extends DocumentLimits {
  constructor(readonly maxBytes: number) {
    super();
  }
}
