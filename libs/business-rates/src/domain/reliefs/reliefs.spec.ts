import { describe, expect, it } from '@jest/globals';
import { calculateCharge } from '../charge/calculate-charge.js';
import type { RatingCase } from '../charge/rating-case.js';
import { NATIONAL_RATES } from '../reference/national-rates.data.js';
import { ratingCase } from '../testing/rating-case.fixture.js';

const amounts = (c: RatingCase) => calculateCharge(NATIONAL_RATES, c).lines.map((line) => [line.code, line.amountPence]);
const codes = (c: RatingCase) => amounts(c).map(([code]) => code);

describe('a 2023-24 small shop: gross → transitional → SBRR → Supporting Small Business → RHL (§6.3, the order of a real bill)', () => {
  // RV £13,250 (2023 list), £12,500 on 31 March 2023; small band.
  // Gross 13,250 × 0.499 = 6,611.75. TR: base 12,500 × 0.499 = 6,237.50 × 1.05 = 6,549.375, so −62.375.
  // SBRR (15,000 − 13,250)/3,000 = 58.33% of 6,549.375 = −3,820.46875.
  // SSB: last bill 6,237.50 less 83.33% SBRR = 1,039.5833 + £600 = 1,639.5833 allowed: −1,089.3229.
  // RHL 75% of 1,639.5833 = −1,229.6875. Net 409.8958.
  it('reproduces every line to the penny', () => {
    expect(amounts(ratingCase('2023-24', { rv: 13_250, previousRateableValue: 12_500, propertyUse: 'retail' }))).toEqual([
      ['GROSS_CHARGE', 661_175],
      ['TRANSITIONAL_RELIEF', -6_238],
      ['SMALL_BUSINESS_RATE_RELIEF', -382_047],
      ['SUPPORTING_SMALL_BUSINESS_RELIEF', -108_932],
      ['RETAIL_HOSPITALITY_LEISURE_RELIEF', -122_969],
    ]);
  });
});

describe('transitional relief (2017, 2023 and 2026 schemes)', () => {
  it('2023 scheme, year 1: a medium property may rise at most 15% on its previous RV at the small multiplier', () => {
    // base 40,000 × 0.499 = 19,960 × 1.15 = 22,954; notional 60,000 × 0.499 = 29,940; TR −6,986; supplement follows TR.
    expect(amounts(ratingCase('2023-24', { rv: 60_000, previousRateableValue: 40_000 }))).toEqual([
      ['GROSS_CHARGE', 2_994_000],
      ['TRANSITIONAL_RELIEF', -698_600],
      ['SUPPLEMENT', 78_000],
    ]);
  });

  it('2023 scheme limits increases only: a fall is passed on at once', () => {
    expect(codes(ratingCase('2023-24', { rv: 40_000, previousRateableValue: 60_000 }))).not.toContain('TRANSITIONAL_RELIEF');
  });

  it('2023 scheme, year 2 builds on year 1’s limited charge', () => {
    // year 1 limited 22,954 (above); year 2 medium cap 25% × inflation 1.067: 22,954 × 1.25 × 1.067 = 30,615.1475; notional 29,940 → no TR.
    expect(codes(ratingCase('2024-25', { rv: 60_000, previousRateableValue: 40_000 }))).not.toContain('TRANSITIONAL_RELIEF');
  });

  it('2017 scheme phases in decreases too: a small property’s fall is limited to 20% (× inflation)', () => {
    // base 30,000 × 0.484 = 14,520 × 0.8 × 1.02 = 11,848.32 against notional 20,000 × 0.466 = 9,320: +2,528.32
    expect(amounts(ratingCase('2017-18', { rv: 20_000, previousRateableValue: 30_000 }))).toContainEqual(['TRANSITIONAL_RELIEF', 252_832]);
  });

  it('gives none without a previous rateable value (a new hereditament)', () => {
    expect(codes(ratingCase('2023-24', { rv: 60_000 }))).not.toContain('TRANSITIONAL_RELIEF');
  });

  it('2026 scheme, year 1: a large property’s rise is capped at 30%', () => {
    // base 200,000 × 0.499 = 99,800 × 1.30 = 129,740; notional 300,000 × 0.432 = 129,600 → no TR needed
    expect(codes(ratingCase('2026-27', { rv: 300_000, previousRateableValue: 200_000 }))).not.toContain('TRANSITIONAL_RELIEF');
    // base 150,000 × 0.499 = 74,850 × 1.30 = 97,305; notional 300,000 × 0.432 = 129,600 → −32,295
    expect(amounts(ratingCase('2026-27', { rv: 300_000, previousRateableValue: 150_000 }))).toContainEqual(['TRANSITIONAL_RELIEF', -3_229_500]);
  });
});

describe('retail, hospitality and leisure relief', () => {
  it('2023-24: 75% of what remains, for occupied retail, hospitality and leisure only', () => {
    expect(amounts(ratingCase('2023-24', { rv: 30_000, propertyUse: 'hospitality' }))).toEqual([
      ['GROSS_CHARGE', 1_497_000],
      ['RETAIL_HOSPITALITY_LEISURE_RELIEF', -1_122_750],
    ]);
    expect(codes(ratingCase('2023-24', { rv: 30_000, propertyUse: 'office' }))).not.toContain('RETAIL_HOSPITALITY_LEISURE_RELIEF');
  });

  it('is capped at £110,000 a year', () => {
    // 500,000 × (0.499 + 0.013) = 256,000; 75% would be 192,000
    expect(amounts(ratingCase('2023-24', { rv: 500_000, propertyUse: 'retail' }))).toContainEqual(['RETAIL_HOSPITALITY_LEISURE_RELIEF', -11_000_000]);
  });

  it('2021-22: 100% to 30 June, then 66% capped', () => {
    const lines = calculateCharge(NATIONAL_RATES, ratingCase('2021-22', { rv: 30_000, propertyUse: 'retail' })).lines.filter((line) => line.code === 'RETAIL_HOSPITALITY_LEISURE_RELIEF');
    expect(lines.map((line) => [line.periodStart, line.periodEnd, line.description])).toEqual([
      ['2021-04-01', '2021-06-30', 'Retail, hospitality and leisure relief at 100%'],
      ['2021-07-01', '2022-03-31', 'Retail, hospitality and leisure relief at 66%'],
    ]);
  });

  it('2019-20: one third, below £51,000 RV only', () => {
    expect(amounts(ratingCase('2019-20', { rv: 30_000, propertyUse: 'retail' }))).toContainEqual(['RETAIL_HOSPITALITY_LEISURE_RELIEF', -491_000]); // 30,000 × 0.491 = 14,730 ÷ 3
    expect(codes(ratingCase('2019-20', { rv: 51_000, propertyUse: 'retail' }))).not.toContain('RETAIL_HOSPITALITY_LEISURE_RELIEF');
  });

  it('2026-27: no relief (the RHL multipliers replace it)', () => {
    expect(codes(ratingCase('2026-27', { rv: 30_000, propertyUse: 'retail' }))).not.toContain('RETAIL_HOSPITALITY_LEISURE_RELIEF');
  });
});

describe('pubs and live music venues relief 2026-27', () => {
  it('takes 15% off a qualifying pub after the other reliefs', () => {
    // 30,000 × 0.382 (small RHL) = 11,460; 15% = 1,719
    expect(amounts(ratingCase('2026-27', { rv: 30_000, propertyUse: 'hospitality', pubOrLiveMusicVenue: true }))).toEqual([
      ['GROSS_CHARGE', 1_146_000],
      ['PUBS_RELIEF', -171_900],
    ]);
    expect(codes(ratingCase('2025-26', { rv: 30_000, propertyUse: 'hospitality', pubOrLiveMusicVenue: true }))).not.toContain('PUBS_RELIEF');
  });
});

describe('rural rate relief and public lavatories: 100%', () => {
  it('relieves a food shop in a rural settlement up to £8,500 RV', () => {
    expect(amounts(ratingCase('2024-25', { rv: 8_000, propertyUse: 'retail', ruralSettlement: { business: 'food-shop', onlyOneInSettlement: false } }))).toEqual([
      ['GROSS_CHARGE', 399_200],
      ['RURAL_RELIEF', -399_200],
    ]);
  });

  it('requires a general store to be the only one, and a pub to be at most £12,500', () => {
    expect(codes(ratingCase('2024-25', { rv: 8_000, ruralSettlement: { business: 'general-store', onlyOneInSettlement: false } }))).not.toContain('RURAL_RELIEF');
    expect(codes(ratingCase('2024-25', { rv: 12_500, ruralSettlement: { business: 'pub', onlyOneInSettlement: true } }))).toContain('RURAL_RELIEF');
    expect(codes(ratingCase('2024-25', { rv: 13_000, ruralSettlement: { business: 'pub', onlyOneInSettlement: true } }))).toEqual(['GROSS_CHARGE', 'SMALL_BUSINESS_RATE_RELIEF']);
  });

  it('relieves a standalone public lavatory in full', () => {
    expect(calculateCharge(NATIONAL_RATES, ratingCase('2024-25', { rv: 5_000, publicLavatory: true })).netChargePence).toBe(0);
    expect(codes(ratingCase('2024-25', { rv: 5_000, publicLavatory: true }))).toEqual(['GROSS_CHARGE', 'PUBLIC_LAVATORY_RELIEF']);
  });
});

describe('partly occupied relief (s44A)', () => {
  it('relieves the unoccupied part’s share for its first 3 months', () => {
    const lines = calculateCharge(NATIONAL_RATES, ratingCase('2024-25', { rv: 40_000, partlyOccupied: { from: '2024-07-01', unoccupiedRateableValue: 10_000 } })).lines;
    expect(lines.filter((line) => line.code === 'PARTLY_OCCUPIED_RELIEF').map((line) => [line.periodStart, line.periodEnd, line.amountPence])).toEqual([
      ['2024-07-01', '2024-09-30', -125_775], // 40,000 × 0.499 × 92/365 = 5,031.01 × 25% = 1,257.75
    ]);
  });
});

describe('Supporting Small Business relief', () => {
  it('2026 scheme: the rise after losing SBRR is limited to £800 (or the TR caps, if more)', () => {
    // last bill 2025-26: 12,000 × 0.499 = 5,988 less 100% SBRR = 0; allowed £800
    const charge = calculateCharge(NATIONAL_RATES, ratingCase('2026-27', { rv: 16_000, previousRateableValue: 12_000 }));
    expect(charge.netChargePence).toBe(80_000);
    expect(charge.lines.map((line) => line.code)).toContain('SUPPORTING_SMALL_BUSINESS_RELIEF');
  });

  it('2017 scheme: a ratepayer who had full relief on the 2010 list pays at most £600 in 2017-18', () => {
    // 2010 list: RV 6,000 → 100% relief, last bill nil. 2017: RV 13,000 at 0.466 = 6,058; TR (small, 5% × 2%)
    // leaves 6,000 × 0.484 × 1.05 × 1.02 = 3,110.18; SBRR 66.67% leaves 1,036.73; SSB brings it to £600.
    const charge = calculateCharge(NATIONAL_RATES, ratingCase('2017-18', { rv: 13_000, previousRateableValue: 6_000 }));
    expect(charge.lines.map((line) => line.code)).toEqual(['GROSS_CHARGE', 'TRANSITIONAL_RELIEF', 'SMALL_BUSINESS_RATE_RELIEF', 'SUPPORTING_SMALL_BUSINESS_RELIEF']);
    // Each line is rounded on its own (as bills show them), so the net lands a penny under the exact £600.
    expect(charge.netChargePence).toBe(59_999);
  });

  it('does not apply to a ratepayer who had no small business rate relief before', () => {
    expect(codes(ratingCase('2023-24', { rv: 16_000, previousRateableValue: 15_500 }))).not.toContain('SUPPORTING_SMALL_BUSINESS_RELIEF');
  });
});

describe('empty property: the reoccupation rule and the indefinite classes (SI 2008/386 regs 4-5)', () => {
  const spells = (...changes: Array<[string, boolean]>) =>
    changes.map(([from, occupied]) => ({ from, value: occupied ? { occupied: true as const } : { occupied: false as const, emptySince: from } }));
  const exemptDays = (c: RatingCase) =>
    calculateCharge(NATIONAL_RATES, c).lines.filter((line) => line.code === 'EMPTY_PROPERTY_EXEMPTION').map((line) => [line.periodStart, line.periodEnd]);

  it('from April 2024, occupation of less than 13 weeks earns no fresh 3 months', () => {
    // empty 1 Apr, occupied 1 Jul to 15 Aug (46 days), empty again from 16 Aug: no new exemption
    const c = ratingCase('2024-25', { rv: 30_000, occupation: spells(['2024-04-01', false], ['2024-07-01', true], ['2024-08-16', false]) });
    expect(exemptDays(c)).toEqual([['2024-04-01', '2024-06-30']]);
  });

  it('from April 2024, 13 weeks of occupation earn a fresh exemption', () => {
    // occupied 1 Jul to 30 Sep (92 days ≥ 91), empty from 1 Oct: exempt 1 Oct to 31 Dec
    const c = ratingCase('2024-25', { rv: 30_000, occupation: spells(['2024-04-01', false], ['2024-07-01', true], ['2024-10-01', false]) });
    expect(exemptDays(c)).toEqual([['2024-04-01', '2024-06-30'], ['2024-10-01', '2024-12-31']]);
  });

  it('before April 2024, 6 weeks were enough', () => {
    const c = ratingCase('2023-24', { rv: 30_000, occupation: spells(['2023-04-01', false], ['2023-07-01', true], ['2023-08-16', false]) });
    expect(exemptDays(c)).toEqual([['2023-04-01', '2023-06-30'], ['2023-08-16', '2023-11-15']]);
  });

  it('exempts an empty hereditament in an indefinite class for as long as it is empty', () => {
    const c = ratingCase('2024-25', { rv: 30_000, emptyExemptionClass: 'insolvency', occupation: spells(['2020-01-01', false]) });
    expect(calculateCharge(NATIONAL_RATES, c).netChargePence).toBe(0);
    expect(calculateCharge(NATIONAL_RATES, c).lines.at(-1)).toMatchObject({ legislation: expect.stringContaining('SI 2008/386 reg 4'), description: expect.stringContaining('wound up') });
  });
});

describe('small business rate relief continues while a second property is new (SI 2023/1250 reg 2(3))', () => {
  const withSecondShop = (label: string, occupiedFrom: string) =>
    ratingCase(label, { rv: 10_000, ratepayer: { type: 'individual', occupiedFrom: '2015-01-01', otherProperties: [{ rateableValue: 9_000, occupiedFrom }] } });
  const reliefPeriods = (c: RatingCase) =>
    calculateCharge(NATIONAL_RATES, c).lines.filter((line) => line.code === 'SMALL_BUSINESS_RATE_RELIEF').map((line) => [line.periodStart, line.periodEnd]);

  it('keeps the relief for 12 months after taking on the second property, then ends it', () => {
    expect(reliefPeriods(withSecondShop('2024-25', '2024-01-15'))).toEqual([['2024-04-01', '2025-01-14']]);
  });

  it('for a second property first occupied from 27 November 2025, keeps it for 36 months from April 2026', () => {
    expect(reliefPeriods(withSecondShop('2026-27', '2025-12-01'))).toEqual([['2026-04-01', '2027-03-31']]);
    expect(reliefPeriods(withSecondShop('2026-27', '2025-11-01'))).toEqual([['2026-04-01', '2026-10-31']]);
  });

  it('gives none when the second property came first', () => {
    const c = ratingCase('2024-25', { rv: 10_000, ratepayer: { type: 'individual', occupiedFrom: '2024-06-01', otherProperties: [{ rateableValue: 9_000, occupiedFrom: '2020-01-01' }] } });
    expect(reliefPeriods(c)).toEqual([]);
  });
});
