import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InvalidInputError } from '../../../kernel/src/index.js';
import { hasAnyRole, requireAnyRole, requireCouncil } from '../../../tenancy/src/index.js';
import { AuditTrail, type AuditEvent } from './audit-event.js';
import { ListAuditEventsQuery } from './list-audit-events.query.js';
import { maskBankDetails } from './masked-bank-details.js';

export const MAX_AUDIT_PAGE = 200;

@QueryHandler(ListAuditEventsQuery)
export class ListAuditEventsHandler implements IQueryHandler<ListAuditEventsQuery> {
  constructor(private readonly trail: AuditTrail) {}

  async execute({ actor, filter }: ListAuditEventsQuery): Promise<AuditEvent[]> {
    requireAnyRole(actor, ['revenues-manager', 'revenues-officer', 'revenues-viewer'], 'reading the audit trail');
    const councilId = requireCouncil(actor);
    const limit = filter.limit ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_AUDIT_PAGE) {
      throw new InvalidInputError('limit', `must be a whole number from 1 to ${MAX_AUDIT_PAGE}`);
    }
    if (filter.beforeId !== undefined && !/^[0-9]{1,18}$/.test(filter.beforeId)) {
      throw new InvalidInputError('beforeId', 'must be an audit event id');
    }
    if (filter.accountReference !== undefined && !/^[0-9]{9}$/.test(filter.accountReference)) {
      throw new InvalidInputError('accountReference', 'must be an account reference (9 digits)');
    }
    const events = await this.trail.list(actor, councilId, { ...filter, limit });
    return hasAnyRole(actor, ['revenues-manager']) ? events : events.map(maskBankDetails);
  }
}
