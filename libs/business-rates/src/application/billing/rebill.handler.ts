import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, InvalidInputError, isIsoDate } from '../../../../kernel/src/index.js';
import { requireCouncil } from '../../../../tenancy/src/index.js';
import { financialYear, financialYearOf, type FinancialYear } from '../../domain/reference/financial-year.js';
import { BillingStore, type IssuedNotice } from './billing-store.port.js';
import { NoticeIssuer } from './notice-issuer.js';
import { RebillCommand } from './rebill.command.js';

/** Dispatched by the register after a fact changes, within a use case the actor was already allowed to run. */
@CommandHandler(RebillCommand)
export class RebillHandler implements ICommandHandler<RebillCommand> {
  constructor(
    private readonly store: BillingStore,
    private readonly issuer: NoticeIssuer,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, affected, from, reason }: RebillCommand): Promise<IssuedNotice[]> {
    const councilId = requireCouncil(actor);
    if (!isIsoDate(from)) throw new InvalidInputError('from', 'must be a date such as 2024-04-01');
    const accounts = await this.store.affectedAccounts(actor, councilId, affected, from);
    const current = financialYearOf(this.clock.today());
    const notices: IssuedNotice[] = [];
    for (const account of accounts) {
      for (const year of yearsToRebill(financialYearOf(from), current, account.billedYears)) {
        const notice = await this.issuer.issue(actor, councilId, account.accountId, year, reason);
        if (notice) notices.push(notice);
      }
    }
    return notices;
  }
}

/** From the change's year to the current one, and any later year already billed (annual bills go out before the year starts). */
function yearsToRebill(first: FinancialYear, current: FinancialYear, billedYears: readonly string[]): FinancialYear[] {
  const labels = new Set<string>(billedYears.filter((label) => label >= first.label));
  for (let start = Number(first.label.slice(0, 4)); start <= Number(current.label.slice(0, 4)); start += 1) {
    labels.add(financialYearOf(`${start}-04-01`).label);
  }
  return [...labels].sort().map((label) => financialYear(label));
}
