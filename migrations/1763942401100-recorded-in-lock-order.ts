import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which came first, a notice, a recovery stage or an allocation, is read from `created_at`
 * (whether a final notice was served after the plan a notice set; what was paid since a stage).
 * `now()` is when the writing transaction began, so a long transaction could record a notice as
 * older than a final notice it waited for. Each is written holding the account's lock, so the
 * clock when the row is written orders them as they happened.
 */
export class RecordedInLockOrder1763942401100 implements MigrationInterface {
  name = 'RecordedInLockOrder1763942401100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      alter table bills alter column created_at set default clock_timestamp();
      alter table recovery_stages alter column created_at set default clock_timestamp();
      alter table allocations alter column created_at set default clock_timestamp();
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      alter table bills alter column created_at set default now();
      alter table recovery_stages alter column created_at set default now();
      alter table allocations alter column created_at set default now();
    `);
  }
}
