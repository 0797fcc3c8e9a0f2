import pg from 'pg';
import { accountReferenceFor } from '../../libs/business-rates/src/index.js';

/**
 * Fills a council's register with `size` synthetic rated properties, each with one ratepayer
 * and account, written set-based as the schema owner (so it is quick, and still audited). The mix
 * is deterministic and resembles a district's list: about 40% of values under £15,000 (small
 * business rate relief), 15% over £51,000 (the standard multiplier), retail, hospitality and
 * leisure among the uses, 5% empty, 2% charities, 5% moving out part way through the year.
 */
export async function generateCouncilRegister(ownerUrl: string, councilId: string, size: number, year: { start: string; end: string }): Promise<void> {
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  try {
    await db.query('begin');
    await db.query(`select set_config('app.council_id', $1, true), set_config('app.actor', 'bench-generator', true)`, [councilId]);
    const references = Array.from({ length: size }, (_, index) => accountReferenceFor(index + 1));
    await db.query(
      `create temporary table generated on commit drop as
         select n, reference, gen_random_uuid() as party_id, gen_random_uuid() as account_id, gen_random_uuid() as hereditament_id,
                gen_random_uuid() as liability_id, abs(hashint4(n::int)) % 100 as mix, abs(hashint4(n::int + 7919)) % 1000 as spread
           from unnest($1::text[]) with ordinality as r(reference, n)`,
      [references],
    );
    await db.query(
      `insert into parties (council_id, party_id, kind, name, charity_number)
       select $1::uuid, party_id, case when mix < 2 then 'charity' else 'company' end, 'Bench Ratepayer ' || n || ' Ltd',
              case when mix < 2 then (1000000 + n)::text end
         from generated`,
      [councilId],
    );
    await db.query(`insert into accounts (council_id, account_id, reference, party_id) select $1::uuid, account_id, reference, party_id from generated`, [councilId]);
    await db.query(
      `insert into hereditaments (council_id, hereditament_id, ba_reference, address_line_1, postcode, description, property_use)
       select $1::uuid, hereditament_id, 'BENCH' || n, n || ' Bench Street', 'AB1 2CD', 'Shop and premises',
              (array['retail', 'hospitality', 'leisure', 'industrial', 'office', 'other'])[1 + n % 6]
         from generated`,
      [councilId],
    );
    await db.query(
      `insert into rateable_values (council_id, hereditament_id, effective_from, rateable_value)
       select $1::uuid, hereditament_id, '2023-04-01',
              case when mix < 40 then 2000 + spread * 12 when mix < 85 then 15000 + spread * 36 else 51000 + spread * 450 end
         from generated`,
      [councilId],
    );
    await db.query(
      `insert into occupation_periods (council_id, hereditament_id, starts_on, occupied)
       select $1::uuid, hereditament_id, '2020-04-01', true from generated
       union all select $1::uuid, hereditament_id, $2::date - 60, false from generated where mix between 90 and 94`,
      [councilId, year.start],
    );
    await db.query(
      `insert into liabilities (council_id, liability_id, account_id, hereditament_id, capacity, starts_on, ends_on)
       select $1::uuid, liability_id, account_id, hereditament_id, case when mix between 90 and 94 then 'owner' else 'occupier' end,
              '2020-04-01', case when mix between 95 and 99 then $2::date + 150 end
         from generated`,
      [councilId, year.start],
    );
    await db.query(
      `insert into relief_awards (council_id, relief_award_id, liability_id, kind, starts_on, evidence)
       select $1::uuid, gen_random_uuid(), liability_id, 'charity', '2020-04-01', 'registered charity occupying for its purposes' from generated where mix < 2`,
      [councilId],
    );
    await db.query(`insert into council_sequences (council_id, sequence_name, last_value) values ($1, 'account', $2)`, [councilId, size]);
    await db.query('commit');
    await db.query('analyze');
  } catch (error) {
    await db.query('rollback');
    throw error;
  } finally {
    await db.end();
  }
}
