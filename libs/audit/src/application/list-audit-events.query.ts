import { Query } from '@nestjs/cqrs';
import type { Actor } from '../../../tenancy/src/index.js';
import type { AuditEvent } from './audit-event.js';

export class ListAuditEventsQuery extends Query<AuditEvent[]> {
  constructor(
    readonly actor: Actor,
    readonly filter: { tableName?: string; accountReference?: string; beforeId?: string; limit?: number } = {},
  ) {
    super();
  }
}
