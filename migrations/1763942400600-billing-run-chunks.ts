import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The chunks of an annual billing run. A lane claims the next accounts after the run's cursor
 * (a short transaction), then bills them and marks the chunk billed in one transaction. A chunk
 * left claimed by a worker that crashed is billed by the next; one being billed is row-locked, so
 * other lanes and workers skip it. Several lanes can so bill one council's run at once.
 */
export class BillingRunChunks1763942400600 implements MigrationInterface {
  name = 'BillingRunChunks1763942400600';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table billing_run_chunks (
        council_id uuid not null,
        billing_run_id uuid not null,
        first_reference text not null,
        last_reference text not null,
        status text not null check (status in ('claimed', 'billed')),
        -- Bill numbers are reserved when the chunk is claimed, so lanes do not queue for the council's
        -- number sequence while they write; an account that needs no notice leaves its number unused.
        first_bill_number bigint not null check (first_bill_number > 0),
        accounts_claimed integer not null check (accounts_claimed > 0),
        claimed_at timestamptz not null default now(),
        billed_at timestamptz,
        constraint billing_run_chunks_pkey primary key (council_id, billing_run_id, first_reference),
        constraint billing_run_chunks_run_fkey foreign key (council_id, billing_run_id) references billing_runs (council_id, billing_run_id),
        constraint billing_run_chunks_in_order check (last_reference >= first_reference),
        constraint billing_run_chunks_billed_when_billed check ((status = 'billed') = (billed_at is not null))
      );
      select app_isolate_council_table('billing_run_chunks'); select app_audit_table('billing_run_chunks');
      grant select, insert, update on billing_run_chunks to revenues_app;
      comment on column billing_runs.cursor_reference is 'The last account reference claimed: the run claims its next chunk after it.';
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table billing_run_chunks`);
  }
}
