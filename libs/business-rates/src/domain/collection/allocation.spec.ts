import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { settle, type Debt, type PaymentHeld } from './allocation.js';

const debt = (financialYear: string, chargedPence: number, target: 'rates' | 'costs' = 'rates'): Debt => ({ financialYear, target, chargedPence });
const payment = (paymentId: string, unallocatedPence: number, allocated: PaymentHeld['allocated'] = []): PaymentHeld => ({ paymentId, unallocatedPence, allocated });

describe('allocating payments', () => {
  it('pays the oldest year first, and rates before costs within a year', () => {
    const allocations = settle([debt('2024-25', 50_000), debt('2023-24', 30_000), debt('2023-24', 6_300, 'costs')], [payment('P1', 40_000)]);
    expect(allocations).toEqual([
      { paymentId: 'P1', financialYear: '2023-24', target: 'rates', amountPence: 30_000 },
      { paymentId: 'P1', financialYear: '2023-24', target: 'costs', amountPence: 6_300 },
      { paymentId: 'P1', financialYear: '2024-25', target: 'rates', amountPence: 3_700 },
    ]);
  });

  it('pays the year the payer directs first', () => {
    const allocations = settle([debt('2023-24', 30_000), debt('2024-25', 50_000)], [payment('P1', 40_000)], '2024-25');
    expect(allocations.map((each) => [each.financialYear, each.amountPence])).toEqual([['2024-25', 40_000]]);
  });

  it('leaves what no debt needs as credit', () => {
    const allocations = settle([debt('2024-25', 10_000)], [payment('P1', 25_000)]);
    expect(allocations).toEqual([{ paymentId: 'P1', financialYear: '2024-25', target: 'rates', amountPence: 10_000 }]);
  });

  it('releases, newest payment first, what a reduced charge no longer needs, and applies it to other debts', () => {
    const allocations = settle(
      [debt('2023-24', 5_000), debt('2024-25', 60_000)],
      [payment('P1', 0, [{ financialYear: '2024-25', target: 'rates', amountPence: 50_000 }]), payment('P2', 0, [{ financialYear: '2024-25', target: 'rates', amountPence: 30_000 }])],
    );
    expect(allocations).toEqual([
      { paymentId: 'P2', financialYear: '2024-25', target: 'rates', amountPence: -20_000 },
      { paymentId: 'P2', financialYear: '2023-24', target: 'rates', amountPence: 5_000 },
    ]);
  });

  const arbitrary = fc.record({
    debts: fc.uniqueArray(fc.record({ financialYear: fc.constantFrom('2022-23', '2023-24', '2024-25'), target: fc.constantFrom('rates' as const, 'costs' as const), chargedPence: fc.integer({ min: 0, max: 100_000 }) }), {
      selector: (each) => `${each.financialYear}|${each.target}`,
      maxLength: 6,
    }),
    payments: fc.array(fc.integer({ min: 1, max: 80_000 }), { maxLength: 5 }),
  });

  it('never allocates more than a payment has, nor more than a debt charges; settling again changes nothing', () => {
    fc.assert(
      fc.property(arbitrary, ({ debts, payments }) => {
        const held = payments.map((amount, index) => payment(`P${index}`, amount));
        const allocations = settle(debts, held);
        for (const each of held) {
          const used = allocations.filter((allocation) => allocation.paymentId === each.paymentId).reduce((sum, allocation) => sum + allocation.amountPence, 0);
          expect(used).toBeLessThanOrEqual(each.unallocatedPence);
        }
        for (const each of debts) {
          const paid = allocations.filter((allocation) => allocation.financialYear === each.financialYear && allocation.target === each.target).reduce((sum, allocation) => sum + allocation.amountPence, 0);
          expect(paid).toBeLessThanOrEqual(each.chargedPence);
        }
        const after = held.map((each) => {
          const mine = allocations.filter((allocation) => allocation.paymentId === each.paymentId);
          return payment(each.paymentId, each.unallocatedPence - mine.reduce((sum, allocation) => sum + allocation.amountPence, 0), mine);
        });
        expect(settle(debts, after)).toEqual([]);
        // Money is neither made nor lost: what is allocated plus what is left is what was paid.
        const left = after.reduce((sum, each) => sum + each.unallocatedPence, 0);
        expect(left + allocations.reduce((sum, allocation) => sum + allocation.amountPence, 0)).toBe(payments.reduce((sum, amount) => sum + amount, 0));
      }),
    );
  });
});
