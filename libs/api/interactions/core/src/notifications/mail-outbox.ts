/**
 * Queues the e-mail for a notification. Called in the transaction that creates the
 * notification, so the mail is queued exactly when the notification is stored; the queue
 * retries sending until the mail server accepts it.
 */
export abstract class MailOutbox {
  abstract enqueue(notificationId: string): Promise<void>;
}
