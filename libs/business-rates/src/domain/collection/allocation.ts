import type { Pence } from '../../../../kernel/src/index.js';

export type DebtTarget = 'rates' | 'costs';

/** What an account has been charged for one financial year, rates or recovery costs, less anything written off. */
export interface Debt {
  readonly financialYear: string;
  readonly target: DebtTarget;
  readonly chargedPence: Pence;
}

/** A payment on the account: its money not yet allocated, and what it has paid towards each debt. */
export interface PaymentHeld {
  readonly paymentId: string;
  readonly unallocatedPence: Pence;
  readonly allocated: ReadonlyArray<{ readonly financialYear: string; readonly target: DebtTarget; readonly amountPence: Pence }>;
}

export interface Allocation {
  readonly paymentId: string;
  readonly financialYear: string;
  readonly target: DebtTarget;
  /** Negative releases an earlier allocation that a reduced charge no longer needs. */
  readonly amountPence: Pence;
}

/**
 * Puts an account's money where it belongs (`payments` oldest first):
 * 1. where a debt has been paid more than it now charges (a reduced notice, a write-off), the
 *    excess is released, newest payment first, and becomes credit;
 * 2. all credit, oldest payment first, pays the outstanding debts: the directed year first if the
 *    payer named one, then the oldest year first, and within a year rates before costs.
 * Settling a settled account gives no allocations.
 */
export function settle(debts: readonly Debt[], payments: readonly PaymentHeld[], directedYear?: string): Allocation[] {
  const allocations: Allocation[] = [];
  const unallocated = new Map(payments.map((payment) => [payment.paymentId, payment.unallocatedPence]));
  const paid = new Map<string, number>();
  for (const payment of payments) for (const each of payment.allocated) paid.set(keyOf(each), (paid.get(keyOf(each)) ?? 0) + each.amountPence);
  const charged = new Map(debts.map((debt) => [keyOf(debt), debt.chargedPence]));

  for (const key of paid.keys()) {
    let excess = (paid.get(key) ?? 0) - (charged.get(key) ?? 0);
    for (const payment of [...payments].reverse()) {
      if (excess <= 0) break;
      const fromThis = payment.allocated.filter((each) => keyOf(each) === key).reduce((sum, each) => sum + each.amountPence, 0);
      const released = Math.min(excess, fromThis);
      if (released <= 0) continue;
      const [financialYear, target] = key.split('|') as [string, DebtTarget];
      allocations.push({ paymentId: payment.paymentId, financialYear, target, amountPence: -released });
      unallocated.set(payment.paymentId, (unallocated.get(payment.paymentId) ?? 0) + released);
      paid.set(key, (paid.get(key) ?? 0) - released);
      excess -= released;
    }
  }

  for (const debt of [...debts].sort(byPriority(directedYear))) {
    let owed = debt.chargedPence - (paid.get(keyOf(debt)) ?? 0);
    for (const payment of payments) {
      if (owed <= 0) break;
      const money = unallocated.get(payment.paymentId) ?? 0;
      if (money <= 0) continue;
      const amount = Math.min(owed, money);
      allocations.push({ paymentId: payment.paymentId, financialYear: debt.financialYear, target: debt.target, amountPence: amount });
      unallocated.set(payment.paymentId, money - amount);
      owed -= amount;
    }
  }
  return allocations;
}

function keyOf(debt: { financialYear: string; target: DebtTarget }): string {
  return `${debt.financialYear}|${debt.target}`;
}

function byPriority(directedYear: string | undefined) {
  const rank = (debt: Debt) => (directedYear !== undefined && debt.financialYear === directedYear ? 0 : 1);
  return (a: Debt, b: Debt) => rank(a) - rank(b) || a.financialYear.localeCompare(b.financialYear) || (a.target === b.target ? 0 : a.target === 'rates' ? -1 : 1);
}

/** The account's credit: what its payments have not been allocated. */
export function creditOf(payments: readonly PaymentHeld[]): Pence {
  return payments.reduce((sum, payment) => sum + payment.unallocatedPence, 0);
}

/** Takes an amount of credit from the payments that hold it, oldest first; the caller has checked there is enough. */
export function drawCredit(payments: readonly PaymentHeld[], amountPence: Pence): Array<{ paymentId: string; amountPence: Pence }> {
  const drawn: Array<{ paymentId: string; amountPence: Pence }> = [];
  let left = amountPence;
  for (const payment of payments) {
    if (left <= 0) break;
    const take = Math.min(left, payment.unallocatedPence);
    if (take > 0) drawn.push({ paymentId: payment.paymentId, amountPence: take });
    left -= take;
  }
  return drawn;
}
