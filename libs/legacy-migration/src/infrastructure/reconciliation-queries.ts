import { migratedId } from './migrated-ids.js';
import { bucketColumn } from './legacy-notice-sql.js';
import type { StagedEntity } from './staging-tables.js';

/** Where each entity's rows live once loaded, and the id a staged row has there. */
export const LIVE_TABLES: Record<StagedEntity, { table: string; id: string; kind: string }> = {
  property: { table: 'hereditaments', id: 'hereditament_id', kind: 'property' },
  account: { table: 'accounts', id: 'account_id', kind: 'account' },
  liability: { table: 'liabilities', id: 'liability_id', kind: 'liability' },
  relief: { table: 'relief_awards', id: 'relief_award_id', kind: 'relief' },
  notice: { table: 'bills', id: 'bill_id', kind: 'notice' },
  transaction: { table: 'payments', id: 'payment_id', kind: 'payment' },
};

/**
 * Rows staged, refused and derived, how many are in the live tables now, and the lines that never
 * became a staged row because a value could not be read. `$1` council, `$2` load.
 */
export function stagedCountsSql(table: string, entity: StagedEntity): string {
  const live = LIVE_TABLES[entity];
  return `
    select (select count(distinct (p.file, p.line)) from migration_problems p
             where p.council_id = $1 and p.load_id = $2 and p.entity = '${entity}'
               and not exists (select 1 from ${table} u where u.council_id = $1 and u.load_id = $2 and u.file = p.file and u.line = p.line)) as unreadable,
           count(*) as staged, count(*) filter (where s.rejected) as rejected,
           count(*) filter (where not s.rejected and ${entity === 'relief' ? 's.kind is null' : 'false'}) as derived,
           count(*) filter (where not s.rejected and exists (select 1 from ${live.table} l where l.council_id = s.council_id and l.${live.id} = ${migratedId(live.kind, 's.legacy_key')})) as loaded
      from ${table} s where s.council_id = $1 and s.load_id = $2`;
}

/**
 * Each account's balance as the legacy system gave it (the sum of its notices' balances, refused
 * notices included: they are what the council is owed) against its ledger here. An account that was
 * not loaded has no migrated balance. `$1` council, `$2` load.
 */
export const BALANCES_SQL = `
  with legacy as (
         select s.account_key, sum(s.balance_pence) as legacy_pence from stage_notices s
          where s.council_id = $1 and s.load_id = $2 group by s.account_key),
       keys as (
         select account_key from legacy
          union select s.legacy_key from stage_accounts s where s.council_id = $1 and s.load_id = $2),
       ledger as (
         select e.account_id, sum(e.amount_pence) as migrated_pence from ledger_entries e where e.council_id = $1 group by e.account_id)
  select k.account_key, coalesce(l.legacy_pence, 0) as legacy_pence,
         case when a.account_id is null then null else coalesce(m.migrated_pence, 0) end as migrated_pence
    from keys k
    left join legacy l using (account_key)
    left join accounts a on a.council_id = $1 and a.account_id = ${migratedId('account', 'k.account_key', '$1::uuid')}
    left join ledger m on m.account_id = a.account_id`;

export const BALANCE_TOTALS_SQL = `
  with compared as (${BALANCES_SQL})
  select count(*) as accounts, coalesce(sum(legacy_pence), 0) as legacy_pence, coalesce(sum(migrated_pence), 0) as migrated_pence,
         count(*) filter (where migrated_pence is null or migrated_pence <> legacy_pence) as differing
    from compared`;

export const BALANCE_DIFFERENCES_SQL = `
  with compared as (${BALANCES_SQL})
  select * from compared where migrated_pence is null or migrated_pence <> legacy_pence order by account_key limit $3`;

/** What was refused on the accounts named (`$3`): the account's own row, its notices and its payments. */
export const REFUSALS_OF_ACCOUNTS_SQL = `
  select r.account_key, p.file, p.line, p.entity, p.field, p.reason
    from (select s.legacy_key as account_key, s.file, s.line from stage_accounts s where s.council_id = $1 and s.load_id = $2 and s.rejected and s.legacy_key = any($3)
          union all select s.account_key, s.file, s.line from stage_notices s where s.council_id = $1 and s.load_id = $2 and s.rejected and s.account_key = any($3)
          union all select s.account_key, s.file, s.line from stage_transactions s where s.council_id = $1 and s.load_id = $2 and s.rejected and s.account_key = any($3)) r
    join migration_problems p on p.council_id = $1 and p.load_id = $2 and p.file = r.file and p.line = r.line
   order by r.account_key, p.file, p.line`;

/**
 * A batch of loaded accounts liable during the year (`$3` start, `$4` end, `$5` label) in key order
 * after `$6`, at most `$7`, with what their valid notices for the year charged.
 */
export const LEGACY_CHARGES_SQL = `
  with batch as (
         select a.council_id, a.load_id, a.legacy_key from stage_accounts a
          where a.council_id = $1 and a.load_id = $2 and not a.rejected and ($6::text is null or a.legacy_key > $6)
            and exists (select 1 from stage_liabilities l where l.council_id = a.council_id and l.load_id = a.load_id and l.account_key = a.legacy_key
                          and not l.rejected and l.starts_on <= $4 and coalesce(l.ends_on, 'infinity') >= $3)
          order by a.legacy_key
          limit $7)
  select b.legacy_key as account_key, ${migratedId('account', 'b.legacy_key', 'b.council_id')} as account_id,
         coalesce(n.charged_pence, 0) as charged_pence, coalesce(n.notices, '[]') as notices
    from batch b
    -- Account by account through the index, so a batch costs the same however big the load.
    left join lateral (
         select sum(n.${bucketColumn('debitPence')} - n.${bucketColumn('remittedPence')} - n.${bucketColumn('transitionalPence')}) as charged_pence,
                jsonb_agg(jsonb_build_object('noticeKey', n.legacy_key, 'debitPence', n.debit_pence, 'remittedPence', n.remitted_pence,
                                             'transitionalPence', n.transitional_pence) order by n.issued_on, n.line) as notices
           from stage_notices n
          where n.council_id = b.council_id and n.load_id = b.load_id and n.account_key = b.legacy_key and not n.rejected and n.financial_year = $5) n on true
   order by b.legacy_key`;
