import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ContactMomentEntity } from './contact-moment.entity.js';

@Entity({ name: 'task' })
@Check('task_status_check', `status IN ('open', 'bezig', 'afgerond', 'vervallen')`)
@Check('task_relation_type_check', `relation_type IN ('organisation', 'person')`)
@Check('task_assignee_check', 'assignee_id IS NOT NULL OR assignee_team IS NOT NULL')
// What else a task is about (TASK_REGARDING_TYPES): a lead today; contract and complaint join with their domains.
@Check('task_regarding_type_check', `regarding_type IN ('lead')`)
@Check('task_regarding_check', '(regarding_type IS NULL) = (regarding_id IS NULL)')
// A relation's tasks, newest first (timeline, summary, filters).
@Index('task_relation_idx', ['relationType', 'relationId', 'createdAt'])
// "Mijn taken" and the reminder sweep only ever look at tasks still to do.
@Index('task_assignee_active_idx', ['assigneeId', 'dueDate'], { where: `status IN ('open', 'bezig')` })
@Index('task_due_active_idx', ['dueDate'], { where: `status IN ('open', 'bezig') AND assignee_id IS NOT NULL` })
@Index('task_assignee_team_idx', ['assigneeTeam'], { where: 'assignee_team IS NOT NULL' })
@Index('task_contact_moment_idx', ['contactMomentId'], { where: 'contact_moment_id IS NOT NULL' })
// The tasks of a lead (the lead page), newest first.
@Index('task_regarding_idx', ['regardingType', 'regardingId', 'createdAt'], { where: 'regarding_id IS NOT NULL' })
export class TaskEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text' })
  status!: string;

  /** Staff user id (app_user.id). */
  @Column({ name: 'assignee_id', type: 'text', nullable: true })
  assigneeId!: string | null;

  /** Team name, until teams are a record of their own. */
  @Column({ name: 'assignee_team', type: 'text', nullable: true })
  assigneeTeam!: string | null;

  /** A Dutch calendar day. */
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ name: 'relation_type', type: 'text' })
  relationType!: string;

  @Column({ name: 'relation_id', type: 'uuid' })
  relationId!: string;

  @Column({ name: 'contact_moment_id', type: 'uuid', nullable: true })
  contactMomentId!: string | null;

  @ManyToOne(() => ContactMomentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contact_moment_id' })
  contactMoment?: ContactMomentEntity;

  /** Like interaction_link: a type and an id without a foreign key, so other domains' records can be pointed at. */
  @Column({ name: 'regarding_type', type: 'text', nullable: true })
  regardingType!: string | null;

  @Column({ name: 'regarding_id', type: 'uuid', nullable: true })
  regardingId!: string | null;

  @Column({ name: 'created_by', type: 'text' })
  createdBy!: string;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
