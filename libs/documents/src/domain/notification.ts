import type { DocumentKind } from './stored-document.js';

/** How a notification reaches the ratepayer. */
export type NotificationChannel = 'email' | 'letter';
/** Which sender took it: GOV.UK Notify, or the local sink used for demos and tests. */
export type NotificationProvider = 'govuk-notify' | 'local-sink';
/** Sending: recorded, provider not yet answered. Accepted: the provider took it. Failed: the provider refused it or could not be reached. */
export type NotificationStatus = 'sending' | 'accepted' | 'failed';

export interface NotificationRecord {
  /** Also the reference sent to the provider, which it returns in its callbacks and lists. */
  readonly notificationId: string;
  readonly accountReference: string;
  /** The notice sent: a demand notice (a bill), a reminder or a final notice (a recovery stage). */
  readonly noticeKind: DocumentKind;
  readonly billNumber: number | null;
  readonly recoveryStageId: string | null;
  /** The client's Idempotency-Key it was sent with, if any. */
  readonly idempotencyKey: string | null;
  readonly channel: NotificationChannel;
  readonly provider: NotificationProvider;
  /** The email address, or for a letter the addressee's name and postcode (the address is printed in the PDF). */
  readonly recipient: string;
  readonly templateId: string | null;
  readonly personalisation: Readonly<Record<string, string>> | null;
  /** The letter's PDF, as stored. */
  readonly documentId: string | null;
  readonly status: NotificationStatus;
  readonly providerNotificationId: string | null;
  /** Why it failed, in the provider's words. */
  readonly failure: string | null;
  /** What the provider's delivery receipts last said (GOV.UK Notify's status), null before the first. */
  readonly deliveryStatus: DeliveryStatus | null;
  readonly sentAt: string | null;
  readonly completedAt: string | null;
  /** When the last receipt that changed it arrived. */
  readonly receiptAt: string | null;
  readonly createdAt: string;
  readonly createdBy: string;
}

/**
 * GOV.UK Notify's statuses as its callbacks send them: emails end delivered or in one of the
 * failures; letters pass through accepted to received, or fail validation or the virus scan.
 */
export const DELIVERY_STATUSES = [
  'created', 'sending', 'pending', 'pending-virus-check', 'accepted',
  'delivered', 'received', 'permanent-failure', 'temporary-failure', 'technical-failure', 'cancelled', 'virus-scan-failed', 'validation-failed',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

const IN_PROGRESS: readonly DeliveryStatus[] = ['created', 'sending', 'pending', 'pending-virus-check'];

export function isDeliveryStatus(value: unknown): value is DeliveryStatus {
  return typeof value === 'string' && (DELIVERY_STATUSES as readonly string[]).includes(value);
}

/**
 * Whether a receipt should replace what the notification says. Notify may call back more than once
 * and out of order: a receipt never takes a notification back from a later stage (an in-progress
 * status after an accepted letter, or an accepted letter after it was received or failed).
 */
export function receiptSupersedes(current: DeliveryStatus | null, next: DeliveryStatus): boolean {
  return stageOf(next) >= (current === null ? -1 : stageOf(current));
}

function stageOf(status: DeliveryStatus): number {
  if (IN_PROGRESS.includes(status)) return 0;
  return status === 'accepted' ? 1 : 2;
}
