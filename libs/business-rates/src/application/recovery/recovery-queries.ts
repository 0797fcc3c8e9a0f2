import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError, type Pence } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { checkAccountReference } from '../../domain/accounts/account-reference.js';
import { grossAndReliefs, type GrossAndReliefs } from '../../domain/recovery/collection-totals.js';
import { financialYear } from '../../domain/reference/financial-year.js';
import { MAY_READ } from '../permissions.js';
import { RecoveryStore, type RecoveryStageRecord } from './recovery-store.port.js';

/** An account's recovery notices, oldest first. */
export class ListRecoveryStagesQuery {
  constructor(
    readonly actor: Actor,
    readonly accountReference: string,
  ) {}
}

/** The council's NNDR3-style totals for a financial year. */
export class CollectionTotalsQuery {
  constructor(
    readonly actor: Actor,
    readonly financialYear: string,
  ) {}
}

export interface CollectionTotals extends GrossAndReliefs {
  readonly financialYear: string;
  /** The year's charges in the ledger: gross less reliefs, as billed. */
  readonly netCollectablePence: Pence;
  /** Payments allocated to the year's rates, less any released. */
  readonly collectedPence: Pence;
  readonly writtenOffPence: Pence;
  /** Net collectable less collected and written off. */
  readonly arrearsPence: Pence;
  readonly costsChargedPence: Pence;
  readonly costsCollectedPence: Pence;
}

@QueryHandler(ListRecoveryStagesQuery)
export class ListRecoveryStagesHandler implements IQueryHandler<ListRecoveryStagesQuery> {
  constructor(private readonly store: RecoveryStore) {}

  async execute({ actor, accountReference }: ListRecoveryStagesQuery): Promise<RecoveryStageRecord[]> {
    requireAnyRole(actor, MAY_READ, 'reading recovery stages');
    const councilId = requireCouncil(actor);
    const reference = checkAccountReference(accountReference);
    const stages = await this.store.stagesOf(actor, councilId, reference);
    if (!stages) throw new NotFoundError('account', reference);
    return stages;
  }
}

@QueryHandler(CollectionTotalsQuery)
export class CollectionTotalsHandler implements IQueryHandler<CollectionTotalsQuery> {
  constructor(private readonly store: RecoveryStore) {}

  async execute({ actor, financialYear: label }: CollectionTotalsQuery): Promise<CollectionTotals> {
    requireAnyRole(actor, MAY_READ, 'reading collection totals');
    const councilId = requireCouncil(actor);
    const year = financialYear(label).label;
    const money = await this.store.yearMoney(actor, councilId, year);
    return {
      financialYear: year,
      ...grossAndReliefs(money.billedLines),
      netCollectablePence: money.chargedPence,
      collectedPence: money.collectedPence,
      writtenOffPence: money.writtenOffPence,
      arrearsPence: money.chargedPence - money.collectedPence - money.writtenOffPence,
      costsChargedPence: money.costsChargedPence,
      costsCollectedPence: money.costsCollectedPence,
    };
  }
}
