import type { NotificationProvider } from '../domain/notification.js';

export interface EmailToSend {
  /** The provider's template (in GOV.UK Notify, a template id set up in the service). */
  readonly templateId: string;
  readonly emailAddress: string;
  readonly personalisation: Readonly<Record<string, string>>;
  /** Ours, echoed back by the provider: the notification's id. */
  readonly reference: string;
}

export interface LetterToSend {
  readonly reference: string;
  /** A precompiled letter: the PDF, the address printed in it. */
  readonly pdf: Uint8Array;
}

/** The provider's id for what it accepted. */
export interface AcceptedNotification {
  readonly providerNotificationId: string;
}

/** The provider refused what was sent, or could not be reached; `message` says why in its words. */
export class NotificationRefusedError extends Error {
  constructor(
    message: string,
    /** The provider's HTTP status, when it answered. */
    readonly status: number | null,
  ) {
    super(message);
  }
}

/**
 * Sends emails and letters to ratepayers, GOV.UK Notify-shaped: an email is a template with
 * personalisation, a letter a precompiled PDF. Resolves when the provider has accepted it; rejects
 * with NotificationRefusedError when it refuses.
 */
export abstract class NotificationSender {
  abstract readonly provider: NotificationProvider;
  /** The template used for a notice's email (Notify: a template id from the service's settings). */
  abstract readonly noticeEmailTemplateId: string;
  /** The template used for a reminder's or final notice's email. */
  abstract readonly recoveryEmailTemplateId: string;
  abstract sendEmail(email: EmailToSend): Promise<AcceptedNotification>;
  abstract sendLetter(letter: LetterToSend): Promise<AcceptedNotification>;
}
