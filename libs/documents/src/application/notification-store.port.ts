import type { Actor } from '../../../tenancy/src/index.js';
import type { NotificationChannel, NotificationProvider, NotificationRecord } from '../domain/notification.js';

export interface NewNotification {
  readonly notificationId: string;
  readonly accountId: string;
  readonly accountReference: string;
  readonly billId: string;
  readonly billNumber: number;
  readonly channel: NotificationChannel;
  readonly provider: NotificationProvider;
  readonly recipient: string;
  readonly templateId: string | null;
  readonly personalisation: Readonly<Record<string, string>> | null;
  readonly documentId: string | null;
}

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
