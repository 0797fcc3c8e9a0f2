import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil } from '../../../../tenancy/src/index.js';
import { checkAccountReference } from '../../domain/accounts/account-reference.js';
import { financialYear } from '../../domain/reference/financial-year.js';
import { CouncilPolicies } from '../../../../policy-host/src/index.js';
import { MAY_READ } from '../permissions.js';
import { BillingStore, type IssuedNotice } from './billing-store.port.js';
import { withWording } from './notice-wording.js';
import { ListNoticesQuery } from './list-notices.query.js';

@QueryHandler(ListNoticesQuery)
export class ListNoticesHandler implements IQueryHandler<ListNoticesQuery> {
  constructor(
    private readonly store: BillingStore,
    private readonly policies: CouncilPolicies,
  ) {}

  async execute({ actor, accountReference, financialYear: label }: ListNoticesQuery): Promise<IssuedNotice[]> {
    requireAnyRole(actor, MAY_READ, 'reading bills');
    const councilId = requireCouncil(actor);
    const reference = checkAccountReference(accountReference);
    const year = label === undefined ? undefined : financialYear(label).label;
    const accountId = await this.store.findAccountId(actor, councilId, reference);
    if (!accountId) throw new NotFoundError('account', reference);
    return withWording(this.policies, actor, councilId, await this.store.listNotices(actor, councilId, accountId, year));
  }
}
