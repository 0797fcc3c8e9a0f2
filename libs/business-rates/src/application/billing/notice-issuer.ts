import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Clock } from '../../../../kernel/src/index.js';
import type { Actor } from '../../../../tenancy/src/index.js';
import { draftNotice } from '../../domain/billing/draft-notice.js';
import { NATIONAL_RATES } from '../../domain/reference/national-rates.data.js';
import type { FinancialYear } from '../../domain/reference/financial-year.js';
import { SettleAccountCommand } from '../collection/settle-account.command.js';
import { BillingStore, type IssuedNotice } from './billing-store.port.js';

/**
 * Recomputes an account's year with the engine and issues the notice of differences, if any; then
 * lets collection put the account's money where it now belongs (a reduced charge leaves credit).
 */
@Injectable()
export class NoticeIssuer {
  constructor(
    private readonly store: BillingStore,
    private readonly clock: Clock,
    private readonly commands: CommandBus,
  ) {}

  async issue(actor: Actor, councilId: string, accountId: string, year: FinancialYear, reason?: string): Promise<IssuedNotice | null> {
    const issuedOn = this.clock.today();
    const notice = await this.store.issueNotice(actor, councilId, accountId, year, (position) => draftNotice(NATIONAL_RATES, position, issuedOn, false), reason);
    if (notice) await this.commands.execute(new SettleAccountCommand(actor, accountId, reason));
    return notice;
  }
}
