import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { Exact } from './exact.js';
import { formatPounds, roundPoundsToPence } from './money.js';

describe('rounding to the penny is half-up, away from zero', () => {
  it.each([
    ['4608.245', 460_825],
    ['4608.2449', 460_824],
    ['0.005', 1],
    ['-0.005', -1],
    ['-5197.9166', -519_792],
  ])('%s pounds is %i pence', (pounds, pence) => {
    expect(roundPoundsToPence(new Exact(pounds))).toBe(pence);
  });

  it('never moves an amount by more than half a penny', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 9_999 }), (whole, tenThousandths) => {
        const exactPence = new Exact(whole.toString()).plus(new Exact(tenThousandths).div(10_000));
        const rounded = roundPoundsToPence(exactPence.div(100));
        expect(new Exact(rounded).minus(exactPence).abs().lte('0.5')).toBe(true);
      }),
    );
  });
});

describe('formatting whole pounds for explanations', () => {
  it.each([
    [12_500, '£12,500'],
    [1_234_567, '£1,234,567'],
    [900, '£900'],
  ])('%i is %s', (pounds, text) => expect(formatPounds(pounds)).toBe(text));
});
