import { Injectable } from '@nestjs/common';
import { countMatches, DatabaseContext, SqlConditions } from '@gemeente-crm/api-database';
import type { Page } from '@gemeente-crm/api-kernel';
import {
  type ContactMoment,
  type ContactMomentQuery,
  ContactMomentRepository,
  type ContactMomentSummary,
  excerpt,
  type ObjectRef,
  sortRefs,
} from '@gemeente-crm/interactions-core';
import { ContactMomentEntity } from './contact-moment.entity.js';

/** Up to this many full-text matches are collected, sorted and counted exactly (see searchText). */
const TEXT_MATCH_CAP = 10_000;
const TEXT_SEARCH_WORK_MEM = '32MB';

/** Must equal the expression of the full-text index in the migration, or the index is not used. */
export const CONTACT_MOMENT_SEARCH_VECTOR = `to_tsvector('dutch'::regconfig, c.subject || ' ' || coalesce(c.notes_text, ''))`;

interface SummaryRow {
  id: string;
  channel: ContactMomentSummary['channel'];
  direction: ContactMomentSummary['direction'];
  occurred_at: Date;
  subject: string;
  notes_start: string | null;
  participant_ids: string[];
  archived: boolean;
  links: ObjectRef[];
}

@Injectable()
export class TypeormContactMomentRepository extends ContactMomentRepository {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async findById(id: string): Promise<ContactMoment | null> {
    const row = await this.db.manager.findOne(ContactMomentEntity, { where: { id } });
    if (!row) return null;
    const links: ObjectRef[] = await this.db.manager.query(
      `SELECT object_type AS "objectType", object_id AS "objectId" FROM interaction_link WHERE contact_moment_id = $1`,
      [id],
    );
    return toContactMoment(row, links);
  }

  async insert(moment: ContactMoment): Promise<void> {
    await this.db.manager.insert(ContactMomentEntity, contactMomentRow(moment));
    await this.insertLinks(moment);
  }

  async update(moment: ContactMoment, expectedVersion: number): Promise<boolean> {
    const result = await this.db.manager.update(ContactMomentEntity, { id: moment.id, version: expectedVersion }, contactMomentRow(moment));
    if (result.affected !== 1) return false;
    // Rewritten as a whole: links may have changed, and their copies of occurred_at and archived must follow.
    await this.db.manager.query('DELETE FROM interaction_link WHERE contact_moment_id = $1', [moment.id]);
    await this.insertLinks(moment);
    return true;
  }

  async search(query: ContactMomentQuery): Promise<Page<ContactMomentSummary>> {
    const sql = new SqlConditions();
    // Filtering by a linked record starts from the link index, in its order; otherwise from contact_moment's.
    let from = 'contact_moment c';
    let order = 'c.occurred_at DESC, c.id DESC';
    if (query.linkedTo) {
      from = 'interaction_link l JOIN contact_moment c ON c.id = l.contact_moment_id';
      sql.add('l.object_type = ?', query.linkedTo.objectType).add('l.object_id = ?', query.linkedTo.objectId);
      if (!query.includeArchived) sql.add('NOT l.archived');
      if (query.from) sql.add('l.occurred_at >= ?', query.from);
      if (query.to) sql.add('l.occurred_at < ?', query.to);
      order = 'l.occurred_at DESC, l.contact_moment_id DESC';
    } else {
      if (!query.includeArchived) sql.add('c.archived_at IS NULL');
      if (query.from) sql.add('c.occurred_at >= ?', query.from);
      if (query.to) sql.add('c.occurred_at < ?', query.to);
    }
    if (query.channel) sql.add('c.channel = ?', query.channel);
    if (query.direction) sql.add('c.direction = ?', query.direction);
    if (query.participantId) sql.add('c.participant_ids @> ARRAY[?]::text[]', query.participantId);
    const offset = (query.page - 1) * query.pageSize;

    if (query.q) {
      sql.add(`${CONTACT_MOMENT_SEARCH_VECTOR} @@ websearch_to_tsquery('dutch'::regconfig, ?)`, query.q);
      const found = await this.searchText(`FROM ${from} ${sql.where}`, sql.params, query.pageSize, offset);
      if (found) return this.summaries(`FROM contact_moment c WHERE c.id = ANY($1::uuid[])`, [found.ids], 'c.occurred_at DESC, c.id DESC', query, found);
    }
    return this.summaries(`FROM ${from} ${sql.where}`, sql.params, order, query, null, offset);
  }

  /**
   * Full-text matches, newest first. Asked with a LIMIT, the planner would walk the time index
   * and test every row — a minute over five million rows when a word is rare. So the matches are
   * first collected through the GIN index (a materialised CTE is planned without the LIMIT),
   * stopping at TEXT_MATCH_CAP: up to that many they are sorted here, counted exactly, and the
   * page is cut from them. More matches than that means the word is common, and walking the time
   * index finds a page of them quickly: null tells the caller to do that.
   */
  private async searchText(fromWhere: string, params: unknown[], pageSize: number, offset: number) {
    const rows: { id: string; n: number }[] = await this.db.transaction(async () => {
      // Enough memory for an exact bitmap of a common word's matches; a lossy one would re-parse
      // the text of every row on the pages it covers (seconds instead of a few hundred ms).
      await this.db.manager.query(`SET LOCAL work_mem = '${TEXT_SEARCH_WORK_MEM}'`);
      return this.db.manager.query(
        `WITH matches AS MATERIALIZED (SELECT c.id, c.occurred_at ${fromWhere}),
              capped AS (SELECT * FROM matches LIMIT ${TEXT_MATCH_CAP + 1})
         SELECT id, (SELECT count(*) FROM capped)::int AS n FROM capped ORDER BY occurred_at DESC, id DESC LIMIT ${pageSize} OFFSET ${offset}`,
        params,
      );
    });
    const total = rows[0]?.n ?? (offset === 0 ? 0 : await this.textMatchCount(fromWhere, params));
    if (total > TEXT_MATCH_CAP) return null;
    return { ids: rows.map((row) => row.id), total };
  }

  /** The number of matches when the page asked for lies beyond the last one. */
  private async textMatchCount(fromWhere: string, params: unknown[]): Promise<number> {
    const [{ n }] = await this.db.manager.query(
      `WITH matches AS MATERIALIZED (SELECT c.id ${fromWhere}) SELECT count(*)::int AS n FROM (SELECT 1 FROM matches LIMIT ${TEXT_MATCH_CAP + 1}) capped`,
      params,
    );
    return n;
  }

  private async summaries(
    fromWhere: string,
    params: unknown[],
    order: string,
    query: ContactMomentQuery,
    exact: { total: number } | null,
    offset = 0,
  ): Promise<Page<ContactMomentSummary>> {
    const [rows, count] = await Promise.all([
      this.db.manager.query(
        `SELECT c.id, c.channel, c.direction, c.occurred_at, c.subject, left(c.notes_text, 400) AS notes_start, c.participant_ids,
                c.archived_at IS NOT NULL AS archived,
                (SELECT coalesce(json_agg(json_build_object('objectType', x.object_type, 'objectId', x.object_id)), '[]')
                   FROM interaction_link x WHERE x.contact_moment_id = c.id) AS links
         ${fromWhere} ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${offset}`,
        params,
      ) as Promise<SummaryRow[]>,
      // Exact up to a thousand, estimated beyond: an unfiltered list must not count five million rows per page.
      exact ? Promise.resolve({ total: exact.total, totalIsExact: true }) : countMatches(this.db.manager, fromWhere, params),
    ]);
    return {
      items: rows.map((row) => ({
        id: row.id,
        channel: row.channel,
        direction: row.direction,
        occurredAt: row.occurred_at,
        subject: row.subject,
        notesExcerpt: excerpt(row.notes_start),
        links: sortRefs(row.links),
        participantIds: row.participant_ids,
        archived: row.archived,
      })),
      page: query.page,
      pageSize: query.pageSize,
      total: count.total,
      totalIsExact: count.totalIsExact,
    };
  }

  private async insertLinks(moment: ContactMoment): Promise<void> {
    if (!moment.links.length) return;
    await this.db.manager.query(
      `INSERT INTO interaction_link (contact_moment_id, object_type, object_id, occurred_at, archived, is_email)
       SELECT $1, object_type, object_id, $4, $5, EXISTS (SELECT 1 FROM email_message e WHERE e.contact_moment_id = $1)
       FROM unnest($2::text[], $3::uuid[]) AS t(object_type, object_id)`,
      [moment.id, moment.links.map((link) => link.objectType), moment.links.map((link) => link.objectId), moment.occurredAt, moment.archivedAt !== null],
    );
  }
}

function toContactMoment(row: ContactMomentEntity, links: ObjectRef[]): ContactMoment {
  return {
    id: row.id,
    channel: row.channel as ContactMoment['channel'],
    direction: row.direction as ContactMoment['direction'],
    occurredAt: row.occurredAt,
    subject: row.subject,
    notesHtml: row.notesHtml,
    notesText: row.notesText,
    links: sortRefs(links),
    participantIds: [...row.participantIds].sort(),
    createdBy: row.createdBy,
    archivedAt: row.archivedAt,
    archiveReason: row.archiveReason,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function contactMomentRow(moment: ContactMoment): ContactMomentEntity {
  return {
    id: moment.id,
    channel: moment.channel,
    direction: moment.direction,
    occurredAt: moment.occurredAt,
    subject: moment.subject,
    notesHtml: moment.notesHtml,
    notesText: moment.notesText,
    participantIds: moment.participantIds,
    createdBy: moment.createdBy,
    archivedAt: moment.archivedAt,
    archiveReason: moment.archiveReason,
    version: moment.version,
    createdAt: moment.createdAt,
    updatedAt: moment.updatedAt,
  };
}
