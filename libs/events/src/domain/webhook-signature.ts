import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * How a delivery is signed: HMAC-SHA256, keyed with the subscription's secret, over the timestamp
 * (whole seconds since the epoch, as sent in `Revenues-Webhook-Timestamp`), a dot, and the exact
 * body bytes. Sent as `Revenues-Webhook-Signature: v1=<hex>`. Signing the timestamp with the body
 * lets a receiver refuse an old delivery replayed by someone who captured it.
 */
export const SIGNATURE_SCHEME = 'v1';

/** Five minutes either way: a receiver's clock may drift, but a captured delivery soon goes stale. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

export function webhookSignature(secret: string, timestampSeconds: number, body: string): string {
  const digest = createHmac('sha256', secret).update(`${timestampSeconds}.${body}`, 'utf8').digest('hex');
  return `${SIGNATURE_SCHEME}=${digest}`;
}

export interface SignedDelivery {
  /** The `Revenues-Webhook-Signature` header as received. */
  readonly signature: string | undefined;
  /** The `Revenues-Webhook-Timestamp` header as received. */
  readonly timestamp: string | undefined;
  /** The request body exactly as received, before any JSON parsing. */
  readonly body: string;
}

export type SignatureCheck = { readonly valid: true } | { readonly valid: false; readonly reason: string };

/**
 * What a receiver runs on each delivery (the docs give a copy to paste): the signature must match
 * in constant time and the timestamp must be within `toleranceSeconds` of the receiver's clock.
 */
export function verifyWebhookSignature(
  secret: string, delivery: SignedDelivery, nowSeconds = Math.floor(Date.now() / 1000), toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): SignatureCheck {
  if (!delivery.timestamp || !/^[0-9]{1,12}$/.test(delivery.timestamp)) return { valid: false, reason: 'no timestamp' };
  const timestamp = Number(delivery.timestamp);
  if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) return { valid: false, reason: 'timestamp outside the tolerance window' };
  const expected = Buffer.from(webhookSignature(secret, timestamp, delivery.body), 'utf8');
  const given = Buffer.from(delivery.signature ?? '', 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { valid: false, reason: 'signature does not match' };
  return { valid: true };
}
