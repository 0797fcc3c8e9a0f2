import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../../database/src/index.js';
import { TenantTransactions, type Actor } from '../../../tenancy/src/index.js';
import {
  NotificationStore, type DeliveryReceipt, type NewNotification, type NotificationOutcome, type RecordedNotification,
} from '../application/notification-store.port.js';
import { receiptSupersedes, type NotificationRecord } from '../domain/notification.js';

const COLUMNS = `notification_id, account_reference, notice_kind, bill_number, recovery_stage_id, idempotency_key, channel, provider, recipient, template_id,
  personalisation, document_id, status, provider_notification_id, failure, delivery_status, sent_at, completed_at, receipt_at, created_at, created_by`;

const isoOrNull = (value: unknown) => (value === null ? null : (value as Date).toISOString());

function toNotification(row: Record<string, unknown>): NotificationRecord {
  return {
    notificationId: row.notification_id as string,
    accountReference: row.account_reference as string,
    noticeKind: row.notice_kind as NotificationRecord['noticeKind'],
    billNumber: row.bill_number === null ? null : Number(row.bill_number),
    recoveryStageId: row.recovery_stage_id as string | null,
    idempotencyKey: row.idempotency_key as string | null,
    channel: row.channel as NotificationRecord['channel'],
    provider: row.provider as NotificationRecord['provider'],
    recipient: row.recipient as string,
    templateId: row.template_id as string | null,
    personalisation: row.personalisation as Record<string, string> | null,
    documentId: row.document_id as string | null,
    status: row.status as NotificationRecord['status'],
    providerNotificationId: row.provider_notification_id as string | null,
    failure: row.failure as string | null,
    deliveryStatus: row.delivery_status as NotificationRecord['deliveryStatus'],
    sentAt: isoOrNull(row.sent_at),
    completedAt: isoOrNull(row.completed_at),
    receiptAt: isoOrNull(row.receipt_at),
    createdAt: (row.created_at as Date).toISOString(),
    createdBy: row.created_by as string,
  };
}

@Injectable()
export class TypeOrmNotificationStore extends NotificationStore {
  constructor(private readonly transactions: TenantTransactions) {
    super();
  }

  async record(actor: Actor, councilId: string, notification: NewNotification, reason: string): Promise<RecordedNotification> {
    const recorded = await this.transactions.inCouncil(actor, councilId, async (db) => {
      try {
        await db.query(
          `insert into notifications (council_id, notification_id, account_id, account_reference, notice_kind, bill_id, bill_number, recovery_stage_id, idempotency_key,
             channel, provider, recipient, template_id, personalisation, document_id, status, created_by)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15, 'sending', $16)`,
          [
            councilId, notification.notificationId, notification.accountId, notification.accountReference, notification.noticeKind, notification.billId,
            notification.billNumber, notification.recoveryStageId, notification.idempotencyKey, notification.channel, notification.provider, notification.recipient,
            notification.templateId, notification.personalisation === null ? null : JSON.stringify(notification.personalisation), notification.documentId, actor.subject,
          ],
        );
      } catch (error) {
        // The same key sent twice at once: the other request recorded it first, and that one is the notification.
        if (isUniqueViolation(error, 'notifications_idempotency_key')) return null;
        throw error;
      }
      return { notification: (await byId(db, councilId, notification.notificationId)) as NotificationRecord, created: true };
    }, reason);
    if (recorded) return recorded;
    const earlier = await this.findByIdempotencyKey(actor, councilId, notification.idempotencyKey as string);
    return { notification: earlier as NotificationRecord, created: false };
  }

  findByIdempotencyKey(actor: Actor, councilId: string, idempotencyKey: string): Promise<NotificationRecord | null> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [row] = await db.query(`select ${COLUMNS} from notifications where council_id = $1 and idempotency_key = $2`, [councilId, idempotencyKey]);
      return row ? toNotification(row) : null;
    });
  }

  settle(actor: Actor, councilId: string, notificationId: string, outcome: NotificationOutcome, reason: string): Promise<NotificationRecord> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      await db.query(
        `update notifications set status = $3, provider_notification_id = $4, failure = $5, updated_at = now() where council_id = $1 and notification_id = $2 and status = 'sending'`,
        [councilId, notificationId, outcome.status, outcome.status === 'accepted' ? outcome.providerNotificationId : null, outcome.status === 'failed' ? outcome.failure.slice(0, 2000) : null],
      );
      return (await byId(db, councilId, notificationId)) as NotificationRecord;
    }, reason);
  }

  applyReceipt(actor: Actor, councilId: string, receipt: DeliveryReceipt, reason: string) {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [row] = await db.query(
        `select notification_id, delivery_status, provider_created_at, sent_at, completed_at from notifications
          where council_id = $1 and provider_notification_id = $2 for update`,
        [councilId, receipt.providerNotificationId],
      );
      if (!row) return null;
      const same = row.delivery_status === receipt.status && isoOrNull(row.sent_at) === iso(receipt.sentAt) && isoOrNull(row.completed_at) === iso(receipt.completedAt)
        && isoOrNull(row.provider_created_at) === iso(receipt.providerCreatedAt);
      const changed = !same && receiptSupersedes(row.delivery_status, receipt.status);
      if (changed) {
        await db.query(
          `update notifications set delivery_status = $3, provider_created_at = $4, sent_at = $5, completed_at = $6, receipt_at = now(), updated_at = now()
            where council_id = $1 and notification_id = $2`,
          [councilId, row.notification_id, receipt.status, receipt.providerCreatedAt, receipt.sentAt, receipt.completedAt],
        );
      }
      return { notification: (await byId(db, councilId, row.notification_id)) as NotificationRecord, changed };
    }, reason);
  }

  listForAccount(actor: Actor, councilId: string, accountReference: string): Promise<NotificationRecord[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const rows = await db.query(`select ${COLUMNS} from notifications where council_id = $1 and account_reference = $2 order by created_at desc, notification_id`, [councilId, accountReference]);
      return rows.map(toNotification);
    });
  }
}

/** A receipt's timestamp as the database gives it back, so a repeated receipt compares equal. */
function iso(value: string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

async function byId(db: EntityManager, councilId: string, notificationId: string): Promise<NotificationRecord | null> {
  const [row] = await db.query(`select ${COLUMNS} from notifications where council_id = $1 and notification_id = $2`, [councilId, notificationId]);
  return row ? toNotification(row) : null;
}
