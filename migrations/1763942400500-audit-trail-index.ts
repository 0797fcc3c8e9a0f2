import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail is read a table at a time, newest first (GET /v1/audit-events?tableName=), so it
 * is indexed that way. The old index keyed on each event's jsonb row key: wider, slower to write
 * (a billing run adds an event per row it writes) and used by no query.
 */
export class AuditTrailIndex1763942400500 implements MigrationInterface {
  name = 'AuditTrailIndex1763942400500';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      drop index audit_events_by_row;
      create index audit_events_by_table on audit_events (council_id, table_name, audit_event_id);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      drop index audit_events_by_table;
      create index audit_events_by_row on audit_events (council_id, table_name, row_key);
    `);
  }
}
