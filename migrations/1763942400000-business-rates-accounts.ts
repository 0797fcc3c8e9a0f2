import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Business rates accounts, bills and collection: the register (hereditaments, parties, accounts,
 * liabilities, occupation, reliefs, notes), bills with their lines and instalments, the annual
 * billing run, and the money (payments, allocations, refunds, transfers, write-offs, recovery and
 * the ledger every balance is derived from).
 *
 * Every table is council-owned: `council_id` leads every key, row-level security isolates it and
 * the audit trail records every change. Bills, lines, instalments, ledger entries and allocations
 * are append-only: the application role may insert and read them, never change them.
 */
export class BusinessRatesAccounts1763942400000 implements MigrationInterface {
  name = 'BusinessRatesAccounts1763942400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create extension if not exists btree_gist;

      -- Bulk inserts (a billing run writes millions of rows) are audited a statement at a time from
      -- the transition table, instead of a trigger call per row; updates and deletes stay per row.
      create function app_audit_inserts() returns trigger language plpgsql security definer
      set search_path = public, pg_temp as $$
      declare
        v_actor text := nullif(current_setting('app.actor', true), '');
        v_key text;
      begin
        if v_actor is null then
          raise exception 'change to % has no actor: council data may only change in a tenant transaction', tg_table_name
            using errcode = 'insufficient_privilege';
        end if;
        select string_agg(format('%L, r.%I', c, c), ', ') into v_key from unnest(tg_argv) c;
        execute format(
          'insert into audit_events (council_id, actor, request_id, reason, table_name, operation, row_key, before, after)
           select r.council_id, $1, $2, $3, $4, ''INSERT'', jsonb_build_object(%s), null, to_jsonb(r) from inserted_rows r', v_key)
          using v_actor, nullif(current_setting('app.request_id', true), ''), nullif(current_setting('app.reason', true), ''), tg_table_name;
        return null;
      end $$;

      create or replace function app_audit_table(p_table regclass) returns void language plpgsql as $$
      declare v_key_columns text;
      begin
        select string_agg(quote_literal(a.attname), ', ' order by array_position(i.indkey::int2[], a.attnum))
          into v_key_columns
          from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
         where i.indrelid = p_table and i.indisprimary;
        execute format('create trigger audit_changes after update or delete on %s '
                       'for each row execute function app_audit_change(%s)', p_table, v_key_columns);
        execute format('create trigger audit_inserts after insert on %s referencing new table as inserted_rows '
                       'for each statement execute function app_audit_inserts(%s)', p_table, v_key_columns);
      end $$;
      revoke execute on function app_audit_inserts(), app_audit_table(regclass) from public;

      -- Per-council numbering: account and bill numbers run from 1 in each council, never a global serial.
      create table council_sequences (
        council_id uuid not null references councils (council_id),
        sequence_name text not null check (sequence_name ~ '^[a-z][a-z-]{1,39}$'),
        last_value bigint not null default 0 check (last_value >= 0),
        constraint council_sequences_pkey primary key (council_id, sequence_name)
      );
      -- Reserves p_count numbers in the current council's sequence and returns the first.
      create function app_next_numbers(p_sequence text, p_count integer default 1) returns bigint language sql as $$
        insert into council_sequences as s (council_id, sequence_name, last_value)
        values (app_current_council_id(), p_sequence, p_count)
        on conflict (council_id, sequence_name) do update set last_value = s.last_value + p_count
        returning last_value - p_count + 1
      $$;

      create table hereditaments (
        council_id uuid not null references councils (council_id),
        hereditament_id uuid not null,
        ba_reference text not null check (ba_reference ~ '^[A-Za-z0-9/-]{1,25}$'),
        uarn bigint check (uarn > 0),
        uprn bigint check (uprn between 1 and 999999999999),
        address_line_1 text not null check (char_length(address_line_1) between 1 and 100),
        address_line_2 text check (char_length(address_line_2) <= 100),
        address_line_3 text check (char_length(address_line_3) <= 100),
        address_line_4 text check (char_length(address_line_4) <= 100),
        postcode text check (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'),
        description text not null check (char_length(description) between 1 and 200),
        scat_code text check (scat_code ~ '^[0-9]{3}[A-Z]?$'),
        property_use text not null check (property_use in ('retail', 'hospitality', 'leisure', 'industrial', 'office', 'other')),
        listed_building boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint hereditaments_pkey primary key (council_id, hereditament_id),
        constraint hereditaments_ba_reference_key unique (council_id, ba_reference),
        constraint hereditaments_uarn_key unique (council_id, uarn)
      );

      -- The rateable value from each effective date until the next (backdated entries are normal).
      create table rateable_values (
        council_id uuid not null,
        hereditament_id uuid not null,
        effective_from date not null,
        rateable_value bigint not null check (rateable_value >= 0),
        reason text check (char_length(reason) <= 500),
        recorded_at timestamptz not null default now(),
        constraint rateable_values_pkey primary key (council_id, hereditament_id, effective_from),
        constraint rateable_values_hereditament_fkey foreign key (council_id, hereditament_id) references hereditaments (council_id, hereditament_id)
      );

      -- Occupied or empty from each date until the next: a period runs until the next one starts.
      create table occupation_periods (
        council_id uuid not null,
        hereditament_id uuid not null,
        starts_on date not null,
        occupied boolean not null,
        reason text check (char_length(reason) <= 500),
        recorded_at timestamptz not null default now(),
        constraint occupation_periods_pkey primary key (council_id, hereditament_id, starts_on),
        constraint occupation_periods_hereditament_fkey foreign key (council_id, hereditament_id) references hereditaments (council_id, hereditament_id)
      );

      create table parties (
        council_id uuid not null references councils (council_id),
        party_id uuid not null,
        kind text not null check (kind in ('company', 'individual', 'charity', 'club')),
        name text not null check (char_length(name) between 1 and 200),
        company_number text check (company_number ~ '^([0-9]{8}|[A-Z]{2}[0-9]{6})$'),
        charity_number text check (charity_number ~ '^[0-9]{6,8}(-[0-9]{1,2})?$'),
        -- A club registered with HMRC as a community amateur sports club (mandatory relief).
        registered_casc boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint parties_pkey primary key (council_id, party_id),
        constraint parties_company_number_only_for_companies check (company_number is null or kind = 'company'),
        constraint parties_charity_number_only_for_charities check (charity_number is null or kind = 'charity'),
        constraint parties_casc_only_for_clubs check (not registered_casc or kind = 'club')
      );

      create table contacts (
        council_id uuid not null,
        contact_id uuid not null,
        party_id uuid not null,
        kind text not null check (kind in ('email', 'phone', 'correspondence-address')),
        email text check (email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'),
        phone text check (phone ~ '^\\+?[0-9 ]{7,20}$'),
        address_line_1 text check (char_length(address_line_1) between 1 and 100),
        address_line_2 text check (char_length(address_line_2) <= 100),
        address_line_3 text check (char_length(address_line_3) <= 100),
        address_line_4 text check (char_length(address_line_4) <= 100),
        postcode text check (char_length(postcode) <= 10),
        preferred boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint contacts_pkey primary key (council_id, contact_id),
        constraint contacts_party_fkey foreign key (council_id, party_id) references parties (council_id, party_id),
        constraint contacts_kind_has_its_value check (
          (kind = 'email' and email is not null) or (kind = 'phone' and phone is not null)
          or (kind = 'correspondence-address' and address_line_1 is not null))
      );

      -- The reference a ratepayer quotes: a per-council number with a check digit.
      create table accounts (
        council_id uuid not null,
        account_id uuid not null,
        reference text not null check (reference ~ '^[0-9]{9}$'),
        party_id uuid not null,
        instalment_preference smallint not null default 10 check (instalment_preference in (10, 12)),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint accounts_pkey primary key (council_id, account_id),
        constraint accounts_reference_key unique (council_id, reference),
        constraint accounts_party_fkey foreign key (council_id, party_id) references parties (council_id, party_id)
      );

      -- Who is liable for which hereditament, from when to when. Never two at once for one hereditament.
      create table liabilities (
        council_id uuid not null,
        liability_id uuid not null,
        account_id uuid not null,
        hereditament_id uuid not null,
        capacity text not null check (capacity in ('occupier', 'owner')),
        starts_on date not null,
        ends_on date,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint liabilities_pkey primary key (council_id, liability_id),
        constraint liabilities_account_fkey foreign key (council_id, account_id) references accounts (council_id, account_id),
        constraint liabilities_hereditament_fkey foreign key (council_id, hereditament_id) references hereditaments (council_id, hereditament_id),
        constraint liabilities_ends_after_start check (ends_on is null or ends_on >= starts_on),
        constraint liabilities_do_not_overlap exclude using gist (
          council_id with =, hereditament_id with =, daterange(starts_on, ends_on, '[]') with &&)
      );
      create index liabilities_by_account on liabilities (council_id, account_id);

      -- A relief or exemption awarded to a liability for a period, with the evidence for it.
      create table relief_awards (
        council_id uuid not null,
        relief_award_id uuid not null,
        liability_id uuid not null,
        kind text not null check (kind in ('charity', 'casc', 'rural', 'discretionary', 'hardship', 'empty-exemption',
                                          'public-lavatory', 'pubs-and-live-music', 'partly-occupied')),
        starts_on date not null,
        ends_on date,
        percent numeric(7, 4) check (percent > 0 and percent <= 100),
        rural_business text check (rural_business in ('general-store', 'post-office', 'food-shop', 'pub', 'petrol-station')),
        only_one_in_settlement boolean,
        exemption_class text check (exemption_class in ('prohibited-by-law', 'kept-vacant-by-public-action', 'ancient-monument',
                                    'personal-representative', 'bankruptcy', 'insolvency', 'charity-next-use')),
        unoccupied_rateable_value bigint check (unoccupied_rateable_value >= 0),
        evidence text not null check (char_length(evidence) between 1 and 2000),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint relief_awards_pkey primary key (council_id, relief_award_id),
        constraint relief_awards_liability_fkey foreign key (council_id, liability_id) references liabilities (council_id, liability_id),
        constraint relief_awards_ends_after_start check (ends_on is null or ends_on >= starts_on),
        constraint relief_awards_kind_has_its_facts check (
          (kind in ('discretionary', 'hardship')) = (percent is not null)
          and (kind = 'rural') = (rural_business is not null and only_one_in_settlement is not null)
          and (kind = 'empty-exemption') = (exemption_class is not null)
          and (kind = 'partly-occupied') = (unoccupied_rateable_value is not null)),
        constraint relief_awards_do_not_overlap exclude using gist (
          council_id with =, liability_id with =, kind with =, daterange(starts_on, ends_on, '[]') with &&)
      );

      create table notes (
        council_id uuid not null,
        note_id uuid not null,
        account_id uuid,
        hereditament_id uuid,
        party_id uuid,
        body text not null check (char_length(body) between 1 and 10000),
        written_by text not null,
        written_at timestamptz not null default now(),
        constraint notes_pkey primary key (council_id, note_id),
        constraint notes_account_fkey foreign key (council_id, account_id) references accounts (council_id, account_id),
        constraint notes_hereditament_fkey foreign key (council_id, hereditament_id) references hereditaments (council_id, hereditament_id),
        constraint notes_party_fkey foreign key (council_id, party_id) references parties (council_id, party_id),
        constraint notes_about_exactly_one check (num_nonnulls(account_id, hereditament_id, party_id) = 1)
      );
      create index notes_by_account on notes (council_id, account_id) where account_id is not null;

      -- Annual billing for a council and year: one run, resumable from its cursor.
      create table billing_runs (
        council_id uuid not null references councils (council_id),
        billing_run_id uuid not null,
        financial_year text not null check (financial_year ~ '^[0-9]{4}-[0-9]{2}$'),
        issued_on date not null,
        status text not null check (status in ('pending', 'running', 'completed', 'failed')),
        accounts_total integer not null default 0 check (accounts_total >= 0),
        accounts_done integer not null default 0 check (accounts_done >= 0),
        bills_issued integer not null default 0 check (bills_issued >= 0),
        instalments_scheduled integer not null default 0 check (instalments_scheduled >= 0),
        -- The last account reference billed: a rerun carries on after it.
        cursor_reference text,
        requested_by text not null,
        requested_at timestamptz not null default now(),
        started_at timestamptz,
        finished_at timestamptz,
        failure text,
        constraint billing_runs_pkey primary key (council_id, billing_run_id),
        constraint billing_runs_one_per_year unique (council_id, financial_year)
      );

      -- A demand notice: the annual bill, a first demand outside the annual run, or an adjustment whose lines are the differences.
      create table bills (
        council_id uuid not null,
        bill_id uuid not null,
        bill_number bigint not null check (bill_number > 0),
        account_id uuid not null,
        financial_year text not null check (financial_year ~ '^[0-9]{4}-[0-9]{2}$'),
        kind text not null check (kind in ('annual', 'demand', 'adjustment')),
        issued_on date not null,
        total_pence bigint not null,
        -- The year's charge and what had been paid towards it when the notice was issued: the
        -- instalments below collect the difference.
        year_charge_pence bigint not null,
        paid_before_pence bigint not null check (paid_before_pence >= 0),
        billing_run_id uuid,
        created_at timestamptz not null default now(),
        constraint bills_pkey primary key (council_id, bill_id),
        constraint bills_number_key unique (council_id, bill_number),
        constraint bills_account_fkey foreign key (council_id, account_id) references accounts (council_id, account_id),
        constraint bills_billing_run_fkey foreign key (council_id, billing_run_id) references billing_runs (council_id, billing_run_id),
        -- A billing run bills each account at most once, however often it is resumed.
        constraint bills_once_per_run unique (council_id, billing_run_id, account_id)
      );
      create index bills_by_account_year on bills (council_id, account_id, financial_year, bill_number);

      create table bill_lines (
        council_id uuid not null,
        bill_id uuid not null,
        line_number integer not null check (line_number > 0),
        liability_id uuid not null,
        code text not null,
        description text not null,
        amount_pence bigint not null,
        period_start date not null,
        period_end date not null,
        rule text not null,
        legislation text not null,
        inputs jsonb not null,
        constraint bill_lines_pkey primary key (council_id, bill_id, line_number),
        constraint bill_lines_bill_fkey foreign key (council_id, bill_id) references bills (council_id, bill_id),
        constraint bill_lines_liability_fkey foreign key (council_id, liability_id) references liabilities (council_id, liability_id),
        constraint bill_lines_period_in_order check (period_end >= period_start)
      );

      -- The instalment plan a notice sets; the latest notice for an account and year supersedes earlier plans.
      create table instalments (
        council_id uuid not null,
        bill_id uuid not null,
        instalment_number integer not null check (instalment_number between 1 and 12),
        due_on date not null,
        amount_pence bigint not null check (amount_pence > 0),
        constraint instalments_pkey primary key (council_id, bill_id, instalment_number),
        constraint instalments_bill_fkey foreign key (council_id, bill_id) references bills (council_id, bill_id)
      );

      -- Money received. No account means suspense: kept, never lost, until it is assigned.
      create table payments (
        council_id uuid not null references councils (council_id),
        payment_id uuid not null,
        account_id uuid,
        amount_pence bigint not null check (amount_pence > 0),
        received_on date not null,
        method text not null check (method in ('bank-transfer', 'card', 'direct-debit', 'cheque', 'cash', 'transfer')),
        external_reference text check (char_length(external_reference) between 1 and 100),
        idempotency_key text check (char_length(idempotency_key) between 1 and 200),
        quoted_reference text check (char_length(quoted_reference) <= 100),
        -- Kept by the allocations trigger: a payment can never be allocated beyond its amount.
        allocated_pence bigint not null default 0,
        created_at timestamptz not null default now(),
        constraint payments_pkey primary key (council_id, payment_id),
        constraint payments_account_fkey foreign key (council_id, account_id) references accounts (council_id, account_id),
        constraint payments_external_reference_key unique (council_id, external_reference),
        constraint payments_idempotency_key_key unique (council_id, idempotency_key),
        constraint payments_allocated_within_amount check (allocated_pence between 0 and amount_pence)
      );
      create index payments_by_account on payments (council_id, account_id);

      create table refunds (
        council_id uuid not null,
        refund_id uuid not null,
        account_id uuid not null,
        amount_pence bigint not null check (amount_pence > 0),
        refunded_on date not null,
        reason text not null check (char_length(reason) between 1 and 500),
        created_at timestamptz not null default now(),
        constraint refunds_pkey primary key (council_id, refund_id),
        constraint refunds_account_fkey foreign key (council_id, account_id) references accounts (council_id, account_id)
      );

      create table transfers (
        council_id uuid not null,
        transfer_id uuid not null,
        from_account_id uuid not null,
        to_account_id uuid not null,
        amount_pence bigint not null check (amount_pence > 0),
        transferred_on date not null,
        reason text not null check (char_length(reason) between 1 and 500),
        created_at timestamptz not null default now(),
        constraint transfers_pkey primary key (council_id, transfer_id),
        constraint transfers_from_fkey foreign key (council_id, from_account_id) references accounts (council_id, account_id),
        constraint transfers_to_fkey foreign key (council_id, to_account_id) references accounts (council_id, account_id),
        constraint transfers_between_two_accounts check (from_account_id <> to_account_id)
      );
      alter table payments add column transfer_id uuid,
        add constraint payments_transfer_fkey foreign key (council_id, transfer_id) references transfers (council_id, transfer_id),
        add constraint payments_transfer_only_by_transfer check ((method = 'transfer') = (transfer_id is not null));

      create table write_offs (
        council_id uuid not null,
        write_off_id uuid not null,
        account_id uuid not null,
        financial_year text not null check (financial_year ~ '^[0-9]{4}-[0-9]{2}$'),
        amount_pence bigint not null check (amount_pence > 0),
        written_off_on date not null,
        reason text not null check (char_length(reason) between 1 and 500),
        created_at timestamptz not null default now(),
        constraint write_offs_pkey primary key (council_id, write_off_id),
        constraint write_offs_account_fkey foreign key (council_id, account_id) references accounts (council_id, account_id)
      );

      create table recovery_stages (
        council_id uuid not null,
        recovery_stage_id uuid not null,
        account_id uuid not null,
        financial_year text not null check (financial_year ~ '^[0-9]{4}-[0-9]{2}$'),
        stage text not null check (stage in ('reminder', 'final-notice', 'summons', 'liability-order')),
        issued_on date not null,
        arrears_pence bigint not null check (arrears_pence > 0),
        costs_pence bigint not null default 0 check (costs_pence >= 0),
        pay_by date not null,
        hearing_on date,
        created_at timestamptz not null default now(),
        constraint recovery_stages_pkey primary key (council_id, recovery_stage_id),
        constraint recovery_stages_account_fkey foreign key (council_id, account_id) references accounts (council_id, account_id),
        constraint recovery_stages_once_a_day unique (council_id, account_id, financial_year, stage, issued_on),
        constraint recovery_stages_summons_has_hearing check ((stage = 'summons') = (hearing_on is not null))
      );

      -- Where a payment's money went: a year's rates or costs, a refund, or a transfer. A negative
      -- amount releases an earlier allocation (a reduced bill), which leaves the money as credit.
      create table allocations (
        council_id uuid not null,
        allocation_id uuid not null,
        payment_id uuid not null,
        account_id uuid not null,
        target text not null check (target in ('rates', 'costs', 'refund', 'transfer')),
        financial_year text check (financial_year ~ '^[0-9]{4}-[0-9]{2}$'),
        refund_id uuid,
        transfer_id uuid,
        amount_pence bigint not null check (amount_pence <> 0),
        allocated_on date not null,
        created_at timestamptz not null default now(),
        constraint allocations_pkey primary key (council_id, allocation_id),
        constraint allocations_payment_fkey foreign key (council_id, payment_id) references payments (council_id, payment_id),
        constraint allocations_account_fkey foreign key (council_id, account_id) references accounts (council_id, account_id),
        constraint allocations_refund_fkey foreign key (council_id, refund_id) references refunds (council_id, refund_id),
        constraint allocations_transfer_fkey foreign key (council_id, transfer_id) references transfers (council_id, transfer_id),
        constraint allocations_target_has_its_reference check (
          (target in ('rates', 'costs')) = (financial_year is not null)
          and (target = 'refund') = (refund_id is not null)
          and (target = 'transfer') = (transfer_id is not null)),
        constraint allocations_only_debts_are_released check (amount_pence > 0 or target in ('rates', 'costs'))
      );
      create index allocations_by_payment on allocations (council_id, payment_id);
      create index allocations_by_account on allocations (council_id, account_id, financial_year);

      create function app_keep_payment_allocated() returns trigger language plpgsql security definer
      set search_path = public, pg_temp as $$
      begin
        update payments p set allocated_pence = p.allocated_pence + n.total
          from (select council_id, payment_id, account_id, sum(amount_pence) as total from inserted_rows group by 1, 2, 3) n
         where p.council_id = n.council_id and p.payment_id = n.payment_id;
        if exists (select 1 from inserted_rows n join payments p using (council_id, payment_id)
                    where p.account_id is distinct from n.account_id) then
          raise exception 'an allocation must be on the account the payment was made to' using errcode = 'check_violation';
        end if;
        return null;
      end $$;
      create trigger keep_payment_allocated after insert on allocations referencing new table as inserted_rows
        for each statement execute function app_keep_payment_allocated();

      -- Every debit and credit on an account. Its balance is the sum: positive is owed, negative is credit.
      create table ledger_entries (
        council_id uuid not null,
        ledger_entry_id uuid not null,
        account_id uuid not null,
        financial_year text check (financial_year ~ '^[0-9]{4}-[0-9]{2}$'),
        posted_on date not null,
        kind text not null check (kind in ('charge', 'costs', 'payment', 'refund', 'transfer-out', 'transfer-in', 'write-off')),
        amount_pence bigint not null check (amount_pence <> 0),
        description text not null,
        bill_id uuid,
        payment_id uuid,
        refund_id uuid,
        transfer_id uuid,
        write_off_id uuid,
        recovery_stage_id uuid,
        created_at timestamptz not null default now(),
        constraint ledger_entries_pkey primary key (council_id, ledger_entry_id),
        constraint ledger_entries_account_fkey foreign key (council_id, account_id) references accounts (council_id, account_id),
        constraint ledger_entries_bill_fkey foreign key (council_id, bill_id) references bills (council_id, bill_id),
        constraint ledger_entries_payment_fkey foreign key (council_id, payment_id) references payments (council_id, payment_id),
        constraint ledger_entries_refund_fkey foreign key (council_id, refund_id) references refunds (council_id, refund_id),
        constraint ledger_entries_transfer_fkey foreign key (council_id, transfer_id) references transfers (council_id, transfer_id),
        constraint ledger_entries_write_off_fkey foreign key (council_id, write_off_id) references write_offs (council_id, write_off_id),
        constraint ledger_entries_recovery_stage_fkey foreign key (council_id, recovery_stage_id) references recovery_stages (council_id, recovery_stage_id),
        -- Each kind has its source document and its sign.
        constraint ledger_entries_kind_has_its_source check (
          (kind = 'charge' and bill_id is not null and financial_year is not null)
          or (kind = 'costs' and recovery_stage_id is not null and financial_year is not null and amount_pence > 0)
          or (kind = 'payment' and payment_id is not null and amount_pence < 0)
          or (kind = 'refund' and refund_id is not null and amount_pence > 0)
          or (kind = 'transfer-out' and transfer_id is not null and amount_pence > 0)
          or (kind = 'transfer-in' and transfer_id is not null and payment_id is not null and amount_pence < 0)
          or (kind = 'write-off' and write_off_id is not null and financial_year is not null and amount_pence < 0)),
        -- A document is posted once.
        constraint ledger_entries_bill_once unique (council_id, bill_id),
        constraint ledger_entries_payment_once unique (council_id, payment_id),
        constraint ledger_entries_refund_once unique (council_id, refund_id),
        constraint ledger_entries_transfer_once unique (council_id, transfer_id, kind),
        constraint ledger_entries_write_off_once unique (council_id, write_off_id),
        constraint ledger_entries_recovery_stage_once unique (council_id, recovery_stage_id)
      );
      create index ledger_entries_by_account on ledger_entries (council_id, account_id, posted_on);
    `);

    const tables = [
      'council_sequences', 'hereditaments', 'rateable_values', 'occupation_periods', 'parties', 'contacts', 'accounts',
      'liabilities', 'relief_awards', 'notes', 'billing_runs', 'bills', 'bill_lines', 'instalments', 'payments', 'refunds',
      'transfers', 'write_offs', 'recovery_stages', 'allocations', 'ledger_entries',
    ];
    for (const table of tables) {
      await db.query(`select app_isolate_council_table('${table}'); select app_audit_table('${table}');`);
    }
    await db.query(`
      grant select, insert, update on council_sequences, hereditaments, parties, contacts, accounts, liabilities,
        relief_awards, billing_runs to revenues_app;
      -- Value and occupation history may be corrected (a wrong entry removed); the trail keeps what was there.
      grant select, insert, update, delete on rateable_values, occupation_periods to revenues_app;
      -- Documents and money are append-only for the service; a suspense payment may only be assigned to an account.
      grant select, insert on notes, bills, bill_lines, instalments, payments, refunds, transfers, write_offs,
        recovery_stages, allocations, ledger_entries to revenues_app;
      grant update (account_id) on payments to revenues_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      drop table ledger_entries, allocations, recovery_stages, write_offs, payments, transfers, refunds, instalments,
        bill_lines, bills, billing_runs, notes, relief_awards, liabilities, accounts, contacts, parties,
        occupation_periods, rateable_values, hereditaments, council_sequences;
      drop function app_keep_payment_allocated();
      drop function app_next_numbers(text, integer);
      drop function app_audit_inserts();
    `);
  }
}
