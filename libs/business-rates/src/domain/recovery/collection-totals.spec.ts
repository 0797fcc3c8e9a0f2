import { describe, expect, it } from '@jest/globals';
import { grossAndReliefs, type BilledLine } from './collection-totals.js';

const line = (code: BilledLine['code'], amountPence: number, description = '', liabilityId = 'L1', periodStart = '2024-04-01'): BilledLine => ({
  liabilityId, code, periodStart, periodEnd: '2025-03-31', description, amountPence,
});

describe('NNDR3-style gross rates and reliefs from the lines billed', () => {
  it('a gross line with a supplement beside it is the standard multiplier; a lone gross line is the multiplier it names', () => {
    const totals = grossAndReliefs([
      line('GROSS_CHARGE', 2_495_000, 'Gross charge at the small business multiplier', 'L1'),
      line('SUPPLEMENT', 235_000, 'Supplement: standard multiplier less small business multiplier', 'L1'),
      line('GROSS_CHARGE', 998_000, 'Gross charge at the small business multiplier', 'L2'),
      line('SMALL_BUSINESS_RATE_RELIEF', -998_000, 'Small business rate relief', 'L2'),
      line('BUSINESS_RATE_SUPPLEMENT', 200_000, 'GLA Crossrail business rate supplement', 'L1'),
    ]);
    expect(totals.grossByMultiplier).toEqual([
      { multiplier: 'business rate supplement', amountPence: 200_000 },
      { multiplier: 'small business multiplier', amountPence: 998_000 },
      { multiplier: 'standard multiplier', amountPence: 2_730_000 },
    ]);
    expect(totals.reliefs).toEqual([{ code: 'SMALL_BUSINESS_RATE_RELIEF', amountPence: -998_000 }]);
  });

  it('a withdrawn line and the line it withdrew net to nothing and are left out', () => {
    const totals = grossAndReliefs([
      line('GROSS_CHARGE', 1_066_356, 'Gross charge at the small business multiplier'),
      line('GROSS_CHARGE', -1_066_356, 'Withdrawn: Gross charge at the small business multiplier'),
      line('CHARITABLE_RELIEF', -100, 'Charitable relief'),
      line('CHARITABLE_RELIEF', 100, 'Withdrawn: Charitable relief'),
    ]);
    expect(totals).toEqual({ grossByMultiplier: [], reliefs: [] });
  });
});
