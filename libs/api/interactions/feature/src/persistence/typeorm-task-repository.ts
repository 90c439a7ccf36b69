import { Injectable } from '@nestjs/common';
import { countMatches, DatabaseContext, SqlConditions } from '@gemeente-crm/api-database';
import type { Page } from '@gemeente-crm/api-kernel';
import { type RelationRef, type RegardingRef, type Task, type TaskQuery, TaskRepository } from '@gemeente-crm/interactions-core';

const ACTIVE = `t.status IN ('open', 'bezig')`;

/** Dates as `YYYY-MM-DD` text: node-postgres would turn a `date` into a midnight in the server's zone. */
const COLUMNS = `t.id, t.title, t.description, t.status, t.assignee_id, t.assignee_team, to_char(t.due_date, 'YYYY-MM-DD') AS due_date,
  t.relation_type, t.relation_id, t.contact_moment_id, t.regarding_type, t.regarding_id, t.created_by, t.closed_at, t.version, t.created_at, t.updated_at`;

const SORTS: Record<TaskQuery['sort'], (today: string) => string> = {
  urgency: (today) => `(${ACTIVE} AND t.due_date < ${today}) IS TRUE DESC, t.due_date ASC NULLS LAST, t.created_at, t.id`,
  dueDate: () => 't.due_date ASC NULLS LAST, t.created_at, t.id',
  '-dueDate': () => 't.due_date DESC NULLS LAST, t.created_at, t.id',
  createdAt: () => 't.created_at ASC, t.id',
  '-createdAt': () => 't.created_at DESC, t.id',
};

interface TaskRow {
  id: string;
  title: string;
  description: string | null;
  status: Task['status'];
  assignee_id: string | null;
  assignee_team: string | null;
  due_date: string | null;
  relation_type: RelationRef['objectType'];
  relation_id: string;
  contact_moment_id: string | null;
  regarding_type: RegardingRef['objectType'] | null;
  regarding_id: string | null;
  created_by: string;
  closed_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

@Injectable()
export class TypeormTaskRepository extends TaskRepository {
  constructor(private readonly db: DatabaseContext) {
    super();
  }

  async findById(id: string): Promise<Task | null> {
    const [row]: TaskRow[] = await this.db.manager.query(`SELECT ${COLUMNS} FROM task t WHERE t.id = $1`, [id]);
    return row ? toTask(row) : null;
  }

  async insert(task: Task): Promise<void> {
    await this.db.manager.query(
      `INSERT INTO task (id, title, description, status, assignee_id, assignee_team, due_date, relation_type, relation_id, contact_moment_id,
                         regarding_type, regarding_id, created_by, closed_at, version, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)`,
      [...taskValues(task), task.createdBy, task.closedAt, task.version, task.createdAt, task.updatedAt],
    );
  }

  async update(task: Task, expectedVersion: number): Promise<boolean> {
    const [, affected] = await this.db.manager.query(
      `UPDATE task SET title = $2, description = $3, status = $4, assignee_id = $5, assignee_team = $6, due_date = $7, relation_type = $8,
                       relation_id = $9, contact_moment_id = $10, regarding_type = $11, regarding_id = $12, closed_at = $13, version = $14,
                       updated_at = $15
       WHERE id = $1 AND version = $16`,
      [...taskValues(task), task.closedAt, task.version, task.updatedAt, expectedVersion],
    );
    return affected === 1;
  }

  async search(query: TaskQuery): Promise<Page<Task>> {
    const sql = new SqlConditions();
    if (query.assigneeId) sql.add('t.assignee_id = ?', query.assigneeId);
    if (query.assigneeTeam) sql.add('lower(t.assignee_team) = lower(?)', query.assigneeTeam);
    if (query.statuses.length) sql.add('t.status = ANY(?::text[])', query.statuses);
    if (query.dueBefore) sql.add('t.due_date < ?::date', query.dueBefore);
    if (query.overdue) sql.add(`${ACTIVE} AND t.due_date < ?::date`, query.today);
    if (query.relation) sql.add('t.relation_type = ?', query.relation.objectType).add('t.relation_id = ?', query.relation.objectId);
    if (query.contactMomentId) sql.add('t.contact_moment_id = ?', query.contactMomentId);
    if (query.regarding) sql.add('t.regarding_type = ?', query.regarding.objectType).add('t.regarding_id = ?', query.regarding.objectId);
    const where = sql.where;
    const countParams = [...sql.params];
    const today = sql.param(query.today);
    const offset = (query.page - 1) * query.pageSize;
    const [rows, count] = await Promise.all([
      this.db.manager.query(
        `SELECT ${COLUMNS} FROM task t ${where} ORDER BY ${SORTS[query.sort](`${today}::date`)} LIMIT ${query.pageSize} OFFSET ${offset}`,
        query.sort === 'urgency' ? sql.params : countParams,
      ) as Promise<TaskRow[]>,
      countMatches(this.db.manager, `FROM task t ${where}`, countParams),
    ]);
    return { items: rows.map(toTask), page: query.page, pageSize: query.pageSize, total: count.total, totalIsExact: count.totalIsExact };
  }

  async findAwaitingReminder(today: string, limit: number): Promise<Task[]> {
    // The key must be built exactly as taskReminderKey() builds it: that is what makes a stored reminder count.
    const rows: TaskRow[] = await this.db.manager.query(
      `SELECT ${COLUMNS} FROM task t
       WHERE ${ACTIVE} AND t.assignee_id IS NOT NULL AND t.due_date <= $1::date
         AND NOT EXISTS (
           SELECT 1 FROM notification n
           WHERE n.dedupe_key = 'task-due:' || t.id || ':' || to_char(t.due_date, 'YYYY-MM-DD') || ':' || t.assignee_id)
       ORDER BY t.due_date, t.id LIMIT $2`,
      [today, limit],
    );
    return rows.map(toTask);
  }
}

function taskValues(task: Task): unknown[] {
  return [
    task.id,
    task.title,
    task.description,
    task.status,
    task.assigneeId,
    task.assigneeTeam,
    task.dueDate,
    task.relation.objectType,
    task.relation.objectId,
    task.contactMomentId,
    task.regarding?.objectType ?? null,
    task.regarding?.objectId ?? null,
  ];
}

function toTask(row: TaskRow): Task {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    assigneeId: row.assignee_id,
    assigneeTeam: row.assignee_team,
    dueDate: row.due_date,
    relation: { objectType: row.relation_type, objectId: row.relation_id },
    contactMomentId: row.contact_moment_id,
    regarding: row.regarding_type && row.regarding_id ? { objectType: row.regarding_type, objectId: row.regarding_id } : null,
    createdBy: row.created_by,
    closedAt: row.closed_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
