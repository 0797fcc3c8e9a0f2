import type { IsoDate } from '../../../../kernel/src/index.js';
import { badLine, dateIn, field, paymentFile, poundsToPence, readCsv, type LineMethod, type PaymentFile } from './payment-file.js';

/** An allpay daily transaction file in its CSV form: one payment a line, each with allpay's transaction id. */
export const ALLPAY_COLUMNS = ['Transaction ID', 'Client Code', 'Transaction Date', 'Client Reference', 'Amount', 'Payment Channel'] as const;

/** Counter payments (PayPoint, Post Office) are cash; the rest were paid by card. */
const METHOD_BY_CHANNEL: Record<string, LineMethod> = { PAYPOINT: 'cash', 'POST OFFICE': 'cash', INTERNET: 'card', TELEPHONE: 'card', APP: 'card', IVR: 'card' };

export function readAllpayFile(content: string, today: IsoDate): PaymentFile {
  const lines = readCsv(content, ALLPAY_COLUMNS).map((row) => {
    const channel = field(row, 'Payment Channel').toUpperCase();
    const method = METHOD_BY_CHANNEL[channel];
    if (!method) throw badLine(row.lineNumber, 'Payment Channel', `"${channel}" is not one of ${Object.keys(METHOD_BY_CHANNEL).join(', ')}`);
    return {
      lineNumber: row.lineNumber,
      transactionId: field(row, 'Transaction ID'),
      accountReference: field(row, 'Client Reference'),
      amountPence: poundsToPence(row, 'Amount'),
      receivedOn: dateIn(row, 'Transaction Date', today),
      method,
    };
  });
  return paymentFile('allpay', content, lines);
}
