import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each reconciliation of a migration load, kept as evidence: the report the CLI wrote to file (rows
 * in, loaded and refused; balances; shadow billing; clean or not), stored whole against its load so
 * the API and the admin UI can show it without the migrator's session. Written once by the
 * migration role (a report is never changed, a later reconciliation is another row); read by the service.
 */
export class MigrationReconciliations1763942401700 implements MigrationInterface {
  name = 'MigrationReconciliations1763942401700';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table migration_reconciliations (
        council_id uuid not null references councils (council_id),
        reconciliation_id uuid not null,
        load_id uuid not null,
        produced_at timestamptz not null,
        produced_by text not null check (char_length(produced_by) between 1 and 200),
        clean boolean not null,
        report jsonb not null check (jsonb_typeof(report) = 'object'),
        constraint migration_reconciliations_pkey primary key (council_id, reconciliation_id),
        constraint migration_reconciliations_load_fkey foreign key (council_id, load_id) references migration_loads (council_id, load_id)
      );
      create index migration_reconciliations_by_load on migration_reconciliations (council_id, load_id, produced_at);

      select app_isolate_council_table('migration_reconciliations');
      select app_audit_table('migration_reconciliations');
      grant select, insert on migration_reconciliations to revenues_migrator;
      grant select on migration_reconciliations to revenues_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table migration_reconciliations;`);
  }
}
