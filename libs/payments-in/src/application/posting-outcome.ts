import type { RecordedPayment } from '../../../business-rates/src/index.js';
import type { PostingOutcome } from './payments-in-store.port.js';

/** What recording a payment did: posted it, held it in suspense, or found it already posted. */
export function outcomeOf(recorded: RecordedPayment): PostingOutcome {
  if (recorded.replayed) return 'already-posted';
  return recorded.payment.accountReference === null ? 'held-in-suspense' : 'posted';
}
