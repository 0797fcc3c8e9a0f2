import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TenantTransactions, type Actor } from '../../../tenancy/src/index.js';
import { NotificationStore, type NewNotification, type NotificationOutcome } from '../application/notification-store.port.js';
import type { NotificationRecord } from '../domain/notification.js';

const COLUMNS = `notification_id, account_reference, bill_number, channel, provider, recipient, template_id, personalisation, document_id, status,
  provider_notification_id, failure, created_at, created_by`;

function toNotification(row: Record<string, unknown>): NotificationRecord {
  return {
    notificationId: row.notification_id as string,
    accountReference: row.account_reference as string,
    billNumber: Number(row.bill_number),
    channel: row.channel as NotificationRecord['channel'],
    provider: row.provider as NotificationRecord['provider'],
    recipient: row.recipient as string,
    templateId: row.template_id as string | null,
    personalisation: row.personalisation as Record<string, string> | null,
    documentId: row.document_id as string | null,
    status: row.status as NotificationRecord['status'],
    providerNotificationId: row.provider_notification_id as string | null,
    failure: row.failure as string | null,
    createdAt: (row.created_at as Date).toISOString(),
    createdBy: row.created_by as string,
  };
}

@Injectable()
export class TypeOrmNotificationStore extends NotificationStore {
  constructor(private readonly transactions: TenantTransactions) {
    super();
  }

  record(actor: Actor, councilId: string, notification: NewNotification, reason: string): Promise<NotificationRecord> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      await db.query(
        `insert into notifications (council_id, notification_id, account_id, account_reference, bill_id, bill_number, channel, provider, recipient, template_id, personalisation, document_id, status, created_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, 'sending', $13)`,
        [
          councilId, notification.notificationId, notification.accountId, notification.accountReference, notification.billId, notification.billNumber, notification.channel,
          notification.provider, notification.recipient, notification.templateId, notification.personalisation === null ? null : JSON.stringify(notification.personalisation),
          notification.documentId, actor.subject,
        ],
      );
      return (await byId(db, councilId, notification.notificationId)) as NotificationRecord;
    }, reason);
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

  listForAccount(actor: Actor, councilId: string, accountReference: string): Promise<NotificationRecord[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const rows = await db.query(`select ${COLUMNS} from notifications where council_id = $1 and account_reference = $2 order by created_at desc, notification_id`, [councilId, accountReference]);
      return rows.map(toNotification);
    });
  }
}

async function byId(db: EntityManager, councilId: string, notificationId: string): Promise<NotificationRecord | null> {
  const [row] = await db.query(`select ${COLUMNS} from notifications where council_id = $1 and notification_id = $2`, [councilId, notificationId]);
  return row ? toNotification(row) : null;
}
