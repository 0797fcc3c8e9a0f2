import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Clock } from '../../../../kernel/src/index.js';
import type { Actor } from '../../../../tenancy/src/index.js';
import { CouncilPolicies } from '../../../../policy-host/src/index.js';
import type { FinancialYear } from '../../domain/reference/financial-year.js';
import { SettleAccountCommand } from '../collection/settle-account.command.js';
import { BillingStore, type IssuedNotice } from './billing-store.port.js';
import { draftWithPolicy, noticePolicy } from './draft-with-policy.js';

/**
 * Recomputes an account's year with the engine, under the council's policy, and issues the notice of differences, if any; then
 * lets collection put the account's money where it now belongs (a reduced charge leaves credit).
 */
@Injectable()
export class NoticeIssuer {
  constructor(
    private readonly store: BillingStore,
    private readonly clock: Clock,
    private readonly commands: CommandBus,
    private readonly policies: CouncilPolicies,
  ) {}

  async issue(actor: Actor, councilId: string, accountId: string, year: FinancialYear, reason?: string): Promise<IssuedNotice | null> {
    const issuedOn = this.clock.today();
    const policy = await noticePolicy(this.policies, actor, councilId, year, issuedOn);
    const notice = await this.store.issueNotice(actor, councilId, accountId, year, (position) => draftWithPolicy([position], policy, issuedOn, false)[0].draft(), reason);
    if (notice) await this.commands.execute(new SettleAccountCommand(actor, accountId, reason));
    return notice;
  }
}
