import { Injectable } from '@nestjs/common';
import { TenantTransactions, type Actor } from '../../../tenancy/src/index.js';
import { RegisterValuations } from '../application/register-valuations.port.js';
import type { RegisteredValuation } from '../domain/voa-changes.js';

@Injectable()
export class TypeOrmRegisterValuations extends RegisterValuations {
  constructor(private readonly transactions: TenantTransactions) {
    super();
  }

  find(actor: Actor, councilId: string, uarns: readonly number[], baReferences: readonly string[]): Promise<RegisteredValuation[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const rows: Array<{ hereditament_id: string; ba_reference: string; uarn: string | null; values: Array<{ effectiveFrom: string; rateableValue: number }> }> = await db.query(
        `select h.hereditament_id, h.ba_reference, h.uarn,
                coalesce((select jsonb_agg(jsonb_build_object('effectiveFrom', rv.effective_from::text, 'rateableValue', rv.rateable_value) order by rv.effective_from)
                            from rateable_values rv where rv.council_id = h.council_id and rv.hereditament_id = h.hereditament_id), '[]') as values
           from hereditaments h
          where h.council_id = $1 and (h.uarn = any($2::bigint[]) or (h.uarn is null and h.ba_reference = any($3::text[])))`,
        [councilId, uarns, baReferences],
      );
      return rows.map((row) => ({
        hereditamentId: row.hereditament_id,
        baReference: row.ba_reference,
        uarn: row.uarn === null ? null : Number(row.uarn),
        values: row.values.map((value) => ({ effectiveFrom: value.effectiveFrom, rateableValue: Number(value.rateableValue) })),
      }));
    });
  }
}
