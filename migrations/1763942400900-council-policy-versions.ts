import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each council's local policy, effective-dated: the plugins it runs, in the order they are asked,
 * and the settings it has changed from their defaults. Checked by the core against the plugins'
 * declarations before it is stored; audited like every council row.
 */
export class CouncilPolicyVersions1763942400900 implements MigrationInterface {
  name = 'CouncilPolicyVersions1763942400900';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create table council_policy_versions (
        council_id uuid not null references councils (council_id),
        effective_from date not null,
        plugins text[] not null check (cardinality(plugins) between 1 and 21),
        settings jsonb not null default '{}' check (jsonb_typeof(settings) = 'object'),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint council_policy_versions_pkey primary key (council_id, effective_from)
      );
      select app_isolate_council_table('council_policy_versions'); select app_audit_table('council_policy_versions');
      grant select, insert, update on council_policy_versions to revenues_app;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`drop table council_policy_versions`);
  }
}
