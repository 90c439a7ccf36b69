/** What the interactions module needs from the application's configuration. */
export interface InteractionsModuleOptions {
  /**
   * Background jobs (reminders, e-mail) on the PostgreSQL-backed queue; null in processes that
   * must not run them (writing the OpenAPI document, command-line tools).
   */
  jobs: InteractionJobsOptions | null;
  /** SMTP relay for e-mail; null: e-mail is logged instead of sent. */
  mail: MailOptions | null;
  /** Domains of the municipality's own addresses: imported mail from them is outgoing (MAIL_INTERNAL_DOMAINS). */
  mailInternalDomains?: readonly string[];
}

export interface InteractionJobsOptions {
  /** Cron expression (Dutch time) of the sweep that creates due reminders the per-task jobs missed. */
  reminderSweepCron: string;
}

export interface MailOptions {
  /** e.g. `smtp://user:password@relay.gemeente.nl:587` or `smtps://...:465`. */
  smtpUrl: string;
  /** Sender address, e.g. `"Gemeente CRM" <crm@gemeente.nl>`. */
  from: string;
}

export const INTERACTIONS_OPTIONS = Symbol('INTERACTIONS_OPTIONS');
