import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { isUniqueViolation } from '../../../database/src/index.js';
import { ConflictError, type IsoDate } from '../../../kernel/src/index.js';
import { TenantTransactions, type Actor } from '../../../tenancy/src/index.js';
import {
  PaymentsInStore, type AccountHolder, type LineToPost, type NewNotification, type NewPaymentImport, type NotificationRecord, type PaymentImportRecord,
  type PaymentProvider, type PostingOutcome, type SealedSecret, type SigningSecretRecord,
} from '../application/payments-in-store.port.js';
import { DEFAULT_NOTIFICATION_TOLERANCE_SECONDS } from '../domain/govuk-pay-notification.js';
import type { PaymentFileFormat } from '../domain/payment-files/payment-file.js';
import { ACCOUNT_HOLDERS_SQL } from './account-holders.sql.js';
import { IMPORT_COLUMNS, NOTIFICATION_COLUMNS, toAccountHolder, toImport, toNotification } from './payments-in-rows.js';

const COUNTED_IN: Record<PostingOutcome, string> = { posted: 'posted', 'held-in-suspense': 'suspense', 'already-posted': 'already_posted' };

@Injectable()
export class TypeOrmPaymentsInStore extends PaymentsInStore {
  constructor(private readonly transactions: TenantTransactions) {
    super();
  }

  setSigningSecret(actor: Actor, councilId: string, provider: PaymentProvider, secret: SealedSecret, toleranceSeconds: number | null, reason: string): Promise<SigningSecretRecord> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [row] = await db.query(
        `insert into payment_signing_secrets (council_id, provider, sealed_secret, fingerprint, set_by, tolerance_seconds) values ($1, $2, $3, $4, $5, coalesce($6::integer, $7::integer))
         on conflict (council_id, provider) do update set sealed_secret = excluded.sealed_secret, fingerprint = excluded.fingerprint, set_by = excluded.set_by, set_at = now(),
                tolerance_seconds = coalesce($6::integer, payment_signing_secrets.tolerance_seconds)
         returning provider, fingerprint, tolerance_seconds, set_by, set_at`,
        [councilId, provider, secret.sealedSecret, secret.fingerprint, actor.subject, toleranceSeconds, DEFAULT_NOTIFICATION_TOLERANCE_SECONDS],
      );
      return toSecret(row);
    }, reason);
  }

  signingSecret(actor: Actor, councilId: string, provider: PaymentProvider) {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [row] = await db.query(`select provider, sealed_secret, fingerprint, tolerance_seconds, set_by, set_at from payment_signing_secrets where council_id = $1 and provider = $2`, [councilId, provider]);
      return row ? { ...toSecret(row), sealedSecret: row.sealed_secret as string } : null;
    });
  }

  recordNotification(actor: Actor, councilId: string, n: NewNotification, reason: string): Promise<NotificationRecord> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [row] = await db.query(
        `insert into payment_notifications (council_id, payment_notification_id, provider, outcome, reason, body_sha256, event_type, provider_payment_id, account_reference, amount_pence, payment_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning ${NOTIFICATION_COLUMNS}`,
        [councilId, randomUUID(), n.provider, n.outcome, n.reason, n.bodySha256, n.eventType?.slice(0, 100) ?? null, n.providerPaymentId?.slice(0, 100) ?? null, n.accountReference, n.amountPence, n.paymentId],
      );
      return toNotification(row);
    }, reason);
  }

  notifications(actor: Actor, councilId: string, limit: number): Promise<NotificationRecord[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) =>
      (await db.query(`select ${NOTIFICATION_COLUMNS} from payment_notifications where council_id = $1 order by received_at desc, payment_notification_id limit $2`, [councilId, limit])).map(toNotification));
  }

  findImport(actor: Actor, councilId: string, format: PaymentFileFormat, fileSha256: string): Promise<PaymentImportRecord | null> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [row] = await db.query(`select ${IMPORT_COLUMNS} from payment_imports where council_id = $1 and format = $2 and file_sha256 = $3`, [councilId, format, fileSha256]);
      return row ? toImport(row) : null;
    });
  }

  findImportById(actor: Actor, councilId: string, importId: string): Promise<PaymentImportRecord | null> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [row] = await db.query(`select ${IMPORT_COLUMNS} from payment_imports where council_id = $1 and payment_import_id = $2`, [councilId, importId]);
      return row ? toImport(row) : null;
    });
  }

  startImport(actor: Actor, councilId: string, started: NewPaymentImport, reason: string): Promise<PaymentImportRecord> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      try {
        const [row] = await db.query(
          `insert into payment_imports (council_id, payment_import_id, format, file_name, file_sha256, line_count, total_pence, started_by)
           values ($1, $2, $3, $4, $5, $6, $7, $8) returning ${IMPORT_COLUMNS}`,
          [councilId, randomUUID(), started.format, started.fileName, started.fileSha256, started.lineCount, started.totalPence, actor.subject],
        );
        return toImport(row);
      } catch (error) {
        if (isUniqueViolation(error, 'payment_imports_file_key')) throw new ConflictError('this file was started meanwhile', 'file');
        throw error;
      }
    }, reason);
  }

  postLines(actor: Actor, councilId: string, importId: string, lines: readonly LineToPost[], reason: string): Promise<void> {
    return this.transactions.inOneTransaction(actor, councilId, () => this.transactions.inCouncil(actor, councilId, async (db) => {
      const [{ lines_done: done }] = await db.query(`select lines_done from payment_imports where council_id = $1 and payment_import_id = $2 for update`, [councilId, importId]);
      const toDo = lines.filter((line) => line.position > done);
      if (toDo.length === 0) return;
      if (toDo[0].position !== done + 1) throw new Error(`import ${importId} is at line ${done}, not ready for line ${toDo[0].position}`);
      const counts = { posted: [0, 0], suspense: [0, 0], already_posted: [0, 0] } as Record<string, [number, number]>;
      for (const line of toDo) {
        const counted = counts[COUNTED_IN[await line.post()]];
        counted[0] += 1;
        counted[1] += line.amountPence;
      }
      await db.query(
        `update payment_imports set lines_done = lines_done + $3,
                posted_count = posted_count + $4, posted_pence = posted_pence + $5, suspense_count = suspense_count + $6, suspense_pence = suspense_pence + $7,
                already_posted_count = already_posted_count + $8, already_posted_pence = already_posted_pence + $9,
                completed_at = case when lines_done + $3 = line_count then now() else null end
          where council_id = $1 and payment_import_id = $2`,
        [councilId, importId, toDo.length, ...counts.posted, ...counts.suspense, ...counts.already_posted],
      );
    }, reason), reason);
  }

  imports(actor: Actor, councilId: string, limit: number): Promise<PaymentImportRecord[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) =>
      (await db.query(`select ${IMPORT_COLUMNS} from payment_imports where council_id = $1 order by started_at desc, payment_import_id limit $2`, [councilId, limit])).map(toImport));
  }

  accountHolders(actor: Actor, councilId: string, afterReference: string | null, limit: number, asAt: IsoDate): Promise<AccountHolder[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) => (await db.query(ACCOUNT_HOLDERS_SQL, [councilId, afterReference, limit, asAt])).map(toAccountHolder));
  }
}

function toSecret(row: Record<string, unknown>): SigningSecretRecord {
  return { provider: row.provider as PaymentProvider, fingerprint: row.fingerprint as string, toleranceSeconds: row.tolerance_seconds as number, setBy: row.set_by as string, setAt: (row.set_at as Date).toISOString() };
}
