import type { Actor } from '../../../tenancy/src/index.js';
import type { DeliveryStatus, NotificationRecord } from '../domain/notification.js';

/** A notification as first recorded (sending), with the keys its foreign keys need. */
export type NewNotification = Pick<NotificationRecord,
  'notificationId' | 'accountReference' | 'noticeKind' | 'billNumber' | 'recoveryStageId' | 'idempotencyKey' | 'channel' | 'provider' | 'recipient' | 'templateId' | 'personalisation' | 'documentId'>
  & { readonly accountId: string; readonly billId: string | null };

export type NotificationOutcome =
  | { readonly status: 'accepted'; readonly providerNotificationId: string }
  | { readonly status: 'failed'; readonly failure: string };

/** A provider's delivery receipt, as the store applies it. */
export interface DeliveryReceipt {
  readonly providerNotificationId: string;
  readonly status: DeliveryStatus;
  readonly providerCreatedAt: string | null;
  readonly sentAt: string | null;
  readonly completedAt: string | null;
}

/** A notification recorded now, or the one recorded before under the same idempotency key. */
export interface RecordedNotification {
  readonly notification: NotificationRecord;
  readonly created: boolean;
}

/** Where notifications are recorded: before the provider is asked (sending), then with its answer, then its receipts. */
export abstract class NotificationStore {
  /** When the notification's idempotency key was used already, resolves to that notification, not created. */
  abstract record(actor: Actor, councilId: string, notification: NewNotification, reason: string): Promise<RecordedNotification>;
  abstract findByIdempotencyKey(actor: Actor, councilId: string, idempotencyKey: string): Promise<NotificationRecord | null>;
  abstract settle(actor: Actor, councilId: string, notificationId: string, outcome: NotificationOutcome, reason: string): Promise<NotificationRecord>;
  /**
   * Applies a receipt to the notification the provider knows by that id, unless it says nothing new
   * or would take it back a stage. Null when no notification of this council has that id.
   */
  abstract applyReceipt(actor: Actor, councilId: string, receipt: DeliveryReceipt, reason: string): Promise<{ readonly notification: NotificationRecord; readonly changed: boolean } | null>;
  /** Newest first. */
  abstract listForAccount(actor: Actor, councilId: string, accountReference: string): Promise<NotificationRecord[]>;
}
