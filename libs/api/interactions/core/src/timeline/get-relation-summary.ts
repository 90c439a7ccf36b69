import { Clock } from '@gemeente-crm/api-kernel';
import { UseCase } from '@gemeente-crm/relations-core';
import { LinkTargets } from '../links/link-targets.js';
import type { RelationRef } from '../links/object-ref.js';
import { localDate } from '../rules/local-date.js';
import { StaffDirectory } from '../staff/staff-directory.js';
import { findRelation } from './relation-subject.js';
import type { RelationFacts } from './timeline-reader.js';
import { TimelineReader } from './timeline-reader.js';

/** The key facts at the top of a relation's page. */
export interface RelationSummary extends RelationFacts {
  relation: RelationRef & { name: string; archived: boolean };
  /** Account manager (organisations). */
  ownerId: string | null;
  ownerName: string | null;
  /** Relation status (organisations). */
  status: string | null;
}

@UseCase()
export class GetRelationSummary {
  constructor(
    private readonly linkTargets: LinkTargets,
    private readonly reader: TimelineReader,
    private readonly staff: StaffDirectory,
    private readonly clock: Clock,
  ) {}

  /** @throws NotFoundError `organisation.not-found`, `person.not-found` */
  async execute(subject: RelationRef): Promise<RelationSummary> {
    const target = await findRelation(this.linkTargets, subject);
    const [facts, names] = await Promise.all([
      this.reader.facts(subject, localDate(this.clock.now())),
      this.staff.namesOf([target.ownerId]),
    ]);
    return {
      relation: { ...subject, name: target.name, archived: target.archived },
      ownerId: target.ownerId,
      ownerName: target.ownerId ? (names.get(target.ownerId) ?? null) : null,
      status: target.status,
      ...facts,
    };
  }
}
