/**
 * How an employee wants to be told. In-app notifications always appear; e-mail is opt-in and
 * needs an address, because the identity provider's tokens do not carry one we can rely on.
 */
export interface NotificationSettings {
  userId: string;
  email: string | null;
  emailReminders: boolean;
  updatedAt: Date | null;
}

export interface NotificationSettingsInput {
  email?: string | null;
  emailReminders?: boolean;
}

export function defaultNotificationSettings(userId: string): NotificationSettings {
  return { userId, email: null, emailReminders: false, updatedAt: null };
}
