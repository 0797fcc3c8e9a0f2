import { pence } from '../../../database/src/index.js';
import type { AccountHolder, NotificationRecord, PaymentImportRecord } from '../application/payments-in-store.port.js';
import type { PaymentFileFormat } from '../domain/payment-files/payment-file.js';

type Row = Record<string, unknown>;
const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));
const nullablePence = (value: unknown) => (value === null || value === undefined ? null : pence(value as string));

export const NOTIFICATION_COLUMNS = `payment_notification_id, provider, received_at, outcome, reason, body_sha256, event_type, provider_payment_id,
  account_reference, amount_pence, payment_id`;

export function toNotification(row: Row): NotificationRecord {
  return {
    notificationId: row.payment_notification_id as string,
    provider: 'govuk-pay',
    receivedAt: iso(row.received_at),
    outcome: row.outcome as NotificationRecord['outcome'],
    reason: row.reason as string,
    bodySha256: row.body_sha256 as string,
    eventType: (row.event_type as string | null) ?? null,
    providerPaymentId: (row.provider_payment_id as string | null) ?? null,
    accountReference: (row.account_reference as string | null) ?? null,
    amountPence: nullablePence(row.amount_pence),
    paymentId: (row.payment_id as string | null) ?? null,
  };
}

export const IMPORT_COLUMNS = `payment_import_id, format, file_name, file_sha256, line_count, total_pence, lines_done, posted_count, posted_pence,
  suspense_count, suspense_pence, already_posted_count, already_posted_pence, started_by, started_at, completed_at`;

export function toImport(row: Row): PaymentImportRecord {
  return {
    importId: row.payment_import_id as string,
    format: row.format as PaymentFileFormat,
    fileName: row.file_name as string,
    fileSha256: row.file_sha256 as string,
    lineCount: row.line_count as number,
    totalPence: pence(row.total_pence as string),
    linesDone: row.lines_done as number,
    postedCount: row.posted_count as number,
    postedPence: pence(row.posted_pence as string),
    suspenseCount: row.suspense_count as number,
    suspensePence: pence(row.suspense_pence as string),
    alreadyPostedCount: row.already_posted_count as number,
    alreadyPostedPence: pence(row.already_posted_pence as string),
    startedBy: row.started_by as string,
    startedAt: iso(row.started_at),
    completedAt: row.completed_at === null ? null : iso(row.completed_at),
  };
}

export function toAccountHolder(row: Row): AccountHolder {
  const lines = [row.address_line_1, row.address_line_2, row.address_line_3, row.address_line_4].filter((line): line is string => typeof line === 'string' && line.length > 0);
  return {
    accountReference: row.reference as string,
    balancePence: pence(row.balance_pence as string),
    name: row.name as string,
    addressLines: lines,
    postcode: (row.postcode as string | null) ?? null,
  };
}
