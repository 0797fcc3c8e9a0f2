import { describe, expect, it } from '@jest/globals';
import { mappedRows, problem, rowAt } from './fixtures/mapped-rows.js';

const mapped = () => mappedRows('open-data-business-rates', 'open-data');
const FILE = 'business-rates.csv';

describe('the open-data business-rates profile', () => {
  it('makes a property, an account, a liability and (only with a relief type) a relief of each row', async () => {
    expect((await mapped()).map((row) => `${row.entity}:${row.line}`)).toEqual([
      'property:2', 'account:2', 'liability:2', 'relief:2',
      'property:3', 'account:3', 'liability:3',
      'property:4', 'account:4', 'liability:4', 'relief:4',
    ]);
  });

  it('splits the one address field into lines, the rest together on line 4', async () => {
    const rows = await mapped();
    expect(rowAt(rows, 'property', FILE, 2)?.record).toEqual({
      legacyKey: 'N100', baReference: 'OAK/N100', uarn: null, uprn: null, addressLine1: '3 Quay Street', addressLine2: 'Harbourside',
      addressLine3: 'Oakford', addressLine4: null, postcode: 'OK3 4EF', description: 'Shop and premises', scatCode: null,
      propertyUse: 'retail', listedBuilding: false, rateableValue: 15000, rateableValueFrom: '2023-04-01', emptyFrom: null,
    });
    expect(rowAt(rows, 'property', FILE, 3)?.record).toMatchObject({
      addressLine1: 'Unit 9', addressLine2: 'Fen Park', addressLine3: 'Oakford', addressLine4: 'West Riding, Eastshire',
      propertyUse: 'industrial', emptyFrom: '2024-06-15',
    });
  });

  it('keys the account by the property reference, with no reference of its own, its kind from the numbers given', async () => {
    const rows = await mapped();
    expect(rowAt(rows, 'account', FILE, 2)?.record).toEqual({
      legacyKey: 'N100', reference: null, partyName: 'Quayside Traders Ltd', partyKind: 'company', companyNumber: '07654321',
      charityNumber: null, correspondenceLine1: null, correspondenceLine2: null, correspondenceLine3: null, correspondenceLine4: null,
      correspondencePostcode: null, email: null, phone: null, paymentMethod: null,
    });
    expect(rowAt(rows, 'account', FILE, 3)?.record).toMatchObject({ partyName: 'Redacted', partyKind: 'individual' });
  });

  it("makes an empty property's liability the owner's", async () => {
    const rows = await mapped();
    expect(rowAt(rows, 'liability', FILE, 2)?.record).toEqual({
      legacyKey: 'N100', accountKey: 'N100', propertyKey: 'N100', capacity: 'occupier', startsOn: '2023-04-01', endsOn: null,
    });
    expect(rowAt(rows, 'liability', FILE, 3)?.record).toMatchObject({ capacity: 'owner', startsOn: '2024-06-15' });
  });

  it('takes the first relief code listed', async () => {
    const rows = await mapped();
    expect(rowAt(rows, 'relief', FILE, 2)?.record).toEqual({
      legacyKey: 'N100', accountKey: 'N100', propertyKey: 'N100', kind: null, legacyCode: 'SBRE', startsOn: '2023-04-01', endsOn: null, percent: null, exemptionClass: null,
    });
    expect(rowAt(rows, 'relief', FILE, 4)?.record).toMatchObject({ kind: 'charity', legacyCode: 'MAND' });
  });

  it('reports a latin-1 byte in a UTF-8 file against the field, and maps the rest of the row', async () => {
    const rows = await mapped();
    expect(rowAt(rows, 'account', FILE, 4)?.problems).toEqual([
      problem(FILE, 4, 'account', 'Ratepayer', 'Gr\uFFFDne Cottage Trust', 'not valid utf-8: an invalid byte sequence (decoded as U+FFFD)'),
    ]);
    expect(rowAt(rows, 'property', FILE, 4)?.problems).toEqual([]);
  });
});
