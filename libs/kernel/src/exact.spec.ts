import { describe, expect, it } from '@jest/globals';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { Exact } from './exact.js';

// decimal.js at 60 significant digits is the oracle: a well-known library checking the hand-written rational type.
const Oracle = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_UP });

const decimalText = fc
  .tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 9_999 }), fc.integer({ min: 0, max: 4 }))
  .map(([whole, fraction, places]) => (places === 0 ? String(whole) : `${whole}.${String(fraction).padStart(4, '0').slice(0, places)}`));

describe('Exact: exact rational arithmetic', () => {
  it('parses decimals and prints them back exactly', () => {
    expect(new Exact('0.499').toString()).toBe('0.499');
    expect(new Exact('-12.50').toString()).toBe('-12.5');
    expect(new Exact(20_000).toString()).toBe('20000');
    expect(new Exact('1.05').times('1.067').toString()).toBe('1.12035');
  });

  it('keeps repeating fractions exact, printing ten places', () => {
    const seven12ths = new Exact(1_750).div(3_000);
    expect(seven12ths.toString()).toBe('0.5833333333');
    expect(seven12ths.times(12).toString()).toBe('7');
  });

  it('rounds half away from zero', () => {
    expect(new Exact('4608.245').toFixed(2)).toBe('4608.25');
    expect(new Exact('-4608.245').toFixed(2)).toBe('-4608.25');
    expect(new Exact('0.004').toFixed(2)).toBe('0.00');
    expect(new Exact(2).div(3).toFixed(3)).toBe('0.667');
  });

  it('refuses text that is not a decimal, division by zero, and fractional numbers as money', () => {
    expect(() => new Exact('1e5')).toThrow(RangeError);
    expect(() => new Exact(1).div(0)).toThrow(RangeError);
    expect(() => new Exact('0.5').toNumber()).toThrow(RangeError);
  });

  it('agrees with decimal.js on sums, products, quotients and rounding to the penny', () => {
    fc.assert(
      fc.property(decimalText, decimalText, decimalText, (a, b, c) => {
        fc.pre(new Oracle(c).abs().gt('0.0001'));
        const ours = new Exact(a).times(b).div(c).plus(a).minus(b);
        const theirs = new Oracle(a).times(b).div(c).plus(a).minus(b);
        // decimal.js writes a negative amount that rounds to nothing as "-0.00"; Exact writes "0.00".
        expect(ours.toFixed(2)).toBe(theirs.toFixed(2, Decimal.ROUND_HALF_UP).replace(/^-(0\.00)$/, '$1'));
        expect(new Exact(a).compare(b)).toBe(new Oracle(a).comparedTo(b));
      }),
      { numRuns: 2_000 },
    );
  });
});
