import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { addDays, InvalidInputError } from '../../../../kernel/src/index.js';
import { financialYear } from '../reference/financial-year.js';
import { instalmentSchedule } from './instalment-schedule.js';

const year = financialYear('2024-25');
const amounts = (schedule: { amountPence: number }[]) => schedule.map((instalment) => instalment.amountPence);

describe('how many instalments (SI 1989/1058 Sch 1 para 1)', () => {
  it('10 for a notice issued before the year (annual billing in March)', () => {
    expect(instalmentSchedule({ totalPence: 1_000_000, year, noticeIssuedOn: '2024-03-10' })).toHaveLength(10);
  });

  it('12 when the ratepayer asked for 12', () => {
    expect(instalmentSchedule({ totalPence: 1_200_000, year, noticeIssuedOn: '2024-03-10', requestedCount: 12 })).toHaveLength(12);
  });

  it('WE8: a notice issued on 16 October leaves 5 whole months, less one: 4', () => {
    const y = financialYear('2023-24');
    const schedule = instalmentSchedule({ totalPence: 460_825, year: y, noticeIssuedOn: '2023-10-16' });
    expect(amounts(schedule)).toEqual([115_225, 115_200, 115_200, 115_200]);
  });

  it('one instalment for a notice issued from January to March of the year', () => {
    expect(instalmentSchedule({ totalPence: 500_000, year, noticeIssuedOn: '2025-01-20' })).toEqual([
      { number: 1, dueDate: '2025-03-01', amountPence: 500_000 },
    ]);
  });

  it('fewer rather than any under the council’s minimum', () => {
    expect(instalmentSchedule({ totalPence: 20_000, year, noticeIssuedOn: '2024-03-10', minimumInstalmentPence: 5_000 })).toHaveLength(4);
  });

  it('nothing for a nil bill or a credit', () => {
    expect(instalmentSchedule({ totalPence: 0, year, noticeIssuedOn: '2024-03-10' })).toEqual([]);
    expect(instalmentSchedule({ totalPence: -5_000, year, noticeIssuedOn: '2024-03-10' })).toEqual([]);
  });
});

describe('how much: the A/B rule', () => {
  it('equal instalments when the total divides into whole pounds', () => {
    expect(amounts(instalmentSchedule({ totalPence: 1_000_000, year, noticeIssuedOn: '2024-03-10' }))).toEqual(Array(10).fill(100_000));
  });

  it('otherwise whole pounds after the first, which takes the difference', () => {
    // 6,611.75 / 10 = 661.175 → A = £661, B = 6,611.75 − 9 × 661 = £662.75
    expect(amounts(instalmentSchedule({ totalPence: 661_175, year, noticeIssuedOn: '2024-03-10' }))).toEqual([66_275, ...Array(9).fill(66_100)]);
  });
});

describe('when', () => {
  it('monthly from the first due date', () => {
    const schedule = instalmentSchedule({ totalPence: 1_000_000, year, noticeIssuedOn: '2024-03-10', firstDueDate: '2024-04-15' });
    expect(schedule.map((instalment) => instalment.dueDate)).toEqual([
      '2024-04-15', '2024-05-15', '2024-06-15', '2024-07-15', '2024-08-15', '2024-09-15', '2024-10-15', '2024-11-15', '2024-12-15', '2025-01-15',
    ]);
  });

  it('by default on the 1st of the first month at least 14 days after the notice, not before the year', () => {
    expect(instalmentSchedule({ totalPence: 100_000, year, noticeIssuedOn: '2024-03-10' })[0].dueDate).toBe('2024-04-01');
    expect(instalmentSchedule({ totalPence: 100_000, year, noticeIssuedOn: '2024-06-20' })[0].dueDate).toBe('2024-08-01');
  });

  it('a notice in the year’s last fortnight: one instalment 14 days later', () => {
    expect(instalmentSchedule({ totalPence: 100_000, year, noticeIssuedOn: '2025-03-25' })).toEqual([{ number: 1, dueDate: '2025-04-08', amountPence: 100_000 }]);
  });

  it('fits the instalments into the months left after a late first due date', () => {
    const schedule = instalmentSchedule({ totalPence: 1_000_000, year, noticeIssuedOn: '2024-03-10', firstDueDate: '2024-11-01' });
    expect(schedule.map((instalment) => instalment.dueDate)).toEqual(['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01', '2025-03-01']);
  });
});

describe('bad input names the field', () => {
  const fieldOf = (action: () => unknown) => {
    try {
      action();
    } catch (error) {
      if (error instanceof InvalidInputError) return error.field;
      throw error;
    }
    return undefined;
  };

  it.each([
    ['a first due date before the notice', { firstDueDate: '2024-03-01' }, 'instalments.firstDueDate'],
    ['a first due date after the year', { firstDueDate: '2025-04-01' }, 'instalments.firstDueDate'],
    ['a notice after the year', { noticeIssuedOn: '2025-04-02' }, 'instalments.noticeIssuedOn'],
    ['a notice date that is not a date', { noticeIssuedOn: '2024-02-30' }, 'instalments.noticeIssuedOn'],
  ])('refuses %s', (_name, change, field) => {
    expect(fieldOf(() => instalmentSchedule({ totalPence: 100_000, year, noticeIssuedOn: '2024-03-10', ...change }))).toBe(field);
  });
});

describe('money invariants', () => {
  it('instalments add up to the total exactly, all but the first in whole pounds, dates rising within the year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000_000_000 }),
        fc.integer({ min: -60, max: 364 }),
        fc.constantFrom(10 as const, 12 as const),
        (total, offset, requestedCount) => {
          const schedule = instalmentSchedule({ totalPence: total, year, noticeIssuedOn: addDays(year.start, offset), requestedCount });

          expect(schedule.length).toBeGreaterThanOrEqual(1);
          expect(schedule.length).toBeLessThanOrEqual(12);
          expect(amounts(schedule).reduce((sum, amount) => sum + amount, 0)).toBe(total);
          schedule.slice(1).forEach((instalment, index) => {
            expect(instalment.amountPence % 100).toBe(0);
            expect(instalment.amountPence).toBeGreaterThan(0);
            expect(instalment.dueDate > schedule[index].dueDate).toBe(true);
          });
          const notice = addDays(year.start, offset);
          expect(schedule.at(-1)!.dueDate <= (addDays(notice, 14) > year.end ? addDays(notice, 14) : year.end)).toBe(true);
        },
      ),
    );
  });
});
