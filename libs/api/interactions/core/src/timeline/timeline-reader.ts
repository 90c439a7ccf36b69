import type { ContactChannel, ContactDirection } from '../contact-moments/contact-moment.js';
import type { RelationRef } from '../links/object-ref.js';
import type { TimelinePage } from './timeline.js';
import type { TimelineQuery } from './timeline-query.js';

/** The most recent contact with a relation. */
export interface LastContact {
  id: string;
  occurredAt: Date;
  channel: ContactChannel;
  direction: ContactDirection;
  subject: string;
}

/** The facts at the top of a relation's page. */
export interface RelationFacts {
  /** Tasks still to do (open or bezig). */
  openTasks: number;
  overdueTasks: number;
  lastContact: LastContact | null;
}

/**
 * A read model over contact moments, tasks and the audit trail. Archived contact moments and
 * reads in the audit trail are left out.
 */
export abstract class TimelineReader {
  /** One page of the timeline, newest first, with counts per kind over the same period. */
  abstract page(query: TimelineQuery): Promise<TimelinePage>;

  /** @param today the Dutch calendar day overdue tasks are measured against */
  abstract facts(subject: RelationRef, today: string): Promise<RelationFacts>;
}
