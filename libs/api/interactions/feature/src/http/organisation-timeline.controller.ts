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

/** The 360° view routes under /organisations/{id} (the organisation itself is the relations module's). */
@ApiTags('Organisations')
@Controller('organisations')
export class OrganisationTimelineController extends RelationTimelineRoutes {
  protected readonly objectType = 'organisation' as const;

  constructor(getTimeline: GetTimeline, getRelationSummary: GetRelationSummary, views: InteractionViews) {
    super(getTimeline, getRelationSummary, views);
  }

  @Get(':id/timeline')
  @Roles(...INTERACTION_READERS)
  @ApiOperation({ summary: '360° view: contact moments, tasks and changes of an organisation, newest first, with counts per kind' })
  @ApiResult(TimelinePageSchema)
  @ApiProblems(400, 404, 422)
  timeline(@UuidParam('id') id: string, @ValidQuery(TimelineQuerySchema) query: TimelineQuery, @Change() change: ChangeContext) {
    return this.timelineOf(id, query, change);
  }

  @Get(':id/summary')
  @Roles(...INTERACTION_READERS)
  @ApiOperation({ summary: 'Key facts of an organisation: owner, status, open tasks, last contact' })
  @ApiResult(RelationSummarySchema)
  @ApiProblems(400, 404)
  summary(@UuidParam('id') id: string) {
    return this.summaryOf(id);
  }
}
