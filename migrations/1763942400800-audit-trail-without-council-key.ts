import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail is written only by the audit triggers, which take each event's council from the
 * row they audit, a row whose own foreign key has already checked that council. Checking it again
 * for every event cost a fifth of the time the schema takes to store a billing run's rows
 * (bench:billing, COPY into the live tables); and an audit trail should not need its council row
 * to exist to be kept.
 */
export class AuditTrailWithoutCouncilKey1763942400800 implements MigrationInterface {
  name = 'AuditTrailWithoutCouncilKey1763942400800';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`alter table audit_events drop constraint audit_events_council_id_fkey`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`alter table audit_events add constraint audit_events_council_id_fkey foreign key (council_id) references councils (council_id)`);
  }
}
