import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An account's own history (staff open it from the account page): the changes to rows that carry
 * the account (accounts, liabilities, notes, bills, payments, ...) and to reliefs on its
 * liabilities, which carry only the liability. Partial indexes, so rows that name no account cost
 * nothing more to audit.
 */
export class AuditTrailByAccount1763942401800 implements MigrationInterface {
  name = 'AuditTrailByAccount1763942401800';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create index audit_events_by_account on audit_events
        (council_id, (coalesce(after, before) ->> 'account_id'), audit_event_id)
        where coalesce(after, before) ? 'account_id';
      create index audit_events_by_liability on audit_events
        (council_id, (coalesce(after, before) ->> 'liability_id'), audit_event_id)
        where table_name = 'relief_awards';
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop index audit_events_by_liability; drop index audit_events_by_account;`);
  }
}
