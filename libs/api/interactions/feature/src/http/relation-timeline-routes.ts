import type { ChangeContext } from '@gemeente-crm/api-kernel';
import { GetRelationSummary, GetTimeline, type RelationObjectType } from '@gemeente-crm/interactions-core';
import type { z } from 'zod';
import { InteractionViews } from './interaction-views.js';
import type { TimelineQuerySchema } from './timeline.schemas.js';

export type TimelineQuery = z.output<typeof TimelineQuerySchema>;

/** Shared by the organisation and person routes, which differ only in the kind of relation. */
export abstract class RelationTimelineRoutes {
  protected abstract readonly objectType: RelationObjectType;

  constructor(
    private readonly getTimeline: GetTimeline,
    private readonly getRelationSummary: GetRelationSummary,
    private readonly views: InteractionViews,
  ) {}

  protected async timelineOf(id: string, query: TimelineQuery, change: ChangeContext) {
    const { from, to, kinds, ...page } = query;
    const timeline = await this.getTimeline.execute(
      { objectType: this.objectType, objectId: id },
      { ...page, ...(kinds ? { kinds } : {}), ...(from ? { from: new Date(from) } : {}), ...(to ? { to: new Date(to) } : {}) },
      change,
    );
    return this.views.timeline(timeline);
  }

  protected async summaryOf(id: string) {
    return this.views.summary(await this.getRelationSummary.execute({ objectType: this.objectType, objectId: id }));
  }
}
