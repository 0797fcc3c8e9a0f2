import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parsePence, penceAsPoundsText } from './money-text.js';
import { Refusal } from './values.js';

describe('pence from pounds text', () => {
  it('never loses a penny: any whole pence written as pounds reads back as itself', () => {
    fc.assert(fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (pence) => {
      expect(parsePence(penceAsPoundsText(pence))).toBe(pence);
    }));
  });

  it('refuses any amount with more than two decimals rather than rounding it', () => {
    fc.assert(fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 6 }), (whole, last, extra) => {
      const text = `${whole}.${'0'.repeat(extra + 1)}${last}`;
      expect(parsePence(text)).toBeInstanceOf(Refusal);
    }));
  });

  it('reads the forms extracts use', () => {
    expect(['1234.56', '-12.5', '£1,234.56', '-£3', '0.00', '-0.00'].map(parsePence)).toEqual([123456, -1250, 123456, -300, 0, 0]);
  });
});
