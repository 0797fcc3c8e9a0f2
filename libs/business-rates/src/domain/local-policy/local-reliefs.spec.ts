import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { LocalReliefDecision, RatedLiabilityFacts } from '../../../../policy-sdk/src/index.js';
import type { AccountYearFacts, LiabilityFacts } from '../billing/account-year-facts.js';
import { yearLines } from '../billing/draft-notice.js';
import { financialYear } from '../reference/financial-year.js';
import { NATIONAL_RATES } from '../reference/national-rates.data.js';
import { withLocalReliefs, type LocalReliefSource, type PolicyWindow } from './local-reliefs.js';

const YEAR = financialYear('2025-26');
const shop: LiabilityFacts = {
  liabilityId: 'liability-1', hereditamentId: 'shop-1', capacity: 'occupier', startsOn: '2024-01-01', endsOn: null,
  propertyUse: 'retail', listedBuilding: false, postcode: 'TA5 1AB', description: 'Village stores',
  rateableValues: [{ from: '2023-04-01', value: 18_000 }], occupation: [{ from: '2024-01-01', occupied: true }], reliefs: [],
};
const account = (liability: Partial<LiabilityFacts> = {}): AccountYearFacts => ({
  year: YEAR, ratepayerType: 'individual', inLondon: false, cityOfLondon: false, otherProperties: [], partyKind: 'individual', liabilities: [{ ...shop, ...liability }],
});

/** A stand-in council policy: 50% village relief while the value is at or under £20,000 and the shop occupied. */
function villageRelief(percent = '50', asked: RatedLiabilityFacts[][] = []): LocalReliefSource {
  return {
    decidesLocalReliefs: true,
    localReliefs: (liabilities) => {
      asked.push([...liabilities]);
      return liabilities.map((facts): Array<LocalReliefDecision & { decidedBy: string }> =>
        facts.property.rateableValue <= 20_000 && facts.property.occupied ? [{ scheme: 'Village shop relief', kind: 'discretionary', percent, ruleReference: 'minute 14', decidedBy: 'test/village' }] : []);
    },
  };
}
const wholeYear = (policy: LocalReliefSource): PolicyWindow[] => [{ period: { start: YEAR.start, end: YEAR.end }, policy }];
const awards = (facts: AccountYearFacts[]) => facts[0].liabilities[0].reliefs.map((award) => ({ startsOn: award.startsOn, endsOn: award.endsOn, ...('percent' in award ? { percent: award.percent } : {}) }));

describe('local scheme reliefs become dated awards the engine applies', () => {
  it('a whole year under one policy: one award for the year, asked once for all the accounts given', () => {
    const asked: RatedLiabilityFacts[][] = [];
    expect(awards(withLocalReliefs([account(), account()], wholeYear(villageRelief('50', asked))))).toEqual([{ startsOn: '2025-04-01', endsOn: '2026-03-31', percent: '50' }]);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toHaveLength(2);
  });

  it('revalued above the limit from 1 October: the relief stops on 30 September', () => {
    const revalued = account({ rateableValues: [{ from: '2023-04-01', value: 18_000 }, { from: '2025-10-01', value: 24_000 }] });
    expect(awards(withLocalReliefs([revalued], wholeYear(villageRelief())))).toEqual([{ startsOn: '2025-04-01', endsOn: '2025-09-30', percent: '50' }]);
  });

  it('empty from January: the relief stops when the shop does', () => {
    const emptied = account({ occupation: [{ from: '2024-01-01', occupied: true }, { from: '2026-01-01', occupied: false }] });
    expect(awards(withLocalReliefs([emptied], wholeYear(villageRelief())))).toEqual([{ startsOn: '2025-04-01', endsOn: '2025-12-31', percent: '50' }]);
  });

  it('a new policy version from 1 October at 75%: each share for its own days, no day twice or missed', () => {
    const windows: PolicyWindow[] = [
      { period: { start: '2025-04-01', end: '2025-09-30' }, policy: villageRelief('50') },
      { period: { start: '2025-10-01', end: '2026-03-31' }, policy: villageRelief('75') },
    ];
    expect(awards(withLocalReliefs([account()], windows))).toEqual([
      { startsOn: '2025-04-01', endsOn: '2025-09-30', percent: '50' },
      { startsOn: '2025-10-01', endsOn: '2026-03-31', percent: '75' },
    ]);
  });

  it('pieces cut by a change that does not matter to the scheme are joined again', () => {
    const revaluedWithin = account({ rateableValues: [{ from: '2023-04-01', value: 18_000 }, { from: '2025-07-01', value: 19_000 }] });
    expect(awards(withLocalReliefs([revaluedWithin], wholeYear(villageRelief())))).toEqual([{ startsOn: '2025-04-01', endsOn: '2026-03-31', percent: '50' }]);
  });

  it('a scheme’s own dates are kept to the liability’s days in the year', () => {
    const dated: LocalReliefSource = {
      decidesLocalReliefs: true,
      localReliefs: (liabilities) => liabilities.map(() => [{ scheme: 'High street discount', kind: 'discretionary', annualAmountPence: 100_000, startsOn: '2025-01-01', endsOn: '2025-06-30', ruleReference: 'scheme', decidedBy: 'test/dated' }]),
    };
    const [facts] = withLocalReliefs([account({ startsOn: '2025-05-01' })], wholeYear(dated));
    expect(facts.liabilities[0].reliefs).toEqual([expect.objectContaining({ startsOn: '2025-05-01', endsOn: '2025-06-30', annualAmountPence: 100_000 })]);
  });

  it('a policy with no local schemes is not asked', () => {
    const silent: LocalReliefSource = { decidesLocalReliefs: false, localReliefs: () => { throw new Error('asked'); } };
    expect(withLocalReliefs([account()], wholeYear(silent))[0].liabilities[0].reliefs).toEqual([]);
  });
});

describe('the engine applies a local scheme last, and never takes off more than remains', () => {
  const charged = (facts: AccountYearFacts) => yearLines(NATIONAL_RATES, facts);
  const total = (facts: AccountYearFacts) => charged(facts).reduce((sum, line) => sum + line.amountPence, 0);

  it('50% of what remains after the statutory reliefs, named for the scheme', () => {
    const [facts] = withLocalReliefs([account()], wholeYear(villageRelief()));
    const lines = charged(facts);
    const relief = lines.find((line) => line.description.startsWith('Village shop relief'));
    const before = lines.filter((line) => line !== relief).reduce((sum, line) => sum + line.amountPence, 0);
    expect(relief).toMatchObject({ code: 'DISCRETIONARY_RELIEF', description: 'Village shop relief at 50%', inputs: expect.objectContaining({ scheme: 'Village shop relief', decidedBy: 'test/village' }) });
    expect(Math.abs((relief?.amountPence ?? 0) + before / 2)).toBeLessThanOrEqual(1);
  });

  it('a yearly amount larger than the charge takes the charge to nothing, never below', () => {
    const generous: LocalReliefSource = {
      decidesLocalReliefs: true,
      localReliefs: (liabilities) => liabilities.map(() => [{ scheme: 'Big discount', kind: 'discretionary', annualAmountPence: 100_000_000, ruleReference: 'scheme', decidedBy: 'test/generous' }]),
    };
    expect(total(withLocalReliefs([account()], wholeYear(generous))[0])).toBe(0);
  });

  it('whatever the value, scheme and amount: whole pence on every line, and never a charge below nothing', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 300_000 }), fc.oneof(fc.record({ percent: fc.constantFrom('0.01', '12.5', '50', '100') }), fc.record({ annualAmountPence: fc.integer({ min: 1, max: 50_000_000 }) })),
      fc.constantFrom('retail' as const, 'office' as const, 'hospitality' as const),
      (rateableValue, terms, propertyUse) => {
        const scheme: LocalReliefSource = {
          decidesLocalReliefs: true,
          localReliefs: (liabilities) => liabilities.map(() => [{ scheme: 'Any scheme', kind: 'discretionary', ruleReference: 'any', decidedBy: 'test/any', ...terms }]),
        };
        const [facts] = withLocalReliefs([account({ propertyUse, rateableValues: [{ from: '2023-04-01', value: rateableValue }] })], wholeYear(scheme));
        const lines = charged(facts);
        expect(lines.every((line) => Number.isSafeInteger(line.amountPence))).toBe(true);
        expect(total(facts)).toBeGreaterThanOrEqual(0);
      },
    ));
  });
});
