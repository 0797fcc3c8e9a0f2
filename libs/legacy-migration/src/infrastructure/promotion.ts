import { LEGACY_BUCKETS } from '../domain/legacy-notice.js';
import { bucketColumn, financialYearOf, noticeTotalSql } from './legacy-notice-sql.js';
import { migratedId } from './migrated-ids.js';
import type { StagedEntity } from './staging-tables.js';

/**
 * How valid staged rows become live rows, entity by entity, in the order references need. Each
 * statement takes one chunk of a file's staged lines (`$1` council, `$2` load, `$3` file, `$4`..`$5`
 * lines) and skips rows already there (`on conflict do nothing`: their ids are derived from legacy
 * keys), so a chunk loaded twice, by a rerun or a resumed load, adds nothing the second time.
 */
export const PROMOTION_ORDER: readonly StagedEntity[] = ['property', 'account', 'liability', 'relief', 'notice', 'transaction'];

const chunk = `s.council_id = $1 and s.load_id = $2 and s.file = $3 and s.line between $4 and $5 and not s.rejected`;
const provenance = (what: string) => `'Migrated from the legacy ' || '${what} ' || s.legacy_key`;

export const PROMOTIONS: Record<StagedEntity, readonly string[]> = {
  property: [
    `insert into hereditaments (council_id, hereditament_id, ba_reference, uarn, uprn, address_line_1, address_line_2, address_line_3,
                                address_line_4, postcode, description, scat_code, property_use, listed_building)
     select s.council_id, ${migratedId('property', 's.legacy_key')}, s.ba_reference, s.uarn, s.uprn, s.address_line_1, s.address_line_2,
            s.address_line_3, s.address_line_4, s.postcode, s.description, s.scat_code, s.property_use, s.listed_building
       from stage_properties s where ${chunk}
     on conflict do nothing`,
    `insert into rateable_values (council_id, hereditament_id, effective_from, rateable_value, reason)
     select s.council_id, ${migratedId('property', 's.legacy_key')}, s.rateable_value_from, s.rateable_value, ${provenance('property')}
       from stage_properties s where ${chunk}
     on conflict do nothing`,
    // Occupied from the value's date unless the extract says it is empty (and from when).
    `insert into occupation_periods (council_id, hereditament_id, starts_on, occupied, reason)
     select s.council_id, ${migratedId('property', 's.legacy_key')}, p.starts_on, p.occupied, ${provenance('property')}
       from stage_properties s
       cross join lateral (values (s.rateable_value_from, true), (s.empty_from, false)) p (starts_on, occupied)
      where ${chunk} and p.starts_on is not null and (p.occupied = false or s.empty_from is null or s.empty_from > s.rateable_value_from)
     on conflict do nothing`,
  ],
  account: [
    `insert into parties (council_id, party_id, kind, name, company_number, charity_number)
     select s.council_id, ${migratedId('party', 's.legacy_key')}, s.party_kind, s.party_name, s.company_number, s.charity_number
       from stage_accounts s where ${chunk}
     on conflict do nothing`,
    `insert into contacts (council_id, contact_id, party_id, kind, email, phone, address_line_1, address_line_2, address_line_3, address_line_4, postcode, preferred)
     select s.council_id, ${migratedId('contact', "s.legacy_key || '/' || c.kind")}, ${migratedId('party', 's.legacy_key')}, c.kind, c.email, c.phone,
            c.line_1, c.line_2, c.line_3, c.line_4, c.postcode, c.kind = 'correspondence-address'
       from stage_accounts s
       cross join lateral (values
         ('email', s.email, null, null, null, null, null, null, s.email is not null),
         ('phone', null, s.phone, null, null, null, null, null, s.phone is not null),
         ('correspondence-address', null, null, s.correspondence_line_1, s.correspondence_line_2, s.correspondence_line_3, s.correspondence_line_4,
          s.correspondence_postcode, s.correspondence_line_1 is not null)
       ) c (kind, email, phone, line_1, line_2, line_3, line_4, postcode, present)
      where ${chunk} and c.present
     on conflict do nothing`,
    `insert into accounts (council_id, account_id, reference, party_id, payment_method)
     select s.council_id, ${migratedId('account', 's.legacy_key')}, s.reference, ${migratedId('party', 's.legacy_key')}, s.payment_method
       from stage_accounts s where ${chunk}
     on conflict do nothing`,
  ],
  liability: [
    `insert into liabilities (council_id, liability_id, account_id, hereditament_id, capacity, starts_on, ends_on)
     select s.council_id, ${migratedId('liability', 's.legacy_key')}, ${migratedId('account', 's.account_key')}, ${migratedId('property', 's.property_key')},
            s.capacity, s.starts_on, s.ends_on
       from stage_liabilities s where ${chunk}
     on conflict do nothing`,
  ],
  relief: [
    // A code the engine works out itself (small business, empty property) is counted, not loaded.
    `insert into relief_awards (council_id, relief_award_id, liability_id, kind, starts_on, ends_on, percent, exemption_class, evidence)
     select s.council_id, ${migratedId('relief', 's.legacy_key')}, s.liability_id, s.kind, s.starts_on, s.ends_on, s.percent, s.exemption_class,
            ${provenance('relief')} || ' (code ' || s.legacy_code || ')'
       from stage_reliefs s where ${chunk} and s.kind is not null
     on conflict do nothing`,
  ],
  notice: [
    // $6: the first of the bill numbers reserved for the chunk's notices not yet loaded.
    `insert into bills (council_id, bill_id, bill_number, account_id, financial_year, kind, issued_on, total_pence, year_charge_pence,
                        paid_before_pence, due_before_pence)
     select s.council_id, ${migratedId('notice', 's.legacy_key')}, $6::bigint - 1 + row_number() over (order by s.line), ${migratedId('account', 's.account_key')},
            s.financial_year, 'migrated', s.issued_on, ${noticeTotalSql('s')}, s.year_charge_pence, 0, greatest(s.year_charge_pence, 0)
       from stage_notices s
      where ${chunk} and not exists (select 1 from bills b where b.council_id = s.council_id and b.bill_id = ${migratedId('notice', 's.legacy_key')})`,
    `insert into bill_lines (council_id, bill_id, line_number, liability_id, code, description, amount_pence, period_start, period_end, rule, legislation, inputs)
     select s.council_id, ${migratedId('notice', 's.legacy_key')}, row_number() over (partition by s.line order by b.position), s.liability_id, b.code,
            b.description, b.sign * b.amount, s.period_from, s.period_to,
            'As the legacy system billed it on notice ' || s.legacy_key || ': the engine recomputes the year at the account''s next notice',
            'Carried over from the legacy system', jsonb_build_object('legacyNotice', s.legacy_key, 'bucket', b.bucket)
       from stage_notices s
       cross join lateral (values ${LEGACY_BUCKETS.map(({ bucket, code, sign, description }, position) => `(${position}, '${bucket}', '${code}', ${sign}, '${description}', s.${bucketColumn(bucket)})`).join(',\n         ')})
            b (position, bucket, code, sign, description, amount)
      where ${chunk} and b.amount <> 0
     on conflict do nothing`,
    `insert into ledger_entries (council_id, ledger_entry_id, account_id, financial_year, posted_on, kind, amount_pence, description, bill_id)
     select s.council_id, ${migratedId('notice-charge', 's.legacy_key')}, ${migratedId('account', 's.account_key')}, s.financial_year, s.issued_on, 'charge',
            ${noticeTotalSql('s')}, 'Legacy notice ' || s.legacy_key, ${migratedId('notice', 's.legacy_key')}
       from stage_notices s where ${chunk} and (${noticeTotalSql('s')}) <> 0
     on conflict do nothing`,
  ],
  transaction: [
    // Allocated whole to the year it paid (the allocation follows): see app_keep_payment_allocated.
    `insert into payments (council_id, payment_id, account_id, amount_pence, received_on, method, external_reference, allocated_pence)
     select s.council_id, ${migratedId('payment', 's.legacy_key')}, ${migratedId('account', 's.account_key')}, s.amount_pence, s.received_on, s.method,
            -- The legacy key as the payment's external reference (at most 100 characters: a long key by its hash).
            case when length(s.legacy_key) <= 93 then 'legacy:' || s.legacy_key else 'legacy-md5:' || md5(s.legacy_key) end, s.amount_pence
       from stage_transactions s where ${chunk}
     on conflict do nothing`,
    `insert into ledger_entries (council_id, ledger_entry_id, account_id, financial_year, posted_on, kind, amount_pence, description, payment_id)
     select s.council_id, ${migratedId('payment-entry', 's.legacy_key')}, ${migratedId('account', 's.account_key')}, null, s.received_on, 'payment',
            -s.amount_pence, 'Payment (legacy transaction ' || s.legacy_key || ')', ${migratedId('payment', 's.legacy_key')}
       from stage_transactions s where ${chunk}
     on conflict do nothing`,
    // The year it paid: its notice's, or else the year it was received in.
    `insert into allocations (council_id, allocation_id, payment_id, account_id, target, financial_year, amount_pence, allocated_on)
     select s.council_id, ${migratedId('allocation', 's.legacy_key')}, ${migratedId('payment', 's.legacy_key')}, ${migratedId('account', 's.account_key')},
            'rates', coalesce(n.financial_year, ${financialYearOf('s.received_on')}),
            s.amount_pence, s.received_on
       from stage_transactions s
       left join lateral (select n.financial_year from stage_notices n
                           where n.council_id = s.council_id and n.load_id = s.load_id and n.account_key = s.account_key and not n.rejected
                             and split_part(n.legacy_key, '/', 1) = s.notice_key limit 1) n on true
      where ${chunk}
     on conflict do nothing`,
  ],
};
