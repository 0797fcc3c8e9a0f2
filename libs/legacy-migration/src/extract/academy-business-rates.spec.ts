import { describe, expect, it } from '@jest/globals';
import { mappedRows, problem } from './fixtures/mapped-rows.js';
import type { MappedRow } from './map-extract.js';

const mapped = () => mappedRows('academy-business-rates', 'academy');
const at = (rows: MappedRow[], file: string, line: number) => rows.find((row) => row.file === file && row.line === line);

describe('the Academy business-rates profile', () => {
  it('reads the files in entity order, one row per line, with the line each record starts on', async () => {
    const rows = await mapped();
    expect(rows.map((row) => `${row.entity} ${row.file}:${row.line}`)).toEqual([
      'property nndr_property.csv:2', 'property nndr_property.csv:3',
      'account nndr_account.csv:2', 'account nndr_account.csv:3', 'account nndr_account.csv:4',
      'account nndr_account.csv:5', 'account nndr_account.csv:7',
      'liability nndr_occupation.csv:2', 'liability nndr_occupation.csv:3', 'liability nndr_occupation.csv:4',
      'relief nndr_relief.csv:2', 'relief nndr_relief.csv:3', 'relief nndr_relief.csv:4',
      'notice nndr_notice.csv:2', 'notice nndr_notice.csv:3',
      'transaction nndr_transaction.csv:2', 'transaction nndr_transaction.csv:3',
    ]);
  });

  it('maps a property: whole-pound RV, ISO dates, 31/12/2099 as still open, the SCat code to a use', async () => {
    expect(at(await mapped(), 'nndr_property.csv', 2)?.record).toEqual({
      legacyKey: 'P0001', baReference: 'OAK/0001', uarn: 1234567, uprn: 100012345678, addressLine1: '1 Market Street',
      addressLine2: null, addressLine3: 'Oakford', addressLine4: null, postcode: 'OK1 2AB', description: 'Shop and premises',
      scatCode: '249G', propertyUse: 'retail', listedBuilding: false, rateableValue: 12500, rateableValueFrom: '2026-04-01', emptyFrom: null,
    });
  });

  it('refuses pence in a rateable value and a 31st of February, naming the legacy columns', async () => {
    const row = at(await mapped(), 'nndr_property.csv', 3);
    expect(row?.record).toBeNull();
    expect(row?.problems).toEqual([
      problem('nndr_property.csv', 3, 'property', 'rv', '8000.50', 'not a whole number of pounds'),
      problem('nndr_property.csv', 3, 'property', 'rv_effective', '31/02/2026', 'not a real date'),
    ]);
  });

  it('maps an account with its check digit joined on, its first email from the lookup and its codes', async () => {
    const rows = await mapped();
    expect(at(rows, 'nndr_account.csv', 2)?.record).toEqual({
      legacyKey: '10000001', reference: '100000017', partyName: 'Brindle & Quayle Ltd', partyKind: 'company',
      companyNumber: '01234567', charityNumber: null, correspondenceLine1: "Unit 4, Tanner's Yard", correspondenceLine2: 'Mill Lane',
      correspondenceLine3: 'Oakford', correspondenceLine4: null, correspondencePostcode: 'OK1 2AB', email: 'accounts@brindle.example',
      phone: null, paymentMethod: 'direct-debit',
    });
    expect(at(rows, 'nndr_account.csv', 3)?.record).toMatchObject({ partyName: 'Café Verity', partyKind: 'individual', email: null, paymentMethod: 'cash' });
  });

  it('reports a wrong check digit, an unknown code, a bad joined email and a short row', async () => {
    const rows = await mapped();
    expect(at(rows, 'nndr_account.csv', 4)?.problems).toEqual([
      problem('nndr_account.csv', 4, 'account', 'account_ref+account_cd', '10000003 | 9', 'wrong check digit (luhn): expected 3'),
    ]);
    expect(at(rows, 'nndr_account.csv', 5)?.problems).toEqual([
      problem('nndr_account.csv', 5, 'account', 'paymeth_code', 'XYZ', 'unknown code XYZ in code map paymeth_code'),
      problem('nndr_account.csv', 5, 'account', 'emails.email_addr', 'not-an-email', 'email must be an email address'),
    ]);
    expect(at(rows, 'nndr_account.csv', 7)?.problems).toEqual([
      problem('nndr_account.csv', 7, 'account', '(row)', '', 'has 4 fields, expected 12'),
    ]);
  });

  it('maps liabilities by position code, refusing a void position and an end before the start', async () => {
    const rows = await mapped();
    expect(at(rows, 'nndr_occupation.csv', 2)?.record).toEqual({
      legacyKey: 'O1', accountKey: '10000001', propertyKey: 'P0001', capacity: 'occupier', startsOn: '2026-04-01', endsOn: null,
    });
    expect(at(rows, 'nndr_occupation.csv', 3)?.problems).toEqual([
      problem('nndr_occupation.csv', 3, 'liability', 'vacation_date', '01/03/2026', 'endsOn must not be before startsOn'),
    ]);
    expect(at(rows, 'nndr_occupation.csv', 4)?.problems).toEqual([
      problem('nndr_occupation.csv', 4, 'liability', 'liab_pos', '9', 'liability position 9 (void) is not a liability'),
    ]);
  });

  it('keeps small business relief as a counted null kind and needs a percent for hardship', async () => {
    const rows = await mapped();
    expect(at(rows, 'nndr_relief.csv', 2)?.record).toMatchObject({ kind: null, legacyCode: 'SBRE', endsOn: null });
    expect(at(rows, 'nndr_relief.csv', 3)?.record).toMatchObject({ kind: 'discretionary', percent: '25', endsOn: '2027-03-31' });
    expect(at(rows, 'nndr_relief.csv', 4)?.problems).toEqual([
      problem('nndr_relief.csv', 4, 'relief', 'relief_percent', '', 'percent is required for a hardship relief'),
    ]);
  });

  it('maps a notice keyed bill_no/bill_adjust with its buckets in pence, both discounts added', async () => {
    const rows = await mapped();
    expect(at(rows, 'nndr_notice.csv', 2)?.record).toEqual({
      legacyKey: '5001/0', accountKey: '10000001', periodFrom: '2026-04-01', periodTo: '2027-03-31', issuedOn: '2026-03-15',
      debitPence: 623750, costsPence: 0, penaltiesPence: 0, refundsPence: 0, remittedPence: 10000, transitionalPence: -1234,
      writtenOffPence: 0, discountPence: 1250, balancePence: 600000,
    });
    expect(at(rows, 'nndr_notice.csv', 3)?.problems).toEqual([
      problem('nndr_notice.csv', 3, 'notice', 'amt_debit', '1.005', 'has more than two decimal places: not an amount of pounds and pence (e.g. 1234.56)'),
    ]);
  });

  it('maps a payment to its bill number and refuses a reversal', async () => {
    const rows = await mapped();
    expect(at(rows, 'nndr_transaction.csv', 2)?.record).toEqual({
      legacyKey: 'T1', accountKey: '10000001', noticeKey: '5001', receivedOn: '2026-04-02', amountPence: 100000, method: 'direct-debit',
    });
    expect(at(rows, 'nndr_transaction.csv', 3)?.problems).toEqual([
      problem('nndr_transaction.csv', 3, 'transaction', 'amount', '-50.00', 'amountPence refunds and reversals are not migrated as payments'),
    ]);
  });

  it('resumes after the last line done in each file', async () => {
    const rows = await mappedRows('academy-business-rates', 'academy', { resumeAfter: { 'nndr_property.csv': 3, 'nndr_account.csv': 4 } });
    expect(rows.filter((row) => row.entity !== 'liability' && row.file !== 'nndr_relief.csv' && row.file !== 'nndr_notice.csv' && row.file !== 'nndr_transaction.csv')
      .map((row) => `${row.file}:${row.line}`)).toEqual(['nndr_account.csv:5', 'nndr_account.csv:7']);
  });
});
