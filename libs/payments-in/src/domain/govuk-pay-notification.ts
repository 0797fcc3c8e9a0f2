import { createHmac, timingSafeEqual } from 'node:crypto';
import { InvalidInputError, londonDate, type IsoDate } from '../../../kernel/src/index.js';

/**
 * How old (or how far ahead of our clock) a notification's `created_date` may be, unless the council
 * sets its own. GOV.UK Pay signs the body but puts no timestamp in the signature, so a captured
 * notification could be replayed; refusing old ones bounds that. Posting is idempotent anyway: a
 * replay inside the window posts nothing. Pay retries a failed delivery later with the same
 * `created_date`, so a council whose service was down longer than this sets a longer tolerance.
 */
export const DEFAULT_NOTIFICATION_TOLERANCE_SECONDS = 15 * 60;
/** A minute: less and an ordinary clock difference or delivery delay refuses good notifications. */
export const MIN_NOTIFICATION_TOLERANCE_SECONDS = 60;
/** Three days: past that a captured notification stays replayable for longer than any retry is worth. */
export const MAX_NOTIFICATION_TOLERANCE_SECONDS = 3 * 24 * 60 * 60;

/** A council's chosen tolerance, checked against the sane limits. */
export function checkNotificationTolerance(seconds: number): number {
  if (!Number.isSafeInteger(seconds) || seconds < MIN_NOTIFICATION_TOLERANCE_SECONDS || seconds > MAX_NOTIFICATION_TOLERANCE_SECONDS) {
    throw new InvalidInputError('toleranceSeconds', `must be a whole number of seconds from ${MIN_NOTIFICATION_TOLERANCE_SECONDS} (a minute) to ${MAX_NOTIFICATION_TOLERANCE_SECONDS} (three days)`);
  }
  return seconds;
}

/** Why a notification was refused: each is a 4xx with this reason, logged and recorded. */
export class NotificationRejectedError extends Error {
  constructor(
    readonly rejection: 'no-signing-secret' | 'bad-signature' | 'stale' | 'malformed',
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** A card payment the notification reports, as we post it. */
export interface CardPaymentSucceeded {
  readonly providerPaymentId: string;
  readonly amountPence: number;
  readonly accountReference: string;
  readonly receivedOn: IsoDate;
}

export type PayNotification =
  | { readonly eventType: string; readonly payment: CardPaymentSucceeded }
  | { readonly eventType: string; readonly payment: null; readonly ignoredBecause: string; readonly providerPaymentId: string | null };

/** The hex HMAC-SHA256 of the raw body with the council's signing secret, as GOV.UK Pay puts in `Pay-Signature`. */
export function payNotificationSignature(rawBody: Buffer, secret: string): string {
  return createHmac('sha256', secret).update(rawBody).digest('hex');
}

/** Compares in constant time, so the signature cannot be guessed a character at a time. */
export function checkPaySignature(rawBody: Buffer, secret: string, signature: string | undefined): void {
  if (!signature) throw new NotificationRejectedError('bad-signature', 'the Pay-Signature header is missing');
  const expected = Buffer.from(payNotificationSignature(rawBody, secret), 'hex');
  const given = /^[0-9a-fA-F]{64}$/.test(signature.trim()) ? Buffer.from(signature.trim(), 'hex') : Buffer.alloc(0);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new NotificationRejectedError('bad-signature', 'the Pay-Signature header is not the HMAC-SHA256 of the body with this council\'s signing secret');
  }
}

/**
 * Reads a signed notification's body. Only `card_payment_succeeded` with the payment's state
 * `success` carries money; any other event is acknowledged and ignored.
 */
export function readPayNotification(rawBody: Buffer, now: Date, toleranceSeconds = DEFAULT_NOTIFICATION_TOLERANCE_SECONDS): PayNotification {
  let body: unknown;
  try {
    body = JSON.parse(rawBody.toString('utf8'));
  } catch {
    throw malformed('the body is not JSON');
  }
  if (!isObject(body)) throw malformed('the body is not a JSON object');
  const created = checkCreatedDate(body.created_date, now, toleranceSeconds);
  const eventType = text(body, 'event_type');
  const resource = body.resource;
  if (!isObject(resource)) throw malformed('resource: must be the payment object');
  const providerPaymentId = typeof resource.payment_id === 'string' && resource.payment_id.length > 0 ? resource.payment_id : null;
  if (eventType !== 'card_payment_succeeded') return { eventType, payment: null, ignoredBecause: `event ${eventType} carries no money to post`, providerPaymentId };
  const status = isObject(resource.state) ? resource.state.status : undefined;
  if (status !== 'success') return { eventType, payment: null, ignoredBecause: `payment state is ${String(status)}, not success`, providerPaymentId };
  if (!providerPaymentId || providerPaymentId.length > 100) throw malformed('resource.payment_id: must be the payment id (1 to 100 characters)');
  const amount = resource.amount;
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount <= 0) throw malformed('resource.amount: must be a whole number of pence above nothing');
  const reference = text(resource, 'reference', 'resource.reference');
  return { eventType, payment: { providerPaymentId, amountPence: amount, accountReference: reference.trim(), receivedOn: londonDate(created) } };
}

function checkCreatedDate(value: unknown, now: Date, toleranceSeconds: number): Date {
  const created = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null;
  if (!created || Number.isNaN(created.getTime())) throw malformed('created_date: must be an ISO 8601 date and time such as 2026-04-01T10:15:00.000Z');
  const ageSeconds = (now.getTime() - created.getTime()) / 1000;
  if (Math.abs(ageSeconds) > toleranceSeconds) {
    throw new NotificationRejectedError('stale', `created_date ${value} is more than ${toleranceSeconds} seconds from this service's clock (the council's tolerance)`);
  }
  return created;
}

function text(object: Record<string, unknown>, key: string, name = key): string {
  const value = object[key];
  if (typeof value !== 'string' || value.length < 1 || value.length > 100) throw malformed(`${name}: must be text of 1 to 100 characters`);
  return value;
}

function malformed(reason: string): NotificationRejectedError {
  return new NotificationRejectedError('malformed', reason);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
