import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@gemeente-crm/api-auth';
import { ApiProblems, ApiResult, Change, ValidQuery } from '@gemeente-crm/api-http';
import type { ChangeContext } from '@gemeente-crm/api-kernel';
import { GetRelationSummary, GetTimeline } from '@gemeente-crm/interactions-core';
import { INTERACTION_READERS } from './interaction-roles.js';
import { InteractionViews } from './interaction-views.js';
import { RelationTimelineRoutes, type TimelineQuery } from './relation-timeline-routes.js';
import { RelationSummarySchema, TimelinePageSchema, TimelineQuerySchema } from './timeline.schemas.js';
import { UuidParam } from './uuid-param.js';

/** The 360° view routes under /persons/{id} (the person itself is the relations module's). */
@ApiTags('Persons')
@Controller('persons')
export class PersonTimelineController extends RelationTimelineRoutes {
  protected readonly objectType = 'person' as const;

  constructor(getTimeline: GetTimeline, getRelationSummary: GetRelationSummary, views: InteractionViews) {
    super(getTimeline, getRelationSummary, views);
  }

  @Get(':id/timeline')
  @Roles(...INTERACTION_READERS)
  @ApiOperation({ summary: '360° view of a person: contact moments, tasks and changes, newest first; the read is recorded in the audit trail' })
  @ApiResult(TimelinePageSchema)
  @ApiProblems(400, 404, 422)
  timeline(@UuidParam('id') id: string, @ValidQuery(TimelineQuerySchema) query: TimelineQuery, @Change() change: ChangeContext) {
    return this.timelineOf(id, query, change);
  }

  @Get(':id/summary')
  @Roles(...INTERACTION_READERS)
  @ApiOperation({ summary: 'Key facts of a person: open tasks and last contact' })
  @ApiResult(RelationSummarySchema)
  @ApiProblems(400, 404)
  summary(@UuidParam('id') id: string) {
    return this.summaryOf(id);
  }
}
