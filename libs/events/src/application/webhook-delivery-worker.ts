import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ListCouncilsQuery, type Council } from '../../../councils/src/index.js';
import { keepPolling, type PollingOptions } from '../../../kernel/src/index.js';
import { SecretSealer } from '../../../secrets/src/index.js';
import type { Actor } from '../../../tenancy/src/index.js';
import { afterAttempt, DEFAULT_RETRY_POLICY, type AttemptResult, type RetryPolicy } from '../domain/retry-schedule.js';
import { signedWebhookRequest } from '../domain/webhook-request.js';
import { EventsStore, type AttemptOutcome, type DueDelivery } from './events-store.port.js';
import { WebhookSender } from './webhook-sender.port.js';

export interface DeliveryOptions {
  readonly retry?: RetryPolicy;
  /** How long a receiver has to answer one delivery. */
  readonly timeoutMs?: number;
  /** Deliveries claimed and sent together, per council. */
  readonly batchSize?: number;
  /** How long a claim keeps other workers off a delivery (the timeout and a minute when omitted): after it, one whose worker died is sent again. */
  readonly leaseMs?: number;
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
/** Beyond the receivers' timeout, for recording the outcomes: a claim outlives any batch a live worker is sending. */
const LEASE_MARGIN_MS = 60_000;
const WEBHOOK_OPERATOR: Actor = { subject: 'webhook-worker', roles: ['operator'], councilId: null };

/**
 * Sends the outbox: for each council in turn, the deliveries due, claimed in a short transaction
 * with a lease (so that two workers never send the same one at once), sent outside any
 * transaction, and each outcome recorded in another short one. A 2xx is delivered; anything else is
 * tried again later with backoff, and after the last attempt is dead. A worker that dies mid-batch
 * leaves its deliveries to be sent again once the lease runs out.
 */
@Injectable()
export class WebhookDeliveryWorker {
  constructor(
    private readonly store: EventsStore,
    private readonly sender: WebhookSender,
    private readonly queries: QueryBus,
    private readonly sealer: SecretSealer,
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
        const leaseUntil = new Date(now.getTime() + (options.leaseMs ?? (options.timeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS) + LEASE_MARGIN_MS));
        const claimed = await this.store.claimDue(actor, council.id, now, batchSize, leaseUntil);
        // Sent outside any transaction: no row stays locked while receivers answer.
        const outcomes = await Promise.all(claimed.map((due) => this.attempt(due, options)));
        for (const [index, outcome] of outcomes.entries()) await this.store.recordAttempt(actor, council.id, claimed[index], outcome);
        attempts += claimed.length;
        if (claimed.length < batchSize) break;
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
    const result = await this.send(due, attemptedAt, options);
    const next = afterAttempt(options.retry ?? DEFAULT_RETRY_POLICY, due.attemptsMade + 1, result, options.now?.() ?? attemptedAt, (options.random ?? Math.random)());
    return { result, next, attemptedAt };
  }

  private async send(due: DueDelivery, attemptedAt: Date, options: DeliveryOptions): Promise<AttemptResult> {
    let signingSecret: string;
    try {
      signingSecret = this.sealer.open(due.sealedSigningSecret);
    } catch (error) {
      // No key, or another one: a failed attempt the council can see, not a stopped worker.
      return { error: error instanceof Error ? error.message : String(error) };
    }
    const request = signedWebhookRequest(due.event, due.deliveryId, signingSecret, attemptedAt);
    return this.sender.post(due.endpointUrl, request, options.timeoutMs ?? DEFAULT_DELIVERY_TIMEOUT_MS);
  }
}
