import { describe, expect, it } from '@jest/globals';
import { calculateCharge } from '../charge/calculate-charge.js';
import { financialYear } from '../reference/financial-year.js';
import { NATIONAL_RATES } from '../reference/national-rates.data.js';
import type { AccountYearFacts, LiabilityFacts } from './account-year-facts.js';
import { ratingCasesFor } from './rating-cases.js';

const shop = (id: string, value: number, capacity: LiabilityFacts['capacity'] = 'occupier'): LiabilityFacts => ({
  liabilityId: `liability-${id}`,
  hereditamentId: `hereditament-${id}`,
  capacity,
  startsOn: '2024-04-01',
  endsOn: null,
  propertyUse: 'office',
  listedBuilding: false,
  rateableValues: [{ from: '2023-04-01', value }],
  occupation: [{ from: '2024-04-01', occupied: capacity === 'occupier' }],
  reliefs: [],
});
const account = (liabilities: LiabilityFacts[]): AccountYearFacts => ({
  year: financialYear('2024-25'), ratepayerType: 'company', inLondon: false, cityOfLondon: false, liabilities, otherProperties: [],
});

describe('small business rate relief sees every property the ratepayer occupies, on whichever account', () => {
  it('two shops on one account: each is the other one’s "other property", never its own', () => {
    const cases = ratingCasesFor(NATIONAL_RATES, account([shop('a', 10_000), shop('b', 10_000)]));
    expect(cases.map((each) => each.ratingCase.ratepayer.otherProperties)).toEqual([
      [{ rateableValue: 10_000, occupiedFrom: '2024-04-01' }],
      [{ rateableValue: 10_000, occupiedFrom: '2024-04-01' }],
    ]);
  });

  it('so neither gets the relief a sole £10,000 shop would (the other is not under £2,900)', () => {
    const relief = (facts: AccountYearFacts) =>
      ratingCasesFor(NATIONAL_RATES, facts).flatMap((each) => calculateCharge(NATIONAL_RATES, each.ratingCase).lines).filter((line) => line.code === 'SMALL_BUSINESS_RATE_RELIEF');
    expect(relief(account([shop('a', 10_000)]))).not.toHaveLength(0);
    expect(relief(account([shop('a', 10_000), shop('b', 10_000)]))).toHaveLength(0);
  });

  it('an empty property the ratepayer owns is not an occupied one', () => {
    const cases = ratingCasesFor(NATIONAL_RATES, account([shop('a', 10_000), shop('b', 50_000, 'owner')]));
    expect(cases[0].ratingCase.ratepayer.otherProperties).toEqual([]);
  });
});
