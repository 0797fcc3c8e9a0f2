import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { InvalidInputError } from '../../../../kernel/src/index.js';
import { CouncilPolicies } from '../../../../policy-host/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { yearLines } from '../../domain/billing/draft-notice.js';
import type { NoticeLine } from '../../domain/billing/notice-lines.js';
import { withLocalReliefs } from '../../domain/local-policy/local-reliefs.js';
import { financialYear } from '../../domain/reference/financial-year.js';
import { NATIONAL_RATES } from '../../domain/reference/national-rates.data.js';
import { MAY_MAINTAIN, MAY_READ } from '../permissions.js';
import { BillingStore } from './billing-store.port.js';

export const MAXIMUM_YEAR_CHARGE_ACCOUNTS = 5_000;

/**
 * What the engine charges each account for a year on the facts as they stand (the council's local
 * reliefs included), beside what its notices have billed: nothing is issued. Shadow billing after a
 * migration asks this for every migrated account, a batch at a time.
 */
export class YearChargesQuery {
  constructor(
    readonly actor: Actor,
    readonly financialYear: string,
    readonly accountIds: readonly string[],
  ) {}
}

export interface AccountYearCharge {
  readonly accountId: string;
  readonly accountReference: string;
  /** The engine's lines for the year. */
  readonly lines: readonly NoticeLine[];
  /** Every line the account's notices for the year have billed. */
  readonly billedLines: readonly NoticeLine[];
}

@QueryHandler(YearChargesQuery)
export class YearChargesHandler implements IQueryHandler<YearChargesQuery> {
  constructor(
    private readonly store: BillingStore,
    private readonly policies: CouncilPolicies,
  ) {}

  async execute({ actor, financialYear: label, accountIds }: YearChargesQuery): Promise<AccountYearCharge[]> {
    requireAnyRole(actor, [...MAY_READ, ...MAY_MAINTAIN], 'working out year charges');
    const councilId = requireCouncil(actor);
    const year = financialYear(label);
    if (accountIds.length > MAXIMUM_YEAR_CHARGE_ACCOUNTS) {
      throw new InvalidInputError('accountIds', `at most ${MAXIMUM_YEAR_CHARGE_ACCOUNTS} accounts at a time`);
    }
    if (accountIds.length === 0) return [];
    const positions = await this.store.accountYears(actor, councilId, accountIds, year);
    const facts = withLocalReliefs(positions.map((position) => position.facts), await this.policies.over(actor, councilId, year));
    return positions.map((position, index) => ({
      accountId: position.accountId,
      accountReference: position.accountReference,
      lines: yearLines(NATIONAL_RATES, facts[index]),
      billedLines: position.billedLines,
    }));
  }
}
