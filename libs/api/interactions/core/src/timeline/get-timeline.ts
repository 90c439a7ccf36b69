import { AuditLog, type ChangeContext, TransactionManager } from '@gemeente-crm/api-kernel';
import { RELATION_AUDIT_OBJECT_TYPES, UseCase } from '@gemeente-crm/relations-core';
import { LinkTargets } from '../links/link-targets.js';
import type { RelationRef } from '../links/object-ref.js';
import { findRelation } from './relation-subject.js';
import type { TimelinePage } from './timeline.js';
import { normaliseTimelineQuery, type TimelineQueryInput } from './timeline-query.js';
import { TimelineReader } from './timeline-reader.js';

/** The 360° view of a relation: contact moments, tasks and changes, newest first. */
@UseCase()
export class GetTimeline {
  constructor(
    private readonly linkTargets: LinkTargets,
    private readonly reader: TimelineReader,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
  ) {}

  /**
   * A person's timeline is personal data (what was discussed with a resident), so reading it is
   * recorded in the audit trail, like reading the person.
   *
   * @throws NotFoundError `organisation.not-found`, `person.not-found`
   * @throws ValidationError `period.invalid`
   */
  async execute(subject: RelationRef, input: TimelineQueryInput, context: ChangeContext): Promise<TimelinePage> {
    const query = normaliseTimelineQuery(subject, input);
    await findRelation(this.linkTargets, subject);
    if (subject.objectType !== 'person') return this.reader.page(query);
    return this.transactions.run(async () => {
      await this.auditLog.record({ action: 'read', objectType: RELATION_AUDIT_OBJECT_TYPES.person, objectId: subject.objectId, context });
      return this.reader.page(query);
    });
  }
}
