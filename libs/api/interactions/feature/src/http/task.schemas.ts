import { pageQueryShape, pageSchema, queryBoolean } from '@gemeente-crm/api-http';
import { MAX_DESCRIPTION_LENGTH, MAX_TEAM_LENGTH, MAX_TITLE_LENGTH, TASK_SORTS, TASK_STATUSES, TASK_REGARDING_TYPES } from '@gemeente-crm/interactions-core';
import { z } from 'zod';
import { commaList, LinkSchema, optionalText, reasonField, RelationRefInputSchema, StaffRefSchema, staffIdParam, text } from './common.schemas.js';

export const TaskStatusSchema = z.enum(TASK_STATUSES).meta({ id: 'TaskStatus' });

export const TaskRegardingInputSchema = z
  .object({ objectType: z.enum(TASK_REGARDING_TYPES).meta({ id: 'TaskRegardingType' }), objectId: z.uuid() })
  .strict()
  .meta({ id: 'TaskRegardingInput', description: 'What else the task is about: a lead (contracts and complaints later)' });

const taskFields = {
  title: text(MAX_TITLE_LENGTH).min(1),
  description: optionalText(MAX_DESCRIPTION_LENGTH).describe('Plain text'),
  assigneeId: optionalText(200).describe('Staff user id (see GET /users); default: you, unless a team is given'),
  assigneeTeam: optionalText(MAX_TEAM_LENGTH).describe('Team name, for tasks for a team'),
  dueDate: z.iso.date().nullable().optional().describe('Due date (YYYY-MM-DD, Dutch calendar day)'),
  relation: RelationRefInputSchema.describe('The organisation or person the task is for'),
  contactMomentId: z.uuid().nullable().optional().describe('The contact moment this task follows up; must be about the same relation'),
  regarding: TaskRegardingInputSchema.nullable()
    .optional()
    .describe('The lead the task is about; it must be about the same relation (422 `regarding.not-found` / `regarding.other-relation`)'),
};

export const CreateTaskSchema = z.object({ ...taskFields, ...reasonField }).strict().meta({ id: 'CreateTask' });

export const UpdateTaskSchema = z
  .object({
    ...taskFields,
    title: taskFields.title.optional(),
    relation: taskFields.relation.optional(),
    status: TaskStatusSchema.optional().describe(
      'Move the task: open → bezig → afgerond, or straight to afgerond; vervallen (drop, needs a reason); reopening a closed task needs a reason',
    ),
    ...reasonField,
  })
  .strict()
  .meta({ id: 'UpdateTask', description: 'Only the fields present are changed' });

export const TaskSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string().nullable(),
    status: TaskStatusSchema,
    assignee: StaffRefSchema.nullable(),
    assigneeTeam: z.string().nullable(),
    dueDate: z.iso.date().nullable(),
    overdue: z.boolean().describe('Still to do and past its due date'),
    dueToday: z.boolean(),
    relation: LinkSchema,
    contactMomentId: z.uuid().nullable(),
    regarding: LinkSchema.nullable().describe('The lead the task is about, if any'),
    createdBy: StaffRefSchema,
    closedAt: z.iso.datetime().nullable(),
    version: z.number().int(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Task' });

export const TaskPageSchema = pageSchema(TaskSchema, 'TaskPage');

export const TaskQuerySchema = z
  .object({
    assignee: staffIdParam.optional().describe('Tasks of this employee; `me` for your own'),
    assigneeTeam: z.string().trim().max(MAX_TEAM_LENGTH).optional(),
    status: commaList(TASK_STATUSES).optional().describe('Comma-separated, e.g. `open,bezig`'),
    dueBefore: z.iso.date().optional().describe('Due before this day (exclusive, YYYY-MM-DD)'),
    overdue: queryBoolean.optional().describe('Only tasks still to do whose due date has passed'),
    organisationId: z.uuid().optional(),
    personId: z.uuid().optional(),
    contactMomentId: z.uuid().optional(),
    leadId: z.uuid().optional().describe('Only tasks about this lead'),
    sort: z.enum(TASK_SORTS).optional().describe('Default `urgency`: overdue first, then by due date'),
    ...pageQueryShape,
  })
  .strict();

export const MyTasksQuerySchema = z.object({ ...pageQueryShape }).strict();
