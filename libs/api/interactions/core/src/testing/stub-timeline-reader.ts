import type { RelationRef } from '../links/object-ref.js';
import type { TimelinePage } from '../timeline/timeline.js';
import type { TimelineQuery } from '../timeline/timeline-query.js';
import { type RelationFacts, TimelineReader } from '../timeline/timeline-reader.js';

/**
 * Test double of TimelineReader: records what it was asked and answers what the test set. The
 * queries themselves are SQL and are tested end to end against PostgreSQL.
 */
export class StubTimelineReader extends TimelineReader {
  queries: TimelineQuery[] = [];
  factsAsked: { subject: RelationRef; today: string }[] = [];
  nextFacts: RelationFacts = { openTasks: 0, overdueTasks: 0, lastContact: null };

  async page(query: TimelineQuery): Promise<TimelinePage> {
    this.queries.push(query);
    return { items: [], page: query.page, pageSize: query.pageSize, total: 0, counts: { 'contact-moment': 0, email: 0, task: 0, document: 0, change: 0 } };
  }

  async facts(subject: RelationRef, today: string): Promise<RelationFacts> {
    this.factsAsked.push({ subject, today });
    return this.nextFacts;
  }
}
