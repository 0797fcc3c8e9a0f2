import { SignJWT } from 'jose';
import { NotificationRefusedError, NotificationSender, type AcceptedNotification, type EmailToSend, type LetterToSend } from '../application/notification-sender.port.js';
import type { NotifySettings } from './notify-settings.js';

/** Notify's error body: `{ status_code, errors: [{ error, message }] }`. */
interface NotifyErrorBody {
  readonly status_code?: number;
  readonly errors?: ReadonlyArray<{ readonly error?: string; readonly message?: string }>;
}

/**
 * GOV.UK Notify's REST API (v2), called directly: `POST /v2/notifications/email` with a template
 * and personalisation, `POST /v2/notifications/letter` with a precompiled PDF as base64. Each call
 * carries a fresh bearer JWT (HS256 with the key's secret, `iss` the service id, `iat` now), as
 * Notify's clients do; Notify refuses tokens more than 30 seconds old.
 */
export class GovUkNotifySender extends NotificationSender {
  readonly provider = 'govuk-notify' as const;
  readonly noticeEmailTemplateId: string;
  readonly recoveryEmailTemplateId: string;

  constructor(private readonly settings: NotifySettings) {
    super();
    this.noticeEmailTemplateId = settings.noticeEmailTemplateId;
    this.recoveryEmailTemplateId = settings.recoveryEmailTemplateId;
  }

  sendEmail(email: EmailToSend): Promise<AcceptedNotification> {
    return this.post('/v2/notifications/email', {
      template_id: email.templateId, email_address: email.emailAddress, personalisation: email.personalisation, reference: email.reference,
    });
  }

  sendLetter(letter: LetterToSend): Promise<AcceptedNotification> {
    return this.post('/v2/notifications/letter', { reference: letter.reference, content: Buffer.from(letter.pdf).toString('base64') });
  }

  private async post(path: string, body: object): Promise<AcceptedNotification> {
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(this.settings.serviceId)
      .setIssuedAt()
      .sign(new TextEncoder().encode(this.settings.secretKey));
    let response: Response;
    try {
      response = await fetch(`${this.settings.baseUrl}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'user-agent': 'open-revenues' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
    } catch (error) {
      throw new NotificationRefusedError(`GOV.UK Notify could not be reached: ${(error as Error).message}`, null);
    }
    const text = await response.text();
    if (!response.ok) throw new NotificationRefusedError(`GOV.UK Notify refused it (${response.status}): ${describeErrors(text)}`, response.status);
    const id = parse<{ id?: unknown }>(text)?.id;
    if (typeof id !== 'string' || id === '') throw new NotificationRefusedError(`GOV.UK Notify answered ${response.status} without a notification id`, response.status);
    return { providerNotificationId: id };
  }
}

function describeErrors(text: string): string {
  const errors = parse<NotifyErrorBody>(text)?.errors;
  if (!errors || errors.length === 0) return text.slice(0, 500) || 'no details given';
  return errors.map((each) => `${each.error ?? 'Error'}: ${each.message ?? ''}`).join('; ');
}

function parse<T>(text: string): T | null {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}
