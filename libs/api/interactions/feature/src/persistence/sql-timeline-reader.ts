import { Injectable } from '@nestjs/common';
import { DatabaseContext, SqlConditions } from '@gemeente-crm/api-database';
import {
  excerpt,
  type LastContact,
  type RelationFacts,
  type RelationRef,
  type TimelineCounts,
  type TimelineItem,
  type TimelineKind,
  type TimelinePage,
  type TimelineQuery,
  TimelineReader,
} from '@gemeente-crm/interactions-core';

interface ItemRow {
  kind: TimelineKind;
  id: string;
  occurred_at: Date;
  title: string;
  actor_id: string | null;
  actor_name: string | null;
  details: Record<string, unknown>;
}

/** Counts per kind stop here: a badge saying "10 000" for a relation with more is accurate enough. */
export const TIMELINE_COUNT_CAP = 10_000;

/**
 * The timeline as one UNION ALL of per-kind queries over their indexes only. Each branch reads
 * its index in time order and stops after `page × pageSize` entries — the most any page up to
 * this one can need from that kind; the branches are merged and cut to the page, and only then
 * are the page's rows (contact moment, task, audit event) fetched. So the cost depends on the
 * page asked for, not on how much history a relation has or how many rows the tables hold:
 *
 * - contact moments and e-mails: `interaction_link_kind_timeline_idx` (object, is_email,
 *   occurred_at, contact moment) WHERE NOT archived, an index-only scan backwards per half;
 * - documents: `document_link_timeline_idx` (object, uploaded_at, document) WHERE NOT archived
 *   AND on_timeline, an index-only scan backwards;
 * - tasks: `task_relation_idx` (relation, created_at);
 * - changes: `audit_event_object_idx` (object type, object id, id), without reads.
 *
 * The counts are index-only counts over the same predicates, capped at TIMELINE_COUNT_CAP.
 */
@Injectable()
export class SqlTimelineReader extends TimelineReader {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async page(query: TimelineQuery): Promise<TimelinePage> {
    const sql = new SqlConditions();
    const type = sql.param(query.subject.objectType);
    const id = sql.param(query.subject.objectId);
    const from = query.from ? sql.param(query.from) : null;
    const to = query.to ? sql.param(query.to) : null;
    const period = (column: string) => `${from ? ` AND ${column} >= ${from}` : ''}${to ? ` AND ${column} < ${to}` : ''}`;
    const branchLimit = query.page * query.pageSize;

    const moments = (kind: 'contact-moment' | 'email') => `
        SELECT '${kind}' AS kind, l.contact_moment_id AS moment_id, NULL::uuid AS task_id, NULL::bigint AS event_id, NULL::uuid AS document_id, l.occurred_at
        FROM interaction_link l
        WHERE l.object_type = ${type} AND l.object_id = ${id}::uuid AND l.is_email = ${kind === 'email'} AND NOT l.archived${period('l.occurred_at')}
        ORDER BY l.occurred_at DESC, l.contact_moment_id DESC LIMIT ${branchLimit}`;
    const branches: Record<TimelineKind, string> = {
      'contact-moment': moments('contact-moment'),
      email: moments('email'),
      document: `
        SELECT 'document' AS kind, NULL::uuid AS moment_id, NULL::uuid AS task_id, NULL::bigint AS event_id, dl.document_id, dl.uploaded_at AS occurred_at
        FROM document_link dl
        WHERE dl.object_type = ${type} AND dl.object_id = ${id}::uuid AND NOT dl.archived AND dl.on_timeline${period('dl.uploaded_at')}
        ORDER BY dl.uploaded_at DESC, dl.document_id DESC LIMIT ${branchLimit}`,
      task: `
        SELECT 'task' AS kind, NULL::uuid AS moment_id, t.id AS task_id, NULL::bigint AS event_id, NULL::uuid AS document_id, t.created_at AS occurred_at
        FROM task t
        WHERE t.relation_type = ${type} AND t.relation_id = ${id}::uuid${period('t.created_at')}
        ORDER BY t.created_at DESC, t.id DESC LIMIT ${branchLimit}`,
      change: `
        SELECT 'change' AS kind, NULL::uuid AS moment_id, NULL::uuid AS task_id, a.id AS event_id, NULL::uuid AS document_id, a.occurred_at
        FROM audit_event a
        WHERE a.object_type = ${type} AND a.object_id = ${id}::text AND a.action <> 'read'${period('a.occurred_at')}
        ORDER BY a.occurred_at DESC, a.id DESC LIMIT ${branchLimit}`,
    };

    const union = query.kinds.map((kind) => `(${branches[kind]})`).join('\n UNION ALL ');
    const offset = (query.page - 1) * query.pageSize;
    const [rows, counts] = await Promise.all([
      this.db.manager.query(
        `WITH page AS (
           SELECT * FROM (${union}) merged
           ORDER BY occurred_at DESC, kind, coalesce(moment_id::text, task_id::text, document_id::text, event_id::text) DESC
           LIMIT ${query.pageSize} OFFSET ${offset})
         SELECT p.kind, coalesce(p.moment_id::text, p.task_id::text, p.document_id::text, p.event_id::text) AS id, p.occurred_at,
                coalesce(c.subject, t.title, d.file_name, a.action) AS title,
                coalesce(c.created_by, t.created_by, d.uploaded_by, a.actor_id) AS actor_id,
                coalesce(u.display_name, a.actor_name) AS actor_name,
                CASE p.kind
                  WHEN 'contact-moment' THEN jsonb_build_object('channel', c.channel, 'direction', c.direction, 'notes', left(c.notes_text, 400))
                  WHEN 'email' THEN jsonb_build_object('direction', c.direction, 'notes', left(c.notes_text, 400),
                                                       'from', jsonb_build_object('address', e.from_address, 'name', e.from_name), 'to', e.to_addresses,
                                                       'attachments', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', ad.id, 'fileName', ad.file_name,
                                                                                'sizeBytes', ad.size_bytes) ORDER BY ad.file_name), '[]'::jsonb)
                                                                       FROM document ad WHERE ad.id = ANY(e.attachment_document_ids) AND ad.archived_at IS NULL))
                  WHEN 'document' THEN jsonb_build_object('contentType', d.content_type, 'sizeBytes', d.size_bytes, 'description', d.description)
                  WHEN 'task' THEN jsonb_build_object('status', t.status, 'dueDate', to_char(t.due_date, 'YYYY-MM-DD'), 'assigneeId', t.assignee_id,
                                                      'assigneeTeam', t.assignee_team, 'closedAt', t.closed_at)
                  ELSE jsonb_build_object('action', a.action, 'reason', a.reason,
                                          'fields', (SELECT coalesce(jsonb_agg(k ORDER BY k), '[]'::jsonb) FROM jsonb_object_keys(a.changes) k))
                END AS details
         FROM page p
         LEFT JOIN contact_moment c ON c.id = p.moment_id
         LEFT JOIN email_message e ON e.contact_moment_id = p.moment_id AND p.kind = 'email'
         LEFT JOIN task t ON t.id = p.task_id
         LEFT JOIN document d ON d.id = p.document_id
         LEFT JOIN audit_event a ON a.id = p.event_id
         LEFT JOIN app_user u ON u.id = coalesce(c.created_by, t.created_by, d.uploaded_by, a.actor_id)
         ORDER BY p.occurred_at DESC, p.kind, coalesce(p.moment_id::text, p.task_id::text, p.document_id::text, p.event_id::text) DESC`,
        sql.params,
      ) as Promise<ItemRow[]>,
      this.counts(query.subject, query.from, query.to),
    ]);
    const total = query.kinds.reduce((sum, kind) => sum + counts[kind], 0);
    return {
      items: rows.map(toItem),
      page: query.page,
      pageSize: query.pageSize,
      total,
      totalIsExact: query.kinds.every((kind) => counts[kind] < TIMELINE_COUNT_CAP),
      counts,
    };
  }

  async facts(subject: RelationRef, today: string): Promise<RelationFacts> {
    const [row]: { open_tasks: number; overdue_tasks: number; last_contact: (Omit<LastContact, 'occurredAt'> & { occurredAt: string }) | null }[] =
      await this.db.manager.query(
        `SELECT
           (SELECT count(*) FROM task t WHERE t.relation_type = $1 AND t.relation_id = $2::uuid AND t.status IN ('open', 'bezig'))::int AS open_tasks,
           (SELECT count(*) FROM task t WHERE t.relation_type = $1 AND t.relation_id = $2::uuid AND t.status IN ('open', 'bezig')
              AND t.due_date < $3::date)::int AS overdue_tasks,
           (SELECT json_build_object('id', c.id, 'occurredAt', l.occurred_at, 'channel', c.channel, 'direction', c.direction, 'subject', c.subject)
            FROM (SELECT l.contact_moment_id, l.occurred_at FROM interaction_link l
                  WHERE l.object_type = $1 AND l.object_id = $2::uuid AND NOT l.archived
                  ORDER BY l.occurred_at DESC, l.contact_moment_id DESC LIMIT 1) l
            JOIN contact_moment c ON c.id = l.contact_moment_id) AS last_contact`,
        [subject.objectType, subject.objectId, today],
      );
    return {
      openTasks: row!.open_tasks,
      overdueTasks: row!.overdue_tasks,
      lastContact: row!.last_contact ? { ...row!.last_contact, occurredAt: new Date(row!.last_contact.occurredAt) } : null,
    };
  }

  private async counts(subject: RelationRef, from?: Date, to?: Date): Promise<TimelineCounts> {
    const params: unknown[] = [subject.objectType, subject.objectId, from ?? null, to ?? null];
    const period = (column: string) => ` AND ($3::timestamptz IS NULL OR ${column} >= $3) AND ($4::timestamptz IS NULL OR ${column} < $4)`;
    const capped = (fromWhere: string) => `(SELECT count(*) FROM (SELECT 1 ${fromWhere} LIMIT ${TIMELINE_COUNT_CAP}) capped)::int`;
    const links = (email: boolean) =>
      capped(`FROM interaction_link l WHERE l.object_type = $1 AND l.object_id = $2::uuid AND l.is_email = ${email} AND NOT l.archived${period('l.occurred_at')}`);
    const [row]: { contact_moments: number; emails: number; documents: number; tasks: number; changes: number }[] = await this.db.manager.query(
      `SELECT
         ${links(false)} AS contact_moments,
         ${links(true)} AS emails,
         ${capped(`FROM document_link dl WHERE dl.object_type = $1 AND dl.object_id = $2::uuid AND NOT dl.archived AND dl.on_timeline${period('dl.uploaded_at')}`)} AS documents,
         ${capped(`FROM task t WHERE t.relation_type = $1 AND t.relation_id = $2::uuid${period('t.created_at')}`)} AS tasks,
         ${capped(`FROM audit_event a WHERE a.object_type = $1 AND a.object_id = $2::text AND a.action <> 'read'${period('a.occurred_at')}`)} AS changes`,
      params,
    );
    return { 'contact-moment': row!.contact_moments, email: row!.emails, task: row!.tasks, document: row!.documents, change: row!.changes };
  }
}

function toItem(row: ItemRow): TimelineItem {
  const base = { id: row.id, occurredAt: row.occurred_at, title: row.title, actorId: row.actor_id, actorName: row.actor_name };
  const details = row.details;
  switch (row.kind) {
    case 'contact-moment':
      return {
        ...base,
        kind: 'contact-moment',
        channel: details['channel'] as never,
        direction: details['direction'] as never,
        notesExcerpt: excerpt((details['notes'] as string | null) ?? null),
      };
    case 'email':
      return {
        ...base,
        kind: 'email',
        direction: details['direction'] as never,
        from: details['from'] as { address: string; name: string | null },
        to: (details['to'] as { address: string; name: string | null }[]) ?? [],
        notesExcerpt: excerpt((details['notes'] as string | null) ?? null),
        attachments: (details['attachments'] as { id: string; fileName: string; sizeBytes: number }[]) ?? [],
      };
    case 'document':
      return {
        ...base,
        kind: 'document',
        contentType: details['contentType'] as string,
        sizeBytes: details['sizeBytes'] as number,
        description: (details['description'] as string | null) ?? null,
      };
    case 'task':
      return {
        ...base,
        kind: 'task',
        status: details['status'] as never,
        dueDate: (details['dueDate'] as string | null) ?? null,
        assigneeId: (details['assigneeId'] as string | null) ?? null,
        assigneeTeam: (details['assigneeTeam'] as string | null) ?? null,
        closedAt: details['closedAt'] ? new Date(details['closedAt'] as string) : null,
      };
    case 'change': {
      const action = details['action'] as string;
      const changedFields = (details['fields'] as string[]) ?? [];
      const label = ACTION_LABELS[action] ?? action;
      return {
        ...base,
        kind: 'change',
        title: action === 'update' && changedFields.length ? `${label}: ${changedFields.join(', ')}` : label,
        action,
        changedFields,
        reason: (details['reason'] as string | null) ?? null,
      };
    }
  }
}

/** How the audit trail's actions read on a timeline. */
const ACTION_LABELS: Record<string, string> = {
  create: 'Aangemaakt',
  update: 'Gewijzigd',
  archive: 'Gearchiveerd',
  restore: 'Teruggezet',
  link: 'Gekoppeld',
  unlink: 'Ontkoppeld',
  import: 'Geïmporteerd',
  delete: 'Verwijderd',
  merge: 'Samengevoegd',
};
