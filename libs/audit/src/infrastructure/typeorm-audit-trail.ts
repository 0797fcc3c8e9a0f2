import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotFoundError } from '../../../kernel/src/index.js';
import { TenantTransactions, type Actor } from '../../../tenancy/src/index.js';
import { AuditTrail, type AuditEvent, type AuditTrailFilter } from '../application/audit-event.js';
import { AuditEventOrmEntity } from './audit-event.orm-entity.js';

@Injectable()
export class TypeOrmAuditTrail extends AuditTrail {
  constructor(private readonly transactions: TenantTransactions) {
    super();
  }

  list(actor: Actor, councilId: string, filter: AuditTrailFilter): Promise<AuditEvent[]> {
    return this.transactions.inCouncil(actor, councilId, async (db) => {
      const query = db.createQueryBuilder(AuditEventOrmEntity, 'event')
        .where('event.council_id = :councilId', { councilId })
        .orderBy('event.audit_event_id', 'DESC')
        .take(filter.limit);
      if (filter.tableName) query.andWhere('event.table_name = :tableName', { tableName: filter.tableName });
      if (filter.beforeId) query.andWhere('event.audit_event_id < :beforeId', { beforeId: filter.beforeId });
      if (filter.accountReference) {
        const accountId = await accountIdOf(db, councilId, filter.accountReference);
        // Written as the partial indexes of migration 1763942401800 are, so the planner can use them.
        query.andWhere(`(
          (coalesce(event.after, event.before) ? 'account_id' and coalesce(event.after, event.before) ->> 'account_id' = :accountId)
          or (event.table_name = 'relief_awards' and coalesce(event.after, event.before) ->> 'liability_id' in (
            select liability.liability_id::text from liabilities liability
            where liability.council_id = :councilId and liability.account_id = cast(:accountId as uuid))))`, { accountId });
      }
      const rows = await query.getMany();
      return rows.map(({ councilId: _council, auditEventId, ...event }) => ({ ...event, id: auditEventId }));
    });
  }
}

async function accountIdOf(db: EntityManager, councilId: string, reference: string): Promise<string> {
  const [account] = await db.query('select account_id from accounts where council_id = $1 and reference = $2', [councilId, reference]);
  if (!account) throw new NotFoundError('account', reference);
  return account.account_id as string;
}
