import { describe, expect, it } from '@jest/globals';
import { invalidField } from '../../../../kernel/src/testing/invalid-field.js';
import fc from 'fast-check';
import { financialYear } from '../reference/financial-year.js';
import { NATIONAL_RATES } from '../reference/national-rates.data.js';
import { calculateCharge } from './calculate-charge.js';
import { ratingCase } from '../testing/rating-case.fixture.js';
import type { RatingCase } from './rating-case.js';

const charge = (c: RatingCase) => calculateCharge(NATIONAL_RATES, c);
const amounts = (c: RatingCase) => charge(c).lines.map((line) => [line.code, line.amountPence]);

describe('the daily charge: A × M / C for each day, C the days in the financial year (LGFA 1988 s43)', () => {
  it('WE8: RV £20,000 occupied 15/10/2023 to 31/03/2024 at 49.9p is £9,980 × 169/366 = £4,608.25', () => {
    const result = charge(ratingCase('2023-24', { period: { start: '2023-10-15', end: '2024-03-31' } }));
    expect(result.lines).toEqual([expect.objectContaining({ code: 'GROSS_CHARGE', amountPence: 460_825, periodStart: '2023-10-15', periodEnd: '2024-03-31' })]);
    expect(result.netChargePence).toBe(460_825);
  });

  it('counts 366 days in 2023-24 and 365 in 2024-25', () => {
    expect(financialYear('2023-24').days).toBe(366);
    expect(financialYear('2024-25').days).toBe(365);
    expect(financialYear('2019-20').days).toBe(366);
  });

  it('takes rateable value changes in date order, whatever order they are given in', () => {
    const given = charge(ratingCase('2023-24', { rateableValues: [{ from: '2023-10-01', value: 30_000 }, { from: '2023-04-01', value: 20_000 }] }));
    expect(given.lines.map((line) => [line.periodStart, line.amountPence])).toEqual([
      ['2023-04-01', 499_000],
      ['2023-10-01', 748_500],
    ]);
  });

  it('splits the year where the rateable value changes, charging each part at its own value', () => {
    const result = charge(ratingCase('2023-24', { rateableValues: [{ from: '2023-04-01', value: 20_000 }, { from: '2023-10-01', value: 30_000 }] }));
    expect(result.lines.map((line) => [line.periodStart, line.periodEnd, line.amountPence])).toEqual([
      ['2023-04-01', '2023-09-30', 499_000], // 20,000 × 0.499 × 183/366 = £4,990.00
      ['2023-10-01', '2024-03-31', 748_500], // 30,000 × 0.499 × 183/366 = £7,485.00
    ]);
  });
});

describe('multipliers', () => {
  it('charges a property over £50,999 the standard multiplier, shown as the small multiplier plus the supplement', () => {
    // WE7 (corrected): 70,000 × (0.546 − 0.499) = £3,290 supplement in 2024-25
    expect(amounts(ratingCase('2024-25', { rv: 70_000 }))).toEqual([
      ['GROSS_CHARGE', 3_493_000],
      ['SUPPLEMENT', 329_000],
    ]);
  });

  it('before April 2024 an empty property under £51,000 pays the standard multiplier; from April 2024 the small one', () => {
    const empty = { occupation: [{ from: '2020-01-01', value: { occupied: false as const, emptySince: '2020-01-01' } }], propertyUse: 'retail' as const };
    expect(amounts(ratingCase('2023-24', { rv: 30_000, ...empty }))).toEqual([['GROSS_CHARGE', 1_497_000], ['SUPPLEMENT', 39_000]]);
    expect(amounts(ratingCase('2024-25', { rv: 30_000, ...empty }))).toEqual([['GROSS_CHARGE', 1_497_000]]);
  });

  it('2026-27: occupied retail pays an RHL multiplier; offices the non-RHL ones; £500,000 and over the high-value multiplier', () => {
    expect(amounts(ratingCase('2026-27', { rv: 30_000, propertyUse: 'retail' }))).toEqual([['GROSS_CHARGE', 1_146_000]]);
    expect(amounts(ratingCase('2026-27', { rv: 30_000, propertyUse: 'office' }))).toEqual([['GROSS_CHARGE', 1_296_000]]);
    expect(amounts(ratingCase('2026-27', { rv: 100_000, propertyUse: 'hospitality' }))).toEqual([['GROSS_CHARGE', 4_300_000]]);
    expect(amounts(ratingCase('2026-27', { rv: 600_000, propertyUse: 'retail' }))).toEqual([['GROSS_CHARGE', 30_480_000]]);
  });

  it('2026-27: empty retail cannot have an RHL multiplier', () => {
    const empty = { occupation: [{ from: '2025-01-01', value: { occupied: false as const, emptySince: '2025-01-01' } }] };
    expect(amounts(ratingCase('2026-27', { rv: 30_000, propertyUse: 'retail', ...empty }))).toEqual([['GROSS_CHARGE', 1_296_000]]);
  });
});

describe('GLA business rate supplement (Business Rate Supplements Act 2009)', () => {
  it('WE4: RV £100,000 in London pays 2p: £2,000 a year', () => {
    expect(amounts(ratingCase('2023-24', { rv: 100_000, inLondon: true }))).toContainEqual(['BUSINESS_RATE_SUPPLEMENT', 200_000]);
  });

  it('applies only above the threshold of the day (£75,000 in 2023-24, £92,000 in 2026-27) and only in London', () => {
    expect(amounts(ratingCase('2023-24', { rv: 75_000, inLondon: true })).map(([code]) => code)).not.toContain('BUSINESS_RATE_SUPPLEMENT');
    expect(amounts(ratingCase('2023-24', { rv: 75_001, inLondon: true })).map(([code]) => code)).toContain('BUSINESS_RATE_SUPPLEMENT');
    expect(amounts(ratingCase('2026-27', { rv: 90_000, inLondon: true })).map(([code]) => code)).not.toContain('BUSINESS_RATE_SUPPLEMENT');
    expect(amounts(ratingCase('2023-24', { rv: 100_000 })).map(([code]) => code)).not.toContain('BUSINESS_RATE_SUPPLEMENT');
  });
});

describe('small business rate relief (SI 2023/1250 reg 2; SI 2017/102 art 3)', () => {
  it('relieves all of the charge up to £12,000 RV', () => {
    const result = charge(ratingCase('2023-24', { rv: 12_000 }));
    expect(amounts(ratingCase('2023-24', { rv: 12_000 }))).toEqual([['GROSS_CHARGE', 598_800], ['SMALL_BUSINESS_RATE_RELIEF', -598_800]]);
    expect(result.netChargePence).toBe(0);
  });

  it.each([
    [12_500, '83.3333'],
    [13_000, '66.6667'],
    [13_500, '50'],
    [14_000, '33.3333'],
    [14_500, '16.6667'],
  ])('WE3: tapers (15,000 − RV) / 3,000: RV £%i gets %s%%', (rv, percent) => {
    const relief = charge(ratingCase('2023-24', { rv })).lines.find((line) => line.code === 'SMALL_BUSINESS_RATE_RELIEF');
    expect(relief?.description).toBe(`Small business rate relief at ${percent}%`);
  });

  it('RV £12,500 in 2023-24: £6,237.50 gross less £5,197.92 relief', () => {
    expect(amounts(ratingCase('2023-24', { rv: 12_500 }))).toEqual([['GROSS_CHARGE', 623_750], ['SMALL_BUSINESS_RATE_RELIEF', -519_792]]);
  });

  it('gives nothing from £15,000', () => {
    expect(amounts(ratingCase('2023-24', { rv: 15_000 })).map(([code]) => code)).toEqual(['GROSS_CHARGE']);
  });

  it('disregards other properties each under £2,900 while all together stay under £20,000 (£28,000 in London)', () => {
    const withOthers = (others: number[], inLondon = false) =>
      amounts(ratingCase('2023-24', { rv: 12_000, inLondon, ratepayer: { type: 'individual', otherProperties: others.map((rateableValue) => ({ rateableValue })) } })).map(([code]) => code);
    expect(withOthers([2_000])).toContain('SMALL_BUSINESS_RATE_RELIEF');
    expect(withOthers([3_000])).not.toContain('SMALL_BUSINESS_RATE_RELIEF');
    expect(withOthers([2_800, 2_800, 2_800])).not.toContain('SMALL_BUSINESS_RATE_RELIEF');
    expect(withOthers([2_800, 2_800, 2_800], true)).toContain('SMALL_BUSINESS_RATE_RELIEF');
  });

  it('is not given on empty property', () => {
    const empty = { occupation: [{ from: '2020-01-01', value: { occupied: false as const, emptySince: '2020-01-01' } }] };
    expect(amounts(ratingCase('2024-25', { rv: 10_000, ...empty })).map(([code]) => code)).toEqual(['GROSS_CHARGE']);
  });
});

describe('empty property (LGFA 1988 s45; SI 2008/386)', () => {
  const emptyFrom = (emptySince: string) => ({ occupation: [{ from: '2023-04-01', value: { occupied: false as const, emptySince } }] });

  it('exempts the first 3 months empty, then charges the full rate', () => {
    const result = charge(ratingCase('2023-24', { rv: 30_000, propertyUse: 'retail', ...emptyFrom('2023-06-15') }));
    expect(result.lines.filter((line) => line.code === 'EMPTY_PROPERTY_EXEMPTION').map((line) => [line.periodStart, line.periodEnd])).toEqual([['2023-04-01', '2023-09-14']]);
    expect(result.lines.filter((line) => line.code === 'GROSS_CHARGE').map((line) => line.periodStart)).toEqual(['2023-04-01', '2023-09-15']);
  });

  it('exempts 6 months for a qualifying industrial hereditament', () => {
    const result = charge(ratingCase('2023-24', { rv: 30_000, propertyUse: 'industrial', ...emptyFrom('2023-06-15') }));
    expect(result.lines.find((line) => line.code === 'EMPTY_PROPERTY_EXEMPTION')?.periodEnd).toBe('2023-12-14');
  });

  it('exempts a listed building, and a property under £2,900 RV, for as long as it is empty', () => {
    expect(charge(ratingCase('2023-24', { rv: 30_000, listedBuilding: true, ...emptyFrom('2020-01-01') })).netChargePence).toBe(0);
    expect(charge(ratingCase('2023-24', { rv: 2_899, ...emptyFrom('2020-01-01') })).netChargePence).toBe(0);
    expect(charge(ratingCase('2023-24', { rv: 2_900, ...emptyFrom('2020-01-01') })).netChargePence).toBeGreaterThan(0);
  });
});

describe('mandatory charitable and CASC relief: 80%', () => {
  it('relieves 80% of a charity-occupied property, which before 2024 paid the standard multiplier', () => {
    expect(amounts(ratingCase('2023-24', { rv: 30_000, ratepayer: { type: 'charity', otherProperties: [] } }))).toEqual([
      ['GROSS_CHARGE', 1_497_000],
      ['SUPPLEMENT', 39_000],
      ['CHARITABLE_RELIEF', -1_228_800],
    ]);
  });

  it('relieves 80% for a registered community amateur sports club', () => {
    expect(amounts(ratingCase('2024-25', { rv: 30_000, ratepayer: { type: 'casc', otherProperties: [] } }))).toEqual([
      ['GROSS_CHARGE', 1_497_000],
      ['CASC_RELIEF', -1_197_600],
    ]);
  });
});

describe('discretionary (s47) and hardship (s49) awards act on what the other reliefs leave', () => {
  it('tops up a charity by the remaining 20%', () => {
    const result = charge(ratingCase('2024-25', { rv: 30_000, ratepayer: { type: 'charity', otherProperties: [] }, awards: [{ scheme: 'discretionary', percent: '100' }] }));
    expect(result.lines.find((line) => line.code === 'DISCRETIONARY_RELIEF')?.amountPence).toBe(-299_400);
    expect(result.netChargePence).toBe(0);
  });

  it('applies hardship after discretionary relief', () => {
    expect(amounts(ratingCase('2024-25', { rv: 60_000, awards: [{ scheme: 'discretionary', percent: '50' }, { scheme: 'hardship', percent: '50' }] }))).toEqual([
      ['GROSS_CHARGE', 2_994_000],
      ['SUPPLEMENT', 282_000],
      ['DISCRETIONARY_RELIEF', -1_638_000],
      ['HARDSHIP_RELIEF', -819_000],
    ]);
  });
});

describe('bad input names the field and the reason', () => {

  it.each([
    ['an unknown year', () => charge(ratingCase('2016-17')), 'financialYear'],
    ['a period outside the year', () => charge(ratingCase('2023-24', { period: { start: '2023-03-01', end: '2023-06-30' } })), 'periodStart'],
    ['a period ending before it starts', () => charge(ratingCase('2023-24', { period: { start: '2023-06-01', end: '2023-05-01' } })), 'periodEnd'],
    ['a negative rateable value', () => charge(ratingCase('2023-24', { rv: -1 })), 'rateableValue'],
    ['a fractional rateable value', () => charge(ratingCase('2023-24', { rv: 100.5 })), 'rateableValue'],
    ['a relief over 100%', () => charge(ratingCase('2023-24', { awards: [{ scheme: 'hardship', percent: '120' }] })), 'reliefs.percent'],
  ])('refuses %s', (_name, action, field) => {
    expect(invalidField(action)).toBe(field);
  });

  it('refuses a financial year label that is not one', () => {
    expect(invalidField(() => financialYear('2023-25'))).toBe('financialYear');
  });
});

describe('money invariants', () => {
  const years = ['2017-18', '2019-20', '2022-23', '2023-24', '2024-25', '2025-26', '2026-27'];

  it('every line is whole pence, the net is the sum of the lines, and it is never negative nor above the gross', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...years),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.constantFrom('company', 'charity', 'casc', 'individual'),
        fc.constantFrom('retail', 'hospitality', 'office', 'industrial'),
        fc.boolean(),
        fc.boolean(),
        fc.option(fc.integer({ min: 0, max: 2_000_000 }), { nil: undefined }),
        (label, rv, type, propertyUse, inLondon, empty, previousRateableValue) => {
          const year = financialYear(label);
          const occupation = [{ from: year.start, value: empty ? { occupied: false as const, emptySince: '2016-01-01' } : { occupied: true as const } }];
          const result = charge(
            ratingCase(label, { rv, inLondon, occupation, previousRateableValue, propertyUse: propertyUse as 'office', ratepayer: { type: type as 'company', otherProperties: [] } }),
          );
          expect(result.lines.every((line) => Number.isSafeInteger(line.amountPence))).toBe(true);
          expect(result.netChargePence).toBe(result.lines.reduce((sum, line) => sum + line.amountPence, 0));
          expect(result.netChargePence).toBeGreaterThanOrEqual(0);
          expect(result.netChargePence).toBeLessThanOrEqual(result.grossChargePence + result.lines.filter((line) => line.code === 'TRANSITIONAL_RELIEF' && line.amountPence > 0).reduce((sum, line) => sum + line.amountPence, 0));
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('a higher rateable value never lowers the charge (the reliefs all taper or step the right way)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...years),
        fc.integer({ min: 0, max: 700_000 }),
        fc.integer({ min: 1, max: 5_000 }),
        fc.constantFrom('company', 'charity', 'individual'),
        fc.constantFrom('office', 'retail', 'industrial'),
        fc.boolean(),
        fc.option(fc.integer({ min: 1, max: 700_000 }), { nil: undefined }),
        (label, rv, more, type, propertyUse, inLondon, previousRateableValue) => {
          const net = (value: number) =>
            charge(ratingCase(label, { rv: value, inLondon, propertyUse: propertyUse as 'office', previousRateableValue, ratepayer: { type: type as 'company', otherProperties: [] } }));
          const lower = net(rv);
          const higher = net(rv + more);
          // Lines are rounded one by one, so allow a penny per line.
          expect(higher.netChargePence).toBeGreaterThanOrEqual(lower.netChargePence - lower.lines.length - higher.lines.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('charging a year in two parts differs from charging it whole by at most a penny per line', () => {
    fc.assert(
      fc.property(fc.constantFrom(...years), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 364 }), (label, rv, split) => {
        const year = financialYear(label);
        const whole = charge(ratingCase(label, { rv: Math.max(rv, 51_000) }));
        const cut = new Date(Date.parse(`${year.start}T00:00:00Z`) + split * 86_400_000).toISOString().slice(0, 10);
        const parts = charge(ratingCase(label, { rv: Math.max(rv, 51_000), rateableValues: [{ from: year.start, value: Math.max(rv, 51_000) }, { from: cut, value: Math.max(rv, 51_000) }] }));
        expect(Math.abs(parts.netChargePence - whole.netChargePence)).toBeLessThanOrEqual(parts.lines.length);
      }),
    );
  });
});

describe('the City of London premium (where known)', () => {
  it('2017-18: the City small multiplier is 47.1p (46.6p + 0.5p)', () => {
    expect(amounts(ratingCase('2017-18', { rv: 30_000, inLondon: true, cityOfLondon: true }))).toEqual([['GROSS_CHARGE', 1_413_000]]);
  });

  it('2024-25: 51.5p small and 56.4p standard (premium 1.6p and 1.8p)', () => {
    expect(amounts(ratingCase('2024-25', { rv: 60_000, cityOfLondon: true }))).toEqual([
      ['GROSS_CHARGE', 3_090_000], // 60,000 × 0.515
      ['SUPPLEMENT', 294_000], // 60,000 × (0.564 − 0.515)
    ]);
  });

  it('refuses a year whose premium the reference does not hold, naming the field', () => {
    expect(() => charge(ratingCase('2023-24', { cityOfLondon: true }))).toThrow(expect.objectContaining({ field: 'cityOfLondon' }));
  });
});
