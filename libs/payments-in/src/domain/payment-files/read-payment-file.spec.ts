import { describe, expect, it } from '@jest/globals';
import { InvalidInputError } from '../../../../kernel/src/index.js';
import { idempotencyKeyFor } from './payment-file.js';
import { readPaymentFile } from './read-payment-file.js';

const TODAY = '2026-04-10';
const IMS_HEADER = 'Reference,InternalReference,PspReference,OfficeCode,EntryDate,TransactionDate,AccountReference,UserCode,FundCode,MopCode,Amount,VatCode,VatRate,VatAmount,Narrative';
const BANK_HEADER = 'Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,Debit Amount,Credit Amount,Balance';
const ALLPAY_HEADER = 'Transaction ID,Client Code,Transaction Date,Client Reference,Amount,Payment Channel';

const ims = (...lines: string[]) => [IMS_HEADER, ...lines].join('\n');
const bank = (...lines: string[]) => [BANK_HEADER, ...lines].join('\r\n');
const allpay = (...lines: string[]) => [ALLPAY_HEADER, ...lines].join('\n');

/** The error a bad file gives: its field (line and column) and reason. */
function problem(format: string, content: string): { field: string; reason: string } {
  try {
    readPaymentFile(format, content, TODAY);
  } catch (error) {
    if (error instanceof InvalidInputError) return { field: error.field, reason: error.reason };
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('LocalGovIMS processed transactions', () => {
  it('reads each transaction: its Reference as id, pounds as pence, the MOP code as method', () => {
    const file = readPaymentFile('localgovims', ims(
      'IMS0001,INT1,PSP1,01,2026-04-02T09:00:00,2026-04-01T17:45:12,000000018,12,NNDR,CARD,120.50,N,0,0,Rates',
      'IMS0002,INT2,,01,2026-04-02T09:00:00,2026-04-02,000000026,12,NNDR,CASH,7,N,0,0,',
    ), TODAY);
    expect(file.lines).toEqual([
      { lineNumber: 2, transactionId: 'IMS0001', accountReference: '000000018', amountPence: 12_050, receivedOn: '2026-04-01', method: 'card' },
      { lineNumber: 3, transactionId: 'IMS0002', accountReference: '000000026', amountPence: 700, receivedOn: '2026-04-02', method: 'cash' },
    ]);
    expect(file.totalPence).toBe(12_750);
    expect(idempotencyKeyFor(file, file.lines[0])).toBe('localgovims:IMS0001');
  });

  it('refuses a refund line, naming the line and the column', () => {
    expect(problem('localgovims', ims('IMS0001,,,01,,2026-04-01,000000018,1,NNDR,CARD,-5.00,N,0,0,'))).toEqual({ field: 'line 2 Amount', reason: expect.stringContaining('refund') });
  });

  it('refuses a transaction id used twice in the file', () => {
    const line = 'IMS0001,,,01,,2026-04-01,000000018,1,NNDR,CARD,5.00,N,0,0,';
    expect(problem('localgovims', ims(line, line))).toEqual({ field: 'line 3 transaction id', reason: 'IMS0001 is also on line 2' });
  });
});

describe('bank statement credits', () => {
  it('finds the nine-digit reference in the description, or keeps the description for suspense; keys by hash and line', () => {
    const file = readPaymentFile('bank-statement', bank(
      '01/04/2026,BGC,30-99-50,12345678,SMITH LTD 000000018 RATES,,998.00,10998.00',
      '02/04/2026,FPI,30-99-50,12345678,J BLOGGS BUSINESS RATES,,50.00,11048.00',
    ), TODAY);
    expect(file.lines.map((line) => [line.accountReference, line.amountPence, line.receivedOn, line.method, line.transactionId])).toEqual([
      ['000000018', 99_800, '2026-04-01', 'bank-transfer', null],
      ['J BLOGGS BUSINESS RATES', 5_000, '2026-04-02', 'bank-transfer', null],
    ]);
    expect(idempotencyKeyFor(file, file.lines[1])).toBe(`bank-statement:${file.sha256}:3`);
  });

  it('refuses a debit: a credit file holds money in only', () => {
    expect(problem('bank-statement', bank('01/04/2026,DD,30-99-50,12345678,SUPPLIER,10.00,,9.00'))).toEqual({ field: 'line 2 Debit Amount', reason: expect.stringContaining('credits only') });
  });

  it('refuses a date that is not a date, and one after today', () => {
    expect(problem('bank-statement', bank('31/02/2026,BGC,30-99-50,12345678,X 000000018,,1.00,1.00')).field).toBe('line 2 Transaction Date');
    expect(problem('bank-statement', bank('11/04/2026,BGC,30-99-50,12345678,X 000000018,,1.00,1.00'))).toEqual({ field: 'line 2 Transaction Date', reason: '2026-04-11 is after today (2026-04-10)' });
  });
});

describe('allpay transactions', () => {
  const good = 'AP0001,ORV,2026-04-01,000000018,120.50,PAYPOINT';

  it('reads each payment: allpay\'s id, the client reference, counter payments as cash', () => {
    const file = readPaymentFile('allpay', allpay(good, 'AP0002,ORV,03/04/2026,000000026,0.99,INTERNET'), TODAY);
    expect(file.lines.map((line) => [line.transactionId, line.accountReference, line.amountPence, line.method])).toEqual([
      ['AP0001', '000000018', 12_050, 'cash'],
      ['AP0002', '000000026', 99, 'card'],
    ]);
  });

  it.each([
    ['an amount that is not pounds and pence', 'AP0001,ORV,2026-04-01,000000018,12.345,PAYPOINT', 'line 2 Amount'],
    ['an amount written as a float', 'AP0001,ORV,2026-04-01,000000018,1e3,PAYPOINT', 'line 2 Amount'],
    ['a zero amount', 'AP0001,ORV,2026-04-01,000000018,0.00,PAYPOINT', 'line 2 Amount'],
    ['an empty reference', 'AP0001,ORV,2026-04-01,,1.00,PAYPOINT', 'line 2 Client Reference'],
    ['an unknown channel', 'AP0001,ORV,2026-04-01,000000018,1.00,CARRIER PIGEON', 'line 2 Payment Channel'],
    ['a missing transaction id', ',ORV,2026-04-01,000000018,1.00,PAYPOINT', 'line 2 Transaction ID'],
    ['a line with too few columns', 'AP0001,ORV,2026-04-01', 'line 2'],
  ])('refuses %s, naming the line and field', (_name, line, field) => {
    expect(problem('allpay', allpay(good, line)).field).toBe(field.replace('line 2', 'line 3'));
  });

  it('refuses a file without the expected columns, naming them', () => {
    expect(problem('allpay', 'Transaction ID,Amount\nAP1,1.00')).toEqual({ field: 'line 1 header', reason: expect.stringContaining('Client Code') });
  });

  it('refuses an unknown format and an empty file', () => {
    expect(problem('sagepay', allpay(good)).field).toBe('format');
    expect(problem('allpay', '  ').field).toBe('file');
    expect(problem('allpay', ALLPAY_HEADER).field).toBe('file');
  });
});
