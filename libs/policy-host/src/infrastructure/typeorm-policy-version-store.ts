import { Injectable } from '@nestjs/common';
import type { IsoDate } from '../../../kernel/src/index.js';
import { TenantTransactions, type Actor } from '../../../tenancy/src/index.js';
import { PolicyVersionStore } from '../application/policy-version-store.port.js';
import type { CouncilPolicyVersion } from '../domain/policy-version.js';

const COLUMNS = `effective_from::text as effective_from, plugins, settings`;

@Injectable()
export class TypeOrmPolicyVersionStore extends PolicyVersionStore {
  constructor(private readonly transactions: TenantTransactions) {
    super();
  }

  inForce(actor: Actor, councilId: string, onDate: IsoDate): Promise<CouncilPolicyVersion | null> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [row] = await db.query(
        `select ${COLUMNS} from council_policy_versions where council_id = $1 and effective_from <= $2 order by effective_from desc limit 1`,
        [councilId, onDate],
      );
      return row ? toVersion(row) : null;
    });
  }

  all(actor: Actor, councilId: string): Promise<CouncilPolicyVersion[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) =>
      (await db.query(`select ${COLUMNS} from council_policy_versions where council_id = $1 order by effective_from`, [councilId])).map(toVersion),
    );
  }

  set(actor: Actor, councilId: string, version: CouncilPolicyVersion, reason: string): Promise<void> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      await db.query(
        `insert into council_policy_versions (council_id, effective_from, plugins, settings) values ($1, $2, $3, $4)
         on conflict (council_id, effective_from) do update set plugins = excluded.plugins, settings = excluded.settings, updated_at = now()`,
        [councilId, version.effectiveFrom, version.plugins, JSON.stringify(version.settings)],
      );
    }, reason);
  }
}

function toVersion(row: { effective_from: string; plugins: string[]; settings: CouncilPolicyVersion['settings'] }): CouncilPolicyVersion {
  return { effectiveFrom: row.effective_from, plugins: row.plugins, settings: row.settings };
}
