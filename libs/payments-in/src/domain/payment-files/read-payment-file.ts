import { InvalidInputError, type IsoDate } from '../../../../kernel/src/index.js';
import { readAllpayFile } from './allpay-file.js';
import { readBankStatementFile } from './bank-statement-file.js';
import { readLocalGovImsFile } from './localgovims-file.js';
import { PAYMENT_FILE_FORMATS, type PaymentFile, type PaymentFileFormat } from './payment-file.js';

const READERS: Record<PaymentFileFormat, (content: string, today: IsoDate) => PaymentFile> = {
  localgovims: readLocalGovImsFile,
  'bank-statement': readBankStatementFile,
  allpay: readAllpayFile,
};

/** Reads and checks a whole payment file: any bad line and none of it is posted. */
export function readPaymentFile(format: string, content: string, today: IsoDate): PaymentFile {
  if (!(PAYMENT_FILE_FORMATS as readonly string[]).includes(format)) throw new InvalidInputError('format', `must be one of ${PAYMENT_FILE_FORMATS.join(', ')}`);
  if (typeof content !== 'string' || content.trim().length === 0) throw new InvalidInputError('file', 'is empty');
  return READERS[format as PaymentFileFormat](content, today);
}
