import { describe, expect, it } from '@jest/globals';
import { mappedRows, problem } from './fixtures/mapped-rows.js';

const FILE = 'rating-list.csv';

describe('the VOA rating list profile', () => {
  it('reads a *-delimited latin-1 entry with its trailing empty field and DD-MON-YYYY dates', async () => {
    const [entry] = await mappedRows('voa-rating-list', 'voa');
    expect(entry).toEqual({
      entity: 'valuation', file: FILE, line: 1, problems: [],
      record: {
        legacyKey: '20001', billingAuthorityCode: '4710', baReference: 'OAK/0001', uarn: 1234567, descriptionCode: 'CS',
        descriptionText: 'SHOP AND PREMISES', firmName: 'BRINDLE & QUAYLE', numberOrName: '1', street: 'MARKET STREET', town: 'OAKFORD',
        postalDistrict: null, county: null, postcode: 'OK1 2AB', effectiveDate: '2026-04-01', composite: false, rateableValue: 12500,
        listAlterationDate: '2026-04-01', scatCode: '249G', caseNumber: null,
      },
    });
  });

  it('keeps a deletion (no RV) in force from the revaluation (no dates), composite, with a latin-1 name', async () => {
    const [, deletion] = await mappedRows('voa-rating-list', 'voa');
    expect(deletion.record).toMatchObject({ firmName: 'CAFÉ VERITY', effectiveDate: null, listAlterationDate: null, composite: true, rateableValue: null });
  });

  it('refuses an impossible date and a line with too few fields, with their line numbers', async () => {
    const [, , badDate, short] = await mappedRows('voa-rating-list', 'voa');
    expect(badDate.problems).toEqual([problem(FILE, 3, 'valuation', 'effective_date', '31-FEB-2026', 'not a real date')]);
    expect(short.problems).toEqual([problem(FILE, 4, 'valuation', '(row)', '', 'has 23 fields, expected 29 (with the trailing empty field)')]);
  });
});
