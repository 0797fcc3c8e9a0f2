import type { EntityManager } from 'typeorm';
import type { AccountMatch, HereditamentMatch } from '../../application/register/register-store.port.js';
import type { SearchTerms } from '../../domain/register/search-terms.js';
import { toHereditamentDetails } from './register-reads.js';

/**
 * A hereditament's address and postcode as one text to search. Written exactly as the trigram index
 * in migration 1763942400200 is, so the planner can use it.
 */
export const ADDRESS_TEXT = `(coalesce(address_line_1, '') || ' ' || coalesce(address_line_2, '') || ' ' || coalesce(address_line_3, '') || ' '
  || coalesce(address_line_4, '') || ' ' || coalesce(postcode, ''))`;

/** Ranked: the exact account reference, then a property's exact identifiers, then a reference's start, then the ratepayer's name. */
export async function searchAccounts(db: EntityManager, councilId: string, terms: SearchTerms): Promise<AccountMatch[]> {
  const rows = await db.query(
    `with matches (account_id, rank) as (
       select account_id, 0 from accounts where council_id = $1 and reference = $2
       union all
       select l.account_id, 1 from liabilities l join hereditaments h using (council_id, hereditament_id)
        where l.council_id = $1 and (upper(h.ba_reference) = upper($2) or h.postcode = $3 or h.uprn = $4::bigint)
       union all
       select account_id, 2 from accounts where council_id = $1 and reference like $5
       union all
       select a.account_id, 3 from accounts a join parties p using (council_id, party_id) where a.council_id = $1 and p.name ilike $6
     )
     select a.reference, a.party_id, p.name, min(m.rank) as rank
       from matches m join accounts a on a.council_id = $1 and a.account_id = m.account_id join parties p using (council_id, party_id)
      group by a.reference, a.party_id, p.name
      order by rank, a.reference
      limit $7`,
    [councilId, terms.text, terms.postcode, terms.number, terms.number === null ? null : `${terms.number}%`, terms.contains, terms.limit],
  );
  return rows.map((row: Record<string, string>) => ({ reference: row.reference, partyId: row.party_id, partyName: row.name }));
}

/** Ranked: an exact BA reference, UARN or UPRN, then the postcode, then a BA reference's start, then the address. */
export async function searchHereditaments(db: EntityManager, councilId: string, terms: SearchTerms): Promise<HereditamentMatch[]> {
  const rows = await db.query(
    `select *, case when upper(ba_reference) = upper($2) or uarn = $3 or uprn = $3 then 0 when postcode = $4 then 1 when upper(ba_reference) like upper($5) then 2 else 3 end as rank
       from hereditaments
      where council_id = $1 and (upper(ba_reference) like upper($5) or uarn = $3 or uprn = $3 or postcode = $4 or ${ADDRESS_TEXT} ilike $6)
      order by rank, ba_reference
      limit $7`,
    [councilId, terms.text, terms.number, terms.postcode, terms.startsWith, terms.contains, terms.limit],
  );
  return rows.map((row: Record<string, never>) => {
    const { baReference, uarn, uprn, addressLines, postcode, description } = toHereditamentDetails(row);
    return { hereditamentId: row.hereditament_id, baReference, uarn, uprn, addressLines, postcode, description };
  });
}
