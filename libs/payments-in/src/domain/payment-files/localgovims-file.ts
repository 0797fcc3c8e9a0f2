import type { IsoDate } from '../../../../kernel/src/index.js';
import { badLine, dateIn, field, paymentFile, poundsToPence, readCsv, type LineMethod, type PaymentFile } from './payment-file.js';

/**
 * A LocalGovIMS processed-transactions export: its ProcessedTransaction fields as CSV columns, one
 * transaction a line, filtered to the business rates fund. `Reference` is the transaction's own id.
 */
export const LOCALGOVIMS_COLUMNS = [
  'Reference', 'InternalReference', 'PspReference', 'OfficeCode', 'EntryDate', 'TransactionDate', 'AccountReference',
  'UserCode', 'FundCode', 'MopCode', 'Amount', 'VatCode', 'VatRate', 'VatAmount', 'Narrative',
] as const;

/** Method-of-payment codes are each council's own; these are the common ones, and anything else was taken by card. */
const METHOD_BY_MOP_CODE: Record<string, LineMethod> = { CASH: 'cash', CHQ: 'cheque', CHEQUE: 'cheque', DD: 'direct-debit', BACS: 'bank-transfer' };

export function readLocalGovImsFile(content: string, today: IsoDate): PaymentFile {
  const lines = readCsv(content, LOCALGOVIMS_COLUMNS).map((row) => {
    const amount = row.values.Amount ?? '';
    if (amount.startsWith('-')) throw badLine(row.lineNumber, 'Amount', 'is a refund or reversal: only payments in are imported');
    return {
      lineNumber: row.lineNumber,
      transactionId: field(row, 'Reference'),
      accountReference: field(row, 'AccountReference'),
      amountPence: poundsToPence(row, 'Amount'),
      receivedOn: dateIn(row, 'TransactionDate', today),
      method: METHOD_BY_MOP_CODE[(row.values.MopCode ?? '').toUpperCase()] ?? 'card',
    };
  });
  return paymentFile('localgovims', content, lines);
}
