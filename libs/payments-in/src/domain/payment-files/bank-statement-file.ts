import type { IsoDate } from '../../../../kernel/src/index.js';
import { badLine, dateIn, field, paymentFile, poundsToPence, readCsv, type PaymentFile } from './payment-file.js';

/**
 * A bank statement's credits as the bank's online service exports them (the common UK layout). A
 * statement line has no transaction id of its own, so a line posts once per file (hash and line).
 */
export const BANK_STATEMENT_COLUMNS = [
  'Transaction Date', 'Transaction Type', 'Sort Code', 'Account Number', 'Transaction Description', 'Debit Amount', 'Credit Amount', 'Balance',
] as const;

/** Payers quote the nine-digit account reference somewhere in the description the bank shows. */
const ACCOUNT_REFERENCE_IN_DESCRIPTION = /(?<![0-9])([0-9]{9})(?![0-9])/;

export function readBankStatementFile(content: string, today: IsoDate): PaymentFile {
  const lines = readCsv(content, BANK_STATEMENT_COLUMNS).map((row) => {
    if ((row.values['Debit Amount'] ?? '') !== '') throw badLine(row.lineNumber, 'Debit Amount', 'is money out: a credit file holds credits only');
    const description = field(row, 'Transaction Description');
    return {
      lineNumber: row.lineNumber,
      transactionId: null,
      // No reference in the description: the whole description goes with the money into suspense.
      accountReference: ACCOUNT_REFERENCE_IN_DESCRIPTION.exec(description)?.[1] ?? description,
      amountPence: poundsToPence(row, 'Credit Amount'),
      receivedOn: dateIn(row, 'Transaction Date', today),
      method: 'bank-transfer' as const,
    };
  });
  return paymentFile('bank-statement', content, lines);
}
