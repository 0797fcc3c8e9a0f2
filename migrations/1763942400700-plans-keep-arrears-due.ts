import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An adjustment notice re-profiles only what was not yet due: what earlier notices had made due by
 * its day stays due, so a missed instalment stays missed (recovery chases it). The notice records
 * that sum beside what had been paid; its instalments collect the rest of the year's charge.
 * Notices issued before this column existed re-profiled everything unpaid, which 0 describes.
 */
export class PlansKeepArrearsDue1763942400700 implements MigrationInterface {
  name = 'PlansKeepArrearsDue1763942400700';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`alter table bills add column due_before_pence bigint not null default 0 check (due_before_pence >= 0)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`alter table bills drop column due_before_pence`);
  }
}
