import { AuditLog, type ChangeContext, Clock, type FieldError, TransactionManager, ValidationError } from '@gemeente-crm/api-kernel';
import { isValidEmailAddress, normaliseEmailAddress, optionalNormalisedText, UseCase } from '@gemeente-crm/relations-core';
import { INTERACTION_AUDIT_OBJECT_TYPES } from '../shared/audit-object-types.js';
import { auditedChanges } from '../shared/audited-changes.js';
import { defaultNotificationSettings, type NotificationSettings, type NotificationSettingsInput } from './notification-settings.js';
import { NotificationSettingsRepository } from './notification-settings-repository.js';

@UseCase()
export class UpdateNotificationSettings {
  constructor(
    private readonly settings: NotificationSettingsRepository,
    private readonly transactions: TransactionManager,
    private readonly auditLog: AuditLog,
    private readonly clock: Clock,
  ) {}

  /**
   * Changes the actor's own settings (the fields present). E-mail reminders need an address.
   * @throws ValidationError `email.invalid`, `email.required`
   */
  async execute(input: NotificationSettingsInput, context: ChangeContext): Promise<NotificationSettings> {
    return this.transactions.run(async () => {
      const userId = context.actor.id;
      const current = (await this.settings.find(userId)) ?? defaultNotificationSettings(userId);
      const email = input.email === undefined ? current.email : optionalNormalisedText(input.email, normaliseEmailAddress);
      const emailReminders = input.emailReminders ?? current.emailReminders;
      const errors: FieldError[] = [];
      if (email && !isValidEmailAddress(email)) {
        errors.push({ field: 'email', code: 'email.invalid', message: 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.' });
      } else if (emailReminders && !email) {
        errors.push({ field: 'email', code: 'email.required', message: 'Vul een e-mailadres in om herinneringen per e-mail te krijgen.' });
      }
      if (errors.length > 0) throw new ValidationError(errors);
      const next: NotificationSettings = { userId, email, emailReminders, updatedAt: this.clock.now() };
      const changes = auditedChanges(current, next);
      if (Object.keys(changes).length === 0) return current;
      await this.settings.save(next);
      await this.auditLog.record({
        action: current.updatedAt ? 'update' : 'create',
        objectType: INTERACTION_AUDIT_OBJECT_TYPES.notificationSettings,
        objectId: userId,
        changes,
        context,
      });
      return next;
    });
  }
}
