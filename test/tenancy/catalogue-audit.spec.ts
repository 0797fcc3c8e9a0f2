import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type pg from 'pg';
import { APP_ROLE } from '../../libs/database/src/roles.js';
import { connectAsOwner, councilOwnedTables } from '../support/database.js';

/**
 * Reads the database catalogue, so a migration that adds a council-owned table without the
 * tenancy guarantees fails here, whatever the code does.
 */
describe('catalogue audit: every council-owned table is isolated and audited', () => {
  let db: pg.Client;
  let tables: string[];

  beforeAll(async () => {
    db = await connectAsOwner();
    tables = await councilOwnedTables(db);
  });
  afterAll(() => db.end());

  /** The names a catalogue query returns for the council-owned tables ($1) that break a rule. */
  async function offenders(sql: string): Promise<string[]> {
    const { rows } = await db.query<{ name: string }>(sql, [tables]);
    return rows.map((row) => row.name);
  }

  it('finds the council-owned tables (so the checks below cannot pass on nothing)', () => {
    expect(tables).toEqual(expect.arrayContaining(['councils', 'audit_events']));
  });

  it('has row-level security enabled and forced on each of them', async () => {
    expect(
      await offenders(`select relname as name from pg_class where relname = any($1) and not (relrowsecurity and relforcerowsecurity)`),
    ).toEqual([]);
  });

  it('has a policy on each of them that reads the tenant context', async () => {
    expect(
      await offenders(`select c.relname as name from pg_class c
        where c.relname = any($1)
          and not exists (select 1 from pg_policy p where p.polrelid = c.oid
                           and pg_get_expr(p.polqual, p.polrelid) like '%app_current_council_id()%')`),
    ).toEqual([]);
  });

  it('has council_id in the primary key of each of them', async () => {
    expect(
      await offenders(`select c.relname as name from pg_class c
        where c.relname = any($1)
          and not exists (select 1 from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
                           where i.indrelid = c.oid and i.indisprimary and a.attname = 'council_id')`),
    ).toEqual([]);
  });

  it('has council_id in every unique constraint and foreign key (the council code is the one registry-wide key)', async () => {
    expect(
      await offenders(`select con.conname as name from pg_constraint con join pg_class c on c.oid = con.conrelid
        where c.relname = any($1) and con.contype in ('u', 'f')
          and not exists (select 1 from pg_attribute a where a.attrelid = con.conrelid and a.attnum = any (con.conkey) and a.attname = 'council_id')
          and con.conname <> 'councils_code_key'`),
    ).toEqual([]);
  });

  /**
   * Except the trail itself, and a migration's working tables: staged rows are an extract's lines as
   * mapped, proved by the source files' checksums, and what a load does with them is audited (ADR 0016).
   * And a document's bytes: insert-only, keyed by their own SHA-256, each insert evidenced by the audited
   * documents row that names the hash, so the trail does not keep a second copy of every PDF (ADR 0019).
   */
  it('records every change to each of them in the audit trail (except the trail and migration staging)', async () => {
    expect(
      await offenders(`select c.relname as name from pg_class c
        where c.relname = any($1) and c.relname <> 'audit_events' and c.relname not like 'stage\\_%' and c.relname <> 'migration_problems'
          and c.relname <> 'document_contents'
          and not (exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'audit_changes' and t.tgenabled = 'O'
                            and (t.tgtype & 24) = 24)
                   and exists (select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgenabled = 'O'
                                and (t.tgtype & 4) = 4 and t.tgname in ('audit_changes', 'audit_inserts')))`),
    ).toEqual([]);
  });

  it('lets the service connect only as a role that owns no table and cannot bypass row-level security', async () => {
    const { rows: [role] } = await db.query(`select rolsuper, rolbypassrls from pg_roles where rolname = $1`, [APP_ROLE]);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const { rows: owned } = await db.query(
      `select relname from pg_class c join pg_roles r on r.oid = c.relowner where r.rolname = $1`,
      [APP_ROLE],
    );
    expect(owned).toEqual([]);
  });
});
