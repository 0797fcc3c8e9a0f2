import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tenancy foundation: the application role, the tenant-context functions every
 * row-level security policy uses, the audit trail, and the council registry.
 *
 * Helper procedures `app_isolate_council_table` and `app_audit_table` are what every later
 * migration calls for a new council-owned table, so no table can be isolated differently.
 */
export class TenancyFoundation1763856000000 implements MigrationInterface {
  name = 'TenancyFoundation1763856000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      do $$ begin
        if not exists (select from pg_roles where rolname = 'revenues_app') then
          create role revenues_app nologin nosuperuser nobypassrls nocreatedb nocreaterole noinherit;
        end if;
        execute format('grant connect on database %I to revenues_app', current_database());
      end $$;
      grant usage on schema public to revenues_app;
      create extension if not exists pgcrypto;

      -- Tenant context. Missing or blank settings read as null, so a session without
      -- context matches no row (fail closed) instead of raising on ''::uuid.
      create function app_current_council_id() returns uuid language sql stable as $$
        select nullif(current_setting('app.council_id', true), '')::uuid
      $$;
      create function app_is_operator() returns boolean language sql stable as $$
        select coalesce(current_setting('app.operator', true), '') = 'on'
      $$;

      create table councils (
        council_id uuid not null,
        code text not null,
        name text not null,
        ons_code text,
        status text not null default 'active',
        contact_email text,
        contact_phone text,
        website text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint councils_pkey primary key (council_id),
        constraint councils_code_key unique (code),
        constraint councils_code_format check (code ~ '^[a-z][a-z0-9-]{1,39}$'),
        constraint councils_name_length check (char_length(name) between 2 and 200),
        constraint councils_ons_code_format check (ons_code ~ '^E0[6-9][0-9]{6}$'),
        constraint councils_status_known check (status in ('active', 'suspended'))
      );

      create table audit_events (
        council_id uuid not null references councils (council_id),
        audit_event_id bigint generated always as identity,
        occurred_at timestamptz not null default now(),
        transaction_id bigint not null default txid_current(),
        actor text not null,
        request_id text,
        reason text,
        table_name text not null,
        operation text not null check (operation in ('INSERT', 'UPDATE', 'DELETE')),
        row_key jsonb not null,
        before jsonb,
        after jsonb,
        constraint audit_events_pkey primary key (council_id, audit_event_id)
      );
      create index audit_events_by_row on audit_events (council_id, table_name, row_key);

      -- Every change to a council-owned row is recorded with who (app.actor), why (app.reason)
      -- and the row before and after. A change without an actor is refused.
      create function app_audit_change() returns trigger language plpgsql security definer
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

      create function app_isolate_council_table(p_table regclass) returns void language plpgsql as $$
      begin
        execute format('alter table %s enable row level security', p_table);
        execute format('alter table %s force row level security', p_table);
        execute format('create policy council_isolation on %s using (council_id = app_current_council_id()) '
                       'with check (council_id = app_current_council_id())', p_table);
      end $$;

      create function app_audit_table(p_table regclass) returns void language plpgsql as $$
      declare v_key_columns text;
      begin
        select string_agg(quote_literal(a.attname), ', ' order by array_position(i.indkey::int2[], a.attnum))
          into v_key_columns
          from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
         where i.indrelid = p_table and i.indisprimary;
        execute format('create trigger audit_changes after insert or update or delete on %s '
                       'for each row execute function app_audit_change(%s)', p_table, v_key_columns);
      end $$;
      revoke execute on function app_isolate_council_table(regclass), app_audit_table(regclass), app_audit_change() from public;

      -- The registry: a council sees its own row; the auth step finds a council by the code in a
      -- token (app.council_code); only operators see all councils or change any.
      alter table councils enable row level security;
      alter table councils force row level security;
      create policy council_reads_itself on councils for select
        using (council_id = app_current_council_id() or code = nullif(current_setting('app.council_code', true), ''));
      create policy operator_manages_councils on councils for all using (app_is_operator()) with check (app_is_operator());
      select app_audit_table('councils');

      -- The audit trail is append-only and written only by the trigger.
      select app_isolate_council_table('audit_events');

      grant select, insert, update on councils to revenues_app;
      grant select on audit_events to revenues_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      drop table audit_events;
      drop table councils;
      drop function app_audit_table(regclass);
      drop function app_isolate_council_table(regclass);
      drop function app_audit_change();
      drop function app_is_operator();
      drop function app_current_council_id();
    `);
  }
}
