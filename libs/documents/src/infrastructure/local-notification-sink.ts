import { randomUUID } from 'node:crypto';
import { NotificationRefusedError, NotificationSender, type AcceptedNotification, type EmailToSend, type LetterToSend } from '../application/notification-sender.port.js';

/**
 * Where notices go when no GOV.UK Notify key is set (demos, tests, development): nothing leaves
 * the service. The notifications table records what would have been sent (the email's template and
 * personalisation, the letter's stored PDF) with this sink's id for it, so a demo shows the whole
 * journey and a test can assert on it. It refuses what Notify would refuse for its shape.
 */
export class LocalNotificationSink extends NotificationSender {
  readonly provider = 'local-sink' as const;
  readonly noticeEmailTemplateId = 'local-notice-email';
  readonly recoveryEmailTemplateId = 'local-recovery-email';

  async sendEmail(email: EmailToSend): Promise<AcceptedNotification> {
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.emailAddress)) throw new NotificationRefusedError(`ValidationError: email_address Not a valid email address`, 400);
    return { providerNotificationId: `local-${randomUUID()}` };
  }

  async sendLetter(letter: LetterToSend): Promise<AcceptedNotification> {
    if (Buffer.from(letter.pdf.subarray(0, 5)).toString('latin1') !== '%PDF-') throw new NotificationRefusedError('ValidationError: content is not a PDF', 400);
    return { providerNotificationId: `local-${randomUUID()}` };
  }
}
