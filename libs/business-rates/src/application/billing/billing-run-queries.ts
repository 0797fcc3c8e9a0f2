import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFoundError } from '../../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../../tenancy/src/index.js';
import { financialYear } from '../../domain/reference/financial-year.js';
import { MAY_READ } from '../permissions.js';
import { BillingRunStore, type BillingRun } from './billing-run-store.port.js';

/** The council's billing run for a year, with its progress. */
export class GetBillingRunQuery {
  constructor(
    readonly actor: Actor,
    readonly financialYear: string,
  ) {}
}

/** Every billing run the council has asked for, latest year first. */
export class ListBillingRunsQuery {
  constructor(readonly actor: Actor) {}
}

@QueryHandler(GetBillingRunQuery)
export class GetBillingRunHandler implements IQueryHandler<GetBillingRunQuery> {
  constructor(private readonly store: BillingRunStore) {}

  async execute({ actor, financialYear: label }: GetBillingRunQuery): Promise<BillingRun> {
    requireAnyRole(actor, MAY_READ, 'reading a billing run');
    const councilId = requireCouncil(actor);
    const year = financialYear(label);
    const run = await this.store.findRun(actor, councilId, year.label);
    if (!run) throw new NotFoundError('billing run', year.label);
    return run;
  }
}

@QueryHandler(ListBillingRunsQuery)
export class ListBillingRunsHandler implements IQueryHandler<ListBillingRunsQuery> {
  constructor(private readonly store: BillingRunStore) {}

  execute({ actor }: ListBillingRunsQuery): Promise<BillingRun[]> {
    requireAnyRole(actor, MAY_READ, 'listing billing runs');
    return this.store.listRuns(actor, requireCouncil(actor));
  }
}
