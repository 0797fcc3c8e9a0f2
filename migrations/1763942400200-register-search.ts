import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for finding accounts and hereditaments from what a caller knows. Trigram indexes serve
 * the case-insensitive "contains" searches on ratepayer names and addresses; the address expression
 * must stay exactly as ADDRESS_TEXT in libs/business-rates/src/infrastructure/register/register-search.ts
 * writes it, or the planner cannot use the index.
 */
export class RegisterSearch1763942400200 implements MigrationInterface {
  name = 'RegisterSearch1763942400200';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      create extension if not exists pg_trgm;
      create index parties_name_trgm on parties using gin (name gin_trgm_ops);
      create index hereditaments_address_trgm on hereditaments using gin ((coalesce(address_line_1, '') || ' ' || coalesce(address_line_2, '') || ' ' || coalesce(address_line_3, '') || ' '
  || coalesce(address_line_4, '') || ' ' || coalesce(postcode, '')) gin_trgm_ops);
      create index hereditaments_by_postcode on hereditaments (council_id, postcode) where postcode is not null;
      create index hereditaments_by_uprn on hereditaments (council_id, uprn) where uprn is not null;
      -- Account references are digits, so a byte-wise prefix index serves "starts with" in any collation.
      create index accounts_reference_prefix on accounts (council_id, reference text_pattern_ops);
      create index hereditaments_ba_reference_prefix on hereditaments (council_id, upper(ba_reference) text_pattern_ops);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      drop index hereditaments_ba_reference_prefix, accounts_reference_prefix, hereditaments_by_uprn, hereditaments_by_postcode,
        hereditaments_address_trgm, parties_name_trgm;
    `);
  }
}
