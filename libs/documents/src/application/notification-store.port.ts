import type { Actor } from '../../../tenancy/src/index.js';
import type { NotificationRecord } from '../domain/notification.js';

/** A notification as first recorded (sending), with the keys its foreign keys need. */
export type NewNotification = Pick<NotificationRecord, 'notificationId' | 'accountReference' | 'billNumber' | 'channel' | 'provider' | 'recipient' | 'templateId' | 'personalisation' | 'documentId'>
  & { readonly accountId: string; readonly billId: string };

export type NotificationOutcome =
  | { readonly status: 'accepted'; readonly providerNotificationId: string }
  | { readonly status: 'failed'; readonly failure: string };

/** Where notifications are recorded: before the provider is asked (sending), then with its answer. */
export abstract class NotificationStore {
  abstract record(actor: Actor, councilId: string, notification: NewNotification, reason: string): Promise<NotificationRecord>;
  abstract settle(actor: Actor, councilId: string, notificationId: string, outcome: NotificationOutcome, reason: string): Promise<NotificationRecord>;
  /** Newest first. */
  abstract listForAccount(actor: Actor, councilId: string, accountReference: string): Promise<NotificationRecord[]>;
}
