import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each council's recovery policy, effective-dated: the waits before and after reminders and final
 * notices, the days to the hearing, the costs asked of the court and the smallest debt worth a
 * summons. Where a council has set none, the national defaults (held in code as dated data) apply.
 */
export class RecoveryPolicies1763942400400 implements MigrationInterface {
  name = 'RecoveryPolicies1763942400400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table recovery_policies (
        council_id uuid not null references councils (council_id),
        effective_from date not null,
        reminder_after_days integer not null check (reminder_after_days >= 0),
        reminders_per_year integer not null check (reminders_per_year >= 0),
        days_to_pay integer not null check (days_to_pay > 0),
        days_to_hearing integer not null check (days_to_hearing > 0),
        summons_costs_pence bigint not null check (summons_costs_pence >= 0),
        liability_order_costs_pence bigint not null check (liability_order_costs_pence >= 0),
        minimum_summons_arrears_pence bigint not null check (minimum_summons_arrears_pence >= 0),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint recovery_policies_pkey primary key (council_id, effective_from)
      );
      select app_isolate_council_table('recovery_policies'); select app_audit_table('recovery_policies');
      grant select, insert, update on recovery_policies to revenues_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table recovery_policies`);
  }
}
