/**
 * Accounts in reference order with their balance from the ledger, the ratepayer's name, and an
 * address: the ratepayer's correspondence address (the preferred, else the latest) if one is kept,
 * otherwise the property of the account's latest liability. $1 council, $2 after reference, $3 limit, $4 as at.
 */
export const ACCOUNT_HOLDERS_SQL = `
  select a.reference, p.name,
         coalesce((select sum(l.amount_pence) from ledger_entries l
                    where l.council_id = a.council_id and l.account_id = a.account_id and l.posted_on <= $4), 0) as balance_pence,
         coalesce(c.address_line_1, h.address_line_1) as address_line_1,
         case when c.address_line_1 is null then h.address_line_2 else c.address_line_2 end as address_line_2,
         case when c.address_line_1 is null then h.address_line_3 else c.address_line_3 end as address_line_3,
         case when c.address_line_1 is null then h.address_line_4 else c.address_line_4 end as address_line_4,
         case when c.address_line_1 is null then h.postcode else c.postcode end as postcode
    from accounts a
    join parties p on p.council_id = a.council_id and p.party_id = a.party_id
    left join lateral (
      select address_line_1, address_line_2, address_line_3, address_line_4, postcode from contacts
       where council_id = a.council_id and party_id = a.party_id and kind = 'correspondence-address'
       order by preferred desc, created_at desc limit 1) c on true
    left join lateral (
      select h.address_line_1, h.address_line_2, h.address_line_3, h.address_line_4, h.postcode
        from liabilities li join hereditaments h on h.council_id = li.council_id and h.hereditament_id = li.hereditament_id
       where li.council_id = a.council_id and li.account_id = a.account_id
       order by li.starts_on desc limit 1) h on true
   where a.council_id = $1 and ($2::text is null or a.reference > $2)
   order by a.reference
   limit $3`;
