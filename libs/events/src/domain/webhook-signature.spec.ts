import { createHmac } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { signedWebhookRequest, WEBHOOK_HEADERS, type CouncilEvent } from './webhook-request.js';
import { verifyWebhookSignature, webhookSignature } from './webhook-signature.js';

const SECRET = 'whsec_0123456789abcdef0123456789abcdef';
const EVENT: CouncilEvent = {
  eventId: '6f0c1e1a-5a55-4f3e-9d8b-2f1f6a3b9c01', councilId: 'c0c0c0c0-0000-4000-8000-000000000001', type: 'payment.received', schemaVersion: 1,
  occurredAt: '2026-12-03T07:00:00.000Z', subject: '000000018', payload: { accountReference: '000000018', amountPence: 12_345 },
};

describe('webhook signatures', () => {
  it('is HMAC-SHA256 over the timestamp, a dot and the body, in hex after v1=', () => {
    const expected = createHmac('sha256', SECRET).update('1764745200.{"a":1}').digest('hex');
    expect(webhookSignature(SECRET, 1_764_745_200, '{"a":1}')).toBe(`v1=${expected}`);
  });

  it('a signed request verifies with the same secret within the window', () => {
    const now = new Date('2026-12-03T07:00:10Z');
    const request = signedWebhookRequest(EVENT, 'delivery-1', SECRET, now);
    const check = verifyWebhookSignature(SECRET, {
      body: request.body, signature: request.headers[WEBHOOK_HEADERS.signature], timestamp: request.headers[WEBHOOK_HEADERS.timestamp],
    }, Math.floor(now.getTime() / 1000) + 60);
    expect(check).toEqual({ valid: true });
    expect(JSON.parse(request.body)).toMatchObject({ id: EVENT.eventId, type: 'payment.received', subject: '000000018', data: { amountPence: 12_345 } });
    expect(request.headers[WEBHOOK_HEADERS.eventId]).toBe(EVENT.eventId);
    expect(request.headers[WEBHOOK_HEADERS.deliveryId]).toBe('delivery-1');
  });

  it('refuses another secret, a changed body, a changed timestamp, a missing header and a stale delivery', () => {
    const now = 1_764_745_200;
    const body = '{"amountPence":100}';
    const signature = webhookSignature(SECRET, now, body);
    const good = { body, signature, timestamp: String(now) };
    expect(verifyWebhookSignature(SECRET, good, now)).toEqual({ valid: true });
    expect(verifyWebhookSignature(`${SECRET}x`, good, now)).toEqual({ valid: false, reason: 'signature does not match' });
    expect(verifyWebhookSignature(SECRET, { ...good, body: '{"amountPence":999}' }, now)).toEqual({ valid: false, reason: 'signature does not match' });
    expect(verifyWebhookSignature(SECRET, { ...good, timestamp: String(now + 1) }, now)).toEqual({ valid: false, reason: 'signature does not match' });
    expect(verifyWebhookSignature(SECRET, { ...good, signature: undefined }, now)).toEqual({ valid: false, reason: 'signature does not match' });
    expect(verifyWebhookSignature(SECRET, { ...good, timestamp: undefined }, now)).toEqual({ valid: false, reason: 'no timestamp' });
    expect(verifyWebhookSignature(SECRET, good, now + 301)).toEqual({ valid: false, reason: 'timestamp outside the tolerance window' });
    expect(verifyWebhookSignature(SECRET, good, now - 301)).toEqual({ valid: false, reason: 'timestamp outside the tolerance window' });
    expect(verifyWebhookSignature(SECRET, good, now + 300)).toEqual({ valid: true });
  });
});
