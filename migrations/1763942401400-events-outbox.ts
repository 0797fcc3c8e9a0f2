import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events out (ADR 0017): a transactional outbox of council events, the webhook subscriptions that
 * want them, and one delivery row per event and subscription.
 *
 * Events are written by AFTER-INSERT (and, for a payment assigned from suspense, AFTER-UPDATE)
 * triggers on the tables whose rows are the facts: bills, payments, relief awards and recovery
 * stages. A trigger runs in the transaction that writes the row, so an event exists exactly when
 * its fact commits, whichever use case (or batch) wrote it. A legacy-migration load (session user
 * `revenues_migrator`, ADR 0016) writes history, not news: its rows make no events. Each new event
 * fans out, in the same statement, to a pending delivery for every active subscription wanting
 * its type.
 *
 * The service may read events but never write or change one (only the triggers do), may record
 * and deactivate subscriptions, and may add deliveries (a replay) and record their attempts.
 */
export class EventsOutbox1763942401400 implements MigrationInterface {
  name = 'EventsOutbox1763942401400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table council_events (
        council_id uuid not null references councils (council_id),
        council_event_id uuid not null,
        event_type text not null check (event_type in ('bill.issued', 'payment.received', 'account.in-arrears', 'recovery.stage-reached', 'relief.awarded')),
        -- The payload's version: a change a receiver would notice gets a new version, never an edit of the old.
        schema_version integer not null check (schema_version > 0),
        occurred_at timestamptz not null default now(),
        -- What the event is about, as a receiver would look it up: the account reference.
        subject text not null check (char_length(subject) between 1 and 200),
        payload jsonb not null check (jsonb_typeof(payload) = 'object'),
        constraint council_events_pkey primary key (council_id, council_event_id)
      );
      create index council_events_by_time on council_events (council_id, occurred_at, council_event_id);
      create index council_events_by_subject on council_events (council_id, subject, occurred_at);

      create table webhook_subscriptions (
        council_id uuid not null references councils (council_id),
        webhook_subscription_id uuid not null,
        endpoint_url text not null check (endpoint_url ~ '^https?://' and char_length(endpoint_url) <= 2000),
        event_types text[] not null check (cardinality(event_types) > 0),
        -- Needed whole to sign each delivery; shown once, when the subscription is made, and never read back out.
        signing_secret text not null check (char_length(signing_secret) >= 32),
        description text check (char_length(description) between 1 and 500),
        active boolean not null default true,
        created_by text not null,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint webhook_subscriptions_pkey primary key (council_id, webhook_subscription_id)
      );

      create table webhook_deliveries (
        council_id uuid not null,
        webhook_delivery_id uuid not null,
        council_event_id uuid not null,
        webhook_subscription_id uuid not null,
        -- retrying: an attempt failed and another is due at next_attempt_at; dead: no attempt is left.
        status text not null default 'pending' check (status in ('pending', 'delivered', 'retrying', 'dead')),
        attempts integer not null default 0 check (attempts >= 0),
        next_attempt_at timestamptz not null default now(),
        last_attempt_at timestamptz,
        last_status_code integer check (last_status_code between 100 and 599),
        last_error text check (char_length(last_error) <= 1000),
        delivered_at timestamptz,
        -- Made by a replay rather than when the event was written.
        replay boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint webhook_deliveries_pkey primary key (council_id, webhook_delivery_id),
        constraint webhook_deliveries_event_fkey foreign key (council_id, council_event_id) references council_events (council_id, council_event_id),
        constraint webhook_deliveries_subscription_fkey foreign key (council_id, webhook_subscription_id)
          references webhook_subscriptions (council_id, webhook_subscription_id),
        constraint webhook_deliveries_delivered_when check ((status = 'delivered') = (delivered_at is not null))
      );
      create index webhook_deliveries_due on webhook_deliveries (council_id, next_attempt_at) where status in ('pending', 'retrying');
      create index webhook_deliveries_by_event on webhook_deliveries (council_id, council_event_id);
      create index webhook_deliveries_by_subscription on webhook_deliveries (council_id, webhook_subscription_id, created_at);

      select app_isolate_council_table('council_events'); select app_audit_table('council_events');
      -- An event is derived from a row whose insert is audited in full in the same transaction, and
      -- is never changed afterwards: its insert is audited a statement at a time (how many events of
      -- each type), not with a second full image per row (annual billing writes one per bill).
      create function app_audit_event_inserts() returns trigger language plpgsql security definer
      set search_path = public, pg_temp as $$
      declare v_actor text := nullif(current_setting('app.actor', true), '');
      begin
        if v_actor is null then
          raise exception 'change to % has no actor: council data may only change in a tenant transaction', tg_table_name
            using errcode = 'insufficient_privilege';
        end if;
        insert into audit_events (council_id, actor, request_id, reason, table_name, operation, row_key, before, after)
        select per_type.council_id, v_actor, nullif(current_setting('app.request_id', true), ''), nullif(current_setting('app.reason', true), ''),
               tg_table_name, 'INSERT', jsonb_build_object('first_council_event_id', min(per_type.first_id)), null,
               jsonb_build_object('events_written', jsonb_object_agg(per_type.event_type, per_type.written))
          from (select council_id, event_type, count(*) as written, min(council_event_id::text) as first_id
                  from inserted_rows group by council_id, event_type) per_type
         group by per_type.council_id;
        return null;
      end $$;
      revoke execute on function app_audit_event_inserts() from public;
      drop trigger audit_inserts on council_events;
      create trigger audit_inserts after insert on council_events referencing new table as inserted_rows
        for each statement execute function app_audit_event_inserts();
      select app_isolate_council_table('webhook_subscriptions'); select app_audit_table('webhook_subscriptions');
      select app_isolate_council_table('webhook_deliveries'); select app_audit_table('webhook_deliveries');
      grant select on council_events to revenues_app;
      grant select, insert on webhook_subscriptions to revenues_app;
      grant update (active, updated_at) on webhook_subscriptions to revenues_app;
      grant select, insert on webhook_deliveries to revenues_app;
      grant update (status, attempts, next_attempt_at, last_attempt_at, last_status_code, last_error, delivered_at, updated_at) on webhook_deliveries to revenues_app;

      -- Every new event becomes a pending delivery for each active subscription that wants its type.
      create function app_fan_out_council_events() returns trigger language plpgsql security definer
      set search_path = public, pg_temp as $$
      begin
        insert into webhook_deliveries (council_id, webhook_delivery_id, council_event_id, webhook_subscription_id)
        select e.council_id, gen_random_uuid(), e.council_event_id, s.webhook_subscription_id
          from new_events e
          join webhook_subscriptions s on s.council_id = e.council_id and s.active and e.event_type = any (s.event_types);
        return null;
      end $$;
      create trigger fan_out_council_events after insert on council_events referencing new table as new_events
        for each statement execute function app_fan_out_council_events();

      -- A load by the legacy migrator carries history over; it is not news for the council's other systems.
      create function app_writes_events() returns boolean language sql stable as $$
        select session_user <> 'revenues_migrator'
      $$;

      ${eventTrigger('bill_issued', 'insert on bills', 'new table as new_bills', [`
        select b.council_id, gen_random_uuid(), 'bill.issued', 1, a.reference, jsonb_build_object(
                 'accountReference', a.reference, 'billId', b.bill_id, 'billNumber', b.bill_number, 'kind', b.kind,
                 'financialYear', b.financial_year, 'issuedOn', b.issued_on, 'totalPence', b.total_pence,
                 'yearChargePence', b.year_charge_pence, 'paidBeforePence', b.paid_before_pence, 'billingRunId', b.billing_run_id)
          from new_bills b join accounts a on a.council_id = b.council_id and a.account_id = b.account_id
         where b.kind <> 'migrated'
         order by b.bill_number`])}

      -- Money on an account: recorded to one, or assigned to one from suspense. Money held in
      -- suspense is no account's yet, and a transfer between accounts is not money received.
      create function app_payment_received_payload(p payments, p_reference text, p_from_suspense boolean) returns jsonb language sql immutable as $$
        select jsonb_build_object('accountReference', p_reference, 'paymentId', p.payment_id, 'amountPence', p.amount_pence,
                                  'receivedOn', p.received_on, 'method', p.method, 'externalReference', p.external_reference,
                                  'fromSuspense', p_from_suspense)
      $$;
      ${eventTrigger('payment_received', 'insert on payments', 'new table as new_payments', [`
        select p.council_id, gen_random_uuid(), 'payment.received', 1, a.reference, app_payment_received_payload(p, a.reference, false)
          from new_payments p join accounts a on a.council_id = p.council_id and a.account_id = p.account_id
         where p.method <> 'transfer'`])}
      ${eventTrigger('payment_assigned', 'update on payments', 'old table as old_payments new table as new_payments', [`
        select p.council_id, gen_random_uuid(), 'payment.received', 1, a.reference, app_payment_received_payload(p, a.reference, true)
          from new_payments p
          join old_payments o on o.council_id = p.council_id and o.payment_id = p.payment_id
          join accounts a on a.council_id = p.council_id and a.account_id = p.account_id
         where o.account_id is null and p.method <> 'transfer'`])}

      ${eventTrigger('relief_awarded', 'insert on relief_awards', 'new table as new_reliefs', [`
        select r.council_id, gen_random_uuid(), 'relief.awarded', 1, a.reference, jsonb_build_object(
                 'accountReference', a.reference, 'reliefAwardId', r.relief_award_id, 'kind', r.kind,
                 'startsOn', r.starts_on, 'endsOn', r.ends_on, 'percent', r.percent, 'exemptionClass', r.exemption_class)
          from new_reliefs r
          join liabilities l on l.council_id = r.council_id and l.liability_id = r.liability_id
          join accounts a on a.council_id = l.council_id and a.account_id = l.account_id`])}

      -- Every recovery notice is a stage reached. The account is in arrears when a recovery run finds
      -- instalments missed: with each reminder (reg 8(1)), and with a stage that is the year's first
      -- (a final notice straight away, the reminders allowed having been used on an earlier charge).
      ${eventTrigger('recovery_stage', 'insert on recovery_stages', 'new table as new_stages', [`
        select s.council_id, gen_random_uuid(), 'account.in-arrears', 1, a.reference, jsonb_build_object(
                 'accountReference', a.reference, 'financialYear', s.financial_year, 'arrearsPence', s.arrears_pence,
                 'foundOn', s.issued_on, 'recoveryStage', s.stage, 'recoveryStageId', s.recovery_stage_id)
          from new_stages s join accounts a on a.council_id = s.council_id and a.account_id = s.account_id
         where s.stage = 'reminder' or not exists (
                 select 1 from recovery_stages earlier
                  where earlier.council_id = s.council_id and earlier.account_id = s.account_id
                    and earlier.financial_year = s.financial_year and earlier.recovery_stage_id <> s.recovery_stage_id)`, `
        select s.council_id, gen_random_uuid(), 'recovery.stage-reached', 1, a.reference, jsonb_build_object(
                 'accountReference', a.reference, 'recoveryStageId', s.recovery_stage_id, 'financialYear', s.financial_year,
                 'stage', s.stage, 'issuedOn', s.issued_on, 'arrearsPence', s.arrears_pence, 'costsPence', s.costs_pence,
                 'payBy', s.pay_by, 'hearingOn', s.hearing_on)
          from new_stages s join accounts a on a.council_id = s.council_id and a.account_id = s.account_id`])}

      revoke execute on function app_fan_out_council_events(), app_event_bill_issued(), app_event_payment_received(),
        app_event_payment_assigned(), app_event_relief_awarded(), app_event_recovery_stage() from public;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      drop trigger event_recovery_stage on recovery_stages;
      drop trigger event_relief_awarded on relief_awards;
      drop trigger event_payment_assigned on payments;
      drop trigger event_payment_received on payments;
      drop trigger event_bill_issued on bills;
      drop function app_event_recovery_stage(); drop function app_event_relief_awarded(); drop function app_event_payment_assigned();
      drop function app_event_payment_received(); drop function app_payment_received_payload(payments, text, boolean);
      drop function app_event_bill_issued(); drop function app_writes_events();
      drop table webhook_deliveries; drop table webhook_subscriptions; drop table council_events;
      drop function app_fan_out_council_events(); drop function app_audit_event_inserts();
    `);
  }
}

/**
 * A statement trigger that writes events (unless a legacy load is writing): `selects` each give
 * the rows of one `insert into council_events`, from the transition tables named in `referencing`.
 */
function eventTrigger(name: string, on: string, referencing: string, selects: string[]): string {
  const inserts = selects.map((select) => `insert into council_events (council_id, council_event_id, event_type, schema_version, subject, payload)${select};`);
  return `
      create function app_event_${name}() returns trigger language plpgsql security definer
      set search_path = public, pg_temp as $$
      begin
        if not app_writes_events() then return null; end if;
        ${inserts.join('\n        ')}
        return null;
      end $$;
      create trigger event_${name} after ${on} referencing ${referencing}
        for each statement execute function app_event_${name}();`;
}
