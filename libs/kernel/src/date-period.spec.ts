import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addDays } from './calendar-date.js';
import { periodDays, splitAt } from './date-period.js';

describe('splitting a period at change dates', () => {
  it('cuts the day before each change, ignoring dates outside the period', () => {
    expect(splitAt({ start: '2023-04-01', end: '2024-03-31' }, ['2023-10-01', '2022-01-01', '2023-04-01', '2024-04-01'])).toEqual([
      { start: '2023-04-01', end: '2023-09-30' },
      { start: '2023-10-01', end: '2024-03-31' },
    ]);
  });

  it('covers the period exactly: no gap, no overlap, the same number of days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.array(fc.integer({ min: -30, max: 430 }), { maxLength: 12 }), (length, offsets) => {
        const period = { start: '2023-04-01', end: addDays('2023-04-01', length) };
        const pieces = splitAt(period, offsets.map((offset) => addDays('2023-04-01', offset)));
        expect(pieces[0].start).toBe(period.start);
        expect(pieces.at(-1)?.end).toBe(period.end);
        pieces.slice(1).forEach((piece, index) => expect(piece.start).toBe(addDays(pieces[index].end, 1)));
        expect(pieces.reduce((days, piece) => days + periodDays(piece), 0)).toBe(periodDays(period));
      }),
    );
  });
});
