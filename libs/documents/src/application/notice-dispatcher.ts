import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InvalidInputError } from '../../../kernel/src/index.js';
import type { Actor } from '../../../tenancy/src/index.js';
import type { Addressee } from '../domain/document-facts.js';
import type { NotificationRecord } from '../domain/notification.js';
import type { DocumentKind } from '../domain/stored-document.js';
import { DocumentStore } from './document-store.port.js';
import { NotificationRefusedError, NotificationSender, type AcceptedNotification } from './notification-sender.port.js';
import { NotificationStore, type NewNotification, type RecordedNotification } from './notification-store.port.js';

/** The notice to send, as the notification records it. */
export interface NoticeTarget {
  readonly noticeKind: DocumentKind;
  readonly accountId: string;
  readonly accountReference: string;
  readonly billId: string | null;
  readonly billNumber: number | null;
  readonly recoveryStageId: string | null;
}

/** How to reach the ratepayer: the email, else a letter with the notice's stored PDF. */
export interface NoticeDelivery {
  readonly emailAddress: string | null;
  readonly templateId: string;
  readonly personalisation: () => Record<string, string>;
  readonly addressee: Addressee;
  /** The stored document's id; only called when it goes by letter. */
  readonly letterDocumentId: () => Promise<string>;
}

const MAX_IDEMPOTENCY_KEY = 200;

/** An idempotency key as sent: absent, or 1 to 200 characters, or an error naming the field. */
export function checkIdempotencyKey(key: string | null | undefined): string | null {
  if (key === undefined || key === null) return null;
  if (typeof key !== 'string' || key.trim() === '' || key.length > MAX_IDEMPOTENCY_KEY) {
    throw new InvalidInputError('idempotencyKey', `must be 1 to ${MAX_IDEMPOTENCY_KEY} characters`);
  }
  return key;
}

/**
 * Sends one notice to its ratepayer, whatever the notice: recorded before the provider is asked,
 * then with its answer, a refusal kept as a failed notification in the provider's words. With an
 * idempotency key the notice is sent once: the same key again returns the first notification.
 */
@Injectable()
export class NoticeDispatcher {
  constructor(
    private readonly documents: DocumentStore,
    private readonly notifications: NotificationStore,
    private readonly sender: NotificationSender,
  ) {}

  /** The notification sent earlier with this key, if any; an error when that was for another notice. */
  async earlier(actor: Actor, councilId: string, idempotencyKey: string | null, sameNotice: (earlier: NotificationRecord) => boolean): Promise<NotificationRecord | null> {
    if (idempotencyKey === null) return null;
    const earlier = await this.notifications.findByIdempotencyKey(actor, councilId, idempotencyKey);
    if (earlier && !sameNotice(earlier)) throw new InvalidInputError('idempotencyKey', 'was used already to send another notice: use a new key for each notice');
    return earlier;
  }

  async dispatch(actor: Actor, councilId: string, target: NoticeTarget, delivery: NoticeDelivery, idempotencyKey: string | null, reason: string): Promise<RecordedNotification> {
    const notificationId = randomUUID();
    const base = { ...target, notificationId, idempotencyKey, provider: this.sender.provider };
    if (delivery.emailAddress) {
      const emailAddress = delivery.emailAddress;
      const personalisation = delivery.personalisation();
      const { templateId } = delivery;
      const recorded: NewNotification = { ...base, channel: 'email', recipient: emailAddress, templateId, personalisation, documentId: null };
      return this.send(actor, councilId, recorded, reason, () => this.sender.sendEmail({ templateId, emailAddress, personalisation, reference: notificationId }));
    }
    const documentId = await delivery.letterDocumentId();
    const content = await this.documents.content(actor, councilId, documentId);
    if (!content) throw new Error(`document ${documentId} was stored but cannot be read back`);
    const recipient = [delivery.addressee.name, delivery.addressee.postcode].filter(Boolean).join(', ');
    const recorded: NewNotification = { ...base, channel: 'letter', recipient, templateId: null, personalisation: null, documentId };
    return this.send(actor, councilId, recorded, reason, () => this.sender.sendLetter({ reference: notificationId, pdf: content.bytes }));
  }

  private async send(actor: Actor, councilId: string, notification: NewNotification, reason: string, call: () => Promise<AcceptedNotification>): Promise<RecordedNotification> {
    const recorded = await this.notifications.record(actor, councilId, notification, reason);
    // Recorded meanwhile under the same key by a request sent at the same time: that one is sent, not this.
    if (!recorded.created) return recorded;
    try {
      const accepted = await call();
      return { notification: await this.notifications.settle(actor, councilId, notification.notificationId, { status: 'accepted', providerNotificationId: accepted.providerNotificationId }, reason), created: true };
    } catch (error) {
      if (!(error instanceof NotificationRefusedError)) throw error;
      return { notification: await this.notifications.settle(actor, councilId, notification.notificationId, { status: 'failed', failure: error.message }, reason), created: true };
    }
  }
}
