import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TenantTransactions, type Actor } from '../../../tenancy/src/index.js';
import {
  EventsStore, type AttemptOutcome, type DeliveryFilter, type DueDelivery, type EventFilter, type NewSubscription, type WebhookDeliveryRecord,
  type WebhookSubscriptionRecord,
} from '../application/events-store.port.js';
import type { CouncilEvent } from '../domain/webhook-request.js';
import { DELIVERY_COLUMNS, EVENT_COLUMNS, SUBSCRIPTION_COLUMNS, toDelivery, toEvent, toSubscription } from './event-rows.js';

const ATTEMPT_REASON = 'webhook delivery attempt';

@Injectable()
export class TypeOrmEventsStore extends EventsStore {
  constructor(private readonly transactions: TenantTransactions) {
    super();
  }

  createSubscription(actor: Actor, councilId: string, subscription: NewSubscription, reason: string): Promise<WebhookSubscriptionRecord> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [row] = await db.query(
        `insert into webhook_subscriptions as s (council_id, webhook_subscription_id, endpoint_url, event_types, signing_secret, description, created_by)
         values ($1, $2, $3, $4, $5, $6, $7) returning ${SUBSCRIPTION_COLUMNS}`,
        [councilId, randomUUID(), subscription.endpointUrl, subscription.eventTypes, subscription.signingSecret, subscription.description, actor.subject],
      );
      return toSubscription(row);
    }, reason);
  }

  subscriptions(actor: Actor, councilId: string): Promise<WebhookSubscriptionRecord[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) =>
      (await db.query(`select ${SUBSCRIPTION_COLUMNS} from webhook_subscriptions s where s.council_id = $1 order by s.created_at, s.webhook_subscription_id`, [councilId])).map(toSubscription));
  }

  subscription(actor: Actor, councilId: string, subscriptionId: string): Promise<WebhookSubscriptionRecord | null> {
    return this.transactions.inCouncil(actor, councilId, (db) => findSubscription(db, councilId, subscriptionId));
  }

  deactivate(actor: Actor, councilId: string, subscriptionId: string, reason: string): Promise<WebhookSubscriptionRecord | null> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      await db.query(`update webhook_subscriptions set active = false, updated_at = now() where council_id = $1 and webhook_subscription_id = $2 and active`, [councilId, subscriptionId]);
      await db.query(
        `update webhook_deliveries set status = 'dead', last_error = 'the subscription was deactivated', updated_at = now()
          where council_id = $1 and webhook_subscription_id = $2 and status in ('pending', 'retrying')`,
        [councilId, subscriptionId],
      );
      return findSubscription(db, councilId, subscriptionId);
    }, reason);
  }

  events(actor: Actor, councilId: string, filter: EventFilter): Promise<CouncilEvent[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const rows = await db.query(
        `select ${EVENT_COLUMNS} from council_events e
          where e.council_id = $1 and ($2::text is null or e.event_type = $2) and ($3::text is null or e.subject = $3)
            and ($4::timestamptz is null or e.occurred_at >= $4)
          order by e.occurred_at desc, e.council_event_id desc limit $5`,
        [councilId, filter.type ?? null, filter.subject ?? null, filter.since ?? null, filter.limit],
      );
      return rows.map(toEvent);
    });
  }

  event(actor: Actor, councilId: string, eventId: string): Promise<CouncilEvent | null> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [row] = await db.query(`select ${EVENT_COLUMNS} from council_events e where e.council_id = $1 and e.council_event_id = $2`, [councilId, eventId]);
      return row ? toEvent(row) : null;
    });
  }

  deliveries(actor: Actor, councilId: string, filter: DeliveryFilter): Promise<WebhookDeliveryRecord[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const rows = await db.query(
        `select ${DELIVERY_COLUMNS} from webhook_deliveries d
          where d.council_id = $1 and ($2::uuid is null or d.webhook_subscription_id = $2) and ($3::uuid is null or d.council_event_id = $3)
            and ($4::text is null or d.status = $4)
          order by d.created_at desc, d.webhook_delivery_id desc limit $5`,
        [councilId, filter.subscriptionId ?? null, filter.eventId ?? null, filter.status ?? null, filter.limit],
      );
      return rows.map(toDelivery);
    });
  }

  replayEvent(actor: Actor, councilId: string, eventId: string, subscriptionId: string | null, reason: string): Promise<WebhookDeliveryRecord[]> {
    return this.transactions.inCouncil(actor, councilId, (db) => insertReplays(db, councilId, `
      select e.council_event_id, s.webhook_subscription_id, e.occurred_at
        from council_events e join webhook_subscriptions s on s.council_id = e.council_id and s.active and e.event_type = any (s.event_types)
       where e.council_id = $1 and e.council_event_id = $2 and ($3::uuid is null or s.webhook_subscription_id = $3)`, [eventId, subscriptionId]), reason);
  }

  countEventsSince(actor: Actor, councilId: string, subscriptionId: string, since: Date): Promise<number> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [{ count }] = await db.query(
        `select count(*)::int as count from council_events e join webhook_subscriptions s on s.council_id = e.council_id and e.event_type = any (s.event_types)
          where e.council_id = $1 and s.webhook_subscription_id = $2 and e.occurred_at >= $3`,
        [councilId, subscriptionId, since],
      );
      return count as number;
    });
  }

  replaySince(actor: Actor, councilId: string, subscriptionId: string, since: Date, reason: string): Promise<WebhookDeliveryRecord[]> {
    return this.transactions.inCouncil(actor, councilId, (db) => insertReplays(db, councilId, `
      select e.council_event_id, s.webhook_subscription_id, e.occurred_at
        from council_events e join webhook_subscriptions s on s.council_id = e.council_id and s.active and e.event_type = any (s.event_types)
       where e.council_id = $1 and s.webhook_subscription_id = $2 and e.occurred_at >= $3`, [subscriptionId, since]), reason);
  }

  deliverDue(actor: Actor, councilId: string, now: Date, batchSize: number, attempt: (due: DueDelivery) => Promise<AttemptOutcome>): Promise<number> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      // Locked until this transaction ends, so a second worker skips them; a worker that dies
      // mid-batch leaves them unlocked and unchanged, to be sent again.
      const rows = await db.query(
        `select d.webhook_delivery_id, d.attempts, s.endpoint_url, s.signing_secret, ${EVENT_COLUMNS}
           from webhook_deliveries d
           join council_events e on e.council_id = d.council_id and e.council_event_id = d.council_event_id
           join webhook_subscriptions s on s.council_id = d.council_id and s.webhook_subscription_id = d.webhook_subscription_id
          where d.council_id = $1 and d.status in ('pending', 'retrying') and d.next_attempt_at <= $2 and s.active
          order by d.next_attempt_at, d.created_at, d.webhook_delivery_id
          limit $3
          for update of d skip locked`,
        [councilId, now, batchSize],
      );
      const due: DueDelivery[] = rows.map((row: Record<string, unknown>) => ({
        deliveryId: row.webhook_delivery_id as string, attemptsMade: row.attempts as number, endpointUrl: row.endpoint_url as string,
        signingSecret: row.signing_secret as string, event: toEvent(row),
      }));
      const outcomes = await Promise.all(due.map(attempt));
      for (const [index, outcome] of outcomes.entries()) await recordAttempt(db, councilId, due[index].deliveryId, outcome);
      return due.length;
    }, ATTEMPT_REASON);
  }
}

async function findSubscription(db: EntityManager, councilId: string, subscriptionId: string): Promise<WebhookSubscriptionRecord | null> {
  const [row] = await db.query(`select ${SUBSCRIPTION_COLUMNS} from webhook_subscriptions s where s.council_id = $1 and s.webhook_subscription_id = $2`, [councilId, subscriptionId]);
  return row ? toSubscription(row) : null;
}

/** New pending deliveries, marked as replays, for the (event, subscription) pairs `pairs` selects. */
async function insertReplays(db: EntityManager, councilId: string, pairs: string, parameters: unknown[]): Promise<WebhookDeliveryRecord[]> {
  const inserted = await db.query(
    `with pairs as (${pairs})
     insert into webhook_deliveries (council_id, webhook_delivery_id, council_event_id, webhook_subscription_id, replay)
     select $1, gen_random_uuid(), p.council_event_id, p.webhook_subscription_id, true from pairs p order by p.occurred_at, p.council_event_id
     returning webhook_delivery_id`,
    [councilId, ...parameters],
  );
  if (inserted.length === 0) return [];
  const rows = await db.query(
    `select ${DELIVERY_COLUMNS} from webhook_deliveries d where d.council_id = $1 and d.webhook_delivery_id = any ($2::uuid[]) order by d.council_event_id`,
    [councilId, inserted.map((row: { webhook_delivery_id: string }) => row.webhook_delivery_id)],
  );
  return rows.map(toDelivery);
}

async function recordAttempt(db: EntityManager, councilId: string, deliveryId: string, { result, next, attemptedAt }: AttemptOutcome): Promise<void> {
  await db.query(
    `update webhook_deliveries
        set status = $3, attempts = attempts + 1, last_attempt_at = $4, last_status_code = $5, last_error = $6,
            next_attempt_at = coalesce($7, next_attempt_at), delivered_at = case when $3 = 'delivered' then $4::timestamptz end, updated_at = now()
      where council_id = $1 and webhook_delivery_id = $2`,
    [
      councilId, deliveryId, next.status, attemptedAt, 'statusCode' in result ? result.statusCode : null,
      'error' in result ? result.error : null, next.status === 'retrying' ? next.nextAttemptAt : null,
    ],
  );
}
