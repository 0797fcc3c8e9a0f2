import type { PaymentRecord } from './collection-store.port.js';

/** Whether a payment sent again is the same payment: same money, same day, same method, same reference quoted. */
export function isDuplicate(earlier: PaymentRecord, again: { amountPence: number; receivedOn: string; method: string; accountReference: string }): boolean {
  return earlier.amountPence === again.amountPence && earlier.receivedOn === again.receivedOn && earlier.method === again.method && earlier.quotedReference === again.accountReference;
}
