import { financialYearOf, noticeTotalSql } from './legacy-notice-sql.js';
import { migratedId } from './migrated-ids.js';

/**
 * The checks a row can only fail against other rows: duplicate keys, references to rows that are
 * not there (or were refused), overlapping periods, and collisions with what the council already
 * holds. Each is one statement that refuses rows (`rejected`) and says why (`migration_problems`);
 * they run in order, so a row refused by one check is an orphan to the next (a liability of a
 * refused account is refused too, naming the account's line). `$1` council, `$2` load.
 */
export interface RelationCheck {
  readonly name: string;
  readonly table: string;
  readonly entity: string;
  /** Selects `file, line, field, value, reason` of the rows to refuse, from the table aliased `s`. */
  readonly refuse: string;
}

const inLoad = (alias: string) => `${alias}.council_id = $1 and ${alias}.load_id = $2`;
const valid = (alias: string) => `${inLoad(alias)} and not ${alias}.rejected`;
const lineOf = (alias: string) => `${alias}.file || ' line ' || ${alias}.line`;

function duplicateKeys(table: string, entity: string, keyField: string): RelationCheck {
  return {
    name: `${entity}: duplicate keys`,
    table,
    entity,
    refuse: `
      select s.file, s.line, '${keyField}' as field, s.legacy_key as value, 'duplicate key: first at ' || first_file || ' line ' || first_line as reason
        from (select s.*, first_value(s.file) over w as first_file, first_value(s.line) over w as first_line, row_number() over w as n
                from ${table} s where ${valid('s')}
              window w as (partition by s.legacy_key order by s.file, s.line)) s
       where s.n > 1`,
  };
}

/** A row naming an account (or property) that is not among this load's valid rows nor already loaded. */
function missingParent(table: string, entity: string, keyColumn: string, parentTable: string, parentEntity: string, liveTable: string, liveId: string): RelationCheck {
  return {
    name: `${entity}: ${parentEntity} present`,
    table,
    entity,
    refuse: `
      select s.file, s.line, '${keyColumn}' as field, s.${keyColumn} as value,
             case when refused.file is not null then 'its ${parentEntity} was refused (' || refused.file || ' line ' || refused.line || ')'
                  else 'no ${parentEntity} with this key in the extract' end as reason
        from ${table} s
        left join lateral (select p.file, p.line from ${parentTable} p where ${inLoad('p')} and p.legacy_key = s.${keyColumn} and p.rejected limit 1) refused on true
       where ${valid('s')}
         and not exists (select 1 from ${parentTable} p where ${valid('p')} and p.legacy_key = s.${keyColumn})
         and not exists (select 1 from ${liveTable} l where l.council_id = $1 and l.${liveId} = ${migratedId(parentEntity, `s.${keyColumn}`)})`,
  };
}

/** A value that must be unique in the council (an account reference, a BA reference) and is already another row's. */
function uniqueInCouncil(table: string, entity: string, column: string, field: string, liveTable: string, liveColumn: string, liveId: string): RelationCheck {
  return {
    name: `${entity}: ${field} unique`,
    table,
    entity,
    refuse: `
      select s.file, s.line, '${field}' as field, s.${column} as value,
             case when s.n > 1 then 'already used by ' || s.first_file || ' line ' || s.first_line
                  else 'already used by another ${entity} the council holds' end as reason
        from (select s.*, row_number() over w as n, first_value(s.file) over w as first_file, first_value(s.line) over w as first_line
                from ${table} s where ${valid('s')} and s.${column} is not null
              window w as (partition by s.${column} order by s.file, s.line)) s
       where s.n > 1
          or exists (select 1 from ${liveTable} l where l.council_id = $1 and l.${liveColumn} = s.${column} and l.${liveId} <> ${migratedId(entity, 's.legacy_key')})`,
  };
}

const overlapping = (a: string, b: string) => `daterange(${a}.starts_on, ${a}.ends_on, '[]') && daterange(${b}.starts_on, ${b}.ends_on, '[]')`;

export const RELATION_CHECKS: readonly RelationCheck[] = [
  duplicateKeys('stage_properties', 'property', 'property key'),
  uniqueInCouncil('stage_properties', 'property', 'ba_reference', 'BA reference', 'hereditaments', 'ba_reference', 'hereditament_id'),
  duplicateKeys('stage_accounts', 'account', 'account key'),
  uniqueInCouncil('stage_accounts', 'account', 'reference', 'account reference', 'accounts', 'reference', 'account_id'),
  duplicateKeys('stage_liabilities', 'liability', 'liability key'),
  missingParent('stage_liabilities', 'liability', 'account_key', 'stage_accounts', 'account', 'accounts', 'account_id'),
  missingParent('stage_liabilities', 'liability', 'property_key', 'stage_properties', 'property', 'hereditaments', 'hereditament_id'),
  {
    name: 'liability: no overlap on a property',
    table: 'stage_liabilities',
    entity: 'liability',
    refuse: `
      select distinct on (s.file, s.line) s.file, s.line, 'starts_on' as field, s.starts_on::text || ' to ' || coalesce(s.ends_on::text, 'open') as value,
             'overlaps the liability at ' || ${lineOf('o')} as reason
        from stage_liabilities s
        join stage_liabilities o on ${valid('o')} and o.property_key = s.property_key and (o.file, o.line) < (s.file, s.line) and ${overlapping('o', 's')}
       where ${valid('s')}
       order by s.file, s.line, o.file, o.line`,
  },
  {
    name: 'liability: no overlap with what the council holds',
    table: 'stage_liabilities',
    entity: 'liability',
    refuse: `
      select s.file, s.line, 'starts_on' as field, s.starts_on::text || ' to ' || coalesce(s.ends_on::text, 'open') as value,
             'overlaps a liability the council already holds for the property' as reason
        from stage_liabilities s
       where ${valid('s')}
         and exists (select 1 from liabilities l where l.council_id = $1 and l.hereditament_id = ${migratedId('property', 's.property_key')}
                       and l.liability_id <> ${migratedId('liability', 's.legacy_key')} and ${overlapping('l', 's')})`,
  },
  duplicateKeys('stage_reliefs', 'relief', 'relief key'),
  {
    name: 'relief: facts this system needs',
    table: 'stage_reliefs',
    entity: 'relief',
    refuse: `
      select s.file, s.line, 'kind' as field, s.legacy_code as value,
             case s.kind when 'rural' then 'rural rate relief needs the kind of business and whether it is the only one in the settlement, which the extract does not hold: award it in this system'
                         when 'partly-occupied' then 'partly occupied relief needs the rateable value of the unoccupied part, which the extract does not hold: award it in this system'
                         else 'an empty-property exemption needs its class: map the code to one' end as reason
        from stage_reliefs s
       where ${valid('s')} and (s.kind in ('rural', 'partly-occupied') or (s.kind = 'empty-exemption' and s.exemption_class is null))`,
  },
  {
    name: 'relief: on a liability',
    table: 'stage_reliefs',
    entity: 'relief',
    refuse: `
      select s.file, s.line, 'starts_on' as field, s.account_key || ' at ' || s.property_key || ' from ' || s.starts_on::text as value,
             'no liability of that account for that property on the day the relief starts' as reason
        from stage_reliefs s
       where ${valid('s')}
         and not exists (select 1 from stage_liabilities l where ${valid('l')} and l.account_key = s.account_key and l.property_key = s.property_key
                           and s.starts_on between l.starts_on and coalesce(l.ends_on, 'infinity'))
         and not exists (select 1 from liabilities l where l.council_id = $1 and l.account_id = ${migratedId('account', 's.account_key')}
                           and l.hereditament_id = ${migratedId('property', 's.property_key')} and s.starts_on between l.starts_on and coalesce(l.ends_on, 'infinity'))`,
  },
  {
    name: 'relief: no overlap of one kind',
    table: 'stage_reliefs',
    entity: 'relief',
    refuse: `
      select distinct on (s.file, s.line) s.file, s.line, 'starts_on' as field, s.starts_on::text || ' to ' || coalesce(s.ends_on::text, 'open') as value,
             'overlaps the same relief at ' || ${lineOf('o')} as reason
        from stage_reliefs s
        join stage_reliefs o on ${valid('o')} and o.account_key = s.account_key and o.property_key = s.property_key and o.kind = s.kind
                            and (o.file, o.line) < (s.file, s.line) and ${overlapping('o', 's')}
       where ${valid('s')} and s.kind is not null
       order by s.file, s.line, o.file, o.line`,
  },
  duplicateKeys('stage_notices', 'notice', 'notice key'),
  missingParent('stage_notices', 'notice', 'account_key', 'stage_accounts', 'account', 'accounts', 'account_id'),
  {
    name: 'notice: within one financial year',
    table: 'stage_notices',
    entity: 'notice',
    refuse: `
      select s.file, s.line, 'period_to' as field, s.period_from::text || ' to ' || s.period_to::text as value,
             'a notice is for days within one financial year (1 April to 31 March)' as reason
        from stage_notices s
       where ${valid('s')} and s.period_to >= make_date(extract(year from s.period_from - interval '3 months')::int + 1, 4, 1)`,
  },
  {
    name: 'notice: on a liability',
    table: 'stage_notices',
    entity: 'notice',
    refuse: `
      select s.file, s.line, 'period_from' as field, s.period_from::text || ' to ' || s.period_to::text as value,
             'the account has no liability during the notice''s days' as reason
        from stage_notices s
       where ${valid('s')}
         and not exists (select 1 from stage_liabilities l where ${valid('l')} and l.account_key = s.account_key
                           and l.starts_on <= s.period_to and coalesce(l.ends_on, 'infinity') >= s.period_from)
         and not exists (select 1 from liabilities l where l.council_id = $1 and l.account_id = ${migratedId('account', 's.account_key')}
                           and l.starts_on <= s.period_to and coalesce(l.ends_on, 'infinity') >= s.period_from)`,
  },
  duplicateKeys('stage_transactions', 'transaction', 'transaction key'),
  missingParent('stage_transactions', 'transaction', 'account_key', 'stage_accounts', 'account', 'accounts', 'account_id'),
  {
    name: 'transaction: its notice',
    table: 'stage_transactions',
    entity: 'transaction',
    refuse: `
      select s.file, s.line, 'notice_key' as field, s.notice_key as value,
             case when exists (select 1 from stage_notices n where ${inLoad('n')} and split_part(n.legacy_key, '/', 1) = s.notice_key and n.account_key <> s.account_key)
                  then 'names a notice of another account' else 'names a notice that is not in the extract (or was refused)' end as reason
        from stage_transactions s
       where ${valid('s')} and s.notice_key is not null
         and not exists (select 1 from stage_notices n where ${valid('n')} and split_part(n.legacy_key, '/', 1) = s.notice_key and n.account_key = s.account_key)`,
  },
];

/**
 * Worked out once the rows stand: the liability each relief and notice belongs to, and each
 * notice's financial year and the running total of its account's year (a notice's `year_charge`).
 */
export const RESOLUTIONS: readonly string[] = [
  `update stage_reliefs s set liability_id = coalesce(
      (select ${migratedId('liability', 'l.legacy_key', 'l.council_id')} from stage_liabilities l
        where ${valid('l')} and l.account_key = s.account_key and l.property_key = s.property_key
          and s.starts_on between l.starts_on and coalesce(l.ends_on, 'infinity') order by l.starts_on limit 1),
      (select l.liability_id from liabilities l where l.council_id = $1 and l.account_id = ${migratedId('account', 's.account_key')}
          and l.hereditament_id = ${migratedId('property', 's.property_key')} and s.starts_on between l.starts_on and coalesce(l.ends_on, 'infinity')
        order by l.starts_on limit 1))
    where ${valid('s')} and s.kind is not null`,
  `update stage_notices s set financial_year = ${financialYearOf('s.period_from')}, liability_id = coalesce(
      (select ${migratedId('liability', 'l.legacy_key', 'l.council_id')} from stage_liabilities l
        where ${valid('l')} and l.account_key = s.account_key and l.starts_on <= s.period_to and coalesce(l.ends_on, 'infinity') >= s.period_from
        order by l.starts_on, l.legacy_key limit 1),
      (select l.liability_id from liabilities l where l.council_id = $1 and l.account_id = ${migratedId('account', 's.account_key')}
          and l.starts_on <= s.period_to and coalesce(l.ends_on, 'infinity') >= s.period_from order by l.starts_on limit 1))
    where ${valid('s')}`,
  `update stage_notices s set year_charge_pence = r.running
     from (select n.file, n.line, sum(${noticeTotalSql('n')}) over (partition by n.account_key, n.financial_year order by n.issued_on, n.file, n.line) as running
             from stage_notices n where ${valid('n')}) r
    where ${valid('s')} and r.file = s.file and r.line = s.line`,
];
