import { Injectable } from '@nestjs/common';
import { TenantTransactions, type Actor } from '../../../tenancy/src/index.js';
import { MigrationLoads, type MigrationLoad } from '../application/migration-store.port.js';
import type { Reconciliation } from '../domain/reconciliation.js';
import { toLoad } from './migration-load-row.js';

@Injectable()
export class TypeOrmMigrationLoads extends MigrationLoads {
  constructor(private readonly transactions: TenantTransactions) {
    super();
  }

  list(actor: Actor, councilId: string): Promise<MigrationLoad[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) =>
      ((await db.query(`select * from migration_loads where council_id = $1 order by started_at, load_id`, [councilId])) as Array<Record<string, unknown>>).map(toLoad),
    );
  }

  find(actor: Actor, councilId: string, loadId: string): Promise<MigrationLoad | null> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const [row] = await db.query(`select * from migration_loads where council_id = $1 and load_id = $2`, [councilId, loadId]);
      return row ? toLoad(row) : null;
    });
  }

  reconciliations(actor: Actor, councilId: string, loadId: string): Promise<Reconciliation[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) =>
      ((await db.query(
        `select report from migration_reconciliations where council_id = $1 and load_id = $2 order by produced_at, reconciliation_id`,
        [councilId, loadId],
      )) as Array<{ report: Reconciliation }>).map((row) => row.report),
    );
  }
}
