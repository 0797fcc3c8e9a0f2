import { describe, expect, it } from '@jest/globals';
import { checkNotificationTolerance, checkPaySignature, DEFAULT_NOTIFICATION_TOLERANCE_SECONDS as NOTIFICATION_TOLERANCE_SECONDS, NotificationRejectedError, payNotificationSignature, readPayNotification } from './govuk-pay-notification.js';

const NOW = new Date('2026-04-01T23:30:00Z');
const SECRET = 'webhook_test_secret_0123456789';

function body(overrides: Record<string, unknown> = {}, resource: Record<string, unknown> = {}): Buffer {
  return Buffer.from(JSON.stringify({
    webhook_message_id: 'msg-1', api_version: 1, created_date: '2026-04-01T23:29:00.000Z', resource_id: 'pay-1', resource_type: 'payment',
    event_type: 'card_payment_succeeded', ...overrides,
    resource: { payment_id: 'pay-1', amount: 12_050, reference: '000000018', state: { status: 'success', finished: true }, ...resource },
  }));
}

function rejection(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof NotificationRejectedError) return error.rejection;
    throw error;
  }
  throw new Error('accepted');
}

describe('GOV.UK Pay notifications', () => {
  it('accepts the HMAC-SHA256 of the exact body, and nothing else', () => {
    const raw = body();
    expect(() => checkPaySignature(raw, SECRET, payNotificationSignature(raw, SECRET))).not.toThrow();
    expect(rejection(() => checkPaySignature(raw, SECRET, payNotificationSignature(raw, 'another-secret-entirely')))).toBe('bad-signature');
    expect(rejection(() => checkPaySignature(Buffer.concat([raw, Buffer.from(' ')]), SECRET, payNotificationSignature(raw, SECRET)))).toBe('bad-signature');
    expect(rejection(() => checkPaySignature(raw, SECRET, undefined))).toBe('bad-signature');
    expect(rejection(() => checkPaySignature(raw, SECRET, 'zz'))).toBe('bad-signature');
  });

  it('reads a successful card payment: pence, reference, and the London date it was taken', () => {
    expect(readPayNotification(body(), NOW)).toEqual({
      eventType: 'card_payment_succeeded',
      // 23:29 UTC on 1 April is 00:29 on 2 April in London (BST).
      payment: { providerPaymentId: 'pay-1', amountPence: 12_050, accountReference: '000000018', receivedOn: '2026-04-02' },
    });
  });

  it('rejects a notification older (or further ahead) than the tolerance as stale', () => {
    const old = new Date(NOW.getTime() - (NOTIFICATION_TOLERANCE_SECONDS + 1) * 1000).toISOString();
    expect(rejection(() => readPayNotification(body({ created_date: old }), NOW))).toBe('stale');
    const ahead = new Date(NOW.getTime() + (NOTIFICATION_TOLERANCE_SECONDS + 1) * 1000).toISOString();
    expect(rejection(() => readPayNotification(body({ created_date: ahead }), NOW))).toBe('stale');
  });

  it('takes a council\'s own tolerance: a retry an hour late is fresh with a two-hour tolerance, stale with the default', () => {
    const hourLate = body({ created_date: new Date(NOW.getTime() - 3600 * 1000).toISOString() });
    expect(rejection(() => readPayNotification(hourLate, NOW))).toBe('stale');
    expect(readPayNotification(hourLate, NOW, 7200)).toMatchObject({ payment: { providerPaymentId: 'pay-1' } });
  });

  it.each([0, 59, 3 * 24 * 3600 + 1, 90.5])('refuses a tolerance of %p seconds, naming the field', (seconds) => {
    expect(() => checkNotificationTolerance(seconds)).toThrow(expect.objectContaining({ field: 'toleranceSeconds' }));
  });

  it('ignores other events and payments that did not succeed', () => {
    expect(readPayNotification(body({ event_type: 'card_payment_refunded' }), NOW)).toMatchObject({ payment: null, providerPaymentId: 'pay-1' });
    expect(readPayNotification(body({}, { state: { status: 'failed' } }), NOW)).toMatchObject({ payment: null, ignoredBecause: expect.stringContaining('failed') });
  });

  it.each([
    ['not JSON', Buffer.from('{oops')],
    ['no created_date', body({ created_date: undefined })],
    ['an amount in pounds', body({}, { amount: 120.5 })],
    ['no reference', body({}, { reference: '' })],
    ['no resource', Buffer.from(JSON.stringify({ created_date: NOW.toISOString(), event_type: 'card_payment_succeeded' }))],
  ])('rejects a body with %s as malformed', (_name, raw) => {
    expect(rejection(() => readPayNotification(raw, NOW))).toBe('malformed');
  });
});
