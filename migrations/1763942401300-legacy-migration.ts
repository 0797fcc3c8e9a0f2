import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The legacy-migration toolkit's tables: a record of every load (who, when, which profile, the
 * checksum of every source file), typed staging tables the extract is mapped into before anything
 * reaches the live tables, and the problems found in it, line by line.
 *
 * Loads are written by their own role, `revenues_migrator`, with no more rights than the service
 * (row-level security applies) but audited per statement rather than per row (ADR 0016): a load's
 * rows are reproducible from the checksummed files and the staging rows kept beside them, and the
 * audit trail records, for every statement, the load and how many rows it wrote. A change to a
 * migrated row afterwards is audited in full as usual, its `before` holding the row as loaded.
 */
export class LegacyMigration1763942401300 implements MigrationInterface {
  name = 'LegacyMigration1763942401300';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      do $$ begin
        if not exists (select from pg_roles where rolname = 'revenues_migrator') then
          create role revenues_migrator nologin nosuperuser nobypassrls nocreatedb nocreaterole noinherit;
        end if;
        execute format('grant connect on database %I to revenues_migrator', current_database());
      end $$;
      grant usage on schema public to revenues_migrator;

      -- A migrator's inserts are audited a statement at a time: the load and the number of rows.
      -- Changes a trigger makes on its behalf (a payment's allocated total) are part of the load.
      create or replace function app_audit_inserts() returns trigger language plpgsql security definer
      set search_path = public, pg_temp as $$
      declare
        v_actor text := nullif(current_setting('app.actor', true), '');
        v_load text := nullif(current_setting('app.migration_load_id', true), '');
        v_key text;
      begin
        if v_actor is null then
          raise exception 'change to % has no actor: council data may only change in a tenant transaction', tg_table_name
            using errcode = 'insufficient_privilege';
        end if;
        if session_user = 'revenues_migrator' then
          if v_load is null then
            raise exception 'a migrator''s change to % names no load', tg_table_name using errcode = 'insufficient_privilege';
          end if;
          insert into audit_events (council_id, actor, request_id, reason, table_name, operation, row_key, before, after)
          select r.council_id, v_actor, null, nullif(current_setting('app.reason', true), ''), tg_table_name, 'INSERT',
                 jsonb_build_object('migration_load_id', v_load), null, jsonb_build_object('rows_loaded', count(*))
            from inserted_rows r group by r.council_id;
          return null;
        end if;
        select string_agg(format('%L, r.%I', c, c), ', ') into v_key from unnest(tg_argv) c;
        execute format(
          'insert into audit_events (council_id, actor, request_id, reason, table_name, operation, row_key, before, after)
           select r.council_id, $1, $2, $3, $4, ''INSERT'', jsonb_build_object(%s), null, to_jsonb(r) from inserted_rows r', v_key)
          using v_actor, nullif(current_setting('app.request_id', true), ''), nullif(current_setting('app.reason', true), ''), tg_table_name;
        return null;
      end $$;

      create or replace function app_audit_change() returns trigger language plpgsql security definer
      set search_path = public, pg_temp as $$
      declare
        v_actor text := nullif(current_setting('app.actor', true), '');
        v_before jsonb;
        v_after jsonb;
        v_row jsonb;
        v_key jsonb := '{}'::jsonb;
        v_column text;
      begin
        if v_actor is null then
          raise exception 'change to % has no actor: council data may only change in a tenant transaction', tg_table_name
            using errcode = 'insufficient_privilege';
        end if;
        if session_user = 'revenues_migrator' and pg_trigger_depth() > 1 and tg_op = 'UPDATE' then return null; end if;
        if tg_op <> 'INSERT' then v_before := to_jsonb(old); end if;
        if tg_op <> 'DELETE' then v_after := to_jsonb(new); end if;
        if tg_op = 'UPDATE' and v_before = v_after then return null; end if;
        v_row := coalesce(v_after, v_before);
        foreach v_column in array tg_argv loop
          v_key := v_key || jsonb_build_object(v_column, v_row -> v_column);
        end loop;
        insert into audit_events (council_id, actor, request_id, reason, table_name, operation, row_key, before, after)
        values ((v_row ->> 'council_id')::uuid, v_actor, nullif(current_setting('app.request_id', true), ''),
                nullif(current_setting('app.reason', true), ''), tg_table_name, tg_op, v_key, v_before, v_after);
        return null;
      end $$;

      -- A migrated payment arrives wholly allocated (to the year it paid: loaded with allocated_pence
      -- equal to its amount and one allocation of that amount on the same account, in one statement
      -- per chunk), so keeping the running total would only rewrite every payment row of a load.
      create or replace function app_keep_payment_allocated() returns trigger language plpgsql security definer
      set search_path = public, pg_temp as $$
      begin
        if session_user = 'revenues_migrator' then
          if exists (select 1 from inserted_rows n join payments p using (council_id, payment_id)
                      where p.account_id is distinct from n.account_id or p.allocated_pence <> n.amount_pence) then
            raise exception 'a migrated payment is allocated whole, on its own account' using errcode = 'check_violation';
          end if;
          return null;
        end if;
        update payments p set allocated_pence = p.allocated_pence + n.total
          from (select council_id, payment_id, account_id, sum(amount_pence) as total from inserted_rows group by 1, 2, 3) n
         where p.council_id = n.council_id and p.payment_id = n.payment_id;
        if exists (select 1 from inserted_rows n join payments p using (council_id, payment_id)
                    where p.account_id is distinct from n.account_id) then
          raise exception 'an allocation must be on the account the payment was made to' using errcode = 'check_violation';
        end if;
        return null;
      end $$;

      -- How the legacy system said the account pays (a direct debit mandate must not be lost).
      alter table accounts add column payment_method text
        check (payment_method in ('bank-transfer', 'card', 'direct-debit', 'cheque', 'cash'));
      -- A legacy notice, carried over as the legacy system billed it (amount buckets as lines).
      alter table bills drop constraint bills_kind_check,
        add constraint bills_kind_check check (kind in ('annual', 'demand', 'adjustment', 'migrated'));

      create table migration_loads (
        council_id uuid not null references councils (council_id),
        load_id uuid not null,
        profile_name text not null,
        profile_version text not null,
        profile_sha256 text not null check (profile_sha256 ~ '^[0-9a-f]{64}$'),
        -- [{ source, file, sha256, bytes }]: what was read, so a load can be proved against its files.
        source_files jsonb not null,
        -- The profile's and files' checksums together: the same extract loaded again is the same load.
        fingerprint text not null check (fingerprint ~ '^[0-9a-f]{64}$'),
        status text not null check (status in ('staging', 'staged', 'loading', 'loaded')),
        -- file -> last line staged, so a killed load resumes where its last committed chunk ended.
        staged_through jsonb not null default '{}',
        counts jsonb not null default '{}',
        started_by text not null,
        started_at timestamptz not null default now(),
        staged_at timestamptz,
        loaded_at timestamptz,
        constraint migration_loads_pkey primary key (council_id, load_id),
        constraint migration_loads_fingerprint_key unique (council_id, fingerprint)
      );

      create table migration_problems (
        council_id uuid not null,
        load_id uuid not null,
        file text not null,
        line integer not null check (line > 0),
        entity text not null,
        field text not null,
        value text not null,
        reason text not null,
        problem_id bigint generated always as identity,
        constraint migration_problems_pkey primary key (council_id, load_id, problem_id),
        constraint migration_problems_load_fkey foreign key (council_id, load_id) references migration_loads (council_id, load_id)
      );
      create index migration_problems_by_line on migration_problems (council_id, load_id, file, line);
    `);

    const staging: Record<string, string> = {
      stage_properties: `ba_reference text not null, uarn bigint, uprn bigint, address_line_1 text not null, address_line_2 text,
        address_line_3 text, address_line_4 text, postcode text, description text not null, scat_code text, property_use text not null,
        listed_building boolean not null, rateable_value bigint not null, rateable_value_from date not null, empty_from date`,
      stage_accounts: `reference text, party_name text not null, party_kind text not null, company_number text, charity_number text,
        correspondence_line_1 text, correspondence_line_2 text, correspondence_line_3 text, correspondence_line_4 text,
        correspondence_postcode text, email text, phone text, payment_method text`,
      stage_liabilities: `account_key text not null, property_key text not null, capacity text not null, starts_on date not null, ends_on date`,
      stage_reliefs: `account_key text not null, property_key text not null, kind text, legacy_code text not null, starts_on date not null,
        ends_on date, percent numeric(7, 4), exemption_class text, liability_id uuid`,
      stage_notices: `account_key text not null, period_from date not null, period_to date not null, issued_on date not null,
        debit_pence bigint not null, costs_pence bigint not null, penalties_pence bigint not null, refunds_pence bigint not null,
        remitted_pence bigint not null, transitional_pence bigint not null, written_off_pence bigint not null,
        discount_pence bigint not null, balance_pence bigint not null, financial_year text, liability_id uuid, year_charge_pence bigint`,
      stage_transactions: `account_key text not null, notice_key text, received_on date not null, amount_pence bigint not null,
        method text not null`,
    };
    // Only the look-ups the checks and reconciliation make: every index is paid for on every staged row.
    const STAGING_INDEXES: Record<string, string> = {
      stage_properties: `create index stage_properties_by_key on stage_properties (council_id, load_id, legacy_key);`,
      stage_accounts: `create index stage_accounts_by_key on stage_accounts (council_id, load_id, legacy_key);`,
      stage_liabilities: `create index stage_liabilities_by_account on stage_liabilities (council_id, load_id, account_key);
        create index stage_liabilities_by_property on stage_liabilities (council_id, load_id, property_key);`,
      stage_notices: `create index stage_notices_by_account on stage_notices (council_id, load_id, account_key);`,
    };
    for (const [table, columns] of Object.entries(staging)) {
      await db.query(`
        create table ${table} (
          council_id uuid not null,
          load_id uuid not null,
          file text not null,
          line integer not null,
          legacy_key text not null,
          rejected boolean not null default false,
          ${columns},
          constraint ${table}_pkey primary key (council_id, load_id, file, line),
          constraint ${table}_load_fkey foreign key (council_id, load_id) references migration_loads (council_id, load_id)
        );
        ${STAGING_INDEXES[table] ?? ''}
        select app_isolate_council_table('${table}');
        grant select, insert, update, delete, maintain on ${table} to revenues_migrator;
        grant select on ${table} to revenues_app;
      `);
    }
    await db.query(`
      select app_isolate_council_table('migration_loads');
      select app_audit_table('migration_loads');
      select app_isolate_council_table('migration_problems');
      grant select, insert, update on migration_loads to revenues_migrator;
      grant select, insert, delete on migration_problems to revenues_migrator;
      grant select on migration_loads, migration_problems to revenues_app;
      grant select on councils to revenues_migrator;
      grant select, insert, update on council_sequences to revenues_migrator;
      grant select, insert on hereditaments, rateable_values, occupation_periods, parties, contacts, accounts, liabilities,
        relief_awards, bills, bill_lines, ledger_entries, payments, allocations to revenues_migrator;
      grant update (allocated_pence) on payments to revenues_migrator;
      -- A load changes a table's contents wholesale: the migrator refreshes the planner's statistics
      -- (ANALYZE) after staging and after loading, or the checks and reconciliation plan for empty tables.
      grant maintain on hereditaments, rateable_values, occupation_periods, parties, contacts, accounts, liabilities,
        relief_awards, bills, bill_lines, ledger_entries, payments, allocations, migration_problems to revenues_migrator;
      grant update (payment_method) on accounts to revenues_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      drop table stage_properties, stage_accounts, stage_liabilities, stage_reliefs, stage_notices, stage_transactions,
        migration_problems, migration_loads;
      alter table bills drop constraint bills_kind_check,
        add constraint bills_kind_check check (kind in ('annual', 'demand', 'adjustment'));
      alter table accounts drop column payment_method;
    `);
  }
}
