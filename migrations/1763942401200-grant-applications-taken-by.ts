import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who took a grant application (a user or service id, as the audit trail records it), so that the
 * officer who keyed an application in cannot also be the one who approves it. Applications taken
 * before this column existed have none.
 */
export class GrantApplicationsTakenBy1763942401200 implements MigrationInterface {
  name = 'GrantApplicationsTakenBy1763942401200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      alter table grant_applications add column taken_by text check (char_length(taken_by) between 1 and 200);
      alter table grant_applications add constraint grant_applications_decided_by_another check (decided_by is null or taken_by is null or decided_by <> taken_by);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`alter table grant_applications drop constraint grant_applications_decided_by_another, drop column taken_by`);
  }
}
