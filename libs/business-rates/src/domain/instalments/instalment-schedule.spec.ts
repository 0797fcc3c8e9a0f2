import { describe, expect, it } from '@jest/globals';
import { invalidField } from '../../../../kernel/src/testing/invalid-field.js';
import fc from 'fast-check';
import { addDays } from '../../../../kernel/src/index.js';
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

  it('WE8 in full: £1,152.25 on 1 November, then £1,152.00 on the 1st of December, January and February', () => {
    expect(instalmentSchedule({ totalPence: 460_825, year: financialYear('2023-24'), noticeIssuedOn: '2023-10-16' })).toEqual([
      { number: 1, dueDate: '2023-11-01', amountPence: 115_225 },
      { number: 2, dueDate: '2023-12-01', amountPence: 115_200 },
      { number: 3, dueDate: '2024-01-01', amountPence: 115_200 },
      { number: 4, dueDate: '2024-02-01', amountPence: 115_200 },
    ]);
  });

  it('a notice in April leaves 11 whole months, less one: the full 10', () => {
    expect(instalmentSchedule({ totalPence: 1_000_000, year, noticeIssuedOn: '2024-04-10' })).toHaveLength(10);
  });

  it('a notice in December leaves 3 whole months, less one: 2', () => {
    expect(instalmentSchedule({ totalPence: 100_000, year, noticeIssuedOn: '2024-12-31', firstDueDate: '2025-01-15' })).toHaveLength(2);
  });

  it.each(['2025-01-01', '2025-02-14', '2025-03-17'])('one instalment for a notice issued on %s (1 January to 31 March), even if 12 were asked for', (noticeIssuedOn) => {
    expect(instalmentSchedule({ totalPence: 500_000, year, noticeIssuedOn, requestedCount: 12 })).toHaveLength(1);
  });

  it('one instalment for a notice issued from January to March of the year', () => {
    expect(instalmentSchedule({ totalPence: 500_000, year, noticeIssuedOn: '2025-01-20' })).toEqual([
      { number: 1, dueDate: '2025-03-01', amountPence: 500_000 },
    ]);
  });

  it('fewer rather than any under the council’s minimum', () => {
    expect(instalmentSchedule({ totalPence: 20_000, year, noticeIssuedOn: '2024-03-10', minimumInstalmentPence: 5_000 })).toHaveLength(4);
  });

  it('the minimum applies to the first instalment too: £506 in 10 would start with £47, so 9', () => {
    // 506 / 10 = 50.60 → A = £51, B = 506 − 9 × 51 = £47 < £50; 506 / 9 = 56.22 → A = £56, B = £58.
    expect(amounts(instalmentSchedule({ totalPence: 50_600, year, noticeIssuedOn: '2024-03-10', minimumInstalmentPence: 5_000 }))).toEqual([5_800, ...Array(8).fill(5_600)]);
  });

  it('fewer rather than a nil or negative first instalment, with no minimum given', () => {
    // £6.60 in 12 would be A = £1, B = −£4.40; in 7 it is A = £1, B = £0.60.
    expect(amounts(instalmentSchedule({ totalPence: 660, year, noticeIssuedOn: '2024-03-10', requestedCount: 12 }))).toEqual([60, ...Array(6).fill(100)]);
    // £9 in 10 would be A = £1, B = £0; in 9 it divides exactly.
    expect(amounts(instalmentSchedule({ totalPence: 900, year, noticeIssuedOn: '2024-03-10' }))).toEqual(Array(9).fill(100));
  });

  it('nothing for a nil bill or a credit', () => {
    expect(instalmentSchedule({ totalPence: 0, year, noticeIssuedOn: '2024-03-10' })).toEqual([]);
    expect(instalmentSchedule({ totalPence: -5_000, year, noticeIssuedOn: '2024-03-10' })).toEqual([]);
  });
});

describe('12 on request (SI 2014/479)', () => {
  const twelve = (noticeIssuedOn: string, y = year) => instalmentSchedule({ totalPence: 1_200_000, year: y, noticeIssuedOn, requestedCount: 12 });

  it('12 for a notice issued before the year, one in each month April to March', () => {
    expect(twelve('2024-03-10').map((instalment) => instalment.dueDate)).toEqual([
      '2024-04-01', '2024-05-01', '2024-06-01', '2024-07-01', '2024-08-01', '2024-09-01',
      '2024-10-01', '2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01', '2025-03-01',
    ]);
  });

  it('assumption (source silent): limited to the whole months left after the notice, with no "minus one"', () => {
    expect(twelve('2024-04-10')).toHaveLength(11);
    expect(twelve('2023-10-16', financialYear('2023-24'))).toHaveLength(5);
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

  it.each([
    ['a first due date before the notice', { firstDueDate: '2024-03-01' }, 'instalments.firstDueDate'],
    ['a first due date after the year', { firstDueDate: '2025-04-01' }, 'instalments.firstDueDate'],
    ['a notice after the year', { noticeIssuedOn: '2025-04-02' }, 'instalments.noticeIssuedOn'],
    ['a notice date that is not a date', { noticeIssuedOn: '2024-02-30' }, 'instalments.noticeIssuedOn'],
    ['a first due date before the year', { noticeIssuedOn: '2024-02-01', firstDueDate: '2024-03-01' }, 'instalments.firstDueDate'],
    ['a first due date that is not a date', { firstDueDate: '2024-13-01' }, 'instalments.firstDueDate'],
    ['a count other than 10 or 12', { requestedCount: 11 as 10 }, 'instalments.count'],
    ['a total in fractions of a penny', { totalPence: 100_000.5 }, 'instalments.totalPence'],
    ['a negative minimum', { minimumInstalmentPence: -1 }, 'instalments.minimumInstalmentPence'],
    ['a minimum that is not a number', { minimumInstalmentPence: Number.NaN }, 'instalments.minimumInstalmentPence'],
  ])('refuses %s', (_name, change, field) => {
    expect(invalidField(() => instalmentSchedule({ totalPence: 100_000, year, noticeIssuedOn: '2024-03-10', ...change }))).toBe(field);
  });
});

describe('money invariants', () => {
  it('for any total from nil up, any notice date and any minimum: positive whole pence adding up to the total, 1 to 12 of them', () => {
    fc.assert(
      fc.property(
        // Small totals too: that is where the first instalment can come out nil or negative.
        fc.oneof(fc.integer({ min: 0, max: 5_000 }), fc.integer({ min: 0, max: 5_000_000_000 })),
        fc.integer({ min: -120, max: 364 }),
        fc.constantFrom(10 as const, 12 as const),
        fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: undefined }),
        (total, offset, requestedCount, minimumInstalmentPence) => {
          const noticeIssuedOn = addDays(year.start, offset);
          const schedule = instalmentSchedule({ totalPence: total, year, noticeIssuedOn, requestedCount, minimumInstalmentPence });

          if (total === 0) return expect(schedule).toEqual([]);
          expect(schedule.length).toBeGreaterThanOrEqual(1);
          expect(schedule.length).toBeLessThanOrEqual(requestedCount);
          expect(schedule.map((instalment) => instalment.number)).toEqual(schedule.map((_, index) => index + 1));
          expect(amounts(schedule).reduce((sum, amount) => sum + amount, 0)).toBe(total);
          for (const { amountPence } of schedule) {
            expect(Number.isSafeInteger(amountPence)).toBe(true);
            expect(amountPence).toBeGreaterThan(0);
            if (schedule.length > 1) expect(amountPence).toBeGreaterThanOrEqual(minimumInstalmentPence ?? 0);
          }
          schedule.slice(1).forEach((instalment) => expect(instalment.amountPence % 100).toBe(0));
          expect(schedule[0].dueDate >= noticeIssuedOn).toBe(true);
          expect(schedule[0].dueDate >= year.start).toBe(true);
          if (addDays(noticeIssuedOn, 14) <= year.end) expect(schedule.at(-1)!.dueDate <= year.end).toBe(true);
        },
      ),
    );
  });

  it('due dates rise strictly, month by month, inside the year, whatever the first due date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 364 }), fc.constantFrom(10 as const, 12 as const), (a, b, requestedCount) => {
        const [noticeIssuedOn, firstDueDate] = [addDays(year.start, Math.min(a, b)), addDays(year.start, Math.max(a, b))];
        const dates = instalmentSchedule({ totalPence: 1_234_567, year, noticeIssuedOn, firstDueDate, requestedCount }).map((instalment) => instalment.dueDate);
        expect(dates[0]).toBe(firstDueDate);
        dates.slice(1).forEach((date, index) => expect(date > dates[index]).toBe(true));
        expect(dates.every((date) => date >= year.start && date <= year.end)).toBe(true);
      }),
    );
  });

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
