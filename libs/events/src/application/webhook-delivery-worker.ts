import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ListCouncilsQuery, type Council } from '../../../councils/src/index.js';
import { keepPolling, type PollingOptions } from '../../../kernel/src/index.js';
import type { Actor } from '../../../tenancy/src/index.js';
import { afterAttempt, DEFAULT_RETRY_POLICY, type RetryPolicy } from '../domain/retry-schedule.js';
import { signedWebhookRequest } from '../domain/webhook-request.js';
import { EventsStore, type AttemptOutcome, type DueDelivery } from './events-store.port.js';
import { WebhookSender } from './webhook-sender.port.js';

export interface DeliveryOptions {
  readonly retry?: RetryPolicy;
  /** How long a receiver has to answer one delivery. */
  readonly timeoutMs?: number;
  /** Deliveries locked and sent together, per council, per transaction. */
  readonly batchSize?: number;
  /** The time deliveries are due by (now when omitted): tests pass a later one rather than wait. */
  readonly now?: () => Date;
  /** In [0, 1): the jitter (Math.random when omitted). */
  readonly random?: () => number;
  /** Only these councils' deliveries (all councils when omitted). */
  readonly councilIds?: readonly string[];
  readonly stopping?: () => boolean;
}

export interface DeliveryPollOptions extends DeliveryOptions, PollingOptions {}

export const DEFAULT_DELIVERY_TIMEOUT_MS = 10_000;
export const DEFAULT_DELIVERY_BATCH = 20;
const WEBHOOK_OPERATOR: Actor = { subject: 'webhook-worker', roles: ['operator'], councilId: null };

/**
 * Sends the outbox: for each council in turn, inside its tenant transaction, the deliveries due,
 * row-locked (`for update skip locked`) so that two workers never send the same one. A 2xx is
 * delivered; anything else is tried again later with backoff, and after the last attempt is dead.
 */
@Injectable()
export class WebhookDeliveryWorker {
  constructor(
    private readonly store: EventsStore,
    private readonly sender: WebhookSender,
    private readonly queries: QueryBus,
  ) {}

  /** Every council's due deliveries, batch by batch, until none is due. Resolves to the number of attempts made. */
  async deliverDue(options: DeliveryOptions = {}): Promise<number> {
    const councils: Council[] = await this.queries.execute(new ListCouncilsQuery(WEBHOOK_OPERATOR));
    let attempts = 0;
    for (const council of councils.filter((each) => !options.councilIds || options.councilIds.includes(each.id))) {
      const actor: Actor = { subject: 'webhook-worker', roles: [], councilId: council.id };
      const batchSize = options.batchSize ?? DEFAULT_DELIVERY_BATCH;
      for (;;) {
        if (options.stopping?.()) return attempts;
        const now = options.now?.() ?? new Date();
        const tried = await this.store.deliverDue(actor, council.id, now, batchSize, (due) => this.attempt(due, options));
        attempts += tried;
        if (tried < batchSize) break;
      }
    }
    return attempts;
  }

  /** Delivers what is due, then looks again every `pollMs`, until `stopping` says so. */
  keepDelivering(options: DeliveryPollOptions): Promise<void> {
    return keepPolling(() => this.deliverDue(options), options);
  }

  private async attempt(due: DueDelivery, options: DeliveryOptions): Promise<AttemptOutcome> {
    // Signed with the real time, whatever time the schedule runs on: the receiver checks it against its own clock.
    const attemptedAt = new Date();
    const request = signedWebhookRequest(due.event, due.deliveryId, due.signingSecret, attemptedAt);
    const result = await this.sender.post(due.endpointUrl, request, options.timeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS);
    const next = afterAttempt(options.retry ?? DEFAULT_RETRY_POLICY, due.attemptsMade + 1, result, options.now?.() ?? attemptedAt, (options.random ?? Math.random)());
    return { result, next, attemptedAt };
  }
}
