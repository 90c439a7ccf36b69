import type { RelationRef } from './object-ref.js';

/** A lead as far as interactions need to know it to link a contact moment or a task to it. */
export interface LinkableLead {
  title: string;
  /** Won or lost: still linkable (a follow-up after the result is normal), so never "archived". */
  closed: boolean;
  /** The organisation or person the lead is about: a task on the lead must be for the same one. */
  relation: RelationRef | null;
}

/**
 * Confirms that a lead exists, for contact-moment and task links to leads. Implemented by the leads
 * feature, so interactions never read lead tables to decide whether a lead exists and the
 * leads domain can depend on interactions, not the other way round.
 */
export abstract class LinkableLeads {
  /** Null when there is no such lead. */
  abstract find(id: string): Promise<LinkableLead | null>;
}
