import type { EntityManager } from 'typeorm';
import type { IsoDate } from '../../../kernel/src/index.js';
import type { PropertyUse, RatepayerKind } from '../../../policy-sdk/src/index.js';
import type { RecordedFacts } from '../application/grant-store.port.js';
import type { GrantApplicationRequest } from '../domain/grant-application-request.js';
import { pence } from '../../../database/src/index.js';

/**
 * What the council's records say about an application on the day it is made: the account it
 * quotes (if any) with its ratepayer, the properties it occupies that day, its balance and first
 * liability; earlier applications to the scheme for the account; and other accounts whose grants
 * went (or, approved, are going) to the same bank account.
 */
export async function readRecordedFacts(db: EntityManager, councilId: string, request: GrantApplicationRequest, day: IsoDate): Promise<RecordedFacts & { accountId: string | null }> {
  const [account] = await db.query(
    `select a.account_id, a.reference, p.name, p.kind,
            (select min(l.starts_on)::text from liabilities l where l.council_id = a.council_id and l.account_id = a.account_id) as liable_since,
            (select coalesce(sum(e.amount_pence), 0) from ledger_entries e where e.council_id = a.council_id and e.account_id = a.account_id and e.posted_on <= $3) as balance
       from accounts a join parties p using (council_id, party_id)
      where a.council_id = $1 and a.reference = $2`,
    [councilId, request.accountReference, day],
  );
  const accountId: string | null = account?.account_id ?? null;
  const [earlier] = await db.query(
    `select count(*)::int as n from grant_applications
      where council_id = $1 and scheme_id = $2 and ${accountId ? 'account_id = $3' : 'quoted_account_reference = $3'}`,
    [councilId, request.schemeId, accountId ?? request.accountReference],
  );
  const [sameBank] = await db.query(
    `select count(distinct account_id)::int as n from grant_applications
      where council_id = $1 and payee_sort_code = $2 and payee_account_number = $3 and status in ('approved', 'paid')
        and account_id is not null and account_id is distinct from $4`,
    [councilId, request.payeeSortCode, request.payeeAccountNumber, accountId],
  );
  return {
    accountId,
    account: account
      ? {
          reference: account.reference,
          ratepayerName: account.name,
          ratepayerKind: account.kind as RatepayerKind,
          occupiedProperties: await occupiedOn(db, councilId, account.account_id, day),
          balancePence: pence(account.balance),
          liableSince: account.liable_since,
        }
      : null,
    earlierApplicationsForAccount: earlier.n,
    otherAccountsPaidToSameBankAccount: sameBank.n,
  };
}

/** The properties the account is liable for as occupier on the day, not recorded empty then, with the value in force. */
async function occupiedOn(db: EntityManager, councilId: string, accountId: string, day: IsoDate) {
  const rows = await db.query(
    `select h.property_use, h.postcode, v.rateable_value
       from liabilities l
       join hereditaments h using (council_id, hereditament_id)
       cross join lateral (select rateable_value from rateable_values r
                            where r.council_id = h.council_id and r.hereditament_id = h.hereditament_id and r.effective_from <= $3
                            order by r.effective_from desc limit 1) v
       left join lateral (select occupied from occupation_periods o
                           where o.council_id = h.council_id and o.hereditament_id = h.hereditament_id and o.starts_on <= $3
                           order by o.starts_on desc limit 1) o on true
      where l.council_id = $1 and l.account_id = $2 and l.capacity = 'occupier'
        and l.starts_on <= $3 and (l.ends_on is null or l.ends_on >= $3) and coalesce(o.occupied, true)
      order by h.ba_reference`,
    [councilId, accountId, day],
  );
  return rows.map((row: { property_use: string; postcode: string | null; rateable_value: string }) => ({
    propertyUse: row.property_use as PropertyUse,
    rateableValue: Number(row.rateable_value),
    postcode: row.postcode,
  }));
}
