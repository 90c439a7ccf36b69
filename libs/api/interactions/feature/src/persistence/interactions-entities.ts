import { ContactMomentEntity } from './contact-moment.entity.js';
import { EmailMessageEntity } from './email-message.entity.js';
import { InteractionLinkEntity } from './interaction-link.entity.js';
import { NotificationSettingEntity } from './notification-setting.entity.js';
import { NotificationEntity } from './notification.entity.js';
import { TaskEntity } from './task.entity.js';

export const INTERACTIONS_ENTITIES = [ContactMomentEntity, InteractionLinkEntity, TaskEntity, NotificationEntity, NotificationSettingEntity, EmailMessageEntity];
