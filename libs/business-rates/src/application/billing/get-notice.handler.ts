import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InvalidInputError, NotFoundError } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil } from '../../../../tenancy/src/index.js';
import { CouncilPolicies } from '../../../../policy-host/src/index.js';
import { MAY_READ } from '../permissions.js';
import { BillingStore, type IssuedNotice } from './billing-store.port.js';
import { withWording } from './notice-wording.js';
import { GetNoticeQuery } from './get-notice.query.js';

@QueryHandler(GetNoticeQuery)
export class GetNoticeHandler implements IQueryHandler<GetNoticeQuery> {
  constructor(
    private readonly store: BillingStore,
    private readonly policies: CouncilPolicies,
  ) {}

  async execute({ actor, billNumber }: GetNoticeQuery): Promise<IssuedNotice> {
    requireAnyRole(actor, MAY_READ, 'reading bills');
    const councilId = requireCouncil(actor);
    if (!Number.isSafeInteger(billNumber) || billNumber < 1) throw new InvalidInputError('billNumber', 'must be a whole number from 1');
    const notice = await this.store.findNotice(actor, councilId, billNumber);
    if (!notice) throw new NotFoundError('bill', String(billNumber));
    return (await withWording(this.policies, actor, councilId, [notice]))[0];
  }
}
