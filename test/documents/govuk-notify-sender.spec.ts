import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GovUkNotifySender, NotificationRefusedError, readNotifySettings } from '../../libs/documents/src/index.js';
import { FakeGovUkNotify } from '../support/fake-govuk-notify.js';

describe('GovUkNotifySender against a local fake of GOV.UK Notify', () => {
  const notify = new FakeGovUkNotify();
  const sender = (apiKey: string, baseUrl = notify.baseUrl) =>
    new GovUkNotifySender(readNotifySettings({ NOTIFY_API_KEY: apiKey, NOTIFY_BASE_URL: baseUrl, NOTIFY_NOTICE_EMAIL_TEMPLATE_ID: notify.templateId, NOTIFY_RECOVERY_EMAIL_TEMPLATE_ID: notify.recoveryTemplateId })!);

  beforeAll(() => notify.start());
  afterAll(() => notify.stop());

  it('signs each call so the fake accepts it, and returns Notify’s id', async () => {
    notify.team.add('rates@bakery.example');
    const accepted = await sender(notify.apiKey).sendEmail({ templateId: notify.templateId, emailAddress: 'rates@bakery.example', personalisation: { bill_number: '7' }, reference: 'ref-1' });
    expect(accepted.providerNotificationId).toBe(notify.received.at(-1)!.id);
    expect(notify.received.at(-1)!.claims.iss).toBe(notify.serviceId);
  });

  it('a key with the wrong secret is refused by Notify, and says so', async () => {
    const forged = `open-revenues-test-${notify.serviceId}-00000000-0000-4000-8000-000000000000`;
    const refused = sender(forged).sendLetter({ reference: 'ref-2', pdf: new TextEncoder().encode('%PDF-1.3 …') });
    await expect(refused).rejects.toBeInstanceOf(NotificationRefusedError);
    await expect(refused).rejects.toThrow(/GOV.UK Notify refused it \(403\): AuthError: Invalid token/);
  });

  it('content that is not a PDF is refused with Notify’s validation error', async () => {
    await expect(sender(notify.apiKey).sendLetter({ reference: 'ref-3', pdf: new TextEncoder().encode('not a pdf') }))
      .rejects.toThrow('GOV.UK Notify refused it (400): ValidationError: Letter content is not a valid PDF');
  });

  it('Notify out of reach is a refusal naming it, not a crash', async () => {
    const unreachable = sender(notify.apiKey, 'http://127.0.0.1:9');
    await expect(unreachable.sendLetter({ reference: 'ref-4', pdf: new TextEncoder().encode('%PDF-') })).rejects.toThrow(/GOV.UK Notify could not be reached/);
  });
});
