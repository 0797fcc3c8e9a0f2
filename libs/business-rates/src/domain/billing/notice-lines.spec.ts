import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { LINE_CODES } from '../charge/charge-line.js';
import { noticeDifferences, type NoticeLine } from './notice-lines.js';

const line = (liabilityId: string, code: NoticeLine['code'], periodStart: string, amountPence: number): NoticeLine => ({
  liabilityId,
  code,
  amountPence,
  periodStart,
  periodEnd: '2025-03-31',
  description: code,
  rule: 'rule',
  legislation: 'LGFA 1988',
  inputs: {},
});

/** Sums lines by what they charge, leaving out keys that net to nothing. */
function byKey(lines: readonly NoticeLine[]): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const each of lines) {
    const key = `${each.liabilityId}|${each.code}|${each.periodStart}|${each.periodEnd}`;
    sums[key] = (sums[key] ?? 0) + each.amountPence;
  }
  return Object.fromEntries(Object.entries(sums).filter(([, sum]) => sum !== 0));
}

const arbitraryLines = fc.array(
  fc.record({
    liabilityId: fc.constantFrom('L1', 'L2'),
    code: fc.constantFrom(...LINE_CODES.slice(0, 4)),
    start: fc.constantFrom('2024-04-01', '2024-10-01'),
    amount: fc.integer({ min: -500_000, max: 500_000 }),
  }),
  { maxLength: 8 },
).map((items) => items.map(({ liabilityId, code, start, amount }) => line(liabilityId, code, start, amount)));

describe('the lines of an adjusted notice are the differences', () => {
  it('a first notice bills every computed line', () => {
    const computed = [line('L1', 'GROSS_CHARGE', '2024-04-01', 998_000), line('L1', 'SMALL_BUSINESS_RATE_RELIEF', '2024-04-01', -100_000)];
    expect(noticeDifferences(computed, [])).toEqual(computed);
  });

  it('nothing changed: no lines', () => {
    const billed = [line('L1', 'GROSS_CHARGE', '2024-04-01', 998_000)];
    expect(noticeDifferences(billed, billed)).toEqual([]);
  });

  it('a backdated reduction from 1 October reverses the whole-year line and bills the two halves', () => {
    const billed = [{ ...line('L1', 'GROSS_CHARGE', '2024-04-01', 998_000), periodEnd: '2025-03-31' }];
    const computed = [
      { ...line('L1', 'GROSS_CHARGE', '2024-04-01', 500_000), periodEnd: '2024-09-30' },
      { ...line('L1', 'GROSS_CHARGE', '2024-10-01', 400_000), periodEnd: '2025-03-31' },
    ];
    const differences = noticeDifferences(computed, billed);
    expect(differences.map((each) => [each.periodStart, each.periodEnd, each.amountPence])).toEqual([
      ['2024-04-01', '2024-09-30', 500_000],
      ['2024-10-01', '2025-03-31', 400_000],
      ['2024-04-01', '2025-03-31', -998_000],
    ]);
    expect(differences[2].description).toMatch(/^Withdrawn/);
    expect(differences[2].rule).toContain('£9,980.00');
  });

  it('billed plus the differences always equals the computation, key by key', () => {
    fc.assert(
      fc.property(arbitraryLines, arbitraryLines, (computed, billed) => {
        expect(byKey([...billed, ...noticeDifferences(computed, billed)])).toEqual(byKey(computed));
      }),
    );
  });

  it('billing the differences, then recomputing the same facts, gives nothing more', () => {
    fc.assert(
      fc.property(arbitraryLines, arbitraryLines, (computed, billed) => {
        const next = [...billed, ...noticeDifferences(computed, billed)];
        expect(noticeDifferences(computed, next)).toEqual([]);
      }),
    );
  });
});
