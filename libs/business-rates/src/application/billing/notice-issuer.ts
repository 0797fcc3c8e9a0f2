import { Injectable } from '@nestjs/common';
import { Clock } from '../../../../kernel/src/index.js';
import type { Actor } from '../../../../tenancy/src/index.js';
import { draftNotice } from '../../domain/billing/draft-notice.js';
import { NATIONAL_RATES } from '../../domain/reference/national-rates.data.js';
import type { FinancialYear } from '../../domain/reference/financial-year.js';
import { BillingStore, type IssuedNotice } from './billing-store.port.js';

/** Recomputes an account's year with the engine and issues the notice of differences, if any. Shared by the billing use cases. */
@Injectable()
export class NoticeIssuer {
  constructor(
    private readonly store: BillingStore,
    private readonly clock: Clock,
  ) {}

  issue(actor: Actor, councilId: string, accountId: string, year: FinancialYear, reason?: string): Promise<IssuedNotice | null> {
    const issuedOn = this.clock.today();
    return this.store.issueNotice(actor, councilId, accountId, year, (position) => draftNotice(NATIONAL_RATES, position, issuedOn, false), reason);
  }
}
