import { describe, expect, it } from '@jest/globals';
import type { AccountRecord, PropertyRecord } from './canonical-records.js';
import { validateRecord } from './validate-record.js';

const property: PropertyRecord = {
  legacyKey: 'P1', baReference: 'OAK/0001', uarn: 1, uprn: 999_999_999_999, addressLine1: '1 Market Street', addressLine2: null,
  addressLine3: null, addressLine4: null, postcode: 'OK1 2AB', description: 'Shop', scatCode: '249G', propertyUse: 'retail',
  listedBuilding: false, rateableValue: 0, rateableValueFrom: '2026-04-01', emptyFrom: null,
};
const account: AccountRecord = {
  legacyKey: 'A1', reference: '100000017', partyName: 'Brindle Ltd', partyKind: 'company', companyNumber: 'SC123456', charityNumber: null,
  correspondenceLine1: null, correspondenceLine2: null, correspondenceLine3: null, correspondenceLine4: null, correspondencePostcode: null,
  email: 'a@b.example', phone: '+44 113 496 0000', paymentMethod: null,
};
const reasons = (entity: Parameters<typeof validateRecord>[0], record: object) =>
  validateRecord(entity, record as never).map(({ field, reason }) => `${field} ${reason}`);

describe('validateRecord', () => {
  it('accepts records the live tables accept', () => {
    expect(validateRecord('property', property)).toEqual([]);
    expect(validateRecord('account', account)).toEqual([]);
  });

  it('refuses a property the database would not hold', () => {
    expect(reasons('property', {
      ...property, baReference: 'OAK 1', uarn: 0, uprn: 1_000_000_000_000, addressLine1: null, postcode: 'ok1 2ab', scatCode: '24',
      propertyUse: 'shop', rateableValue: -1, rateableValueFrom: '2026-02-30', description: 'x'.repeat(201),
    })).toEqual([
      'baReference must be letters, digits, / or -', 'uarn must be a whole number from 1 to 9007199254740991',
      'uprn must be a whole number from 1 to 999999999999', 'addressLine1 is required',
      'postcode must be a UK postcode in capitals with one space (AB1 2CD)', 'description must be 1 to 200 characters',
      'scatCode must be 3 digits and an optional letter', 'propertyUse must be one of retail, hospitality, leisure, industrial, office, other',
      'rateableValue must be a whole number from 0 to 9007199254740991', 'rateableValueFrom must be a real date (YYYY-MM-DD)',
    ]);
  });

  it('checks an account reference with our Luhn check and company and charity numbers only for their kinds', () => {
    expect(reasons('account', { ...account, reference: '100000018' })).toEqual(['reference has a wrong check digit: please check the reference']);
    expect(reasons('account', { ...account, reference: '10000001' })).toEqual(['reference must be 9 digits']);
    expect(reasons('account', { ...account, partyKind: 'individual', charityNumber: '1234567' }))
      .toEqual(['companyNumber is only for a company (this party is individual)', 'charityNumber is only for a charity (this party is individual)']);
    expect(reasons('account', { ...account, email: 'no at sign', phone: '12-34' })).toEqual(['email must be an email address', 'phone must be a phone number (digits and spaces, optional +)']);
  });

  it('needs a percent for discretionary and hardship reliefs, above 0 and at most 100 with at most 4 decimals', () => {
    const relief = { legacyKey: 'R', accountKey: 'A', propertyKey: 'P', kind: 'discretionary', legacyCode: 'DC', startsOn: '2026-04-01', endsOn: null, percent: null };
    expect(reasons('relief', relief)).toEqual(['percent is required for a discretionary relief']);
    expect(reasons('relief', { ...relief, percent: '12.5' })).toEqual([]);
    expect(reasons('relief', { ...relief, percent: '100.0001' })).toEqual(['percent must be at most 100']);
    expect(reasons('relief', { ...relief, percent: '0.0000' })).toEqual(['percent must be more than 0']);
    expect(reasons('relief', { ...relief, percent: '1.23456' })).toEqual(['percent must be a percentage with at most 4 decimals, e.g. 25 or 12.5']);
    expect(reasons('relief', { ...relief, kind: null, percent: null })).toEqual([]);
  });

  it('refuses a period ending before it starts, money that is not whole pence, and a payment that is not money in', () => {
    const notice = {
      legacyKey: 'N', accountKey: 'A', periodFrom: '2026-04-01', periodTo: '2026-03-31', issuedOn: '2026-03-15', debitPence: 1.5, costsPence: 0,
      penaltiesPence: 0, refundsPence: 0, remittedPence: 0, transitionalPence: -1, writtenOffPence: 0, discountPence: 0, balancePence: 0,
    };
    expect(reasons('notice', notice)).toEqual(['periodTo must not be before periodFrom', 'debitPence must be a whole number of pence']);
    const payment = { legacyKey: 'T', accountKey: 'A', noticeKey: null, receivedOn: '2026-04-02', amountPence: 0, method: 'card' };
    expect(reasons('transaction', payment)).toEqual(['amountPence refunds and reversals are not migrated as payments']);
  });
});
