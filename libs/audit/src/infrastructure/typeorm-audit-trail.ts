import { Injectable } from '@nestjs/common';
import { LessThan } from 'typeorm';
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
      const rows = await db.find(AuditEventOrmEntity, {
        where: {
          councilId,
          ...(filter.tableName ? { tableName: filter.tableName } : {}),
          ...(filter.beforeId ? { auditEventId: LessThan(filter.beforeId) } : {}),
        },
        order: { auditEventId: 'DESC' },
        take: filter.limit,
      });
      return rows.map(({ councilId: _council, auditEventId, ...event }) => ({ ...event, id: auditEventId }));
    });
  }
}
