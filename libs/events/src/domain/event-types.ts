/**
 * The events a council's other systems (CRM, workflow, document management) can subscribe to. Each
 * is written by a database trigger in the transaction that records its fact (ADR 0017); the
 * payloads are described, with examples, in docs/integrations/events-and-webhooks.md.
 */
export const COUNCIL_EVENT_TYPES = ['bill.issued', 'payment.received', 'account.in-arrears', 'recovery.stage-reached', 'relief.awarded'] as const;
export type CouncilEventType = (typeof COUNCIL_EVENT_TYPES)[number];

export function isCouncilEventType(value: string): value is CouncilEventType {
  return (COUNCIL_EVENT_TYPES as readonly string[]).includes(value);
}

/** A delivery's life: pending until tried; retrying after a failed attempt with attempts left; delivered on a 2xx; dead when none is left. */
export const DELIVERY_STATUSES = ['pending', 'delivered', 'retrying', 'dead'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
