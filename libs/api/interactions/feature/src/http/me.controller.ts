import { Controller, Get, HttpCode, Inject, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles } from '@gemeente-crm/api-auth';
import { ApiProblems, ApiResult, Change, ValidBody, ValidQuery } from '@gemeente-crm/api-http';
import type { Actor, ChangeContext } from '@gemeente-crm/api-kernel';
import { GetNotificationSettings, ListMyNotifications, ListMyTasks, MarkNotificationRead, UpdateNotificationSettings } from '@gemeente-crm/interactions-core';
import type { z } from 'zod';
import { INTERACTIONS_OPTIONS, type InteractionsModuleOptions } from '../jobs/interactions-options.js';
import { STAFF } from './interaction-roles.js';
import { InteractionViews } from './interaction-views.js';
import {
  NotificationPageSchema,
  NotificationQuerySchema,
  NotificationSchema,
  NotificationSettingsSchema,
  UpdateNotificationSettingsSchema,
} from './notification.schemas.js';
import { MyTasksQuerySchema, TaskPageSchema } from './task.schemas.js';
import { UuidParam } from './uuid-param.js';

/** The caller's own work: "Mijn taken", notifications and how they want to be notified. */
@ApiTags('Me')
@Controller('me')
export class MeController {
  constructor(
    private readonly listMyTasks: ListMyTasks,
    private readonly listMyNotifications: ListMyNotifications,
    private readonly markNotificationRead: MarkNotificationRead,
    private readonly getNotificationSettings: GetNotificationSettings,
    private readonly updateNotificationSettings: UpdateNotificationSettings,
    private readonly views: InteractionViews,
    @Inject(INTERACTIONS_OPTIONS) private readonly options: InteractionsModuleOptions,
  ) {}

  @Get('tasks')
  @Roles(...STAFF)
  @ApiOperation({ summary: '"Mijn taken": your open and ongoing tasks, overdue first, then by due date' })
  @ApiResult(TaskPageSchema)
  @ApiProblems(422)
  async tasks(@ValidQuery(MyTasksQuerySchema) query: z.output<typeof MyTasksQuerySchema>, @CurrentActor() actor: Actor) {
    return this.views.taskPage(await this.listMyTasks.execute(actor, query));
  }

  @Get('notifications')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Your notifications (task reminders), newest first, with the number unread' })
  @ApiResult(NotificationPageSchema)
  @ApiProblems(422)
  async notifications(@ValidQuery(NotificationQuerySchema) query: z.output<typeof NotificationQuerySchema>, @CurrentActor() actor: Actor) {
    const page = await this.listMyNotifications.execute(actor, query);
    return { ...page, items: page.items.map((item) => this.views.notification(item)) };
  }

  @Post('notifications/:id/read')
  @HttpCode(200)
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Mark one of your notifications as read' })
  @ApiResult(NotificationSchema)
  @ApiProblems(400, 404)
  async read(@UuidParam('id') id: string, @CurrentActor() actor: Actor) {
    return this.views.notification(await this.markNotificationRead.execute(id, actor));
  }

  @Get('notification-settings')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'How you are notified: in the app always, by e-mail if you opt in' })
  @ApiResult(NotificationSettingsSchema)
  @ApiProblems()
  async settings(@CurrentActor() actor: Actor) {
    return this.views.notificationSettings(await this.getNotificationSettings.execute(actor), this.options.mail !== null);
  }

  @Patch('notification-settings')
  @Roles(...STAFF)
  @ApiOperation({ summary: 'Change how you are notified (the fields present); your own settings, so no If-Match' })
  @ApiResult(NotificationSettingsSchema)
  @ApiProblems(422)
  async updateSettings(
    @ValidBody(UpdateNotificationSettingsSchema) body: z.output<typeof UpdateNotificationSettingsSchema>,
    @Change() change: ChangeContext,
  ) {
    return this.views.notificationSettings(await this.updateNotificationSettings.execute(body, change), this.options.mail !== null);
  }
}
