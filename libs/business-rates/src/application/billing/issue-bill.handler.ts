import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil } from '../../../../tenancy/src/index.js';
import { checkAccountReference } from '../../domain/accounts/account-reference.js';
import { financialYear } from '../../domain/reference/financial-year.js';
import { MAY_MAINTAIN } from '../permissions.js';
import { BillingStore, type IssuedNotice } from './billing-store.port.js';
import { IssueBillCommand } from './issue-bill.command.js';
import { NoticeIssuer } from './notice-issuer.js';

@CommandHandler(IssueBillCommand)
export class IssueBillHandler implements ICommandHandler<IssueBillCommand> {
  constructor(
    private readonly store: BillingStore,
    private readonly issuer: NoticeIssuer,
  ) {}

  async execute({ actor, accountReference, financialYear: label, reason }: IssueBillCommand): Promise<IssuedNotice | null> {
    requireAnyRole(actor, MAY_MAINTAIN, 'issuing a bill');
    const councilId = requireCouncil(actor);
    const reference = checkAccountReference(accountReference);
    const year = financialYear(label);
    const accountId = await this.store.findAccountId(actor, councilId, reference);
    if (!accountId) throw new NotFoundError('account', reference);
    return this.issuer.issue(actor, councilId, accountId, year, reason ?? `bill issued for ${year.label}`);
  }
}
