import { CommandHandler, QueryHandler, type ICommandHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Clock, ConflictError, InvalidInputError, NotFoundError } from '../../../kernel/src/index.js';
import { requireAnyRole, requireCouncil, type Actor } from '../../../tenancy/src/index.js';
import { checkOptionalReason } from '../domain/grant-application.js';
import { GrantStore, type GrantPaymentRunRecord, type GrantPaymentRunWithLines } from './grant-store.port.js';
import { MAY_PAY, MAY_READ_GRANTS } from './permissions.js';

/**
 * Pays a scheme's approved applications: in one transaction each becomes paid under a new run,
 * whose lines are the payment file for the council's finance system. With nothing approved there
 * is nothing to pay: 409, and no run is recorded.
 */
export class RunGrantPaymentsCommand {
  constructor(
    readonly actor: Actor,
    readonly schemeId: string,
    readonly reason?: string,
  ) {}
}

/** The payment runs, newest first, optionally of one scheme (without their lines). */
export class ListGrantPaymentRunsQuery {
  constructor(
    readonly actor: Actor,
    readonly schemeId?: string,
  ) {}
}

/** One run with its lines (the payment file again, full account numbers and all): for managers. */
export class GetGrantPaymentRunQuery {
  constructor(
    readonly actor: Actor,
    readonly paymentRunId: string,
  ) {}
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@CommandHandler(RunGrantPaymentsCommand)
export class RunGrantPaymentsHandler implements ICommandHandler<RunGrantPaymentsCommand> {
  constructor(
    private readonly store: GrantStore,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, schemeId, reason }: RunGrantPaymentsCommand): Promise<GrantPaymentRunWithLines> {
    requireAnyRole(actor, MAY_PAY, 'running grant payments');
    const councilId = requireCouncil(actor);
    if (typeof schemeId !== 'string' || schemeId.length < 3 || schemeId.length > 200) throw new InvalidInputError('schemeId', 'must be a scheme id');
    checkOptionalReason(reason);
    const run = await this.store.payApproved(actor, councilId, schemeId, this.clock.today(), reason ?? `grant payment run for ${schemeId}`);
    if (!run) throw new ConflictError(`no approved applications to ${schemeId} are waiting to be paid`, 'schemeId');
    return run;
  }
}

@QueryHandler(ListGrantPaymentRunsQuery)
export class ListGrantPaymentRunsHandler implements IQueryHandler<ListGrantPaymentRunsQuery> {
  constructor(private readonly store: GrantStore) {}

  execute({ actor, schemeId }: ListGrantPaymentRunsQuery): Promise<GrantPaymentRunRecord[]> {
    requireAnyRole(actor, MAY_READ_GRANTS, 'reading grant payment runs');
    return this.store.runs(actor, requireCouncil(actor), schemeId);
  }
}

@QueryHandler(GetGrantPaymentRunQuery)
export class GetGrantPaymentRunHandler implements IQueryHandler<GetGrantPaymentRunQuery> {
  constructor(private readonly store: GrantStore) {}

  async execute({ actor, paymentRunId }: GetGrantPaymentRunQuery): Promise<GrantPaymentRunWithLines> {
    requireAnyRole(actor, MAY_PAY, 'reading a grant payment file');
    const councilId = requireCouncil(actor);
    const run = UUID.test(paymentRunId) ? await this.store.run(actor, councilId, paymentRunId) : null;
    if (!run) throw new NotFoundError('grant payment run', paymentRunId);
    return run;
  }
}
